#pragma once

#include "jobrepository.h"
#include "recordlibrary.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace punchclock::storage {
class KeypadLogRepository;
class PunchRepository;
class TerminalRepository;
class UserRepository;
} // namespace punchclock::storage

namespace punchclock::engine {

// What a command's OK result does to the store (GET_LOG_DATA imports punches, GET_USER_ID_LIST
// records who the terminal holds, …). Runs inside the transaction that records the result, so
// the job and its effect commit together. Returns the job's summary.
class ResultApplier
{
public:
    struct Outcome
    {
        bool stored = true;  // false: the database refused; the whole result is retried by the terminal
        QJsonObject summary; // shown with the job: {"imported":1204,"duplicates":17}
    };

    ResultApplier(storage::PunchRepository &punches, storage::UserRepository &users,
                  storage::TerminalRepository &terminals, storage::KeypadLogRepository &keypadLog);

    Outcome apply(const storage::JobRow &job, const QByteArray &result, protocol::RecordLibrary library,
                  const QDateTime &siteNow);

private:
    Outcome importLogs(const storage::JobRow &job, const QByteArray &result, protocol::RecordLibrary library,
                       const QDateTime &siteNow);
    Outcome recordUserList(const storage::JobRow &job, const QByteArray &result, protocol::RecordLibrary library);
    Outcome recordUserInfo(const storage::JobRow &job, const QByteArray &result);
    Outcome recordEnrollData(const storage::JobRow &job, const QByteArray &result);
    Outcome recordDeviceStatus(const storage::JobRow &job, const QByteArray &result);
    Outcome recordKeypadLog(const storage::JobRow &job, const QByteArray &result, protocol::RecordLibrary library);
    Outcome recordWrite(const storage::JobRow &job);

    storage::PunchRepository &m_punches;
    storage::UserRepository &m_users;
    storage::TerminalRepository &m_terminals;
    storage::KeypadLogRepository &m_keypadLog;
};

} // namespace punchclock::engine
