#include "reportdataloader.h"

#include "attendancereader.h"
#include "identifiers.h"
#include "attendancerepository.h"
#include "punchcorrectionrepository.h"
#include "schedulerepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "userstatusrepository.h"
#include "walltime.h"
#include "workplanbuilder.h"

#include <algorithm>

namespace punchclock::engine::reports {

namespace {

using attendance::PunchInput;
using attendance::PunchSource;
using PunchesByUser = QHash<QString, QList<PunchInput>>;

bool fail(ReportError *error, ReportError reason)
{
    if (error)
        *error = reason;
    return false;
}

PunchInput inputFrom(const storage::AttendancePunchRow &row)
{
    PunchInput punch;
    punch.id = row.id;
    punch.userId = row.userId;
    punch.time = row.ioTime;
    punch.direction = protocol::directionFromName(row.direction);
    punch.counts = row.countedAtMs >= 0;
    punch.countedAtMs = row.countedAtMs;
    return punch;
}

// The days a run of Disable and Enable (by effective date, as made) left the employee disabled.
// Before the first change they were enabled; on one date the last change made decides.
QList<attendance::DisabledSpan> disabledSpans(const QList<storage::UserStatusChange> &changes)
{
    QList<attendance::DisabledSpan> spans;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const storage::UserStatusChange &change = changes.at(i);
        if (i + 1 < changes.size() && changes.at(i + 1).effectiveFrom == change.effectiveFrom)
            continue;
        const bool open = !spans.isEmpty() && !spans.last().until.isValid();
        if (!change.enabled && !open)
            spans.append({change.effectiveFrom, QDate()});
        else if (change.enabled && open)
            spans.last().until = change.effectiveFrom;
    }
    return spans;
}

// Whether every day of [from, to] lies in one of the spans.
bool disabledThroughout(const QList<attendance::DisabledSpan> &spans, QDate from, QDate to)
{
    for (const attendance::DisabledSpan &span : spans) {
        if (span.contains(from) && span.contains(to))
            return true;
    }
    return false;
}

} // namespace

ReportDataLoader::ReportDataLoader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ReportDataLoader::checkScope(const ReportRequest &request, ReportError *error) const
{
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return fail(error, ReportError::InvalidPeriod);
    const storage::AttendanceReader reader(m_db);
    if (request.departmentId && !reader.departmentExists(*request.departmentId))
        return fail(error, ReportError::UnknownDepartment);
    if (!request.userId.isEmpty() && !reader.userKnown(request.userId))
        return fail(error, ReportError::UnknownUser);
    if (request.departmentScope) {
        if (request.departmentId && !request.departmentScope->contains(*request.departmentId))
            return fail(error, ReportError::NotAllowed);
        if (!request.userId.isEmpty()) {
            const auto person = reader.employees(std::nullopt, request.userId);
            if (!person || person->isEmpty() || !request.departmentScope->contains(person->first().departmentId))
                return fail(error, ReportError::NotAllowed);
        }
    }
    return true;
}

