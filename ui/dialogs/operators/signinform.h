#pragma once

#include "consolereader.h"
#include "actor.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace punchclock::ui {

class ProblemLabel;

// A name and a password, checked by services::OperatorAdmin: signing in (the console's start,
// another operator at the lock screen) or, with a fixed operator, proving it is still them
// (unlocking). A refusal is said in words; after repeated failures the service makes the next
// attempt wait, and the form counts the wait down with the button disabled. The password is
// cleared after every attempt.
class SignInForm : public QWidget
{
    Q_OBJECT

public:
    // The password is checked on the console's reader.
    SignInForm(ConsoleReader &reader, const QString &submitText, QWidget *parent = nullptr);

    // Unlocking: the name is `actor`'s and cannot be changed; OperatorAdmin::confirm decides.
    void setFixedOperator(const services::Actor &actor);
    void setName(const QString &name);
    QString name() const;
    // Focus where typing starts: the password once a name is there.
    void focusFirstEmpty();

Q_SIGNALS:
    void signedIn(const punchclock::services::Actor &actor);

private:
    void submit();
    void countDown();

    ConsoleReader &m_reader;
    std::optional<services::Actor> m_fixed;
    QLineEdit *m_name;
    QLineEdit *m_password;
    ProblemLabel *m_problem;
    QPushButton *m_submit;
    QTimer m_countdown;
    QDateTime m_waitUntil;
};

} // namespace punchclock::ui
