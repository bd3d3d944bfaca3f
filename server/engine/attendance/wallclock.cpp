#include "wallclock.h"

#include <QHash>

#include <optional>

namespace punchclock::engine::attendance {

namespace {

const QDate epoch(1970, 1, 1);

// Real zones change their offset at most once within a few days, so the offsets two days
// before and after a wall time are the only ones it can have.
constexpr qint64 offsetProbeSeconds = 2 * 86400;

int offsetAt(const QTimeZone &zone, qint64 utcSeconds)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

// An offset costs about half a microsecond to look up and a year's report reads a million
// punches, so each wall-clock day's offset is remembered when no clock change is near it
// (nullopt: one is, look each time). Per thread, as reports are built on worker threads.
std::optional<int> steadyOffsetOfDay(const QTimeZone &zone, qint64 day)
{
    thread_local QByteArray cachedZone;
    thread_local QHash<qint64, std::optional<int>> offsets;
    if (cachedZone != zone.id() || offsets.size() > 4096) {
        cachedZone = zone.id();
        offsets.clear();
    }
    const auto found = offsets.constFind(day);
    if (found != offsets.constEnd())
        return *found;
    const int before = offsetAt(zone, day * 86400 - offsetProbeSeconds);
    const int after = offsetAt(zone, (day + 1) * 86400 + offsetProbeSeconds);
    const std::optional<int> steady = before == after ? std::optional<int>(before) : std::nullopt;
    offsets.insert(day, steady);
    return steady;
}

} // namespace

qint64 wallClockSeconds(const QDateTime &wallTime)
{
    return epoch.daysTo(wallTime.date()) * 86400 + wallTime.time().msecsSinceStartOfDay() / 1000;
}

int wallClockMinutesBetween(const QDateTime &from, const QDateTime &to)
{
    return static_cast<int>((wallClockSeconds(to) - wallClockSeconds(from)) / 60);
}

qint64 siteSeconds(const QDateTime &wallTime, const QTimeZone &siteZone)
{
    const qint64 wall = wallClockSeconds(wallTime);
    if (!siteZone.isValid())
        return wall;
    const qint64 day = wall >= 0 ? wall / 86400 : (wall - 86399) / 86400;
    if (const std::optional<int> steady = steadyOffsetOfDay(siteZone, day))
        return wall - *steady;
    const int before = offsetAt(siteZone, wall - offsetProbeSeconds);
    const int after = offsetAt(siteZone, wall + offsetProbeSeconds);
    // The larger offset first: it gives the earlier instant of a repeated hour.
    for (const int offset : {qMax(before, after), qMin(before, after)}) {
        if (offsetAt(siteZone, wall - offset) == offset)
            return wall - offset;
    }
    return wall - before; // skipped by the clock change
}

int elapsedMinutesBetween(const QDateTime &from, const QDateTime &to, const QTimeZone &siteZone)
{
    return static_cast<int>((siteSeconds(to, siteZone) - siteSeconds(from, siteZone)) / 60);
}

} // namespace punchclock::engine::attendance
