#include "deliveryitem.h"

#include "settingsrepository.h"
#include "sqlsupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QTimeZone>

namespace punchclock::integrations {

namespace {

// "YYYY-MM-DD hh:mm:ss" as ISO 8601 without a zone: the site's wall clock, named beside it.
QJsonValue isoWallTime(const QVariant &stored)
{
    if (stored.isNull() || stored.toString().isEmpty())
        return QJsonValue::Null;
    QString text = stored.toString();
    text.replace(10, 1, QLatin1Char('T'));
    return text;
}

QJsonValue textOrNull(const QVariant &value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue jsonFromStored(const QString &compact)
{
    if (compact.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(compact.toUtf8());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(compact);
}

QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(QLatin1Char(','));
}

// The subjects of one kind, by id. Ids are numbers from our own table: joined into the SQL.
bool readPunches(const QSqlDatabase &db, const QList<qint64> &ids, const QString &zone,
                 QHash<qint64, DeliveryItem> *items)
{
    QSqlQuery query(db);
    if (ids.isEmpty() ||
        !storage::exec(query,
                       QStringLiteral("SELECT p.id, p.dev_id, t.name, p.user_id, u.name, p.io_time, p.direction, "
                                      "p.verify_methods, p.io_mode, p.work_code, p.source, p.received_at "
                                      "FROM punches p LEFT JOIN terminals t ON t.dev_id = p.dev_id "
                                      "LEFT JOIN users u ON u.user_id = p.user_id WHERE p.id IN (%1)")
                           .arg(idList(ids))))
        return ids.isEmpty();
    while (query.next()) {
        DeliveryItem item;
        item.found = true;
        item.devId = query.value(1).toString();
        item.userId = query.value(3).toString();
        item.wallTime = query.value(5).toString();
        item.direction = query.value(6).toString();
        const QJsonObject data{{QStringLiteral("punch_id"), query.value(0).toLongLong()},
                               {QStringLiteral("terminal_id"), item.devId},
                               {QStringLiteral("terminal_name"), textOrNull(query.value(2))},
                               {QStringLiteral("user_id"), item.userId},
                               {QStringLiteral("user_name"), textOrNull(query.value(4))},
                               {QStringLiteral("time"), isoWallTime(query.value(5))},
                               {QStringLiteral("time_zone"), zone},
                               {QStringLiteral("direction"), textOrNull(query.value(6))},
                               {QStringLiteral("verify"), query.value(7).toString()},
                               {QStringLiteral("io_mode"), query.value(8).toInt()},
                               {QStringLiteral("work_code"), query.value(9).toInt()},
                               {QStringLiteral("source"), query.value(10).toString()},
                               {QStringLiteral("received_at"), query.value(11).toString()}};
        item.event = {{QStringLiteral("data"), data}};
        items->insert(query.value(0).toLongLong(), item);
    }
    return true;
}

bool readCorrections(const QSqlDatabase &db, const QList<qint64> &ids, const QString &zone,
                     QHash<qint64, DeliveryItem> *items)
{
    QSqlQuery query(db);
    if (ids.isEmpty() ||
        !storage::exec(
            query,
            // A revoke carries no time of its own: the times are the revoked
            // correction's, which it undoes.
            QStringLiteral("SELECT c.id, c.kind, c.punch_id, c.revoked_id, c.user_id, c.dev_id, "
                           "COALESCE(c.io_time, r.io_time), c.direction, "
                           "COALESCE(c.previous_io_time, r.previous_io_time), c.previous_direction, c.reason, "
                           "c.changed_by, c.changed_at FROM punch_corrections c "
                           "LEFT JOIN punch_corrections r ON r.id = c.revoked_id WHERE c.id IN (%1)")
                .arg(idList(ids))))
        return ids.isEmpty();
    while (query.next()) {
        DeliveryItem item;
        item.found = true;
        item.correctionKind = query.value(1).toString();
        item.userId = query.value(4).toString();
        item.devId = query.value(5).toString();
        item.wallTime = query.value(6).toString();
        item.direction = query.value(7).toString();
        item.previousWallTime = query.value(8).toString();
        const QJsonObject data{{QStringLiteral("correction_id"), query.value(0).toLongLong()},
                               {QStringLiteral("kind"), item.correctionKind},
                               {QStringLiteral("punch_id"),
                                query.value(2).isNull() ? QJsonValue(QJsonValue::Null) : query.value(2).toLongLong()},
                               {QStringLiteral("revoked_correction_id"),
                                query.value(3).isNull() ? QJsonValue(QJsonValue::Null) : query.value(3).toLongLong()},
                               {QStringLiteral("user_id"), item.userId},
                               {QStringLiteral("terminal_id"), textOrNull(query.value(5))},
                               {QStringLiteral("time"), isoWallTime(query.value(6))},
                               {QStringLiteral("direction"), textOrNull(query.value(7))},
                               {QStringLiteral("previous_time"), isoWallTime(query.value(8))},
                               {QStringLiteral("previous_direction"), textOrNull(query.value(9))},
                               {QStringLiteral("time_zone"), zone},
                               {QStringLiteral("reason"), query.value(10).toString()},
                               {QStringLiteral("changed_by"), query.value(11).toString()},
                               {QStringLiteral("changed_at"), query.value(12).toString()}};
        item.event = {{QStringLiteral("data"), data}};
        items->insert(query.value(0).toLongLong(), item);
    }
    return true;
}

bool readUserChanges(const QSqlDatabase &db, const QList<qint64> &ids, QHash<qint64, DeliveryItem> *items)
{
    QSqlQuery query(db);
    if (ids.isEmpty() ||
        !storage::exec(query,
                       QStringLiteral("SELECT id, at, actor_kind, actor, action, object_id, old_value, new_value "
                                      "FROM audit_log WHERE id IN (%1)")
                           .arg(idList(ids))))
        return ids.isEmpty();
    while (query.next()) {
        DeliveryItem item;
        item.found = true;
        item.userId = query.value(5).toString();
        const QJsonObject data{{QStringLiteral("audit_id"), query.value(0).toLongLong()},
                               {QStringLiteral("at"), query.value(1).toString()},
                               {QStringLiteral("actor_kind"), query.value(2).toString()},
                               {QStringLiteral("actor"), query.value(3).toString()},
                               {QStringLiteral("action"), query.value(4).toString()},
                               {QStringLiteral("user_id"), item.userId},
                               {QStringLiteral("old"), jsonFromStored(query.value(6).toString())},
                               {QStringLiteral("new"), jsonFromStored(query.value(7).toString())}};
        item.event = {{QStringLiteral("data"), data}};
        items->insert(query.value(0).toLongLong(), item);
    }
    return true;
}

} // namespace

std::optional<QList<DeliveryItem>> loadDeliveryItems(const QSqlDatabase &db, const QList<storage::OutboxRow> &rows)
{
    QHash<storage::OutboxEvent, QList<qint64>> idsByEvent;
    for (const storage::OutboxRow &row : rows)
        idsByEvent[row.event].append(row.subjectId);
    const QString zone = storage::SettingsRepository(db).siteTimeZoneId();
    QHash<storage::OutboxEvent, QHash<qint64, DeliveryItem>> subjects;
    // A failed read is not a subject gone: nothing is judged on it.
    if (!readPunches(db, idsByEvent.value(storage::OutboxEvent::Punch), zone, &subjects[storage::OutboxEvent::Punch]) ||
        !readCorrections(db, idsByEvent.value(storage::OutboxEvent::Correction), zone,
                         &subjects[storage::OutboxEvent::Correction]) ||
        !readUserChanges(db, idsByEvent.value(storage::OutboxEvent::UserChange),
                         &subjects[storage::OutboxEvent::UserChange]))
        return std::nullopt;

    QList<DeliveryItem> items;
    items.reserve(rows.size());
    for (const storage::OutboxRow &row : rows) {
        DeliveryItem item = subjects.value(row.event).value(row.subjectId);
        item.row = row;
        const QString type = storage::outboxEventName(row.event);
        // The id names the event, not the delivery: the same after a retry or a replay, so a
        // receiver can tell a repeat.
        item.event.insert(QStringLiteral("id"), QStringLiteral("%1-%2").arg(type).arg(row.subjectId));
        item.event.insert(QStringLiteral("type"), type);
        items.append(item);
    }
    return items;
}

} // namespace punchclock::integrations
