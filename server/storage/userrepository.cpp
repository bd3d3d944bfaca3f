#include "userrepository.h"

#include "sqlsupport.h"

#include "digitcredential.h"

#include <QHash>

namespace punchclock::storage {

namespace {

QList<int> backupNumbers(const protocol::UserEnrollment &user)
{
    QList<int> numbers;
    for (const protocol::Credential &credential : user.credentials)
        numbers << credential.backupNumber;
    return numbers;
}

} // namespace

UserRepository::UserRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(db)
{
}

bool UserRepository::applyEnrollment(const QString &devId, const protocol::UserEnrollment &user)
{
    const QString privilege = user.privilegeName.isEmpty() ? QStringLiteral("USER") : user.privilegeName.toUpper();
    QSqlQuery query(m_db);
    return storeUser(user, devId)
        && exec(query,
                QStringLiteral("INSERT INTO terminal_users (dev_id, user_id, privilege, enabled, updated_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (dev_id, user_id) DO UPDATE SET "
                               "privilege = excluded.privilege, enabled = excluded.enabled, "
                               "updated_at = excluded.updated_at"),
                {devId, user.userId, privilege, user.enabled ? 1 : 0, utcNowText()})
        && holdExactly(devId, user.userId, backupNumbers(user))
        && keepInactiveSince(user.userId);
}

bool UserRepository::applyPushed(const QString &devId, const protocol::UserEnrollment &sent)
{
    return addMembership(devId, sent.userId, sent.privilegeName) && holdExactly(devId, sent.userId, backupNumbers(sent));
}

bool UserRepository::saveUser(const protocol::UserEnrollment &user, const QString &sourceDevId)
{
    return storeUser(user, sourceDevId) && keepInactiveSince(user.userId);
}

bool UserRepository::storeUser(const protocol::UserEnrollment &user, const QString &sourceDevId)
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
                       "photo = COALESCE(excluded.photo, users.photo), incomplete = 0, "
                       "updated_at = excluded.updated_at"),
        {user.userId, user.name, privilege, user.enabled ? 1 : 0,
         user.photo.isEmpty() ? QVariant() : QVariant(user.photo), now, now});
    if (!userStored)
        return false;

    for (const protocol::Credential &credential : user.credentials) {
        if (!putCredential(sourceDevId, user.userId, credential.backupNumber, credential.data, now))
            return false;
    }
    return true;
}

