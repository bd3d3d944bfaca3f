#include "apitokenrepository.h"

#include "sqlsupport.h"

namespace punchclock::storage {

namespace {

const QString selectRows =
    QStringLiteral("SELECT id, public_id, secret_hash, name, scope, department_id, created_at, created_by, expires_at, "
                   "revoked_at, last_used_at FROM api_tokens ");

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

ApiTokenRow rowFrom(const QSqlQuery &query)
{
    ApiTokenRow row;
    row.id = query.value(0).toLongLong();
    row.publicId = query.value(1).toString();
    row.secretHash = query.value(2).toString();
    row.name = query.value(3).toString();
    row.scope = query.value(4).toString();
    if (!query.value(5).isNull())
        row.departmentId = query.value(5).toLongLong();
    row.createdAt = timeFrom(query.value(6));
    row.createdBy = query.value(7).toString();
    row.expiresAt = timeFrom(query.value(8));
    row.revokedAt = timeFrom(query.value(9));
    row.lastUsedAt = timeFrom(query.value(10));
    return row;
}

} // namespace

ApiTokenRepository::ApiTokenRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<ApiTokenRow> ApiTokenRepository::list() const
{
    QList<ApiTokenRow> rows;
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("ORDER BY id DESC")))
        return rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

std::optional<ApiTokenRow> ApiTokenRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("WHERE id = ?"), {id}) || !query.next())
        return std::nullopt;
    return rowFrom(query);
}

std::optional<ApiTokenRow> ApiTokenRepository::findByPublicId(const QString &publicId) const
{
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("WHERE public_id = ?"), {publicId}) || !query.next())
        return std::nullopt;
    return rowFrom(query);
}

std::optional<qint64> ApiTokenRepository::insert(const ApiTokenRow &row)
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO api_tokens (public_id, secret_hash, name, scope, department_id, created_at, "
                             "created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
              {row.publicId, row.secretHash, row.name, row.scope,
               row.departmentId ? QVariant(*row.departmentId) : QVariant(), utcNowText(), row.createdBy,
               timeOrNull(row.expiresAt)}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool ApiTokenRepository::revoke(qint64 id)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                {utcNowText(), id}) &&
           query.numRowsAffected() == 1;
}

std::optional<QList<ApiTokenRow>> ApiTokenRepository::revokeForDepartment(qint64 departmentId)
{
    QList<ApiTokenRow> revoked;
    QSqlQuery query(m_db);
    if (!exec(query, selectRows + QStringLiteral("WHERE department_id = ? AND revoked_at IS NULL"), {departmentId}))
        return std::nullopt;
    while (query.next())
        revoked.append(rowFrom(query));
    if (!exec(query,
              QStringLiteral("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?), department_id = NULL "
                             "WHERE department_id = ?"),
              {utcNowText(), departmentId}))
        return std::nullopt;
    return revoked;
}

bool ApiTokenRepository::noteUse(qint64 id, const QDateTime &at)
{
    const QString now = at.toUTC().toString(Qt::ISODateWithMs);
    const QString minuteAgo = at.toUTC().addSecs(-60).toString(Qt::ISODateWithMs);
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ? "
                               "AND (last_used_at IS NULL OR last_used_at < ?)"),
                {now, id, minuteAgo});
}

} // namespace punchclock::storage
