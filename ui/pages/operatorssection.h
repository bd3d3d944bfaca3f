#pragma once

#include "consolereader.h"
#include "operatortablemodel.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;
class DataTableView;

// Settings → Operators, for administrators: every account with its role, departments and
// state, and what an administrator does to them (add, change the role, disable or enable,
// reset the password), each through services::OperatorAdmin. The last administrator cannot be
// disabled or demoted; the section says so.
class OperatorsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit OperatorsSection(ConsoleContext &context, QWidget *parent = nullptr);

    // The accounts as stored, for the console's reader: touches no widget.
    static OperatorAccounts read(const QSqlDatabase &db);
    // The accounts as read; the selected one stays selected.
    void present(OperatorAccounts accounts);

private:
    // Reads the accounts again after a change made here.
    void reload();
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
    QString m_selectWhenShown; // an account just added, to select once read
    RepeatedRead<OperatorAccounts> m_read;
};

} // namespace punchclock::ui
