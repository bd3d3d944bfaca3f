#include "operatorssection.h"

#include "consolecontext.h"
#include "datatableview.h"
#include "icons.h"
#include "operatordialog.h"
#include "operatortablemodel.h"
#include "outcometext.h"
#include "passworddialog.h"

#include "departmentrepository.h"
#include "operatoradmin.h"
#include "operatorrepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace punchclock::ui {

OperatorsSection::OperatorsSection(ConsoleContext &context, QWidget *parent)
    : QGroupBox(tr("Operators"), parent)
    , m_context(context)
    , m_model(new OperatorTableModel(this))
    , m_table(new DataTableView(QStringLiteral("operatorsTable"), this))
    , m_add(new QPushButton(themedIcon("list-add"), tr("A&dd operator…"), this))
    , m_role(new QPushButton(themedIcon("user-identity"), tr("R&ole and departments…"), this))
    , m_disable(new QPushButton(this))
    , m_resetPassword(new QPushButton(themedIcon("dialog-password"), tr("Reset pass&word…"), this))
    , m_message(new QLabel(this))
    , m_read(context.reader(), this, [this](OperatorAccounts accounts) { present(std::move(accounts)); })
{
    setObjectName(QStringLiteral("operatorsSection"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    m_add->setObjectName(QStringLiteral("addOperator"));
    m_role->setObjectName(QStringLiteral("changeOperatorRole"));
    m_disable->setObjectName(QStringLiteral("toggleOperatorDisabled"));
    m_resetPassword->setObjectName(QStringLiteral("resetOperatorPassword"));
    m_message->setObjectName(QStringLiteral("operatorsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *hint = new QLabel(tr("Everyone signs in to the console with an account of their own; what each may do "
                               "depends on the role, and every change they make is recorded under their name."),
                            this);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("pageSummary"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_role, m_disable, m_resetPassword})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &OperatorsSection::addOperator);
    connect(m_role, &QPushButton::clicked, this, &OperatorsSection::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &OperatorsSection::toggleDisabled);
    connect(m_resetPassword, &QPushButton::clicked, this, &OperatorsSection::resetPassword);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OperatorsSection::updateButtons);
    updateButtons();
}

OperatorAccounts OperatorsSection::read(const QSqlDatabase &db)
{
    OperatorAccounts accounts;
    for (const storage::DepartmentRow &department : storage::DepartmentRepository(db).list())
        accounts.departmentNames.insert(department.id, department.name);
    accounts.operators = storage::OperatorRepository(db).list();
    return accounts;
}

void OperatorsSection::reload()
{
    m_read.request(&OperatorsSection::read);
}

void OperatorsSection::present(OperatorAccounts accounts)
{
    m_model->setAccounts(std::move(accounts));
    if (!m_selectWhenShown.isEmpty()) {
        const int row = m_model->rowOfName(m_selectWhenShown);
        if (row >= 0) {
            m_table->selectRow(row);
            m_selectWhenShown.clear();
        }
    }
    updateButtons();
}

void OperatorsSection::updateButtons()
{
    const storage::OperatorRow *account = m_model->operatorAt(m_table->currentIndex().row());
    for (QPushButton *button : {m_role, m_disable, m_resetPassword})
        button->setEnabled(account != nullptr);
    const bool disabled = account && account->disabled;
    m_disable->setText(disabled ? tr("&Enable") : tr("Di&sable"));
    m_disable->setIcon(themedIcon(disabled ? "dialog-ok-apply" : "dialog-cancel"));
}

void OperatorsSection::addOperator()
{
    OperatorDialog dialog(m_context.reader(), m_context.actor(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_selectWhenShown = dialog.operatorName();
    reload();
    showMessage(tr("%1 can sign in now.").arg(dialog.operatorName()), false);
}

void OperatorsSection::changeRole()
{
    const storage::OperatorRow *account = m_model->operatorAt(m_table->currentIndex().row());
    if (!account)
        return;
    const storage::OperatorRow chosen = *account;
    OperatorDialog dialog(m_context.reader(), m_context.actor(), chosen, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshOwnAccount(chosen.id);
    reload();
    showMessage(tr("The role of %1 is changed; it applies at their next sign-in.").arg(chosen.name), false);
}

void OperatorsSection::toggleDisabled()
{
    const storage::OperatorRow *account = m_model->operatorAt(m_table->currentIndex().row());
    if (!account)
        return;
    const storage::OperatorRow chosen = *account;
    const bool disable = !chosen.disabled;
    if (disable &&
        QMessageBox::question(this, tr("Disable operator"),
                              tr("Disable %1? They can no longer sign in; what they did stays recorded under "
                                 "their name.")
                                  .arg(chosen.name)) != QMessageBox::Yes)
        return;
    const services::Actor actor = m_context.actor();
    const services::Outcome outcome = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return services::OperatorAdmin(db).setDisabled(actor, chosen.id, disable); });
    reload();
    if (!outcome.ok()) {
        showMessage(OutcomeText::operatorAccount(outcome), true);
        return;
    }
    showMessage(disable ? tr("%1 is disabled.").arg(chosen.name) : tr("%1 is enabled again.").arg(chosen.name), false);
}

void OperatorsSection::resetPassword()
{
    const storage::OperatorRow *account = m_model->operatorAt(m_table->currentIndex().row());
    if (!account)
        return;
    const storage::OperatorRow chosen = *account;
    PasswordDialog dialog(m_context.reader(), m_context.actor(), chosen.id, chosen.name, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("The password of %1 is reset.").arg(chosen.name), false);
}

void OperatorsSection::refreshOwnAccount(qint64 operatorId)
{
    if (operatorId != m_context.actor().operatorId)
        return;
    m_context.reader().read<std::optional<storage::OperatorRow>>(
        this, [operatorId](const QSqlDatabase &db) { return storage::OperatorRepository(db).find(operatorId); },
        [this, operatorId](const std::optional<storage::OperatorRow> &row) {
            // Still the one signed in: the lock may have let someone else in meanwhile.
            if (row && operatorId == m_context.actor().operatorId)
                m_context.setActor(services::OperatorAdmin::actorOf(*row, m_context.actor().origin));
        });
}

void OperatorsSection::showMessage(const QString &message, bool error)
{
    m_message->setProperty("role", error ? QStringLiteral("fieldError") : QString());
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace punchclock::ui
