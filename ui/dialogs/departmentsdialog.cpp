#include "departmentsdialog.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "icons.h"
#include "outcometext.h"
#include "permissiontext.h"
#include "schedulesdialog.h"

#include "departmentadmin.h"
#include "departmentrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int UsersRole = Qt::UserRole + 3;

} // namespace

DepartmentsDialog::DepartmentsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget)
    , m_newName(new QLineEdit)
    , m_add(new QPushButton(themedIcon("list-add"), tr("&Add")))
    , m_remove(new QPushButton(themedIcon("edit-delete"), tr("&Remove…")))
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("departmentsDialog"));
    setWindowTitle(tr("Departments"));
    m_list->setObjectName(QStringLiteral("departmentList"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_newName->setObjectName(QStringLiteral("newDepartmentName"));
    m_newName->setPlaceholderText(tr("New department"));
    m_add->setObjectName(QStringLiteral("addDepartmentButton"));
    m_remove->setObjectName(QStringLiteral("removeDepartmentButton"));
    m_problem->setObjectName(QStringLiteral("departmentProblem"));
    m_problem->setProperty("role", QStringLiteral("fieldError"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_mayChange = context.allows(services::Permission::ManageDepartments);
    auto *hint =
        new QLabel(m_mayChange ? tr("Double-click a department or press F2 to rename it.")
                               : PermissionText::notAllowed(context.actor(), services::Permission::ManageDepartments));
    hint->setObjectName(QStringLiteral("departmentsHint"));
    hint->setWordWrap(true);
    m_newName->setEnabled(m_mayChange);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);
    // A department's week is the default of its employees without one of their own.
    m_week = new QPushButton(themedIcon("view-calendar-timeline"), tr("Default &week…"));
    m_week->setObjectName(QStringLiteral("departmentWeekButton"));
    m_week->setToolTip(tr("The week its employees follow unless they have one of their own"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_week, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addLayout(addRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &DepartmentsDialog::addDepartment);
    connect(m_newName, &QLineEdit::returnPressed, this, &DepartmentsDialog::addDepartment);
    connect(m_newName, &QLineEdit::textChanged, this, &DepartmentsDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &DepartmentsDialog::removeDepartment);
    connect(m_week, &QPushButton::clicked, this, &DepartmentsDialog::editWeek);
    connect(m_list, &QListWidget::itemChanged, this, &DepartmentsDialog::renameDepartment);
    connect(m_list, &QListWidget::currentRowChanged, this, &DepartmentsDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(380, 420);
}

void DepartmentsDialog::reload(qint64 selectId)
{
    m_reloading = true;
    const QList<storage::DepartmentRow> departments =
        m_context.reader().wait([](const QSqlDatabase &db) { return storage::DepartmentRepository(db).list(); });
    m_list->clear();
    for (const storage::DepartmentRow &department : departments) {
        auto *item = new QListWidgetItem(department.name, m_list);
        if (m_mayChange)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(IdRole, department.id);
        item->setData(NameRole, department.name);
        item->setData(UsersRole, department.userCount);
        item->setToolTip(tr("%n user(s)", nullptr, department.userCount));
        if (department.id == selectId)
            m_list->setCurrentItem(item);
    }
    m_reloading = false;
    updateButtons();
}

void DepartmentsDialog::addDepartment()
{
    const QString name = m_newName->text().simplified();
    if (name.isEmpty())
        return;
    const services::Outcome created = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        return services::DepartmentAdmin(db).create(actor, name);
    });
    if (!created.ok()) {
        showProblem(created.status == services::Outcome::Status::Storage
                        ? tr("The department could not be saved. The database may be busy; try again.")
                        : OutcomeText::department(created, name));
        return;
    }
    m_newName->clear();
    showProblem({});
    reload(created.id);
    m_context.notifyChanged(ConsoleContext::Users | ConsoleContext::Attendance);
}

void DepartmentsDialog::renameDepartment(QListWidgetItem *item)
{
    if (m_reloading)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const QString name = item->text().simplified();
    if (name == item->data(NameRole).toString())
        return;
    const services::Outcome renamed = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        return services::DepartmentAdmin(db).rename(actor, id, name);
    });
    if (!renamed.ok()) {
        showProblem(OutcomeText::department(renamed, name));
        reload(id);
        return;
    }
    showProblem({});
    reload(id);
    m_context.notifyChanged(ConsoleContext::Users | ConsoleContext::Attendance);
}

void DepartmentsDialog::removeDepartment()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const int users = item->data(UsersRole).toInt();
    const QString question = tr("Remove the department \"%1\"? Its users (%2) stay, without a department; its "
                                "weekly schedule is removed with it.")
                                 .arg(item->text())
                                 .arg(users);
    if (QMessageBox::question(this, tr("Remove department"), question) != QMessageBox::Yes)
        return;
    const services::Outcome removed = m_context.reader().wait([&, actor = m_context.actor()](const QSqlDatabase &db) {
        return services::DepartmentAdmin(db).remove(actor, id);
    });
    if (!removed.ok()) {
        showProblem(removed.status == services::Outcome::Status::Storage
                        ? tr("The department could not be removed. The database may be busy; try again.")
                        : OutcomeText::department(removed));
        return;
    }
    showProblem({});
    reload();
    m_context.notifyChanged(ConsoleContext::Users | ConsoleContext::Attendance);
}

void DepartmentsDialog::editWeek()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    auto *schedules = new SchedulesDialog(m_context, this);
    schedules->setAttribute(Qt::WA_DeleteOnClose);
    schedules->selectOwner(QStringLiteral("d:%1").arg(item->data(IdRole).toLongLong()));
    schedules->open();
}

void DepartmentsDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void DepartmentsDialog::updateButtons()
{
    m_add->setEnabled(m_mayChange && !m_newName->text().simplified().isEmpty());
    m_remove->setEnabled(m_mayChange && m_list->currentItem() != nullptr);
    // The Schedules dialog says what the operator may change there.
    m_week->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace punchclock::ui
