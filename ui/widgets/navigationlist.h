#pragma once

#include <QListWidget>

namespace punchclock::ui {

// The page list on the left of the main window, with a count badge per entry (pending
// terminals, failed jobs). The badge is also in the item's accessible text.
class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget *parent = nullptr);

    void addEntry(const QIcon &icon, const QString &title);
    void setBadge(int row, int count);
    int badge(int row) const;

    QSize sizeHint() const override;
};

} // namespace punchclock::ui