QList<UserRow> UserRepository::list() const
{
    QList<UserRow> rows;
    QHash<QString, qsizetype> indexOf;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, QStringLiteral("SELECT u.user_id, u.name, u.privilege, u.enabled, u.photo IS NOT NULL, "
                                    "u.updated_at, u.department_id, d.name, u.incomplete FROM users u "
                                    "LEFT JOIN departments d ON d.id = u.department_id ORDER BY u.name, u.user_id")))
        return rows;
    while (query.next()) {
        UserRow row;
        row.userId = query.value(0).toString();
        row.name = query.value(1).toString();
        row.privilege = query.value(2).toString();
        row.enabled = query.value(3).toBool();
        row.hasPhoto = query.value(4).toBool();
        row.updatedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        if (!query.value(6).isNull())
            row.departmentId = query.value(6).toLongLong();
        row.department = query.value(7).toString();
        row.incomplete = query.value(8).toBool();
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


bool UserRepository::exists(const QString &userId) const
{
    StatementCache::Handle query = m_statements.run(QStringLiteral("SELECT 1 FROM users WHERE user_id = ?"), {userId});
    return query.next();
}

std::optional<protocol::UserEnrollment> UserRepository::load(const QString &userId) const
{
    return loadUser(userId, {});
}

std::optional<protocol::UserEnrollment> UserRepository::loadAsHeldBy(const QString &userId, const QString &devId) const
{
    return loadUser(userId, devId);
}

std::optional<protocol::UserEnrollment> UserRepository::loadUser(const QString &userId, const QString &heldBy) const
{
    protocol::UserEnrollment user;
    {
        StatementCache::Handle query = m_statements.run(
            QStringLiteral("SELECT name, privilege, enabled, photo FROM users WHERE user_id = ?"), {userId});
        if (!query.next())
            return std::nullopt;
        user.userId = userId;
        user.name = query.value(0).toString();
        user.privilegeName = query.value(1).toString();
        user.enabled = query.value(2).toBool();
        user.photo = query.value(3).toByteArray();
    }
    StatementCache::Handle credentials = heldBy.isEmpty()
        ? m_statements.run(
              QStringLiteral("SELECT backup_number, data FROM credentials WHERE user_id = ? ORDER BY backup_number"),
              {userId})
        : m_statements.run(QStringLiteral("SELECT c.backup_number, c.data FROM credentials c "
                                          "JOIN terminal_credentials t ON t.user_id = c.user_id "
                                          "AND t.backup_number = c.backup_number "
                                          "WHERE c.user_id = ? AND t.dev_id = ? ORDER BY c.backup_number"),
                           {userId, heldBy});
    while (credentials.next())
        user.credentials.append({credentials.value(0).toInt(), credentials.value(1).toByteArray()});
    return user;
}

bool UserRepository::replaceUser(const protocol::UserEnrollment &user)
{
    const QString now = utcNowText();
    const QString privilege = user.privilegeName.isEmpty() ? QStringLiteral("USER") : user.privilegeName.toUpper();
    if (!m_statements
             .run(QStringLiteral("INSERT INTO users (user_id, name, privilege, enabled, photo, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, "
                                 "privilege = excluded.privilege, enabled = excluded.enabled, photo = excluded.photo, "
                                 "updated_at = excluded.updated_at"),
                  {user.userId, user.name, privilege, user.enabled ? 1 : 0,
                   user.photo.isEmpty() ? QVariant() : QVariant(user.photo), now, now})
             .ok())
        return false;
    QList<int> kept;
    for (const protocol::Credential &credential : user.credentials)
        kept << credential.backupNumber;
    for (const CredentialInfo &stored : credentials(user.userId)) {
        if (!kept.contains(stored.backupNumber) && !removeCredential(user.userId, stored.backupNumber))
            return false;
    }
    for (const protocol::Credential &credential : user.credentials) {
        if (!putCredential({}, user.userId, credential.backupNumber, credential.data, now))
            return false;
    }
    return keepInactiveSince(user.userId);
}

bool UserRepository::isIncomplete(const QString &userId) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT incomplete FROM users WHERE user_id = ?"), {userId});
    return query.next() && query.value(0).toInt() != 0;
}

QList<int> UserRepository::credentialsHeldBy(const QString &devId, const QString &userId) const
{
    QList<int> numbers;
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT backup_number FROM terminal_credentials WHERE dev_id = ? AND user_id = ? "
                       "ORDER BY backup_number"),
        {devId, userId});
    while (query.next())
        numbers << query.value(0).toInt();
    return numbers;
}

QStringList UserRepository::holders(const QString &userId) const
{
    QStringList devIds;
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT dev_id FROM terminal_users WHERE user_id = ? ORDER BY dev_id"), {userId});
    while (query.next())
        devIds << query.value(0).toString();
    return devIds;
}

bool UserRepository::setName(const QString &userId, const QString &name)
{
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("UPDATE users SET name = ?, updated_at = ? WHERE user_id = ?"), {name, utcNowText(), userId});
    return query.ok() && query.numRowsAffected() == 1;
}

bool UserRepository::setPrivilege(const QString &userId, const QString &privilege)
{
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("UPDATE users SET privilege = ?, updated_at = ? WHERE user_id = ?"),
        {privilege, utcNowText(), userId});
    return query.ok() && query.numRowsAffected() == 1;
}

bool UserRepository::setEnabled(const QString &userId, bool enabled)
{
    {
        StatementCache::Handle query =
            m_statements.run(QStringLiteral("UPDATE users SET enabled = ?, updated_at = ? WHERE user_id = ?"),
                             {enabled ? 1 : 0, utcNowText(), userId});
        if (!query.ok() || query.numRowsAffected() != 1)
            return false;
    }
    return keepInactiveSince(userId);
}

