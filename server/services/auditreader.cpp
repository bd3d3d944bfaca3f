#include "auditreader.h"

#include "servicecall.h"

#include "walltime.h"


namespace punchclock::services {

namespace {

void tell(Outcome *why, Outcome outcome)
{
    if (why)
        *why = std::move(outcome);
}

} // namespace

AuditReader::AuditReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AuditReader::mayRead(const Actor &actor, Permission permission, std::optional<qint64> departmentId,
                          Outcome *why) const
{
    if (allows(actor, permission, departmentId))
        return true;
    tell(why, notAllowed(m_db, permission, departmentId));
    return false;
}

std::optional<QList<storage::AuditEntry>> AuditReader::read(const storage::AuditFilter &filter, Outcome *why) const
{
    bool ok = false;
    QList<storage::AuditEntry> entries = storage::AuditRepository(m_db).list(filter, &ok);
    if (!ok) {
        tell(why, Outcome::storage());
        return std::nullopt;
    }
    tell(why, Outcome());
    return entries;
}

std::optional<QList<storage::AuditEntry>> AuditReader::trail(const Actor &actor, const storage::AuditFilter &filter,
                                                             Outcome *why) const
{
    if (!mayRead(actor, Permission::ViewAuditTrail, {}, why))
        return std::nullopt;
    return read(filter, why);
}

std::optional<QStringList> AuditReader::actors(const Actor &actor, Outcome *why) const
{
    if (!mayRead(actor, Permission::ViewAuditTrail, {}, why))
        return std::nullopt;
    bool ok = false;
    QStringList names = storage::AuditRepository(m_db).actors(&ok);
    if (!ok) {
        tell(why, Outcome::storage());
        return std::nullopt;
    }
    tell(why, Outcome());
    return names;
}

std::optional<QList<storage::AuditEntry>> AuditReader::userHistory(const Actor &actor, const QString &userId,
                                                                   Outcome *why) const
{
    if (!mayRead(actor, Permission::ViewReports, departmentOfUser(m_db, userId), why))
        return std::nullopt;
    storage::AuditFilter filter;
    filter.objectKind = QStringLiteral("user");
    filter.objectId = userId;
    filter.limit = -1;
    return read(filter, why);
}

std::optional<QList<storage::AuditEntry>> AuditReader::terminalHistory(const Actor &actor, const QString &devId,
                                                                       Outcome *why) const
{
    if (!allows(actor, Permission::ViewAuditTrail) && !mayRead(actor, Permission::ManageTerminals, {}, why))
        return std::nullopt;
    storage::AuditFilter filter;
    filter.terminal = devId;
    filter.limit = -1;
    return read(filter, why);
}

std::optional<QList<storage::AuditEntry>> AuditReader::dayHistory(const Actor &actor, const QString &userId, QDate day,
                                                                  Outcome *why) const
{
    return periodHistory(actor, userId, protocol::walltime::make(day, QTime(0, 0)),
                         protocol::walltime::make(day.addDays(1), QTime(0, 0)), why);
}

std::optional<QList<storage::AuditEntry>> AuditReader::periodHistory(const Actor &actor, const QString &userId,
                                                                     const QDateTime &from, const QDateTime &to,
                                                                     Outcome *why) const
{
    std::optional<QList<storage::AuditEntry>> history = userHistory(actor, userId, why);
    if (!history)
        return std::nullopt;
    history->removeIf([&](const storage::AuditEntry &entry) { return !touches(entry, from, to); });
    return history;
}

std::optional<storage::AuditVerification> AuditReader::verify(const Actor &actor, Outcome *why) const
{
    if (!mayRead(actor, Permission::ViewAuditTrail, {}, why))
        return std::nullopt;
    tell(why, Outcome());
    return storage::AuditRepository(m_db).verify();
}

bool AuditReader::touches(const storage::AuditEntry &entry, const QDateTime &from, const QDateTime &to)
{
    if (!entry.action.startsWith(QLatin1String("punch.")))
        return false;
    // Times are the site's wall clock, as punches store them.
    for (const QJsonObject &values : {entry.oldValue, entry.newValue}) {
        for (const char *key : {"io_time", "previous_time"}) {
            const QString text = values.value(QLatin1String(key)).toString();
            if (text.isEmpty())
                continue;
            const QDateTime time = protocol::walltime::fromStorage(text);
            if (time.isValid() && time >= from && time < to)
                return true;
        }
    }
    return false;
}

} // namespace punchclock::services
