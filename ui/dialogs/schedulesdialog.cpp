#include "schedulesdialog.h"

#include "attendanceerrortext.h"
#include "consolecontext.h"
#include "departmentrepository.h"
#include "schedulerepository.h"
#include "userrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace punchclock::ui {

namespace {

bool isUser(const QString &key)
{
    return key.startsWith(QLatin1String("u:"));
}

} // namespace

SchedulesDialog::SchedulesDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_owner(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_error(new QLabel(this))
    , m_clear(new QPushButton(tr("&Use the department's week"), this))
{
    setObjectName(QStringLiteral("schedulesDialog"));
    setWindowTitle(tr("Weekly schedules"));
    m_owner->setObjectName(QStringLiteral("scheduleOwner"));
    for (const storage::DepartmentRow &department : storage::DepartmentRepository(context.database()).list())
        m_owner->addItem(tr("Department: %1").arg(department.name), QStringLiteral("d:%1").arg(department.id));
    for (const storage::UserRow &user : storage::UserRepository(context.database()).list()) {
        const QString name = user.name.isEmpty() ? user.userId : tr("%1 (%2)").arg(user.name, user.userId);
        m_departmentOf.insert(user.userId, user.departmentId);
        m_owner->addItem(tr("Employee: %1").arg(name), QString(QStringLiteral("u:") + user.userId));
    }
    m_source->setObjectName(QStringLiteral("scheduleSource"));
    m_source->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("scheduleError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->hide();
    m_clear->setObjectName(QStringLiteral("clearSchedule"));

    const QList<storage::ShiftRow> shifts = storage::AttendanceRepository(context.database()).shifts();
    auto *form = new QFormLayout;
    form->addRow(tr("&For:"), m_owner);
    form->addRow(m_source);
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("scheduleDay%1").arg(day + 1));
        combo->addItem(tr("Day off"), qint64(0));
        for (const storage::ShiftRow &shift : shifts)
            combo->addItem(shift.name, shift.id);
        m_days[size_t(day)] = combo;
        form->addRow(locale.dayName(day + 1) + QLatin1Char(':'), combo);
    }
    form->addRow(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save week"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveSchedule"));
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);
    connect(save, &QPushButton::clicked, this, &SchedulesDialog::save);
    connect(m_clear, &QPushButton::clicked, this, &SchedulesDialog::clearOwn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &SchedulesDialog::loadOwner);
    form->addRow(buttons);
    setLayout(form);
    if (shifts.isEmpty())
        m_source->setText(tr("There are no shifts yet: create them under Rules → Shifts first."));
    loadOwner();
}

void SchedulesDialog::selectOwner(const QString &key)
{
    m_owner->setCurrentIndex(m_owner->findData(key));
}

void SchedulesDialog::loadOwner()
{
    m_error->hide();
    const QString key = m_owner->currentData().toString();
    const storage::ScheduleRepository repository(m_context.database());
    std::optional<storage::WeekShiftIds> week;
    if (isUser(key)) {
        week = repository.userSchedule(key.mid(2));
        m_source->setText(week ? tr("This employee follows the week below, not the department's.")
                               : tr("This employee follows their department's week (below). Save to give them "
                                    "their own."));
        m_clear->setEnabled(week.has_value());
        // Without a week of their own, start from the one they follow now.
        const std::optional<qint64> department = m_departmentOf.value(key.mid(2));
        if (!week && department)
            week = repository.departmentSchedule(*department);
    } else if (!key.isEmpty()) {
        week = repository.departmentSchedule(key.mid(2).toLongLong());
        m_source->setText(week ? QString() : tr("No week planned yet: every day is a day off."));
    }
    m_clear->setVisible(isUser(key));
    if (!isUser(key))
        m_clear->setEnabled(false);
    for (int day = 0; day < 7; ++day)
        m_days[size_t(day)]->setCurrentIndex(std::max(0, m_days[size_t(day)]->findData(week ? (*week)[size_t(day)] : 0)));
}

void SchedulesDialog::save()
{
    const QString key = m_owner->currentData().toString();
    if (key.isEmpty()) {
        showError(tr("There is no department or employee to plan for yet."));
        return;
    }
    storage::WeekShiftIds week{};
    for (int day = 0; day < 7; ++day)
        week[size_t(day)] = m_days[size_t(day)]->currentData().toLongLong();
    storage::ScheduleRepository repository(m_context.database());
    storage::AttendanceError error = storage::AttendanceError::None;
    const bool saved = isUser(key) ? repository.setUserSchedule(key.mid(2), week, {}, m_context.operatorName(), &error)
                                   : repository.setDepartmentSchedule(key.mid(2).toLongLong(), week, {},
                                                                      m_context.operatorName(), &error);
    if (!saved) {
        showError(AttendanceErrorText::text(error));
        return;
    }
    m_context.notifyChanged(ConsoleContext::Attendance);
    loadOwner();
}

void SchedulesDialog::clearOwn()
{
    const QString key = m_owner->currentData().toString();
    if (!isUser(key))
        return;
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!storage::ScheduleRepository(m_context.database()).clearUserSchedule(key.mid(2), {}, m_context.operatorName(),
                                                                             &error)) {
        showError(AttendanceErrorText::text(error));
        return;
    }
    m_context.notifyChanged(ConsoleContext::Attendance);
    loadOwner();
}

void SchedulesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace punchclock::ui
