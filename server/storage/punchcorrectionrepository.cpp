#include "punchcorrectionrepository.h"

#include "closedperiodrepository.h"
#include "outboxrepository.h"
#include "sqlsupport.h"
#include "walltime.h"

#include <algorithm>

namespace punchclock::storage {

namespace {

QString kindName(CorrectionKind kind)
{
    switch (kind) {
    case CorrectionKind::Add: return QStringLiteral("add");
    case CorrectionKind::Void: return QStringLiteral("void");
    case CorrectionKind::Move: return QStringLiteral("move");
    case CorrectionKind::Revoke: return QStringLiteral("revoke");
    }
    return {};
}

CorrectionKind kindFromName(const QString &name)
{
    for (CorrectionKind kind : {CorrectionKind::Void, CorrectionKind::Move, CorrectionKind::Revoke}) {
        if (name == kindName(kind))
            return kind;
    }
    return CorrectionKind::Add;
}

std::optional<qint64> refuse(CorrectionError *error, CorrectionError reason)
{
    if (error)
        *error = reason;
    return std::nullopt;
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(protocol::walltime::toStorage(time)) : QVariant();
}

bool isDirection(const QString &direction)
{
    return direction.isEmpty() || direction == QLatin1String("in") || direction == QLatin1String("out");
}

// Every column, and whether a later revoke row cancels the row.
const QString selectRows = QStringLiteral(
    "SELECT c.id, c.kind, c.punch_id, c.revoked_id, c.user_id, c.dev_id, c.io_time, c.direction, "
    "c.previous_io_time, c.previous_direction, c.reason, c.changed_by, c.changed_at, "
    "EXISTS (SELECT 1 FROM punch_corrections r WHERE r.revoked_id = c.id) FROM punch_corrections c ");

CorrectionRow rowFrom(const QSqlQuery &query)
{
    CorrectionRow row;
    row.id = query.value(0).toLongLong();
    row.kind = kindFromName(query.value(1).toString());
    row.punchId = query.value(2).toLongLong();
    row.revokedId = query.value(3).toLongLong();
    row.userId = query.value(4).toString();
    row.devId = query.value(5).toString();
    row.ioTime = protocol::walltime::fromStorage(query.value(6).toString());
    row.direction = query.value(7).toString();
    row.previousTime = protocol::walltime::fromStorage(query.value(8).toString());
    row.previousDirection = query.value(9).toString();
    row.reason = query.value(10).toString();
    row.changedBy = query.value(11).toString();
    row.changedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    row.revoked = query.value(13).toBool();
    return row;
}

} // namespace

CorrectionsInForce correctionsInForce(const QList<CorrectionRow> &rows)
{
    QList<CorrectionRow> inOrderMade;
    for (const CorrectionRow &row : rows) {
        if (!row.revoked && row.kind != CorrectionKind::Revoke)
            inOrderMade.append(row);
    }
    std::sort(inOrderMade.begin(), inOrderMade.end(),
              [](const CorrectionRow &a, const CorrectionRow &b) { return a.id < b.id; });
    CorrectionsInForce result;
    for (const CorrectionRow &row : std::as_const(inOrderMade)) {
        if (row.kind == CorrectionKind::Add) {
            result.added.insert(row.id, row);
            continue;
        }
        CorrectionsInForce::OnPunch &on = result.stored[row.punchId];
        if (row.kind == CorrectionKind::Void) {
            on.shown = row;
        } else if (!on.voided()) {
            on.shown = row;
            on.move = row;
        }
    }
    return result;
}

PunchCorrectionRepository::PunchCorrectionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> PunchCorrectionRepository::addPunch(const QString &userId, const QDateTime &ioTime,
                                                          const QString &direction, const QString &devId,
                                                          const QString &reason, const QString &changedBy,
                                                          CorrectionError *error)
{
    if (userId.trimmed().isEmpty())
        return refuse(error, CorrectionError::EmptyUser);
    if (!ioTime.isValid() || !isDirection(direction))
        return refuse(error, CorrectionError::InvalidTime);
    CorrectionRow row;
    row.kind = CorrectionKind::Add;
    row.userId = userId.trimmed();
    row.devId = devId;
    row.ioTime = ioTime;
    row.direction = direction;
    row.reason = reason;
    row.changedBy = changedBy;
    return insert(row, error);
}

std::optional<qint64> PunchCorrectionRepository::voidPunch(qint64 punchId, const QString &reason,
                                                           const QString &changedBy, CorrectionError *error)
{
    CorrectionRow row;
    if (!currentValue(punchId, &row))
        return refuse(error, CorrectionError::UnknownPunch);
    row.kind = CorrectionKind::Void;
    row.reason = reason;
    row.changedBy = changedBy;
    return insert(row, error);
}

std::optional<qint64> PunchCorrectionRepository::movePunch(qint64 punchId, const QDateTime &ioTime,
                                                           const QString &direction, const QString &reason,
                                                           const QString &changedBy, CorrectionError *error)
{
    if (!ioTime.isValid() || !isDirection(direction))
        return refuse(error, CorrectionError::InvalidTime);
    CorrectionRow row;
    if (!currentValue(punchId, &row))
        return refuse(error, CorrectionError::UnknownPunch);
    row.kind = CorrectionKind::Move;
    row.ioTime = ioTime;
    row.direction = direction;
    row.reason = reason;
    row.changedBy = changedBy;
    return insert(row, error);
}

std::optional<qint64> PunchCorrectionRepository::revoke(qint64 correctionId, const QString &reason,
                                                        const QString &changedBy, CorrectionError *error)
{
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("WHERE c.id = ?"), {correctionId}))
        return refuse(error, CorrectionError::Storage);
    if (!query.next())
        return refuse(error, CorrectionError::UnknownCorrection);
    const CorrectionRow target = rowFrom(query);
    query.finish(); // an open read would keep the insert below from waiting for the lock
    if (target.revoked || target.kind == CorrectionKind::Revoke)
        return refuse(error, CorrectionError::AlreadyRevoked);
    if (touchesClosedPeriod({target.ioTime, target.previousTime}))
        return refuse(error, CorrectionError::PeriodClosed);
    CorrectionRow row;
    row.kind = CorrectionKind::Revoke;
    row.revokedId = correctionId;
    row.punchId = target.punchId;
    row.userId = target.userId;
    row.reason = reason;
    row.changedBy = changedBy;
    return insert(row, error);
}