bool UserRepository::removeCredential(const QString &userId, int backupNumber)
{
    int removed = 0;
    {
        StatementCache::Handle query = m_statements.run(
            QStringLiteral("DELETE FROM credentials WHERE user_id = ? AND backup_number = ?"), {userId, backupNumber});
        if (!query.ok())
            return false;
        removed = query.numRowsAffected();
    }
    return removed == 0 || recordChange(userId, backupNumber, CredentialChange::Action::Removed, {}, utcNowText());
}

bool UserRepository::removePhoto(const QString &userId)
{
    return m_statements
        .run(QStringLiteral("UPDATE users SET photo = NULL, updated_at = ? WHERE user_id = ?"), {utcNowText(), userId})
        .ok();
}

bool UserRepository::keepInactiveSince(const QString &userId)
{
    // Only the rows whose state no longer matches the column change: those inactive keep the
    // moment they became so.
    QString sql = QStringLiteral("UPDATE users SET inactive_since = CASE WHEN inactive_since IS NULL THEN ? ELSE NULL END "
                                 "WHERE (inactive_since IS NULL) = (enabled = 0 OR NOT EXISTS "
                                 "(SELECT 1 FROM terminal_users t WHERE t.user_id = users.user_id))");
    QVariantList values{utcNowText()};
    if (!userId.isEmpty()) {
        sql += QStringLiteral(" AND user_id = ?");
        values << userId;
    }
    return m_statements.run(sql, values).ok();
}

bool UserRepository::ensureUser(const QString &userId)
{
    const QString now = utcNowText();
    return m_statements
        .run(QStringLiteral("INSERT INTO users (user_id, incomplete, created_at, updated_at) VALUES (?, 1, ?, ?) "
                            "ON CONFLICT (user_id) DO NOTHING"),
             {userId, now, now})
        .ok();
}

bool UserRepository::ensureListedUser(const QString &userId, const QString &privilege)
{
    if (privilege.isEmpty())
        return ensureUser(userId);
    const QString now = utcNowText();
    return m_statements
        .run(QStringLiteral("INSERT INTO users (user_id, privilege, incomplete, created_at, updated_at) "
                            "VALUES (?, ?, 1, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                            "privilege = excluded.privilege, updated_at = excluded.updated_at "
                            "WHERE users.incomplete = 1 AND users.privilege <> excluded.privilege"),
             {userId, privilege, now, now})
        .ok();
}

bool UserRepository::storeCredential(const QString &devId, const QString &userId, int backupNumber,
                                     const QByteArray &data)
{
    return ensureUser(userId) && putCredential(devId, userId, backupNumber, data, utcNowText())
        && (devId.isEmpty() || holdCredential(devId, userId, backupNumber)) && keepInactiveSince(userId);
}

bool UserRepository::putCredential(const QString &sourceDevId, const QString &userId, int backupNumber,
                                   const QByteArray &given, const QString &now)
{
    // One form whichever terminal it came from, so that two terminals do not take turns replacing it.
    const QByteArray data = protocol::storedCredentialData(backupNumber, given);
    std::optional<CredentialChange::Action> change = CredentialChange::Action::Added;
    {
        StatementCache::Handle previous = m_statements.run(
            QStringLiteral("SELECT data FROM credentials WHERE user_id = ? AND backup_number = ?"), {userId, backupNumber});
        if (!previous.ok())
            return false;
        if (previous.next())
            change = previous.value(0).toByteArray() == data ? std::nullopt
                                                             : std::optional(CredentialChange::Action::Replaced);
    }
    // The operator saving a user unchanged must not erase which terminal a template came from.
    if (!change && sourceDevId.isEmpty())
        return true;
    const QVariant source = sourceDevId.isEmpty() ? QVariant() : QVariant(sourceDevId);
    // The template's origin: the version and record library its terminal announces (fk_info).
    return m_statements
               .run(QStringLiteral(
                        "INSERT INTO credentials (user_id, backup_number, data, source_dev_id, updated_at, "
                        "source_data_ver, source_record_library) VALUES (?, ?, ?, ?, ?, "
                        "(SELECT NULLIF(CASE WHEN ? BETWEEN 0 AND 9 THEN fp_data_ver WHEN ? = 12 THEN face_data_ver "
                        "WHEN ? IN (13, 14, 20) THEN pv_data_ver END, 0) FROM terminals WHERE dev_id = ?), "
                        "(SELECT NULLIF(record_library, '') FROM terminals WHERE dev_id = ?)) "
                        "ON CONFLICT (user_id, backup_number) DO UPDATE SET "
                        "data = excluded.data, source_dev_id = excluded.source_dev_id, "
                        "updated_at = excluded.updated_at, source_data_ver = excluded.source_data_ver, "
                        "source_record_library = excluded.source_record_library"),
                    {userId, backupNumber, data, source, now, backupNumber, backupNumber, backupNumber, source,
                     source})
               .ok()
        && (!change || recordChange(userId, backupNumber, *change, sourceDevId, now));
}

