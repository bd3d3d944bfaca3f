#include "operatordialog.h"

#include "accountfields.h"
#include "consolereader.h"
#include "outcometext.h"
#include "permissiontext.h"
#include "problemlabel.h"

#include "departmentrepository.h"
#include "operatoradmin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace punchclock::ui {

using services::Role;

namespace {

constexpr int DepartmentIdRole = Qt::UserRole + 1;

} // namespace

OperatorDialog::OperatorDialog(ConsoleReader &reader, const services::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_actor(actor)
{
    setWindowTitle(tr("Add operator"));
    build();
}

OperatorDialog::OperatorDialog(ConsoleReader &reader, const services::Actor &actor, const storage::OperatorRow &account,
                               QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_actor(actor)
    , m_account(account)
{
    setWindowTitle(tr("Role of %1").arg(account.name));
    build();
}

OperatorDialog::~OperatorDialog() = default;

void OperatorDialog::build()
{
    setObjectName(QStringLiteral("operatorDialog"));
    auto *form = new QFormLayout;
    if (!m_account)
        m_newAccount = std::make_unique<AccountFields>(form, this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("operatorRole"));
    for (Role role : {Role::Viewer, Role::Operator, Role::Manager, Role::Administrator})
        m_role->addItem(PermissionText::roleName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(
        int(m_account ? services::roleFromName(m_account->role).value_or(Role::Viewer) : Role::Operator)));
    m_roleDescription = new QLabel(this);
    m_roleDescription->setProperty("role", QStringLiteral("pageSummary"));
    m_roleDescription->setWordWrap(true);
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);
    form->addRow(QString(), m_roleDescription);

    m_allDepartments = new QRadioButton(tr("&All departments"), this);
    m_allDepartments->setObjectName(QStringLiteral("allDepartments"));
    m_someDepartments = new QRadioButton(tr("&Only these:"), this);
    m_someDepartments->setObjectName(QStringLiteral("someDepartments"));
    m_departments = new QListWidget(this);
    m_departments->setObjectName(QStringLiteral("operatorDepartments"));
    const QList<storage::DepartmentRow> departments =
        m_reader.wait([](const QSqlDatabase &db) { return storage::DepartmentRepository(db).list(); });
    for (const storage::DepartmentRow &department : departments) {
        auto *item = new QListWidgetItem(department.name, m_departments);
        item->setData(DepartmentIdRole, department.id);
        item->setCheckState(m_account && m_account->departments.contains(department.id) ? Qt::Checked : Qt::Unchecked);
    }
    const bool all = !m_account || m_account->allDepartments;
    m_allDepartments->setChecked(all);
    m_someDepartments->setChecked(!all);
    m_departments->setEnabled(!all);
    form->addRow(tr("Departments:"), m_allDepartments);
    form->addRow(QString(), m_someDepartments);
    form->addRow(QString(), m_departments);

    m_problem = new ProblemLabel(QStringLiteral("operatorProblem"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("operatorButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_someDepartments, &QRadioButton::toggled, m_departments, &QWidget::setEnabled);
    connect(m_role, &QComboBox::currentIndexChanged, this, &OperatorDialog::showRoleDescription);
    showRoleDescription();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void OperatorDialog::showRoleDescription()
{
    m_roleDescription->setText(PermissionText::roleDescription(Role(m_role->currentData().toInt())));
}

QSet<qint64> OperatorDialog::chosenDepartments() const
{
    QSet<qint64> chosen;
    for (int row = 0; row < m_departments->count(); ++row) {
        const QListWidgetItem *item = m_departments->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.insert(item->data(DepartmentIdRole).toLongLong());
    }
    return chosen;
}

QString OperatorDialog::operatorName() const
{
    return m_account ? m_account->name : m_newAccount->name();
}

void OperatorDialog::accept()
{
    const Role role = Role(m_role->currentData().toInt());
    const bool all = m_allDepartments->isChecked();
    const QSet<qint64> departments = all ? QSet<qint64>() : chosenDepartments();
    if (!all && departments.isEmpty()) {
        m_problem->showProblem(tr("Choose at least one department, or all of them."));
        return;
    }
    if (m_newAccount && !m_newAccount->check(m_problem))
        return;
    const QString password = m_newAccount ? m_newAccount->password() : QString();
    if (m_newAccount)
        m_newAccount->clear();
    const QString name = operatorName();
    const services::Outcome outcome = m_reader.wait([&](const QSqlDatabase &db) {
        services::OperatorAdmin operators(db);
        return m_account ? operators.changeRole(m_actor, m_account->id, role, all, departments)
                         : operators.createOperator(m_actor, name, password, role, all, departments);
    });
    if (!outcome.ok()) {
        m_problem->showProblem(OutcomeText::operatorAccount(outcome));
        return;
    }
    QDialog::accept();
}

} // namespace punchclock::ui
