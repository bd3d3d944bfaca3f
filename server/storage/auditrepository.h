#pragma once

#include "storewrite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace punchclock::storage {

// One change, or one event worth keeping (a sign-in, an export of personal data), as the
// audit trail records it.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;       // UTC; set by append()
    QString actorKind;  // "operator", "cli", "api", "system", "terminal"
    QString actor;      // "anna", "cli:root"
    QString origin;     // "console on pc-office"
    QString action;     // "terminal.approve"
    QString objectKind; // "terminal", "user", "punch", …
    QString objectId;
    QJsonObject oldValue; // what the change replaced, and what it made of it
    QJsonObject newValue;
    QString prevHash;
    QString hash;
};

struct AuditFilter
{
    QDate from; // inclusive, days of this machine's clock (local time)
    QDate to;
    QString actor;      // exact
    QString objectKind; // exact
    QString objectId;   // exact
    QString action;     // prefix: "punch." finds every correction
    // A terminal's dev_id: records of that terminal, and those that name it in their values (a
    // command sent to it for a user, a job of it cancelled).
    QString terminal;
    int limit = 1000;   // -1 for all
    std::optional<qint64> beforeId; // paging, newest first
    std::optional<qint64> afterId;  // what was recorded since a read
};

// What `verify` found: the first row whose hash or link does not match, if any.
struct AuditVerification
{
    enum class Break {
        None,
        Unreadable,     // the trail could not be read
        LinkBroken,     // the record before firstBrokenId is missing or was changed
        ContentChanged, // firstBrokenId's content was changed after it was written
    };

    bool ok = true;
    qint64 rows = 0;
    qint64 firstBrokenId = 0;
    Break broken = Break::None; // what a front end puts into its own words
    QString problem;            // the same in English, for logs and the CLI
    QString lastHash; // note it elsewhere: only an outside copy shows rows cut off the end
};

// The append-only audit trail. append() belongs inside the write transaction of the change it
// records: the change and its record commit together, and BEGIN IMMEDIATE orders the chain
// across processes.
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);

    // Sets at, prevHash and hash; false when the database refused.
    PUNCHCLOCK_STORE_WRITE bool append(AuditEntry *entry);
    QList<AuditEntry> list(const AuditFilter &filter, bool *ok = nullptr) const; // newest first
    QStringList actors(bool *ok = nullptr) const; // everyone the trail names, for a filter's choices
    AuditVerification verify() const;

    // The hash of a row over its content and the previous row's hash (SHA-256, hex).
    static QString hashOf(const AuditEntry &entry);

    static constexpr char GenesisHash[] = "0000000000000000000000000000000000000000000000000000000000000000";

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
