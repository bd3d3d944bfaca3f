#include "schedulesdialog.h"

#include "closedperiodrepository.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "departmentrepository.h"
#include "effectivedatepicker.h"
#include "outcometext.h"
#include "rulehistorytable.h"
#include "scheduleadmin.h"
#include "sitecalendar.h"
#include "userrepository.h"
#include "weekshiftseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

using storage::ScheduleKind;
using storage::ScheduleVersion;

bool isUser(const QString &key)
{
    return key.startsWith(QLatin1String("u:"));
}

const QString SiteKey = QStringLiteral("s:");

// "Mon–Fri Day · Sat–Sun day off": runs of days that plan the same.
QString weekText(const ScheduleVersion &version, const QHash<qint64, QString> &shiftNames)
{
    if (version.kind == ScheduleKind::None)
        return SchedulesDialog::tr("No schedule");
    if (version.kind == ScheduleKind::Department)
        return SchedulesDialog::tr("Follows the department");
    const QLocale locale;
    QStringList runs;
    for (int first = 0; first < 7;) {
        int last = first;
        while (last + 1 < 7 && version.week.at(size_t(last + 1)) == version.week.at(size_t(first)))
            ++last;
        const QString firstName = locale.dayName(first + 1, QLocale::ShortFormat);
        //: A run of weekdays in a week's summary: "Mon–Fri"
        const QString days =
            first == last ? firstName
                          : SchedulesDialog::tr("%1–%2").arg(firstName, locale.dayName(last + 1, QLocale::ShortFormat));
        const qint64 shift = version.week.at(size_t(first));
        const QString plan = shift == 0 ? SchedulesDialog::tr("day off") : shiftNames.value(shift);
        //: Days and what they plan in a week's summary: "Mon–Fri Day"
        runs.append(SchedulesDialog::tr("%1 %2").arg(days, plan));
        first = last + 1;
    }
    return runs.join(QStringLiteral(" · "));
}

} // namespace

