#include "closedperiodrepository.h"

#include "attendancerepository.h"
#include "settingsrepository.h"
#include "sqlsupport.h"
#include "walltime.h"
#include "writetransaction.h"

namespace punchclock::storage {

namespace {

const QString periodColumns = QStringLiteral(
    "SELECT id, from_date, to_date, closed_at, closed_by, close_reason, pairing, duplicate_window_s, "
    "site_time_zone, reopened_at, reopened_by, reopen_reason FROM closed_periods ");

bool fail(PeriodError *error, PeriodError reason)
{
    if (error)
        *error = reason;
    return false;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The night window a period was closed with lives in the settings table, beside the period's
// row: closed_periods has no column for it, and a new one would need every site migrated.
QString nightWindowKey(qint64 periodId)
{
    return QStringLiteral("periods.%1.night_window").arg(periodId);
}

const QString nightTimeFormat = QStringLiteral("HH:mm");

QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

ClosedPeriodRepository::ClosedPeriodRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ClosedPeriodRow> ClosedPeriodRepository::read(const QString &where, const QVariantList &values) const
{
    QList<ClosedPeriodRow> result;
    QSqlQuery query(m_db);
    if (!exec(query, periodColumns + where, values))
        return result;
    while (query.next()) {
        ClosedPeriodRow row;
        row.id = query.value(0).toLongLong();
        row.from = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        row.to = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        row.closedAt = utcFrom(query.value(3));
        row.closedBy = query.value(4).toString();
        row.closeReason = query.value(5).toString();
        row.pairing = query.value(6).toString();
        row.duplicateWindowSeconds = query.value(7).toInt();
        row.siteTimeZone = query.value(8).toString();
        row.reopenedAt = utcFrom(query.value(9));
        row.reopenedBy = query.value(10).toString();
        row.reopenReason = query.value(11).toString();
        result.append(row);
    }
    QStringList keys;
    for (const ClosedPeriodRow &row : std::as_const(result))
        keys.append(nightWindowKey(row.id));
    const QHash<QString, QString> nights = SettingsRepository(m_db).values(keys);
    for (ClosedPeriodRow &row : result) {
        const QStringList times = nights.value(nightWindowKey(row.id)).split(QLatin1Char('-'));
        const QTime start = QTime::fromString(times.value(0), nightTimeFormat);
        const QTime end = QTime::fromString(times.value(1), nightTimeFormat);
        if (start.isValid() && end.isValid() && start != end) {
            row.nightStart = start;
            row.nightEnd = end;
        }
    }
    return result;
}

QList<ClosedPeriodRow> ClosedPeriodRepository::history() const
{
    return read(QStringLiteral("ORDER BY id DESC"), {});
}

QList<ClosedPeriodRow> ClosedPeriodRepository::closed() const
{
    return read(QStringLiteral("WHERE reopened_at IS NULL ORDER BY from_date"), {});
}

std::optional<ClosedPeriodRow> ClosedPeriodRepository::covering(QDate date) const
{
    return overlapping(date, date);
}

std::optional<ClosedPeriodRow> ClosedPeriodRepository::overlapping(QDate from, QDate to) const
{
    const QList<ClosedPeriodRow> rows =
        read(QStringLiteral("WHERE reopened_at IS NULL AND from_date <= ? AND to_date >= ? ORDER BY from_date LIMIT 1"),
             {dateText(to), dateText(from)});
    return rows.isEmpty() ? std::nullopt : std::optional<ClosedPeriodRow>(rows.first());
}

std::optional<ClosedPeriodRow> ClosedPeriodRepository::fromOnward(QDate from) const
{
    const QList<ClosedPeriodRow> rows =
        read(QStringLiteral("WHERE reopened_at IS NULL AND to_date >= ? ORDER BY from_date LIMIT 1"),
             {dateText(from.isValid() ? from : QDate(1, 1, 1))});
    return rows.isEmpty() ? std::nullopt : std::optional<ClosedPeriodRow>(rows.first());
}

std::optional<ClosedPeriodRow> ClosedPeriodRepository::find(qint64 id) const
{
    const QList<ClosedPeriodRow> rows = read(QStringLiteral("WHERE id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<ClosedPeriodRow>(rows.first());
}

std::optional<qint64> ClosedPeriodRepository::close(QDate from, QDate to, const QString &reason, const QString &by,
                                                   PeriodError *error, ClosedPeriodRow *conflict)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        fail(error, PeriodError::InvalidDates);
        return std::nullopt;
    }
    if (reason.trimmed().isEmpty()) {
        fail(error, PeriodError::EmptyReason);
        return std::nullopt;
    }
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(error, PeriodError::Storage);
        return std::nullopt;
    }
    if (const std::optional<ClosedPeriodRow> other = overlapping(from, to)) {
        if (conflict)
            *conflict = *other;
        fail(error, PeriodError::Overlaps);
        return std::nullopt;
    }
    const AttendanceSettings settings = AttendanceRepository(m_db).settings();
    const QString pairing = settings.pairing == PairingSetting::FirstLast ? QStringLiteral("first_last")
                                                                           : QStringLiteral("in_out");
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO closed_periods (from_date, to_date, closed_at, closed_by, close_reason, "
                             "pairing, duplicate_window_s, site_time_zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {dateText(from), dateText(to), utcNowText(), by, reason.trimmed(), pairing,
               settings.duplicateWindowSeconds, SettingsRepository(m_db).siteTimeZoneId()}) ||
        !query.next()) {
        fail(error, PeriodError::Storage);
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    const QString night =
        settings.nightStart.toString(nightTimeFormat) + QLatin1Char('-') + settings.nightEnd.toString(nightTimeFormat);
    if (!SettingsRepository(m_db).setValue(nightWindowKey(id), night) || !transaction.commit()) {
        fail(error, PeriodError::Storage);
        return std::nullopt;
    }
    fail(error, PeriodError::None);
    return id;
}

bool ClosedPeriodRepository::reopen(qint64 id, const QString &reason, const QString &by, PeriodError *error)
{
    if (reason.trimmed().isEmpty())
        return fail(error, PeriodError::EmptyReason);
    const std::optional<ClosedPeriodRow> period = find(id);
    if (!period)
        return fail(error, PeriodError::UnknownPeriod);
    if (!period->closed())
        return fail(error, PeriodError::AlreadyReopened);
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("UPDATE closed_periods SET reopened_at = ?, reopened_by = ?, reopen_reason = ? "
                             "WHERE id = ? AND reopened_at IS NULL"),
              {utcNowText(), by, reason.trimmed(), id}))
        return fail(error, PeriodError::Storage);
    if (query.numRowsAffected() != 1)
        return fail(error, PeriodError::AlreadyReopened);
    fail(error, PeriodError::None);
    return true;
}

QList<LatePunchRow> ClosedPeriodRepository::arrivedAfterClose(const ClosedPeriodRow &period) const
{
    QList<LatePunchRow> result;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT id, user_id, dev_id, io_time, counted_at FROM punches "
                             "WHERE io_time >= ? AND io_time < ? AND counted_at > ? ORDER BY io_time, id"),
              {dateText(period.from), dateText(period.to.addDays(1)),
               period.closedAt.toString(Qt::ISODateWithMs)}))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       protocol::walltime::fromStorage(query.value(3).toString()), utcFrom(query.value(4))});
    }
    return result;
}

} // namespace punchclock::storage
