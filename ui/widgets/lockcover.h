#pragma once

#include <QWidget>

namespace punchclock::ui {

// Hides a window's content while the console is locked: an opaque panel over all of it that
// follows its size. The window and everything in it stay as they were underneath.
class LockCover : public QWidget
{
    Q_OBJECT

public:
    explicit LockCover(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace punchclock::ui
