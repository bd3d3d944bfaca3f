#include "rulemessages.h"

#include "commandline.h"
#include "permissionmessages.h"

#include "settingsrepository.h"

#include <QTimeZone>

#include <algorithm>

namespace punchclock::cli {

using storage::AttendanceError;
using storage::ClosedPeriodRepository;
using storage::ClosedPeriodRow;
using storage::PeriodError;

namespace {

int exitCodeOf(AttendanceError error)
{
    switch (error) {
    case AttendanceError::EmptyName:
    case AttendanceError::InvalidTimes:
    case AttendanceError::InvalidDayChange:
    case AttendanceError::NegativeMinutes:
    case AttendanceError::BreakTooLong:
    case AttendanceError::InvalidRounding:
    case AttendanceError::UnknownShift:
    case AttendanceError::UnknownDepartment:
    case AttendanceError::InvalidDate:
    case AttendanceError::InvalidSetting: return Usage;
    case AttendanceError::None:
    case AttendanceError::DuplicateName:
    case AttendanceError::ShiftInUse:
    case AttendanceError::PeriodClosed:
    case AttendanceError::Storage: break;
    }
    return Failure;
}

int refused(CliContext &context, const QSqlDatabase &db, AttendanceError error,
            const std::optional<ClosedPeriodRow> &closedPeriod, const QString &otherWay = {})
{
    const QString text = error == AttendanceError::PeriodClosed && closedPeriod
                             ? closedPeriodText(db, *closedPeriod) + otherWay
                             : describe(error);
    return exitCodeOf(error) == Usage ? context.usageError(text) : context.failure(text);
}

} // namespace

QString describe(AttendanceError error)
{
    switch (error) {
    case AttendanceError::None: return QStringLiteral("nothing went wrong");
    case AttendanceError::EmptyName: return QStringLiteral("a name is needed");
    case AttendanceError::DuplicateName: return QStringLiteral("another shift already has this name");
    case AttendanceError::InvalidTimes:
        return QStringLiteral(
            "a shift needs a start and an end (--start HH:MM --end HH:MM), and they cannot be the same");
    case AttendanceError::InvalidDayChange:
        return QStringLiteral("the day change must lie between the shift's end and its start: a night shift such as "
                              "22:00–06:00 needs one such as --day-change 12:00, and a day shift's may not be after "
                              "its start");
    case AttendanceError::NegativeMinutes: return QStringLiteral("minutes cannot be negative");
    case AttendanceError::BreakTooLong: return QStringLiteral("the break must be shorter than the shift");
    case AttendanceError::InvalidRounding:
        return QStringLiteral("rounding needs --rounding-step of at least 2 minutes");
    case AttendanceError::ShiftInUse:
        return QStringLiteral("a weekly schedule plans this shift, now or in the past, and those days keep it; "
                              "plan another shift from a date with 'punchclock schedules set', or rename it with "
                              "'punchclock shifts change NAME --name NEW'");
    case AttendanceError::UnknownShift: return QStringLiteral("that shift does not exist");
    case AttendanceError::UnknownDepartment: return QStringLiteral("that department does not exist");
    case AttendanceError::InvalidDate: return QStringLiteral("a date is missing, or the last day is before the first");
    case AttendanceError::InvalidSetting: return QStringLiteral("that value is not allowed");
    case AttendanceError::PeriodClosed:
        return QStringLiteral("this would change the results of a closed period; see 'punchclock periods' and "
                              "reopen it first with 'punchclock periods reopen ID --reason …'");
    case AttendanceError::Storage: return QStringLiteral("the database refused the change; it may be busy, try again");
    }
    return QStringLiteral("the change was refused");
}

QString describe(PeriodError error)
{
    switch (error) {
    case PeriodError::None: return QStringLiteral("nothing went wrong");
    case PeriodError::InvalidDates:
        return QStringLiteral("a period needs --from and --to as YYYY-MM-DD, --to not before --from");
    case PeriodError::EmptyReason: return QStringLiteral("a reason is needed: --reason TEXT");
    case PeriodError::Overlaps: return QStringLiteral("it shares days with a period that is closed");
    case PeriodError::UnknownPeriod: return QStringLiteral("there is no such period; see 'punchclock periods'");
    case PeriodError::AlreadyReopened: return QStringLiteral("that period was already reopened");
    case PeriodError::Storage: return QStringLiteral("the database refused the change; it may be busy, try again");
    }
    return QStringLiteral("the change was refused");
}

QString periodText(QDate from, QDate to)
{
    if (from == to)
        return from.toString(Qt::ISODate);
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString closedPeriodText(const QSqlDatabase &db, const ClosedPeriodRow &period)
{
    // The day it was closed as the site's calendar has it, not this PC's UTC.
    const QTimeZone zone(storage::SettingsRepository(db).siteTimeZoneId().toUtf8());
    const QDate closedOn = zone.isValid() ? period.closedAt.toTimeZone(zone).date() : period.closedAt.date();
    return QStringLiteral("%1 is closed (%2, %3: %4); reopen it first with 'punchclock periods reopen %5 --reason …'")
        .arg(periodText(period.from, period.to), period.closedBy, closedOn.toString(Qt::ISODate), period.closeReason)
        .arg(period.id);
}

int refusedFrom(CliContext &context, const QSqlDatabase &db, const services::Outcome &outcome)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return failed(context, outcome);
    const AttendanceError error = outcome.error<AttendanceError>();
    if (error != AttendanceError::PeriodClosed)
        return refused(context, db, error, std::nullopt);
    // A change from a day after the last closed period changes none of them.
    QDate lastClosed;
    for (const ClosedPeriodRow &period : ClosedPeriodRepository(db).closed())
        lastClosed = std::max(lastClosed, period.to);
    const QString otherWay =
        lastClosed.isValid()
            ? QStringLiteral(", or make the change from a day after %1 (--from)").arg(lastClosed.toString(Qt::ISODate))
            : QString();
    return refused(context, db, error, outcome.closedPeriod, otherWay);
}

int refusedOn(CliContext &context, const QSqlDatabase &db, const services::Outcome &outcome)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return failed(context, outcome);
    return refused(context, db, outcome.error<AttendanceError>(), outcome.closedPeriod);
}

} // namespace punchclock::cli
