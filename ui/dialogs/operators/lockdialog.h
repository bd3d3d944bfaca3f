#pragma once

#include "actor.h"

#include <QDialog>

class QStackedWidget;

namespace punchclock::ui {

class ConsoleReader;
class SignInForm;

// Over a locked console: the operator who locked it types their password again, or another
// operator signs in instead. It cannot be closed otherwise (Escape and the close button do
// nothing): the console stays locked until someone signs in.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    // Passwords are checked on `reader`: the window keeps painting meanwhile.
    LockDialog(ConsoleReader &reader, const services::Actor &actor, QWidget *parent = nullptr);

    void reject() override;

Q_SIGNALS:
    // Who goes on: the same operator, or another one who signed in.
    void unlocked(const punchclock::services::Actor &actor);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QStackedWidget *m_pages;
    SignInForm *m_unlock;
    SignInForm *m_switch;
};

} // namespace punchclock::ui