std::optional<ReportData> ReportDataLoader::load(const ReportRequest &request, ReportError *error) const
{
    if (!checkScope(request, error))
        return std::nullopt;
    const storage::AttendanceReader reader(m_db);
    const storage::AttendanceRepository repository(m_db);
    // From the day before the period, where a night that ends on its first day began, up to
    // the day after it, where a night shift's last departure falls.
    const QDate start = request.from.addDays(-1);
    const QDate end = request.to.addDays(2);

    const storage::ScheduleRepository schedules(m_db);
    const auto employees = reader.employees(request.departmentId, request.userId);
    auto departmentHistories = schedules.allDepartmentHistories();
    auto userHistories = schedules.allUserHistories();
    auto siteHistory = schedules.siteHistory();
    const auto punchRows = reader.punches(start, end, request.departmentId, request.userId);
    const auto statusChanges = storage::UserStatusRepository(m_db).all();
    if (!employees || !departmentHistories || !userHistories || !siteHistory || !punchRows || !statusChanges) {
        fail(error, ReportError::Storage);
        return std::nullopt;
    }

    PunchesByUser punches;
    for (const storage::AttendancePunchRow &row : *punchRows)
        punches[row.userId].append(inputFrom(row));
    if (!applyCorrections(request, &punches)) {
        fail(error, ReportError::Storage);
        return std::nullopt;
    }
    // Punches of the day before only complete a night; they put nobody in the report.
    QSet<QString> punchedInPeriod;
    for (auto it = punches.cbegin(); it != punches.cend(); ++it) {
        if (std::any_of(it->cbegin(), it->cend(),
                        [&request](const PunchInput &p) { return p.time.date() >= request.from; }))
            punchedInPeriod.insert(it.key());
    }

    ReportData data;
    const storage::AttendanceSettings settings = repository.settings();
    data.rules.pairing = settings.pairing == storage::PairingSetting::FirstLast ? attendance::PairingMode::FirstLast
                                                                                : attendance::PairingMode::InOut;
    data.rules.duplicateWindowSeconds = settings.duplicateWindowSeconds;
    data.rules.night = {settings.nightStart, settings.nightEnd};
    data.rules.siteZone = ServerSettings::load(storage::SettingsRepository(m_db)).siteTimeZone;
    data.rules.today = request.today.isValid() ? request.today : protocol::walltime::now(data.rules.siteZone).date();
    for (const storage::ClosedPeriodRow &period : storage::ClosedPeriodRepository(m_db).closed()) {
        if (period.from <= request.to && period.to >= request.from)
            data.closedPeriods.append(period);
    }
    for (const storage::HolidayRow &holiday : repository.holidays(request.from, end))
        data.rules.holidays.insert(holiday.date);
    QHash<QString, QList<attendance::LeaveDay>> leave;
    for (const storage::LeaveRow &row : repository.leave(request.from, request.to, request.userId))
        leave[row.userId].append({row.userId, row.date, row.kind});

    const WorkPlanBuilder plans(repository.allShiftHistories(), std::move(*departmentHistories),
                                std::move(*userHistories), std::move(*siteHistory));

    // A user disabled throughout the period appears only with punches in it (or when asked for
    // by id); one disabled before any Disable was recorded counts as disabled throughout.
    QHash<QString, QList<attendance::DisabledSpan>> disabled;
    for (auto it = statusChanges->cbegin(); it != statusChanges->cend(); ++it)
        disabled.insert(it.key(), disabledSpans(it.value()));
    QList<storage::EmployeeRow> people;
    QSet<QString> listed;
    for (const storage::EmployeeRow &person : *employees) {
        listed.insert(person.userId);
        if (request.departmentScope && !request.departmentScope->contains(person.departmentId))
            continue;
        const bool disabledAllPeriod = statusChanges->contains(person.userId)
            ? disabledThroughout(disabled.value(person.userId), request.from, request.to)
            : !person.enabled;
        if (!disabledAllPeriod || punchedInPeriod.contains(person.userId) || person.userId == request.userId)
            people.append(person);
    }
    // Punches of ids the store has no user for still belong to someone; with a department
    // asked for, or a scope of departments, only their members are known to belong.
    if (!request.departmentId && !request.departmentScope) {
        for (const QString &userId : std::as_const(punchedInPeriod)) {
            if (!listed.contains(userId) && (request.userId.isEmpty() || userId == request.userId))
                people.append({userId, QString(), 0, QString(), true});
        }
    }
    std::sort(people.begin(), people.end(), [](const storage::EmployeeRow &a, const storage::EmployeeRow &b) {
        // By the key, then by text: "01" and "1" have the same number.
        return std::pair(protocol::userIdSortKey(a.userId), a.userId)
            < std::pair(protocol::userIdSortKey(b.userId), b.userId);
    });

    data.employees.reserve(people.size());
    for (const storage::EmployeeRow &person : std::as_const(people)) {
        EmployeeInput employee;
        employee.userId = person.userId;
        employee.name = person.name;
        employee.department = person.department;
        employee.plan = plans.planFor(person.userId, person.departmentId);
        employee.punches = punches.value(person.userId);
        employee.leave = leave.value(person.userId);
        employee.disabled = disabled.value(person.userId);
        data.employees.append(std::move(employee));
    }
    return data;
}

bool ReportDataLoader::applyCorrections(const ReportRequest &request, PunchesByUser *punches) const
{
    const storage::CorrectionsInForce inForce = storage::correctionsInForce(
        storage::PunchCorrectionRepository(m_db).effective(request.from.addDays(-1), request.to.addDays(1)));
    if (inForce.stored.isEmpty() && inForce.added.isEmpty())
        return true;

    QHash<qint64, std::pair<QString, qsizetype>> where;
    const auto index = [&where, punches]() {
        where.clear();
        for (auto it = punches->cbegin(); it != punches->cend(); ++it) {
            for (qsizetype i = 0; i < it->size(); ++i)
                where.insert(it->at(i).id, {it.key(), i});
        }
    };
    index();
    // A punch moved into the period from outside it was not loaded with the period.
    QList<qint64> missing;
    for (auto it = inForce.stored.cbegin(); it != inForce.stored.cend(); ++it) {
        if (!where.contains(it.key()))
            missing.append(it.key());
    }
    if (!missing.isEmpty()) {
        const auto rows = storage::AttendanceReader(m_db).punchesById(missing);
        if (!rows)
            return false;
        for (const storage::AttendancePunchRow &row : *rows) {
            if (request.userId.isEmpty() || row.userId == request.userId)
                (*punches)[row.userId].append(inputFrom(row));
        }
        index();
    }

    for (const storage::CorrectionRow &correction : inForce.added) {
        if (!request.userId.isEmpty() && correction.userId != request.userId)
            continue;
        PunchInput added;
        added.id = -correction.id;
        added.userId = correction.userId;
        added.time = correction.ioTime;
        added.direction = protocol::directionFromName(correction.direction);
        added.source = PunchSource::Added;
        (*punches)[correction.userId].append(added);
    }
    for (auto it = inForce.stored.cbegin(); it != inForce.stored.cend(); ++it) {
        const auto found = where.constFind(it.key());
        if (found == where.constEnd())
            continue;
        PunchInput &punch = (*punches)[found->first][found->second];
        if (it->move.id != 0) {
            punch.time = it->move.ioTime;
            punch.direction = protocol::directionFromName(it->move.direction);
            punch.source = PunchSource::Moved;
        }
        if (it->voided())
            punch.source = PunchSource::Voided;
    }
    return true;
}

} // namespace punchclock::engine::reports
