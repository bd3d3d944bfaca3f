#pragma once

#include "terminalrequest.h"

#include "recordlibrary.h"
#include "userenrollment.h"
#include "terminalrepository.h"

#include <QDateTime>

#include <functional>
#include <memory>

namespace punchclock::storage {
class PunchRepository;
class TerminalRepository;
class UserRepository;
} // namespace punchclock::storage

namespace punchclock::engine {

class ContactRecorder;
class PunchBatch;
class TransactionBatcher;

// realtime_glog and realtime_enroll_data: validate, decode, store, and answer only once the
// data is committed (protocol.md §4.4, §4.5).
class RealtimeIngestor
{
public:
    using ReplyFn = std::function<void(const TerminalReply &)>;

    struct Context
    {
        storage::TerminalContact contact;
        bool terminalKnown = false;
        bool terminalPending = false;
        protocol::RecordLibrary library = protocol::RecordLibrary::Unknown;
        QDateTime siteNow;
    };

    struct Counters
    {
        int punchesStored = 0;
        int duplicates = 0;
        int usersChanged = 0;
    };

    RealtimeIngestor(TransactionBatcher &batcher, ContactRecorder &contacts, storage::PunchRepository &punches,
                     storage::UserRepository &users, storage::TerminalRepository &terminals);

    void ingestLog(const TerminalRequest &request, const Context &context, ReplyFn reply);
    void ingestEnrollment(const TerminalRequest &request, const Context &context, ReplyFn reply);

    // Counts since the last call, for change notifications after each commit.
    Counters takeCounters();

private:
    TransactionBatcher &m_batcher;
    ContactRecorder &m_contacts;
    PunchBatch &openPunchBatch();
    bool matchRemoteEnrollment(QSqlDatabase &db, const QString &devId, const protocol::UserEnrollment &user);

    storage::PunchRepository &m_punches;
    storage::UserRepository &m_users;
    storage::TerminalRepository &m_terminals;
    Counters m_counters;
    std::shared_ptr<PunchBatch> m_openPunchBatch; // until the batcher's next flush
};

} // namespace punchclock::engine
