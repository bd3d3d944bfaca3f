#include "shiftadmin.h"

#include "refusals.h"
#include "servicecall.h"

#include "shiftrules.h"

namespace punchclock::services {

ShiftAdmin::ShiftAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{}

namespace {

// The first problem of an invalid shift as a refusal, naming its field in `subject`.
std::optional<Outcome> invalidShift(const storage::ShiftRow &shift)
{
    const QList<engine::attendance::ShiftProblem> problems = engine::attendance::shiftProblems(shift);
    if (problems.isEmpty())
        return std::nullopt;
    Outcome outcome = Outcome::refused(problems.first().error);
    outcome.subject = engine::attendance::shiftFieldKey(problems.first().field);
    return outcome;
}

} // namespace

QJsonObject ShiftAdmin::shiftJson(const storage::ShiftRow &shift)
{
    const auto hhmm = [](QTime time) { return time.toString(QStringLiteral("HH:mm")); };
    static const char *const roundings[] = {"none", "down", "nearest", "up"};
    return {{QStringLiteral("name"), shift.name},
            {QStringLiteral("start"), hhmm(shift.start)},
            {QStringLiteral("end"), hhmm(shift.end)},
            {QStringLiteral("late_grace_min"), shift.lateGraceMinutes},
            {QStringLiteral("early_leave_grace_min"), shift.earlyLeaveGraceMinutes},
            {QStringLiteral("break_min"), shift.breakMinutes},
            {QStringLiteral("break_after_min"), shift.breakAfterMinutes},
            {QStringLiteral("rounding"), QLatin1String(roundings[int(shift.rounding)])},
            {QStringLiteral("rounding_min"), shift.roundingMinutes},
            {QStringLiteral("overtime_threshold_min"), shift.overtimeThresholdMinutes},
            {QStringLiteral("day_change"), hhmm(shift.dayChange)}};
}

Outcome ShiftAdmin::add(const Actor &actor, const storage::ShiftRow &shift)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    if (const std::optional<Outcome> invalid = invalidShift(shift))
        return call.refuse(*invalid);
    storage::AttendanceError error = storage::AttendanceError::None;
    const std::optional<qint64> id = storage::AttendanceRepository(m_db).addShift(shift, &error);
    if (!id)
        return call.refuse(attendanceRefusal(m_db, error, {}));
    call.outcome().id = *id;
    call.record(QStringLiteral("shift.add"), QStringLiteral("shift"), QString::number(*id), {}, shiftJson(shift));
    return call.finish();
}

Outcome ShiftAdmin::change(const Actor &actor, const storage::ShiftRow &shift, QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    if (const std::optional<Outcome> invalid = invalidShift(shift))
        return call.refuse(*invalid);
    storage::AttendanceRepository rules(m_db);
    const std::optional<storage::ShiftRow> before = rules.shift(shift.id);
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!rules.updateShift(shift, &error, from, actor.name))
        return call.refuse(attendanceRefusal(m_db, error, from));
    QJsonObject after = shiftJson(shift);
    after.insert(QStringLiteral("from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("start"));
    call.record(QStringLiteral("shift.change"), QStringLiteral("shift"), QString::number(shift.id),
                before ? shiftJson(*before) : QJsonObject(), after);
    return call.finish();
}

Outcome ShiftAdmin::rename(const Actor &actor, qint64 shiftId, const QString &name)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    storage::AttendanceRepository rules(m_db);
    const std::optional<storage::ShiftRow> before = rules.shift(shiftId);
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!rules.renameShift(shiftId, name, &error))
        return call.refuse(attendanceRefusal(m_db, error, {}));
    call.record(QStringLiteral("shift.rename"), QStringLiteral("shift"), QString::number(shiftId),
                {{QStringLiteral("name"), before ? before->name : QString()}}, {{QStringLiteral("name"), name.trimmed()}});
    return call.finish();
}

Outcome ShiftAdmin::remove(const Actor &actor, qint64 shiftId)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSiteRules))
        return call.finish();
    storage::AttendanceRepository rules(m_db);
    const std::optional<storage::ShiftRow> before = rules.shift(shiftId);
    storage::AttendanceError error = storage::AttendanceError::None;
    if (!rules.removeShift(shiftId, &error))
        return call.refuse(attendanceRefusal(m_db, error, {}));
    call.record(QStringLiteral("shift.remove"), QStringLiteral("shift"), QString::number(shiftId),
                before ? shiftJson(*before) : QJsonObject(), {});
    return call.finish();
}

} // namespace punchclock::services
