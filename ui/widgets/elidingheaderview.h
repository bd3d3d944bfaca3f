#pragma once

#include <QHeaderView>

namespace punchclock::ui {

// A horizontal header whose labels end in "…" when their column is too narrow: Qt 6.4 cuts a
// centred label at both ends ("ntrada/Salid"), which reads as a different word.
class ElidingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit ElidingHeaderView(QWidget *parent = nullptr);

    // The label of `logicalIndex` as drawn: whole when it fits, else elided on the right.
    QString shownText(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;

private:
    int labelRoom(const QStyleOptionHeader &option, int logicalIndex) const;
};

} // namespace punchclock::ui
