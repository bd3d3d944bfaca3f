#pragma once

#include "storewrite.h"

#include "logrecord.h"
#include "sqlsupport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <QSqlQuery>

#include <functional>

namespace punchclock::storage {

// Why a stored punch needs a second look; raw punches are never altered.
enum PunchFlag : int {
    FromPendingTerminal = 0x1, // the terminal was not approved when the punch arrived
    ImplausibleTime = 0x2,     // clock reset after power loss, or more than a day ahead
};

struct PunchRow
{
    qint64 id = 0;
    QString devId;
    QString userId;
    QDateTime ioTime; // terminal wall clock, zone-less
    quint32 verifyMode = 0;
    QString verifyMethods; // "FP+PASSWORD"
    quint32 ioModeRaw = 0;
    int ioMode = 0;
    QString direction; // "in", "out", ""
    int workCode = 0;
    QString source; // "realtime", "pull"
    int flags = 0;
    QDateTime receivedAt; // UTC
    int resendCount = 0;   // how often the terminal delivered it again
    bool hasPhoto = false;
};

// A punch from the first 15 columns of a query that selects p.id, p.dev_id, p.user_id,
// p.io_time, p.verify_mode, p.verify_methods, p.io_mode_raw, p.io_mode, p.direction,
// p.work_code, p.source, p.flags, p.received_at, p.resend_count and "has a photo", in order.
PunchRow punchRowFrom(const QSqlQuery &query);

struct NewPunch
{
    QString devId;
    protocol::LogRecord record;
    QString source;
    int flags = 0;
};

struct PunchFilter
{
    QString devId;
    QString userId;
    QDate from; // inclusive, on io_time
    QDate to;   // inclusive
    int limit = -1;
    int offset = 0;
};

class PunchRepository
{
public:
    enum class InsertOutcome {
        Inserted,
        Duplicate, // same (dev_id, user_id, io_time) already stored: counted, not stored again
        Failed,
    };

    explicit PunchRepository(QSqlDatabase db);

    PUNCHCLOCK_STORE_WRITE InsertOutcome insert(const NewPunch &punch);
    // The same for many punches in a few statements (on PostgreSQL each statement is a round
    // trip): one outcome per punch, in order, or nullopt when the database refused, in which
    // case part of them may be written and the caller rolls back. A punch repeated in the list
    // is stored once and counted as resent, as if it had come in a later request.
    PUNCHCLOCK_STORE_WRITE std::optional<QList<InsertOutcome>> insertMany(const QList<NewPunch> &punches);

    struct ImportCount
    {
        int imported = 0;
        int duplicates = 0;
        bool ok = true;
    };
    // Logs pulled with GET_LOG_DATA: the same de-duplication as realtime punches, but a log
    // already known is not counted as a resend. Runs in the caller's transaction.
    PUNCHCLOCK_STORE_WRITE ImportCount importPulled(const QString &devId, const QList<protocol::LogRecord> &records,
                             const std::function<int(const protocol::LogRecord &)> &flagsFor);
    QList<PunchRow> query(const PunchFilter &filter) const;
    qint64 count(const PunchFilter &filter) const;
    QByteArray photo(qint64 punchId) const;
    // Removes the photos terminals took at one employee's punches (the punches stay): how many,
    // or nullopt when the database refused.
    PUNCHCLOCK_STORE_WRITE std::optional<int> removePhotosOf(const QString &userId);

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace punchclock::storage
