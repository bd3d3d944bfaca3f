#include "userrepository.h"

#include "sqlsupport.h"

#include <QHash>

namespace punchclock::storage {

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool UserRepository::applyEnrollment(const QString &devId, const protocol::UserEnrollment &user)
{
    const QString now = utcNowText();
    const QString privilege = user.privilegeName.isEmpty() ? QStringLiteral("USER") : user.privilegeName.toUpper();
    QSqlQuery query(m_db);
    const bool userStored = exec(
        query,
        QStringLiteral("INSERT INTO users (user_id, name, privilege, enabled, photo, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                       "name = CASE WHEN excluded.name = '' THEN users.name ELSE excluded.name END, "
                       "privilege = excluded.privilege, enabled = excluded.enabled, "
                       "photo = COALESCE(excluded.photo, users.photo), updated_at = excluded.updated_at"),
        {user.userId, user.name, privilege, user.enabled ? 1 : 0,
         user.photo.isEmpty() ? QVariant() : QVariant(user.photo), now, now});
    if (!userStored)
        return false;

    for (const protocol::Credential &credential : user.credentials) {
        if (!exec(query,
                  QStringLiteral("INSERT INTO credentials (user_id, backup_number, data, source_dev_id, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, backup_number) DO UPDATE SET "
                                 "data = excluded.data, source_dev_id = excluded.source_dev_id, "
                                 "updated_at = excluded.updated_at"),
                  {user.userId, credential.backupNumber, credential.data, devId, now}))
            return false;
    }

    return exec(query,
                QStringLiteral("INSERT INTO terminal_users (dev_id, user_id, privilege, enabled, updated_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (dev_id, user_id) DO UPDATE SET "
                               "privilege = excluded.privilege, enabled = excluded.enabled, "
                               "updated_at = excluded.updated_at"),
                {devId, user.userId, privilege, user.enabled ? 1 : 0, now});
}

QList<UserRow> UserRepository::list() const
{
    QList<UserRow> rows;
    QHash<QString, qsizetype> indexOf;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, QStringLiteral("SELECT user_id, name, privilege, enabled, photo IS NOT NULL, updated_at "
                                    "FROM users ORDER BY name, user_id")))
        return rows;
    while (query.next()) {
        UserRow row;
        row.userId = query.value(0).toString();
        row.name = query.value(1).toString();
        row.privilege = query.value(2).toString();
        row.enabled = query.value(3).toBool();
        row.hasPhoto = query.value(4).toBool();
        row.updatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        indexOf.insert(row.userId, rows.size());
        rows.append(row);
    }

    if (exec(query, QStringLiteral("SELECT user_id, backup_number FROM credentials"))) {
        while (query.next()) {
            const auto it = indexOf.constFind(query.value(0).toString());
            if (it == indexOf.constEnd())
                continue;
            UserRow &row = rows[*it];
            switch (protocol::credentialKind(query.value(1).toInt())) {
            case protocol::CredentialKind::Fingerprint: ++row.fingers; break;
            case protocol::CredentialKind::Face: row.face = true; break;
            case protocol::CredentialKind::Card: row.card = true; break;
            case protocol::CredentialKind::Password: row.password = true; break;
            default: break;
            }
        }
    }
    if (exec(query, QStringLiteral("SELECT user_id, dev_id FROM terminal_users ORDER BY dev_id"))) {
        while (query.next()) {
            const auto it = indexOf.constFind(query.value(0).toString());
            if (it != indexOf.constEnd())
                rows[*it].terminals.append(query.value(1).toString());
        }
    }
    return rows;
}

QByteArray UserRepository::credential(const QString &userId, int backupNumber) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT data FROM credentials WHERE user_id = ? AND backup_number = ?"),
              {userId, backupNumber})
        || !query.next())
        return {};
    return query.value(0).toByteArray();
}

} // namespace punchclock::storage
