#include "auditrepository.h"

#include "outboxrepository.h"
#include "sqlsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace punchclock::storage {

namespace {

const QString auditColumns = QStringLiteral("SELECT id, at, actor_kind, actor, origin, action, object_kind, object_id, "
                                            "old_value, new_value, prev_hash, hash FROM audit_log ");

QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

AuditEntry entryFrom(const QSqlQuery &query, QString *storedOld, QString *storedNew)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.actorKind = query.value(2).toString();
    entry.actor = query.value(3).toString();
    entry.origin = query.value(4).toString();
    entry.action = query.value(5).toString();
    entry.objectKind = query.value(6).toString();
    entry.objectId = query.value(7).toString();
    *storedOld = query.value(8).toString();
    *storedNew = query.value(9).toString();
    entry.oldValue = objectFrom(*storedOld);
    entry.newValue = objectFrom(*storedNew);
    entry.prevHash = query.value(10).toString();
    entry.hash = query.value(11).toString();
    return entry;
}

// The hashed content: every field as stored, each ended by a newline, so that no two different
// rows read the same; JSON as the compact text that was stored.
QByteArray hashedContent(const AuditEntry &entry, const QString &oldText, const QString &newText)
{
    const QStringList fields{entry.prevHash, entry.at.toUTC().toString(Qt::ISODateWithMs), entry.actorKind, entry.actor,
                             entry.origin, entry.action, entry.objectKind, entry.objectId, oldText, newText};
    QByteArray content;
    for (const QString &field : fields)
        content += field.toUtf8().toPercentEncoding(" ") + '\n';
    return content;
}

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

AuditRepository::AuditRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AuditRepository::hashOf(const AuditEntry &entry)
{
    return sha256(hashedContent(entry, compact(entry.oldValue), compact(entry.newValue)));
}

bool AuditRepository::append(AuditEntry *entry)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return false;
    entry->prevHash = query.next() ? query.value(0).toString() : QLatin1String(GenesisHash);
    query.finish();
    entry->at = QDateTime::currentDateTimeUtc();
    entry->hash = hashOf(*entry);
    if (!exec(query,
              QStringLiteral("INSERT INTO audit_log (at, actor_kind, actor, origin, action, object_kind, object_id, "
                             "old_value, new_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "RETURNING id"),
              {entry->at.toString(Qt::ISODateWithMs), entry->actorKind, entry->actor, entry->origin, entry->action,
               entry->objectKind, entry->objectId, compact(entry->oldValue), compact(entry->newValue), entry->prevHash,
               entry->hash}) ||
        !query.next())
        return false;
    entry->id = query.value(0).toLongLong();
    query.finish();
    // A change of an employee reaches the systems that follow them, with this record as the event.
    // Corrections have events of their own, and a command queued for an employee changes nothing
    // until its terminal answers.
    const bool changesTheEmployee = entry->objectKind == QLatin1String("user") &&
                                    !entry->action.startsWith(QLatin1String("punch.")) &&
                                    !entry->action.startsWith(QLatin1String("command."));
    if (changesTheEmployee && !OutboxRepository(m_db).queueUserChange(entry->id))
        return false;
    return true;
}

QList<AuditEntry> AuditRepository::list(const AuditFilter &filter, bool *ok) const
{
    QStringList conditions;
    QVariantList values;
    // `at` is stored as UTC in one ISO format: a day of this machine's clock is compared as the
    // UTC instants of its local midnights, in that format.
    const auto localMidnight = [](QDate day) {
        return day.startOfDay(Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
    };
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << localMidnight(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << localMidnight(filter.to.addDays(1));
    }
    if (filter.afterId) {
        conditions << QStringLiteral("id > ?");
        values << *filter.afterId;
    }
    for (const auto &[column, value] : {std::pair{QStringLiteral("actor"), filter.actor},
                                        std::pair{QStringLiteral("object_kind"), filter.objectKind},
                                        std::pair{QStringLiteral("object_id"), filter.objectId}}) {
        if (!value.isEmpty()) {
            conditions << column + QStringLiteral(" = ?");
            values << value;
        }
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("substr(action, 1, ?) = ?");
        values << int(filter.action.size()) << filter.action;
    }
    if (!filter.terminal.isEmpty()) {
        // A dev_id is 16 hex digits: quoted, it names that terminal in the compact JSON and nothing else.
        QString escaped = filter.terminal;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString quoted = QLatin1String("%\"") + escaped + QLatin1String("\"%");
        conditions << QStringLiteral("((object_kind = 'terminal' AND object_id = ?) OR old_value LIKE ? ESCAPE '\\' OR "
                                     "new_value LIKE ? ESCAPE '\\')");
        values << filter.terminal << quoted << quoted;
    }
    if (filter.beforeId) {
        conditions << QStringLiteral("id < ?");
        values << *filter.beforeId;
    }
    QString sql = auditColumns;
    if (!conditions.isEmpty())
        sql += QStringLiteral("WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QList<AuditEntry> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool read = exec(query, sql, values);
    if (ok)
        *ok = read;
    if (!read)
        return result;
    QString oldText;
    QString newText;
    while (query.next())
        result.append(entryFrom(query, &oldText, &newText));
    return result;
}

QStringList AuditRepository::actors(bool *ok) const
{
    QStringList result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool read = exec(query, QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    if (ok)
        *ok = read;
    while (read && query.next())
        result << query.value(0).toString();
    return result;
}

AuditVerification AuditRepository::verify() const
{
    AuditVerification result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, auditColumns + QStringLiteral("ORDER BY id"))) {
        result.ok = false;
        result.broken = AuditVerification::Break::Unreadable;
        result.problem = QStringLiteral("the audit trail could not be read");
        return result;
    }
    QString expectedPrevious = QLatin1String(GenesisHash);
    QString oldText;
    QString newText;
    while (query.next()) {
        const AuditEntry entry = entryFrom(query, &oldText, &newText);
        ++result.rows;
        if (entry.prevHash != expectedPrevious)
            result.broken = AuditVerification::Break::LinkBroken;
        else if (sha256(hashedContent(entry, oldText, newText)) != entry.hash)
            result.broken = AuditVerification::Break::ContentChanged;
        if (result.broken != AuditVerification::Break::None) {
            result.ok = false;
            result.firstBrokenId = entry.id;
            result.problem = result.broken == AuditVerification::Break::LinkBroken
                ? QStringLiteral("the row before it is missing or was changed")
                : QStringLiteral("its content was changed after it was written");
            return result;
        }
        expectedPrevious = entry.hash;
    }
    result.lastHash = expectedPrevious;
    return result;
}

} // namespace punchclock::storage
