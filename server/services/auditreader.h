#pragma once

#include "actor.h"
#include "outcome.h"

#include "auditrepository.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::services {

// Reads of the audit trail, with the reader's rights. The whole trail names everyone's changes
// and is the administrators'; the history of one employee is for whoever may see that employee,
// and a terminal's for whoever manages terminals.
class AuditReader
{
public:
    explicit AuditReader(QSqlDatabase db);

    // Each returns nullopt, with the reason in *why, when the actor may not read it or the
    // database refused. Newest first.
    std::optional<QList<storage::AuditEntry>> trail(const Actor &actor, const storage::AuditFilter &filter,
                                                    Outcome *why = nullptr) const;
    std::optional<QStringList> actors(const Actor &actor, Outcome *why = nullptr) const;
    std::optional<QList<storage::AuditEntry>> userHistory(const Actor &actor, const QString &userId,
                                                          Outcome *why = nullptr) const;
    std::optional<QList<storage::AuditEntry>> terminalHistory(const Actor &actor, const QString &devId,
                                                              Outcome *why = nullptr) const;
    // The corrections of one employee's punches that touched the day: added, voided or moved
    // from or to it, and their revocations ("punch.*" records).
    std::optional<QList<storage::AuditEntry>> dayHistory(const Actor &actor, const QString &userId, QDate day,
                                                         Outcome *why = nullptr) const;
    // The same for the site's wall-clock times in [from, to): a working day whose punches run
    // past midnight (a night shift), without the next night's.
    std::optional<QList<storage::AuditEntry>> periodHistory(const Actor &actor, const QString &userId,
                                                            const QDateTime &from, const QDateTime &to,
                                                            Outcome *why = nullptr) const;

    // Checks the whole chain (ViewAuditTrail).
    std::optional<storage::AuditVerification> verify(const Actor &actor, Outcome *why = nullptr) const;

    // Whether a record is a correction that touched [from, to) (its times before or after).
    static bool touches(const storage::AuditEntry &entry, const QDateTime &from, const QDateTime &to);

private:
    std::optional<QList<storage::AuditEntry>> read(const storage::AuditFilter &filter, Outcome *why) const;
    bool mayRead(const Actor &actor, Permission permission, std::optional<qint64> departmentId, Outcome *why) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::services
