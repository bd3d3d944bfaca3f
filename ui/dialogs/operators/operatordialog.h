#pragma once

#include "actor.h"
#include "operatorrepository.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace punchclock::ui {

class AccountFields;
class ConsoleReader;
class ProblemLabel;

// An operator account as an administrator sets it up: a new one (name, role, departments,
// first password), or the role and departments of an existing one. The change goes through
// services::OperatorAdmin when accepted; a refusal (a name taken, the last administrator
// demoted) is shown in the dialog, which stays open. Its departments are read, and the change
// made, on the console's reader.
class OperatorDialog : public QDialog
{
    Q_OBJECT

public:
    // A new account.
    OperatorDialog(ConsoleReader &reader, const services::Actor &actor, QWidget *parent = nullptr);
    // The role and departments of `account`.
    OperatorDialog(ConsoleReader &reader, const services::Actor &actor, const storage::OperatorRow &account,
                   QWidget *parent = nullptr);
    ~OperatorDialog() override;

    // What was created or changed, for the operator's name in the page's message.
    QString operatorName() const;

    void accept() override;

private:
    void build();
    void showRoleDescription();
    QSet<qint64> chosenDepartments() const;

    ConsoleReader &m_reader;
    services::Actor m_actor;
    std::optional<storage::OperatorRow> m_account;
    QComboBox *m_role = nullptr;
    QLabel *m_roleDescription = nullptr;
    QRadioButton *m_allDepartments = nullptr;
    QRadioButton *m_someDepartments = nullptr;
    QListWidget *m_departments = nullptr;
    std::unique_ptr<AccountFields> m_newAccount; // a new account's name and first password
    ProblemLabel *m_problem = nullptr;
};

} // namespace punchclock::ui
