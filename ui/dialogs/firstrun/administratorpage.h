#pragma once

#include <QWizardPage>

#include <memory>

namespace punchclock::ui {

class AccountFields;
class ProblemLabel;

// The first administrator: a name and a password typed twice, checked as the operator
// accounts check it. There is no default password; the account is created when the set-up is
// put into effect, and the console then opens signed in as it.
class AdministratorPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AdministratorPage(QWidget *parent = nullptr);
    ~AdministratorPage() override;

    QString name() const;
    QString password() const;
    // Whether any of its fields holds something, the password repeated included.
    bool anythingEntered() const;
    // Once the account exists: the password leaves the screen.
    void clearPassword();
    bool validatePage() override;

private:
    std::unique_ptr<AccountFields> m_account;
    ProblemLabel *m_problem;
};

} // namespace punchclock::ui
