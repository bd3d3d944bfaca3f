#pragma once

#include <QSplitter>

namespace punchclock::ui {

// A page's table beside its details pane, the divider kept where the operator left it
// (QSettings `settingsKey`). Neither side collapses to nothing.
class DetailsSplitter : public QSplitter
{
    Q_OBJECT

public:
    DetailsSplitter(const QString &name, const QString &settingsKey, QWidget *parent = nullptr);

    // Until the operator moves the divider, the table takes `tableWidth` and the pane
    // `detailsWidth`, and extra room is shared in the same proportion.
    void setPanes(QWidget *table, QWidget *details, int tableWidth, int detailsWidth);

private:
    QString m_settingsKey;
};

} // namespace punchclock::ui
