#pragma once

#include "adminlogrecord.h"
#include "bscommframe.h"
#include "recordlibrary.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace punchclock::simulator {

struct SimulatedUser;

// The administrator log a terminal keeps (GET_SLOG_DATA, protocol.md §8.3): who enrolled,
// changed or deleted whom, and when, to the minute. Kept from the users before and after each
// change, whether made at the keypad or by a command.
class AdminLog
{
public:
    // One record per credential added (EnrollUser, EnrollManager for a manager), per credential
    // removed (DeleteFingerprint, DeletePassword, …), per field changed (ModifyUser with the name,
    // privilege or enabled field) and per user gone (DeleteUser). Both lists ordered by id.
    void recordUserChanges(const QList<SimulatedUser> &before, const QList<SimulatedUser> &after,
                           const QString &managerId, const QDateTime &at);
    void record(protocol::AdminAction action, const QString &managerId, const QString &userId, int target,
                const QDateTime &at);

    const QList<protocol::AdminLogRecord> &records() const { return m_records; }
    void clear() { m_records.clear(); }

    // The GET_SLOG_DATA result for [begin, end] (an invalid bound is open), shaped like GET_LOG_DATA's.
    // A library without a known layout (HS103) answers in HS102's, which a server cannot tell
    // from an unknown one: records it has to keep undecoded.
    protocol::BsCommFrame result(protocol::RecordLibrary library, const QDateTime &begin, const QDateTime &end) const;

    // Who a keypad action is recorded for: the first manager the terminal holds; nobody (id 0)
    // when it holds none, as anyone may then enter the menu.
    static QString keypadManager(const QList<SimulatedUser> &users);

private:
    QList<protocol::AdminLogRecord> m_records;
};

} // namespace punchclock::simulator
