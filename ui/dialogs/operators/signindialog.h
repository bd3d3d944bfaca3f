#pragma once

#include "actor.h"

#include <QDialog>

namespace punchclock::ui {

class ConsoleReader;
class SignInForm;

// The console's first window once it is set up: who is at the keyboard. The name last signed
// in with is offered again (QSettings); Quit leaves the console.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr char LastNameKey[] = "signIn/lastOperator";

    // The password is checked on the console's reader.
    explicit SignInDialog(ConsoleReader &reader, QWidget *parent = nullptr);

    // The signed-in operator, once the dialog was accepted.
    const services::Actor &actor() const { return m_actor; }

private:
    void signedIn(const services::Actor &actor);

    SignInForm *m_form;
    services::Actor m_actor;
};

} // namespace punchclock::ui
