#include "personaldatareader.h"

#include "sqlsupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTimeZone>

namespace punchclock::storage {

namespace {

QJsonValue jsonOf(const QVariant &value, bool binary)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (binary)
        return QString::fromLatin1(value.toByteArray().toBase64());
    switch (value.typeId()) {
    case QMetaType::QByteArray: return QString::fromLatin1(value.toByteArray().toBase64());
    // PostgreSQL answers a condition (has_photo) with a boolean, SQLite with 0 or 1: the export
    // reads the same from both.
    case QMetaType::Bool: return value.toBool() ? 1 : 0;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: // QPSQL's type for a BIGINT that is not negative
        return value.toLongLong();
    case QMetaType::Double: return value.toDouble();
    default: return value.toString();
    }
}

} // namespace

PersonalDataReader::PersonalDataReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

QDateTime PersonalDataReader::utcFromText(const QString &text)
{
    QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // written without a zone: SQLite's CURRENT_TIMESTAMP, UTC
    return at.toUTC();
}

QList<InactiveUser> PersonalDataReader::inactiveUsers() const
{
    QList<InactiveUser> users;
    QHash<QString, qsizetype> indexOf;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, QStringLiteral("SELECT user_id, name, inactive_since, photo IS NOT NULL FROM users "
                                    "WHERE inactive_since IS NOT NULL ORDER BY user_id"))) {
        m_failed = true;
        return users;
    }
    while (query.next()) {
        indexOf.insert(query.value(0).toString(), users.size());
        users.append({query.value(0).toString(),
                      query.value(1).toString(),
                      utcFromText(query.value(2).toString()),
                      {},
                      query.value(3).toBool()});
    }
    if (!exec(query, QStringLiteral("SELECT c.user_id, c.backup_number FROM credentials c JOIN users u "
                                    "ON u.user_id = c.user_id WHERE u.inactive_since IS NOT NULL "
                                    "ORDER BY c.user_id, c.backup_number"))) {
        m_failed = true;
        return {};
    }
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toString());
        if (it != indexOf.constEnd())
            users[*it].backupNumbers.append(query.value(1).toInt());
    }
    // Through the few inactive users to their punches (the user_id index), not through every photo.
    if (!exec(query, QStringLiteral("SELECT u.user_id, COUNT(*) FROM users u JOIN punches p ON p.user_id = u.user_id "
                                    "JOIN punch_photos f ON f.punch_id = p.id WHERE u.inactive_since IS NOT NULL "
                                    "GROUP BY u.user_id"))) {
        m_failed = true;
        return {};
    }
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toString());
        if (it != indexOf.constEnd())
            users[*it].punchPhotos = query.value(1).toInt();
    }
    return users;
}

std::optional<QJsonObject> PersonalDataReader::user(const QString &userId) const
{
    const QJsonArray found =
        rows(QStringLiteral("SELECT u.user_id, u.name, u.privilege, u.enabled, u.photo IS NOT NULL AS has_photo, "
                            "u.created_at, u.updated_at, u.inactive_since, u.department_id, d.name AS department "
                            "FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE u.user_id = ?"),
             {userId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first().toObject();
}

QJsonArray PersonalDataReader::credentials(const QString &userId) const
{
    // A card or password stored as text is still data, in base64 as every credential's.
    return rows(QStringLiteral("SELECT backup_number, source_dev_id, source_data_ver, source_record_library, "
                               "updated_at, LENGTH(data) AS bytes, data "
                               "FROM credentials WHERE user_id = ? ORDER BY backup_number"),
                {userId}, {QStringLiteral("data")});
}

QJsonArray PersonalDataReader::memberships(const QString &userId) const
{
    return rows(QStringLiteral("SELECT m.dev_id, t.name AS terminal_name, m.privilege, m.enabled, m.credential_flags, "
                               "m.updated_at FROM terminal_users m LEFT JOIN terminals t ON t.dev_id = m.dev_id "
                               "WHERE m.user_id = ? ORDER BY m.dev_id"),
                {userId});
}

QJsonArray PersonalDataReader::credentialHistory(const QString &userId) const
{
    return rows(
        QStringLiteral("SELECT id, backup_number, action, source_dev_id, changed_by, at FROM credential_history "
                       "WHERE user_id = ? ORDER BY id"),
        {userId});
}

QJsonArray PersonalDataReader::terminalCredentials(const QString &userId) const
{
    return rows(QStringLiteral("SELECT dev_id, backup_number FROM terminal_credentials WHERE user_id = ? "
                               "ORDER BY dev_id, backup_number"),
                {userId});
}

QJsonArray PersonalDataReader::statusChanges(const QString &userId) const
{
    return rows(QStringLiteral("SELECT id, enabled, effective_date, changed_by, changed_at FROM user_status_changes "
                               "WHERE user_id = ? ORDER BY id"),
                {userId});
}

QJsonArray PersonalDataReader::enrollmentRequests(const QString &userId) const
{
    return rows(QStringLiteral("SELECT id, backup_number, dev_id, requested_by, requested_at, deadline, state, "
                               "finished_at, template_size, reason FROM enrollment_requests WHERE user_id = ? "
                               "ORDER BY id"),
                {userId});
}

QJsonArray PersonalDataReader::keypadActivity(const QString &userId) const
{
    return rows(QStringLiteral("SELECT id, dev_id, logged_at, kind, manager_id, user_id, manager_verify, "
                               "target_backup, record, received_at FROM keypad_log "
                               "WHERE user_id = ? OR manager_id = ? ORDER BY logged_at, id"),
                {userId, userId}, {QStringLiteral("record")});
}

QJsonArray PersonalDataReader::punches(const QString &userId) const
{
    return rows(QStringLiteral("SELECT p.*, EXISTS (SELECT 1 FROM punch_photos f WHERE f.punch_id = p.id) AS has_photo "
                               "FROM punches p WHERE p.user_id = ? ORDER BY p.io_time, p.id"),
                {userId});
}

QList<PunchPhoto> PersonalDataReader::punchPhotos(const QString &userId) const
{
    QList<PunchPhoto> photos;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT f.punch_id, f.image FROM punch_photos f JOIN punches p ON p.id = f.punch_id "
                             "WHERE p.user_id = ? ORDER BY f.punch_id"),
              {userId})) {
        m_failed = true;
        return photos;
    }
    while (query.next())
        photos.append({query.value(0).toLongLong(), query.value(1).toByteArray()});
    return photos;
}