SchedulesDialog::SchedulesDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_owner(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_appliesFrom(new EffectiveDatePicker(this))
    , m_history(new RuleHistoryTable(tr("Week"), this))
    , m_error(new QLabel(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("schedulesDialog"));
    setWindowTitle(tr("Weekly schedules"));
    m_owner->setObjectName(QStringLiteral("scheduleOwner"));
    // Long names must not widen the dialog beyond the screen.
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(24);
    const Choices choices = context.reader().wait(&SchedulesDialog::readChoices);
    addOwners(choices);
    m_source->setObjectName(QStringLiteral("scheduleSource"));
    m_source->setWordWrap(true);
    m_appliesFrom->setObjectName(QStringLiteral("scheduleAppliesFrom"));
    m_history->setObjectName(QStringLiteral("scheduleHistory"));
    m_error->setObjectName(QStringLiteral("scheduleError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_clear->setObjectName(QStringLiteral("clearSchedule"));

    const QList<storage::ShiftRow> &shifts = choices.shifts;
    for (const storage::ShiftRow &shift : shifts)
        m_shiftNames.insert(shift.id, shift.name);
    m_week = new WeekShiftsEditor(shifts, this);
    QFormLayout *week = m_week->form();
    week->addRow(tr("&Applies from:"), m_appliesFrom);
    auto *weekBox = new QGroupBox(tr("Week"), this);
    (new QVBoxLayout(weekBox))->addWidget(m_week);
    auto *historyBox = new QGroupBox(tr("Schedules through time"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);
    auto *body = new QHBoxLayout;
    body->addWidget(weekBox);
    body->addWidget(historyBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save week"), QDialogButtonBox::ApplyRole);
    save->setObjectName(QStringLiteral("saveSchedule"));
    save->setDefault(true);
    buttons->addButton(m_clear, QDialogButtonBox::ResetRole);
    connect(save, &QPushButton::clicked, this, &SchedulesDialog::save);
    connect(m_clear, &QPushButton::clicked, this, &SchedulesDialog::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &SchedulesDialog::loadOwner);
    connect(m_appliesFrom, &EffectiveDatePicker::fromChanged, this, &SchedulesDialog::updateClearText);

    auto *owner = new QFormLayout;
    owner->addRow(tr("F&or:"), m_owner);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(owner);
    layout->addWidget(m_source);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 480);
    if (shifts.isEmpty())
        m_source->setText(tr("There are no shifts yet: create them under Rules → Shifts first."));
    // An account that may not change the site's week starts at the first week it may change.
    const QSignalBlocker blocker(m_owner);
    if (!context.allows(services::Permission::ChangeSiteRules) && m_owner->count() > 1)
        m_owner->setCurrentIndex(1);
    loadOwner();
}

void SchedulesDialog::selectOwner(const QString &key)
{
    m_owner->setCurrentIndex(m_owner->findData(key));
}

SchedulesDialog::Choices SchedulesDialog::readChoices(const QSqlDatabase &db)
{
    return {storage::DepartmentRepository(db).list(), storage::UserRepository(db).list(),
            storage::AttendanceRepository(db).shifts()};
}

void SchedulesDialog::addOwners(const Choices &choices)
{
    m_owner->addItem(tr("Whole site (the default)"), SiteKey);
    for (const storage::DepartmentRow &department : choices.departments)
        m_owner->addItem(tr("Department: %1").arg(department.name), QStringLiteral("d:%1").arg(department.id));
    for (const storage::UserRow &user : choices.users) {
        const QString name = user.name.isEmpty() ? user.userId : tr("%1 (%2)").arg(user.name, user.userId);
        m_departmentOf.insert(user.userId, user.departmentId);
        m_owner->addItem(tr("Employee: %1").arg(name), QString(QStringLiteral("u:") + user.userId));
    }
}

SchedulesDialog::Owner SchedulesDialog::readOwner(const QSqlDatabase &db, const QString &key,
                                                  std::optional<qint64> department)
{
    const storage::ScheduleRepository repository(db);
    Owner owner;
    if (isUser(key)) {
        owner.history = repository.userHistory(key.mid(2));
        owner.week = repository.userSchedule(key.mid(2));
        // Without a week of their own, they start from the one they follow now.
        const bool followedEver = department && !repository.departmentHistory(*department).isEmpty();
        owner.everPlanned = !owner.history.isEmpty() || followedEver;
        if (!owner.week && department)
            owner.department = repository.departmentSchedule(*department);
    } else if (key == SiteKey) {
        owner.history = repository.siteHistory().value_or(QList<ScheduleVersion>());
        owner.week = repository.siteSchedule();
        owner.everPlanned = !owner.history.isEmpty();
    } else if (!key.isEmpty()) {
        owner.siteWeek = repository.siteSchedule().has_value();
        owner.history = repository.departmentHistory(key.mid(2).toLongLong());
        owner.week = repository.departmentSchedule(key.mid(2).toLongLong());
        owner.everPlanned = !owner.history.isEmpty();
    }
    owner.closed = storage::ClosedPeriodRepository(db).closed();
    owner.today = engine::SiteCalendar::today(db);
    return owner;
}

void SchedulesDialog::loadOwner()
{
    const QString key = m_owner->currentData().toString();
    const std::optional<qint64> department = isUser(key) ? m_departmentOf.value(key.mid(2)) : std::nullopt;
    showOwner(key, m_context.reader().wait(
                       [&key, department](const QSqlDatabase &db) { return readOwner(db, key, department); }));
}

void SchedulesDialog::showOwner(const QString &key, const Owner &owner)
{
    m_error->hide();
    m_ownerHistory = owner.history;
    if (!key.isEmpty())
        m_source->setText(sourceText(key, owner));
    m_clear->setEnabled(owner.week.has_value());
    m_clear->setVisible(!key.isEmpty());
    m_week->setWeek(owner.week.value_or(owner.department.value_or(storage::WeekShiftIds{})));
    showHistory(m_ownerHistory, owner.today);
    m_appliesFrom->setClosedPeriods(owner.closed);
    m_appliesFrom->setFrom(defaultFrom(owner));
    updateClearText();
}

QString SchedulesDialog::sourceText(const QString &key, const Owner &owner) const
{
    if (isUser(key)) {
        const QDate ownFrom = owner.week ? owner.history.last().from : QDate();
        if (ownFrom.isValid())
            //: %1 the first day of the employee's own week
            return tr("From %1 this employee follows the week below, not the department's.")
                .arg(EffectiveDatePicker::text(ownFrom));
        return owner.week ? tr("This employee follows the week below, not the department's.")
                          : tr("This employee follows their department's week (below). Save to give them "
                               "their own.");
    }
    if (key == SiteKey)
        return tr("The week of every employee who has no week of their own and whose department has none.");
    if (!owner.everPlanned)
        return owner.siteWeek ? tr("No week of its own yet: its employees follow the site's week until one is "
                                   "saved.")
                              : tr("No week planned yet: nothing is expected of its employees until one is "
                                   "saved.");
    if (!owner.week && owner.history.last().from.isValid())
        //: %1 the day the department's schedule ended
        return owner.siteWeek ? tr("No week of its own from %1: its employees follow the site's week from "
                                   "then on.")
                                    .arg(EffectiveDatePicker::text(owner.history.last().from))
                              : tr("No schedule from %1: nothing is expected of its employees from then on.")
                                    .arg(EffectiveDatePicker::text(owner.history.last().from));
    if (!owner.week)
        return owner.siteWeek ? tr("No week of its own: its employees follow the site's week.")
                              : tr("No schedule: nothing is expected of its employees.");
    return {};
}

void SchedulesDialog::showHistory(const QList<ScheduleVersion> &history, QDate today)
{
    QList<RuleHistoryTable::Entry> entries;
    for (const ScheduleVersion &version : history) {
        const QString week = weekText(version, m_shiftNames);
        entries.append({version.from, week, week, version.changedBy, version.changedAt});
    }
    m_history->setEntries(entries, today);
}

QDate SchedulesDialog::defaultFrom(const Owner &owner)
{
    // A first schedule plans every day not yet signed off; a change applies from today on.
    if (owner.everPlanned)
        return owner.today;
    QDate firstOpen;
    for (const storage::ClosedPeriodRow &period : owner.closed)
        firstOpen = std::max(firstOpen, period.to.addDays(1));
    return firstOpen;
}

void SchedulesDialog::updateClearText()
{
    const QDate from = m_appliesFrom->from();
    if (isUser(m_owner->currentData().toString()))
        m_clear->setText(from.isValid() ? tr("&Follow the department from %1").arg(EffectiveDatePicker::text(from))
                                        : tr("&Follow the department from the start"));
    else if (m_owner->currentData().toString() == SiteKey)
        m_clear->setText(from.isValid() ? tr("&No default from %1").arg(EffectiveDatePicker::text(from))
                                        : tr("&No default from the start"));
    else
        m_clear->setText(from.isValid() ? tr("&No schedule from %1").arg(EffectiveDatePicker::text(from))
                                        : tr("&No schedule from the start"));
}

void SchedulesDialog::save()
{
    const QString key = m_owner->currentData().toString();
    if (key.isEmpty()) {
        showError(tr("There is no department or employee to plan for yet."));
        return;
    }
    const storage::WeekShiftIds week = m_week->week();
    const QDate from = m_appliesFrom->from();
    if (!confirmReplacing(from))
        return;
    change([&](services::ScheduleAdmin &schedules, const services::Actor &actor) {
        if (key == SiteKey)
            return schedules.setSite(actor, week, from);
        return isUser(key) ? schedules.setUser(actor, key.mid(2), week, from)
                           : schedules.setDepartment(actor, key.mid(2).toLongLong(), week, from);
    });
}

void SchedulesDialog::clear()
{
    const QString key = m_owner->currentData().toString();
    if (key.isEmpty())
        return;
    const QDate from = m_appliesFrom->from();
    if (!confirmReplacing(from))
        return;
    change([&](services::ScheduleAdmin &schedules, const services::Actor &actor) {
        if (key == SiteKey)
            return schedules.clearSite(actor, from);
        return isUser(key) ? schedules.clearUser(actor, key.mid(2), from)
                           : schedules.clearDepartment(actor, key.mid(2).toLongLong(), from);
    });
}

bool SchedulesDialog::confirmReplacing(QDate from)
{
    int replaced = 0;
    for (const ScheduleVersion &version : std::as_const(m_ownerHistory)) {
        if (!from.isValid() || (version.from.isValid() && version.from >= from))
            ++replaced;
    }
    if (replaced == 0)
        return true;
    const QString owner = m_owner->currentText();
    const QString question =
        from.isValid() ? tr("%1 has %n schedule(s) from %2 on. Replace them?", nullptr, replaced)
                             .arg(owner, EffectiveDatePicker::text(from))
                       : tr("Replace every schedule of %1 from the start?\n\nEvery day ever counted is calculated "
                            "again with this one. Use this to fix a mistake; a change from a date keeps the days "
                            "before as they were.")
                             .arg(owner);
    return QMessageBox::question(this, tr("Change schedule"), question) == QMessageBox::Yes;
}

void SchedulesDialog::change(
    const std::function<services::Outcome(services::ScheduleAdmin &, const services::Actor &)> &change)
{
    const services::Actor actor = m_context.actor();
    finish(m_context.reader().wait([&](const QSqlDatabase &db) {
        services::ScheduleAdmin schedules(db);
        return change(schedules, actor);
    }));
}

void SchedulesDialog::finish(const services::Outcome &outcome)
{
    if (!outcome.ok()) {
        showError(OutcomeText::attendance(outcome));
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
