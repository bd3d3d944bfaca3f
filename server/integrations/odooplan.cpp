#include "odooplan.h"

#include "reportbuilder.h"

#include "settingsrepository.h"

#include <QTimeZone>

#include <algorithm>

namespace punchclock::integrations {

namespace {

QString utcText(const QDateTime &wallTime, const QTimeZone &zone)
{
    const QDateTime local(wallTime.date(), wallTime.time(), zone);
    return local.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

std::optional<QList<OdooInterval>> odooIntervals(const QSqlDatabase &db, const QString &userId, QDate workDate)
{
    engine::reports::ReportError error = engine::reports::ReportError::None;
    const std::optional<engine::attendance::DayResult> day =
        engine::reports::ReportBuilder(db).explain(userId, workDate, &error);
    if (!day)
        return error == engine::reports::ReportError::UnknownUser
                   ? std::optional<QList<OdooInterval>>(QList<OdooInterval>())
                   : std::nullopt;
    const QTimeZone zone(storage::SettingsRepository(db).siteTimeZoneId().toUtf8());
    QList<OdooInterval> intervals;
    QDateTime lastOut;
    for (const engine::attendance::WorkedSpan &span : day->workedSpans) {
        intervals.append({utcText(span.from, zone), utcText(span.to, zone)});
        lastOut = span.to;
    }
    // An arrival after the last pair that still waits for its departure: an open record.
    std::optional<QDateTime> open;
    for (const engine::attendance::PunchExplanation &punch : day->punches) {
        if (punch.status == engine::attendance::PunchStatus::Unpaired &&
            punch.role == engine::attendance::PunchRole::In && (!lastOut.isValid() || punch.punch.time >= lastOut))
            open = punch.punch.time;
    }
    if (open)
        intervals.append({utcText(*open, zone), QString()});
    return intervals;
}

QList<OdooChange> odooChanges(const QList<OdooInterval> &intervals, const QList<storage::OdooAttendanceRow> &kept)
{
    QList<OdooChange> unlinks;
    QList<OdooChange> writes;
    for (const storage::OdooAttendanceRow &row : kept) {
        if (row.position >= intervals.size()) {
            unlinks.append({OdooChange::Kind::Unlink, row.position, row.recordId, {}});
            continue;
        }
        const OdooInterval &wanted = intervals.at(row.position);
        if (wanted.checkIn != row.checkIn || wanted.checkOut != row.checkOut)
            writes.append({OdooChange::Kind::Write, row.position, row.recordId, wanted});
    }
    QList<int> toCreate;
    for (int position = 0; position < intervals.size(); ++position) {
        const bool isKept = std::any_of(kept.cbegin(), kept.cend(), [position](const storage::OdooAttendanceRow &row) {
            return row.position == position;
        });
        if (!isKept)
            toCreate.append(position);
    }
    // One record written at a time: two records moved in one go may overlap on the way (the
    // first moved onto the second's old place), which Odoo refuses. Then they are removed and
    // made again instead.
    if (writes.size() > 1) {
        for (const OdooChange &write : std::as_const(writes)) {
            unlinks.append({OdooChange::Kind::Unlink, write.position, write.recordId, {}});
            toCreate.append(write.position);
        }
        writes.clear();
        std::sort(toCreate.begin(), toCreate.end());
    }
    QList<OdooChange> changes = unlinks + writes;
    for (const int position : std::as_const(toCreate))
        changes.append({OdooChange::Kind::Create, position, 0, intervals.at(position)});
    return changes;
}

QList<QDate> odooDaysOf(const QString &wallTime, const QString &previousWallTime)
{
    QList<QDate> days;
    for (const QString &time : {wallTime, previousWallTime}) {
        const QDate date = QDate::fromString(time.left(10), Qt::ISODate);
        for (const QDate day : {date.addDays(-1), date}) {
            if (day.isValid() && !days.contains(day))
                days.append(day);
        }
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace punchclock::integrations
