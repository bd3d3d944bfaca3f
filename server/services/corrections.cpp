#include "corrections.h"

#include "refusals.h"
#include "servicecall.h"

#include "punchcorrectionrepository.h"
#include "sqlsupport.h"
#include "walltime.h"

#include <QSqlQuery>

namespace punchclock::services {

namespace {

struct Punch
{
    QString userId;
    QDateTime ioTime;
    QString direction;
};

std::optional<Punch> punchOf(const QSqlDatabase &db, qint64 punchId)
{
    QSqlQuery query(db);
    if (!storage::exec(query, QStringLiteral("SELECT user_id, io_time, direction FROM punches WHERE id = ?"), {punchId}) ||
        !query.next())
        return std::nullopt;
    return Punch{query.value(0).toString(), protocol::walltime::fromStorage(query.value(1).toString()),
                 query.value(2).toString()};
}

std::optional<storage::CorrectionRow> correctionOf(const QSqlDatabase &db, const QString &userIdHint, qint64 id)
{
    for (const storage::CorrectionRow &row : storage::PunchCorrectionRepository(db).history(userIdHint)) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

std::optional<QString> userOfCorrection(const QSqlDatabase &db, qint64 correctionId)
{
    QSqlQuery query(db);
    if (!storage::exec(query, QStringLiteral("SELECT user_id FROM punch_corrections WHERE id = ?"), {correctionId}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

// A punch as its audit record shows it. The record's object is always the employee, so that
// their history and a day's history find every correction; the punch's id goes in the values.
QJsonObject punchJson(const QDateTime &time, const QString &direction, std::optional<qint64> punchId = {})
{
    QJsonObject punch{{QStringLiteral("io_time"), protocol::walltime::toStorage(time)},
                      {QStringLiteral("direction"), direction}};
    if (punchId)
        punch.insert(QStringLiteral("punch"), *punchId);
    return punch;
}

} // namespace

Corrections::Corrections(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Outcome Corrections::addPunch(const Actor &actor, const QString &userId, const QDateTime &ioTime,
                              const QString &direction, const QString &reason)
{
    ServiceCall call(m_db, actor);
    if (!call.allowedForUser(Permission::CorrectPunches, userId))
        return call.finish();
    storage::CorrectionError error = storage::CorrectionError::None;
    const std::optional<qint64> id =
        storage::PunchCorrectionRepository(m_db).addPunch(userId, ioTime, direction, {}, reason, actor.name, &error);
    if (!id)
        return call.refuse(correctionRefusal(m_db, error, ioTime.date()));
    call.outcome().id = *id;
    QJsonObject added = punchJson(ioTime, direction);
    added.insert(QStringLiteral("reason"), reason.trimmed());
    call.record(QStringLiteral("punch.add"), QStringLiteral("user"), userId, {}, added);
    return call.finish();
}

Outcome Corrections::voidPunch(const Actor &actor, qint64 punchId, const QString &reason)
{
    ServiceCall call(m_db, actor);
    const std::optional<Punch> punch = punchOf(m_db, punchId);
    if (!punch)
        return call.refuse(Outcome::notFound(QString::number(punchId)));
    if (!call.allowedForUser(Permission::CorrectPunches, punch->userId))
        return call.finish();
    storage::CorrectionError error = storage::CorrectionError::None;
    const std::optional<qint64> id = storage::PunchCorrectionRepository(m_db).voidPunch(punchId, reason, actor.name, &error);
    if (!id)
        return call.refuse(correctionRefusal(m_db, error, punch->ioTime.date()));
    call.outcome().id = *id;
    call.record(QStringLiteral("punch.void"), QStringLiteral("user"), punch->userId,
                punchJson(punch->ioTime, punch->direction, punchId), {{QStringLiteral("reason"), reason.trimmed()}});
    return call.finish();
}

Outcome Corrections::movePunch(const Actor &actor, qint64 punchId, const QDateTime &ioTime, const QString &direction,
                               const QString &reason)
{
    ServiceCall call(m_db, actor);
    const std::optional<Punch> punch = punchOf(m_db, punchId);
    if (!punch)
        return call.refuse(Outcome::notFound(QString::number(punchId)));
    if (!call.allowedForUser(Permission::CorrectPunches, punch->userId))
        return call.finish();
    storage::CorrectionError error = storage::CorrectionError::None;
    const std::optional<qint64> id =
        storage::PunchCorrectionRepository(m_db).movePunch(punchId, ioTime, direction, reason, actor.name, &error);
    if (!id)
        return call.refuse(correctionRefusal(m_db, error, ioTime.date()));
    call.outcome().id = *id;
    QJsonObject moved = punchJson(ioTime, direction);
    moved.insert(QStringLiteral("reason"), reason.trimmed());
    call.record(QStringLiteral("punch.move"), QStringLiteral("user"), punch->userId,
                punchJson(punch->ioTime, punch->direction, punchId), moved);
    return call.finish();
}

Outcome Corrections::revoke(const Actor &actor, qint64 correctionId, const QString &reason)
{
    ServiceCall call(m_db, actor);
    const std::optional<QString> userId = userOfCorrection(m_db, correctionId);
    if (!userId)
        return call.refuse(Outcome::notFound(QString::number(correctionId)));
    if (!call.allowedForUser(Permission::CorrectPunches, *userId))
        return call.finish();
    const std::optional<storage::CorrectionRow> target = correctionOf(m_db, *userId, correctionId);
    storage::CorrectionError error = storage::CorrectionError::None;
    const std::optional<qint64> id =
        storage::PunchCorrectionRepository(m_db).revoke(correctionId, reason, actor.name, &error);
    if (!id)
        return call.refuse(correctionRefusal(m_db, error, target ? target->ioTime.date() : QDate()));
    call.outcome().id = *id;
    // The revoked correction's times, so that the history of the days it touched shows its revocation.
    QJsonObject revoked{{QStringLiteral("correction"), correctionId}};
    if (target && target->ioTime.isValid())
        revoked.insert(QStringLiteral("io_time"), protocol::walltime::toStorage(target->ioTime));
    if (target && target->previousTime.isValid())
        revoked.insert(QStringLiteral("previous_time"), protocol::walltime::toStorage(target->previousTime));
    call.record(QStringLiteral("punch.revoke"), QStringLiteral("user"), *userId, revoked,
                {{QStringLiteral("reason"), reason.trimmed()}});
    return call.finish();
}

Outcome Corrections::moveAddedPunch(const Actor &actor, qint64 correctionId, const QDateTime &ioTime,
                                    const QString &direction, const QString &reason)
{
    ServiceCall call(m_db, actor);
    const std::optional<QString> userId = userOfCorrection(m_db, correctionId);
    if (!userId)
        return call.refuse(Outcome::notFound(QString::number(correctionId)));
    if (!call.allowedForUser(Permission::CorrectPunches, *userId))
        return call.finish();
    // Both steps nest in this call's transaction: both happen or neither.
    const Outcome revoked = revoke(actor, correctionId, reason);
    if (!revoked.ok())
        return call.refuse(revoked);
    const Outcome added = addPunch(actor, *userId, ioTime, direction, reason);
    if (!added.ok())
        return call.refuse(added);
    call.outcome().id = added.id;
    return call.finish();
}

} // namespace punchclock::services
