#include "userstatusrepository.h"

#include "sqlsupport.h"

namespace punchclock::storage {

UserStatusRepository::UserStatusRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool UserStatusRepository::record(const QString &userId, bool enabled, QDate effectiveFrom, const QString &changedBy)
{
    if (userId.isEmpty() || !effectiveFrom.isValid())
        return false;
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("INSERT INTO user_status_changes (user_id, enabled, effective_date, changed_by, changed_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {userId, enabled ? 1 : 0, effectiveFrom.toString(Qt::ISODate), changedBy, utcNowText()});
}

QList<UserStatusChange> UserStatusRepository::history(const QString &userId) const
{
    return read(QStringLiteral("WHERE user_id = ?"), {userId}, QStringLiteral("id DESC")).value_or(QList<UserStatusChange>());
}

std::optional<QHash<QString, QList<UserStatusChange>>> UserStatusRepository::all() const
{
    const auto rows = read({}, {}, QStringLiteral("user_id, effective_date, id"));
    if (!rows)
        return std::nullopt;
    QHash<QString, QList<UserStatusChange>> byUser;
    for (const UserStatusChange &change : *rows)
        byUser[change.userId].append(change);
    return byUser;
}

std::optional<QList<UserStatusChange>> UserStatusRepository::read(const QString &where, const QVariantList &values,
                                                                  const QString &order) const
{
    QList<UserStatusChange> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT id, user_id, enabled, effective_date, changed_by, changed_at "
                             "FROM user_status_changes %1 ORDER BY %2")
                  .arg(where, order),
              values))
        return std::nullopt;
    while (query.next()) {
        UserStatusChange change;
        change.id = query.value(0).toLongLong();
        change.userId = query.value(1).toString();
        change.enabled = query.value(2).toBool();
        change.effectiveFrom = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        change.changedBy = query.value(4).toString();
        change.changedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        rows.append(change);
    }
    return rows;
}

} // namespace punchclock::storage