QJsonArray PersonalDataReader::corrections(const QString &userId) const
{
    return rows(QStringLiteral("SELECT * FROM punch_corrections WHERE user_id = ? ORDER BY id"), {userId});
}

QJsonArray PersonalDataReader::leaveDays(const QString &userId) const
{
    return rows(QStringLiteral("SELECT leave_date, kind FROM leave_days WHERE user_id = ? ORDER BY leave_date"),
                {userId});
}

QJsonObject PersonalDataReader::schedule(const QString &userId) const
{
    const QJsonArray weekly =
        rows(QStringLiteral("SELECT w.weekday, w.shift_id, s.name AS shift FROM user_schedules w "
                            "LEFT JOIN shifts s ON s.id = w.shift_id WHERE w.user_id = ? ORDER BY w.weekday"),
             {userId});
    const QJsonArray changes = rows(QStringLiteral("SELECT id, effective_from, kind, changed_by, changed_at "
                                                   "FROM schedule_changes WHERE user_id = ? ORDER BY effective_from"),
                                    {userId});
    const QJsonArray days =
        rows(QStringLiteral("SELECT d.change_id, d.weekday, d.shift_id, s.name AS shift FROM schedule_change_days d "
                            "JOIN schedule_changes c ON c.id = d.change_id LEFT JOIN shifts s ON s.id = d.shift_id "
                            "WHERE c.user_id = ? ORDER BY d.change_id, d.weekday"),
             {userId});
    QJsonArray changesWithDays;
    for (const QJsonValue &value : changes) {
        QJsonObject change = value.toObject();
        QJsonArray itsDays;
        for (const QJsonValue &day : days) {
            if (day.toObject().value(QLatin1String("change_id")) == change.value(QLatin1String("id")))
                itsDays.append(day);
        }
        change.insert(QStringLiteral("days"), itsDays);
        changesWithDays.append(change);
    }
    return {{QStringLiteral("weekly"), weekly}, {QStringLiteral("changes"), changesWithDays}};
}

QJsonArray PersonalDataReader::auditRecords(const QString &userId) const
{
    QJsonArray records = rows(
        QStringLiteral("SELECT id, at, actor_kind, actor, origin, action, object_kind, object_id, old_value, new_value "
                       "FROM audit_log WHERE (object_kind = 'user' AND object_id = ?) OR (object_kind = 'punch' "
                       "AND object_id IN (SELECT CAST(id AS TEXT) FROM punches WHERE user_id = ?)) ORDER BY id"),
        {userId, userId});
    // The values are compact JSON text in the trail; in the export they read as what they are.
    for (qsizetype i = 0; i < records.size(); ++i) {
        QJsonObject record = records.at(i).toObject();
        for (const QString &key : {QStringLiteral("old_value"), QStringLiteral("new_value")}) {
            const QJsonDocument parsed = QJsonDocument::fromJson(record.value(key).toString().toUtf8());
            record.insert(key, parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(QJsonValue::Null));
        }
        records.replace(i, record);
    }
    return records;
}

QJsonArray PersonalDataReader::rows(const QString &sql, const QVariantList &values,
                                    const QStringList &binaryColumns) const
{
    QJsonArray result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, sql, values)) {
        m_failed = true;
        return result;
    }
    const QSqlRecord columns = query.record();
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < columns.count(); ++i)
            row.insert(columns.fieldName(i), jsonOf(query.value(i), binaryColumns.contains(columns.fieldName(i))));
        result.append(row);
    }
    return result;
}

} // namespace punchclock::storage
