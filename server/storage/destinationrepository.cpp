#include "destinationrepository.h"

#include "sqlsupport.h"

#include <QJsonDocument>

namespace punchclock::storage {

namespace {

const QString selectRows = QStringLiteral(
    "SELECT id, name, kind, url, options, sealed_secret, sends_punches, sends_corrections, sends_user_changes, "
    "enabled, created_at, failures, next_attempt_at, last_error, last_delivered_at, lease_owner "
    "FROM integration_destinations ");

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

DestinationRow rowFrom(const QSqlQuery &query)
{
    DestinationRow row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.kind = query.value(2).toString();
    row.url = query.value(3).toString();
    row.options = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    row.sealedSecret = query.value(5).toString();
    row.sendsPunches = query.value(6).toInt() != 0;
    row.sendsCorrections = query.value(7).toInt() != 0;
    row.sendsUserChanges = query.value(8).toInt() != 0;
    row.enabled = query.value(9).toInt() != 0;
    row.createdAt = timeFrom(query.value(10));
    row.failures = query.value(11).toInt();
    row.nextAttemptAt = timeFrom(query.value(12));
    row.lastError = query.value(13).toString();
    row.lastDeliveredAt = timeFrom(query.value(14));
    row.leaseOwner = query.value(15).toString();
    return row;
}

QString optionsText(const QJsonObject &options)
{
    return QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
}

} // namespace

DestinationRepository::DestinationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<DestinationRow> DestinationRepository::list() const
{
    QList<DestinationRow> rows;
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("ORDER BY name, id")))
        return rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

std::optional<DestinationRow> DestinationRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("WHERE id = ?"), {id}) || !query.next())
        return std::nullopt;
    return rowFrom(query);
}

std::optional<DestinationRow> DestinationRepository::findByName(const QString &name) const
{
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("WHERE name = ?"), {name}) || !query.next())
        return std::nullopt;
    return rowFrom(query);
}

std::optional<qint64> DestinationRepository::insert(const DestinationRow &row)
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO integration_destinations (name, kind, url, options, sealed_secret, "
                             "sends_punches, sends_corrections, sends_user_changes, enabled, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {row.name, row.kind, row.url, optionsText(row.options), row.sealedSecret, int(row.sendsPunches),
               int(row.sendsCorrections), int(row.sendsUserChanges), int(row.enabled), utcNowText()}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool DestinationRepository::update(const DestinationRow &row)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE integration_destinations SET name = ?, url = ?, options = ?, sealed_secret = ?, "
                               "sends_punches = ?, sends_corrections = ?, sends_user_changes = ?, enabled = ? "
                               "WHERE id = ?"),
                {row.name, row.url, optionsText(row.options), row.sealedSecret, int(row.sendsPunches),
                 int(row.sendsCorrections), int(row.sendsUserChanges), int(row.enabled), row.id}) &&
           query.numRowsAffected() == 1;
}

bool DestinationRepository::remove(qint64 id)
{
    // The queue first: SQLite enforces ON DELETE CASCADE only with foreign keys on, and a copy
    // made by another tool may not have them.
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("DELETE FROM outbox WHERE destination_id = ?"), {id}) &&
           exec(query, QStringLiteral("DELETE FROM odoo_attendances WHERE destination_id = ?"), {id}) &&
           exec(query, QStringLiteral("DELETE FROM integration_destinations WHERE id = ?"), {id}) &&
           query.numRowsAffected() == 1;
}

bool DestinationRepository::recordAnswered(qint64 id, bool delivered)
{
    QSqlQuery query(m_db);
    if (!delivered)
        return exec(query,
                    QStringLiteral("UPDATE integration_destinations SET failures = 0, next_attempt_at = NULL, "
                                   "last_error = '' WHERE id = ?"),
                    {id});
    return exec(query,
                QStringLiteral("UPDATE integration_destinations SET failures = 0, next_attempt_at = NULL, "
                               "last_error = '', last_delivered_at = ? WHERE id = ?"),
                {utcNowText(), id});
}

bool DestinationRepository::recordFailure(qint64 id, const QString &error, const QDateTime &retryAt)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE integration_destinations SET failures = failures + 1, next_attempt_at = ?, "
                               "last_error = ? WHERE id = ?"),
                {retryAt.toUTC().toString(Qt::ISODateWithMs), error, id});
}

bool DestinationRepository::clearWait(qint64 id)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE integration_destinations SET failures = 0, next_attempt_at = NULL WHERE id = ?"),
                {id});
}

bool DestinationRepository::takeLease(qint64 id, const QString &owner, const QDateTime &until)
{
    // On PostgreSQL a second server's UPDATE waits for the first and then sees its lease.
    const QString now = utcNowText();
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE integration_destinations SET lease_owner = ?, lease_until = ? "
                               "WHERE id = ? AND (lease_owner = ? OR lease_until IS NULL OR lease_until < ?)"),
                {owner, until.toUTC().toString(Qt::ISODateWithMs), id, owner, now}) &&
           query.numRowsAffected() == 1;
}

bool DestinationRepository::releaseLease(qint64 id, const QString &owner)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE integration_destinations SET lease_owner = '', lease_until = NULL "
                               "WHERE id = ? AND lease_owner = ?"),
                {id, owner});
}

bool DestinationRepository::takeLeaseFrom(qint64 id, const QString &staleOwner, const QString &owner,
                                          const QDateTime &until)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE integration_destinations SET lease_owner = ?, lease_until = ? "
                               "WHERE id = ? AND lease_owner = ?"),
                {owner, until.toUTC().toString(Qt::ISODateWithMs), id, staleOwner}) &&
           query.numRowsAffected() == 1;
}

} // namespace punchclock::storage
