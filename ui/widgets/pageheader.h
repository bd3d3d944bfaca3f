#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace punchclock::ui {

// The top of every page (ui-guide): title, a one-line summary, and room for the primary action.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setSummary(const QString &summary);
    QString summary() const;
    // Adds a widget (usually the page's primary button) at the right end.
    void addAction(QWidget *widget);

private:
    QLabel *m_summary;
    QHBoxLayout *m_actions;
};

} // namespace punchclock::ui