QList<CorrectionRow> PunchCorrectionRepository::history(const QString &userId) const
{
    QList<CorrectionRow> result;
    QSqlQuery query(m_db);
    const bool ok = userId.isEmpty()
                        ? exec(query, selectRows + QStringLiteral("ORDER BY c.id DESC"))
                        : exec(query, selectRows + QStringLiteral("WHERE c.user_id = ? ORDER BY c.id DESC"), {userId});
    while (ok && query.next())
        result.append(rowFrom(query));
    return result;
}

QList<CorrectionRow> PunchCorrectionRepository::historyOfPunch(qint64 punchId) const
{
    QList<CorrectionRow> result;
    QSqlQuery query(m_db);
    const bool ok = exec(query, selectRows + QStringLiteral("WHERE c.punch_id = ? ORDER BY c.id DESC"), {punchId});
    while (ok && query.next())
        result.append(rowFrom(query));
    return result;
}

QList<CorrectionRow> PunchCorrectionRepository::effective(QDate from, QDate to) const
{
    // Text comparison on "YYYY-MM-DD hh:mm:ss": from the first second of `from` to before the
    // day after `to`.
    const QString first = from.toString(Qt::ISODate);
    const QString end = to.addDays(1).toString(Qt::ISODate);
    QList<CorrectionRow> result;
    QSqlQuery query(m_db);
    if (!exec(query,
              selectRows + QStringLiteral("WHERE c.kind <> 'revoke' "
                                          "AND NOT EXISTS (SELECT 1 FROM punch_corrections r WHERE r.revoked_id = c.id) "
                                          "AND ((c.io_time >= ? AND c.io_time < ?) "
                                          "OR (c.previous_io_time >= ? AND c.previous_io_time < ?)) "
                                          "ORDER BY c.id"),
              {first, end, first, end}))
        return result;
    while (query.next())
        result.append(rowFrom(query));
    return result;
}

std::optional<qint64> PunchCorrectionRepository::insert(const CorrectionRow &row, CorrectionError *error)
{
    if (row.reason.trimmed().isEmpty())
        return refuse(error, CorrectionError::EmptyReason);
    if (touchesClosedPeriod({row.ioTime, row.previousTime}))
        return refuse(error, CorrectionError::PeriodClosed);
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO punch_corrections (kind, punch_id, revoked_id, user_id, dev_id, io_time, "
                             "direction, previous_io_time, previous_direction, reason, changed_by, changed_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {kindName(row.kind), row.punchId ? QVariant(row.punchId) : QVariant(),
               row.revokedId ? QVariant(row.revokedId) : QVariant(), row.userId, row.devId, timeOrNull(row.ioTime),
               row.direction, timeOrNull(row.previousTime),
               row.previousTime.isValid() ? QVariant(row.previousDirection) : QVariant(), row.reason.trimmed(),
               row.changedBy, utcNowText()}) ||
        !query.next())
        return refuse(error, CorrectionError::Storage);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    // The systems that receive corrections learn of it in the same transaction.
    if (!OutboxRepository(m_db).queueCorrection(id))
        return refuse(error, CorrectionError::Storage);
    if (error)
        *error = CorrectionError::None;
    return id;
}

bool PunchCorrectionRepository::touchesClosedPeriod(std::initializer_list<QDateTime> times) const
{
    // By the punch's calendar date: a night's departure after midnight is judged by its own day.
    const ClosedPeriodRepository periods(m_db);
    for (const QDateTime &time : times) {
        if (time.isValid() && periods.covering(time.date()))
            return true;
    }
    return false;
}

bool PunchCorrectionRepository::currentValue(qint64 punchId, CorrectionRow *row) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT user_id, io_time, direction FROM punches WHERE id = ?"), {punchId}) ||
        !query.next())
        return false;
    row->punchId = punchId;
    row->userId = query.value(0).toString();
    row->previousTime = protocol::walltime::fromStorage(query.value(1).toString());
    row->previousDirection = query.value(2).toString();
    // The latest move in force is what the punch is now.
    if (exec(query,
             QStringLiteral("SELECT io_time, direction FROM punch_corrections c WHERE c.punch_id = ? AND c.kind = 'move' "
                            "AND NOT EXISTS (SELECT 1 FROM punch_corrections r WHERE r.revoked_id = c.id) "
                            "ORDER BY c.id DESC LIMIT 1"),
             {punchId}) &&
        query.next()) {
        row->previousTime = protocol::walltime::fromStorage(query.value(0).toString());
        row->previousDirection = query.value(1).toString();
    }
    return true;
}

} // namespace punchclock::storage
