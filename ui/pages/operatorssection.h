#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;
class DataTableView;
class OperatorTableModel;

// Settings → Operators, for administrators: every account with its role, departments and
// state, and what an administrator does to them (add, change the role, disable or enable,
// reset the password), each through services::OperatorAdmin. The last administrator cannot be
// disabled or demoted; the section says so.
class OperatorsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit OperatorsSection(ConsoleContext &context, QWidget *parent = nullptr);

    void reload();

private:
    void addOperator();
    void changeRole();
    void toggleDisabled();
    void resetPassword();
    void updateButtons();
    // After a change of the signed-in operator's own account: the console acts with it as it is now.
    void refreshOwnAccount(qint64 operatorId);
    void showMessage(const QString &message, bool error);

    ConsoleContext &m_context;
    OperatorTableModel *m_model;
    DataTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_disable;
    QPushButton *m_resetPassword;
    QLabel *m_message;
};

} // namespace punchclock::ui
