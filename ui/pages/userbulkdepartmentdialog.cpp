#include "userbulkdepartmentdialog.h"

#include "consolecontext.h"
#include "consolereader.h"

#include "departmentrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace punchclock::ui {

namespace {

constexpr qint64 NoDepartment = 0;

} // namespace

UserBulkDepartmentDialog::UserBulkDepartmentDialog(ConsoleContext &context, int count, QWidget *parent)
    : QDialog(parent)
    , m_department(new QComboBox(this))
{
    setObjectName(QStringLiteral("bulkDepartmentDialog"));
    setWindowTitle(tr("Set department"));
    m_department->setObjectName(QStringLiteral("bulkDepartment"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_department->setMinimumContentsLength(24);
    // A scoped account chooses among its departments; the service checks again per person.
    const std::optional<QSet<qint64>> scope = context.departmentScope();
    if (!scope)
        m_department->addItem(tr("No department"), NoDepartment);
    const QList<storage::DepartmentRow> departments =
        context.reader().wait([](const QSqlDatabase &db) { return storage::DepartmentRepository(db).list(); });
    for (const storage::DepartmentRow &department : departments) {
        if (!scope || scope->contains(department.id))
            m_department->addItem(department.name, department.id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *move = buttons->addButton(tr("&Move %n employee(s)", nullptr, count), QDialogButtonBox::AcceptRole);
    move->setObjectName(QStringLiteral("bulkDepartmentApply"));
    move->setEnabled(m_department->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Move %n selected employee(s) &to:", nullptr, count), m_department);
    layout->addRow(buttons);
}

std::optional<qint64> UserBulkDepartmentDialog::departmentId() const
{
    const qint64 id = m_department->currentData().toLongLong();
    return id == NoDepartment ? std::nullopt : std::optional<qint64>(id);
}

} // namespace punchclock::ui
