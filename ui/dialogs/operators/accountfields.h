#pragma once

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace punchclock::ui {

class ProblemLabel;

// The name and the new password (typed twice) of an operator account, as every form that sets
// a password asks them: the first administrator, a new operator, a reset, one's own change. The
// rows go into the form's own layout; check() says what OperatorAdmin would refuse before
// anything is sent.
class AccountFields
{
    Q_DECLARE_TR_FUNCTIONS(AccountFields)

public:
    // With an empty `fixedName` the name is asked first (a new account); otherwise the password
    // is for `fixedName`'s account.
    AccountFields(QFormLayout *form, QWidget *parent, const QString &fixedName = {});

    QString name() const;
    QString password() const;
    // Empty when the name and password may be used.
    QString problem() const;
    // Shows the problem in `label`, if any; a refused password does not stay on screen.
    bool check(ProblemLabel *label);
    // After use, success or not: a password never stays on screen.
    void clear();

private:
    QString m_fixedName;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
};

} // namespace punchclock::ui