bool UserRepository::recordChange(const QString &userId, int backupNumber, CredentialChange::Action action,
                                  const QString &sourceDevId, const QString &now)
{
    static const QString names[] = {QStringLiteral("added"), QStringLiteral("replaced"), QStringLiteral("removed")};
    return m_statements
        .run(QStringLiteral("INSERT INTO credential_history (user_id, backup_number, action, source_dev_id, "
                            "changed_by, at) VALUES (?, ?, ?, ?, ?, ?)"),
             {userId, backupNumber, names[int(action)], sourceDevId.isEmpty() ? QVariant() : QVariant(sourceDevId),
              m_changedBy, now})
        .ok();
}

QByteArray UserRepository::photo(const QString &userId) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT photo FROM users WHERE user_id = ?"), {userId});
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

qsizetype UserRepository::templateSizeFrom(const QString &devId, int first, int last) const
{
    StatementCache::Handle query = m_statements.run(
        // Through what the terminal holds (its primary key), not a scan of every credential.
        QStringLiteral("SELECT LENGTH(c.data) FROM terminal_credentials t JOIN credentials c "
                       "ON c.user_id = t.user_id AND c.backup_number = t.backup_number "
                       "WHERE t.dev_id = ? AND c.source_dev_id = t.dev_id AND t.backup_number BETWEEN ? AND ? LIMIT 1"),
        {devId, first, last});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<CredentialInfo> UserRepository::credentials(const QString &userId) const
{
    QList<CredentialInfo> rows;
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT backup_number, LENGTH(data), source_dev_id, updated_at, source_data_ver, "
                       "source_record_library FROM credentials WHERE user_id = ? ORDER BY backup_number"),
        {userId});
    while (query.next())
        rows.append({query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toString(),
                     QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs), query.value(4).toInt(),
                     query.value(5).toString()});
    return rows;
}

QList<CredentialChange> UserRepository::history(const QString &userId) const
{
    QList<CredentialChange> rows;
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT id, backup_number, action, source_dev_id, changed_by, at FROM credential_history "
                       "WHERE user_id = ? ORDER BY id DESC"),
        {userId});
    while (query.next()) {
        CredentialChange change;
        change.id = query.value(0).toLongLong();
        change.userId = userId;
        change.backupNumber = query.value(1).toInt();
        const QString action = query.value(2).toString();
        change.action = action == QLatin1String("removed")    ? CredentialChange::Action::Removed
                      : action == QLatin1String("replaced") ? CredentialChange::Action::Replaced
                                                             : CredentialChange::Action::Added;
        change.sourceDevId = query.value(3).toString();
        change.changedBy = query.value(4).toString();
        change.at = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        rows.append(change);
    }
    return rows;
}

bool UserRepository::replaceMembership(const QString &devId, const QList<protocol::UserIdRecord> &users)
{
    if (!deleteMembership(devId))
        return false;
    const QString now = utcNowText();
    for (const protocol::UserIdRecord &user : users) {
        // HS100/HS200 list one record per enrolled item: the upsert folds them into one row.
        if (!ensureListedUser(user.userId, protocol::privilegeName(user.privilege))
            || !m_statements
                    .run(QStringLiteral("INSERT INTO terminal_users (dev_id, user_id, privilege, enabled, "
                                        "credential_flags, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (dev_id, user_id) DO UPDATE SET "
                                        "credential_flags = terminal_users.credential_flags | excluded.credential_flags"),
                         {devId, user.userId, protocol::privilegeName(user.privilege), user.enabled ? 1 : 0,
                          int(user.credentials.toBits()), now})
                    .ok())
            return false;
    }
    return forgetFormerUsers(devId) && keepInactiveSince();
}

