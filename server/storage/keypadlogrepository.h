#pragma once

#include "storewrite.h"

#include "adminlogrecord.h"
#include "sqlsupport.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace punchclock::storage {

// One record of a terminal's administrator log (GET_SLOG_DATA): what a manager did at the keypad.
struct KeypadLogRow
{
    qint64 id = 0;
    QString devId;
    bool decoded = false; // false: a layout Punchclock cannot read; only `record` is known
    QDateTime loggedAt;   // the terminal's wall clock, to the minute
    int kind = 0;         // protocol::AdminAction or another number
    QString managerId;    // empty: the terminal names nobody
    QString managerName;  // from the store, when it knows the user
    QString userId;       // the user concerned; empty for none
    QString userName;
    int managerVerify = 0; // backup number the manager identified with
    int target = 0;        // credential (backup number) or protocol::AdminLogField
    QByteArray record;     // the bytes as the terminal sent them
    QDateTime receivedAt;  // UTC
};

struct KeypadLogFilter
{
    QString devId; // empty: every terminal
    QDate from;    // inclusive, on the record's time; invalid: open
    QDate to;      // inclusive
};

class KeypadLogRepository
{
public:
    struct ImportCount
    {
        int imported = 0;
        int duplicates = 0; // records stored before (an overlapping download): not stored again
        bool ok = true;
    };

    explicit KeypadLogRepository(QSqlDatabase db);

    // Records of one download, in the terminal's order. A record is known by its bytes and by how
    // many identical records came before it in the same download, so that downloading the same
    // or an overlapping range again adds nothing while two identical actions of one minute are
    // both kept. Runs in the caller's transaction.
    PUNCHCLOCK_STORE_WRITE ImportCount import(const QString &devId, const QList<protocol::AdminLogRecord> &records,
                                              qint64 jobId);

    // Newest first; records without a time (undecoded) match any dates and come last. *ok is
    // false when the database refused.
    QList<KeypadLogRow> list(const KeypadLogFilter &filter, bool *ok = nullptr) const;

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace punchclock::storage