bool UserRepository::addMembership(const QString &devId, const QString &userId, const QString &privilege)
{
    return ensureUser(userId)
        && m_statements
               .run(QStringLiteral("INSERT INTO terminal_users (dev_id, user_id, privilege, updated_at) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (dev_id, user_id) DO UPDATE SET "
                                   "privilege = excluded.privilege, updated_at = excluded.updated_at"),
                    {devId, userId, privilege, utcNowText()})
               .ok()
        && keepInactiveSince(userId);
}

bool UserRepository::removeMembership(const QString &devId, const QString &userId)
{
    return m_statements
        .run(QStringLiteral("DELETE FROM terminal_users WHERE dev_id = ? AND user_id = ?"), {devId, userId})
        .ok()
        && forgetFormerUsers(devId) && keepInactiveSince(userId);
}

bool UserRepository::setEnabledOn(const QString &devId, const QString &userId, bool enabled)
{
    return m_statements
        .run(QStringLiteral("UPDATE terminal_users SET enabled = ?, updated_at = ? WHERE dev_id = ? AND user_id = ?"),
             {enabled ? 1 : 0, utcNowText(), devId, userId})
        .ok();
}

bool UserRepository::clearMembership(const QString &devId)
{
    return deleteMembership(devId) && forgetFormerUsers(devId) && keepInactiveSince();
}

bool UserRepository::deleteMembership(const QString &devId)
{
    return m_statements.run(QStringLiteral("DELETE FROM terminal_users WHERE dev_id = ?"), {devId}).ok();
}

bool UserRepository::holdExactly(const QString &devId, const QString &userId, const QList<int> &backupNumbers)
{
    QList<int> dropped;
    for (int held : credentialsHeldBy(devId, userId)) {
        if (!backupNumbers.contains(held))
            dropped << held;
    }
    for (int backupNumber : std::as_const(dropped)) {
        if (!m_statements
                 .run(QStringLiteral("DELETE FROM terminal_credentials WHERE dev_id = ? AND user_id = ? "
                                     "AND backup_number = ?"),
                      {devId, userId, backupNumber})
                 .ok())
            return false;
    }
    for (int backupNumber : backupNumbers) {
        if (!holdCredential(devId, userId, backupNumber))
            return false;
    }
    // Removed from every terminal: a later push must not bring it back.
    const QString now = utcNowText();
    for (int backupNumber : std::as_const(dropped)) {
        int removed = 0;
        {
            StatementCache::Handle query = m_statements.run(
                QStringLiteral("DELETE FROM credentials WHERE user_id = ? AND backup_number = ? AND NOT EXISTS "
                               "(SELECT 1 FROM terminal_credentials t WHERE t.user_id = credentials.user_id "
                               "AND t.backup_number = credentials.backup_number)"),
                {userId, backupNumber});
            if (!query.ok())
                return false;
            removed = query.numRowsAffected();
        }
        if (removed > 0 && !recordChange(userId, backupNumber, CredentialChange::Action::Removed, devId, now))
            return false;
    }
    return true;
}

bool UserRepository::holdCredential(const QString &devId, const QString &userId, int backupNumber)
{
    // Only what the store has: the credential may have been removed since it was sent.
    return m_statements
        .run(QStringLiteral("INSERT INTO terminal_credentials (dev_id, user_id, backup_number) "
                            "SELECT CAST(? AS TEXT), user_id, backup_number FROM credentials "
                            "WHERE user_id = ? AND backup_number = ? ON CONFLICT DO NOTHING"),
             {devId, userId, backupNumber})
        .ok();
}

bool UserRepository::forgetFormerUsers(const QString &devId)
{
    return m_statements
        .run(QStringLiteral("DELETE FROM terminal_credentials WHERE dev_id = ? AND NOT EXISTS "
                            "(SELECT 1 FROM terminal_users t WHERE t.dev_id = terminal_credentials.dev_id "
                            "AND t.user_id = terminal_credentials.user_id)"),
             {devId})
        .ok();
}

} // namespace punchclock::storage
