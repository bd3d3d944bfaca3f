#include "realtimeingestor.h"

#include "contactrecorder.h"
#include "punchplausibility.h"
#include "punchbatch.h"
#include "transactionbatcher.h"

#include "bscommframe.h"
#include "enrollmentrequestrepository.h"
#include "punchrepository.h"
#include "realtimelog.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIngest, "punchclock.ingest", QtInfoMsg)

namespace punchclock::engine {

using protocol::ResponseCode;

RealtimeIngestor::RealtimeIngestor(TransactionBatcher &batcher, ContactRecorder &contacts,
                                   storage::PunchRepository &punches, storage::UserRepository &users,
                                   storage::TerminalRepository &terminals)
    : m_batcher(batcher)
    , m_contacts(contacts)
    , m_punches(punches)
    , m_users(users)
    , m_terminals(terminals)
{
}

void RealtimeIngestor::ingestLog(const TerminalRequest &request, const Context &context, ReplyFn reply)
{
    const auto decoded = protocol::BsCommFrame::decode(request.body);
    if (!decoded.ok()) {
        qCWarning(lcIngest) << "realtime_glog from" << request.devId << "does not frame";
        reply(replyTo(request, ResponseCode::ErrorInvalidLog));
        return;
    }
    const protocol::RealtimeLog log = protocol::RealtimeLog::parse(decoded.frame, context.library);
    if (!log.ok()) {
        qCWarning(lcIngest) << "realtime_glog from" << request.devId << "refused:"
                            << protocol::responseCodeName(log.error);
        reply(replyTo(request, log.error));
        return;
    }

    storage::NewPunch punch;
    punch.devId = request.devId;
    punch.record = log.record;
    punch.source = QStringLiteral("realtime");
    if (context.terminalPending)
        punch.flags |= storage::FromPendingTerminal;
    if (!isPlausiblePunchTime(log.record.ioTime, context.siteNow))
        punch.flags |= storage::ImplausibleTime;

    storage::TerminalContact contact = context.contact;
    contact.recordLibraryIfUnknown = protocol::recordLibraryName(log.library);
    openPunchBatch().add({contact, context.terminalKnown, punch, [this, request, reply](PunchBatch::Outcome outcome) {
                              switch (outcome) {
                              case PunchBatch::Outcome::Failed:
                                  reply(replyTo(request, ResponseCode::ErrorDbAccess));
                                  return;
                              case PunchBatch::Outcome::Inserted:
                                  ++m_counters.punchesStored;
                                  break;
                              case PunchBatch::Outcome::Duplicate:
                                  ++m_counters.duplicates;
                                  break;
                              }
                              reply(replyTo(request, ResponseCode::Ok));
                          }});
}

// The punches that arrive before the batcher's next flush join one PunchBatch, queued where the
// first of them came.
PunchBatch &RealtimeIngestor::openPunchBatch()
{
    if (!m_openPunchBatch) {
        auto batch = std::make_shared<PunchBatch>();
        m_openPunchBatch = batch;
        m_batcher.enqueue([this, batch](QSqlDatabase &db) { return batch->write(db, m_contacts, m_punches); },
                          [this, batch](bool stored) {
                              if (m_openPunchBatch == batch)
                                  m_openPunchBatch.reset();
                              batch->finish(stored);
                          });
    }
    return *m_openPunchBatch;
}

// A remote enrollment (SET_COMMAND enter_enroll) waiting for this user at this terminal is
// done once the report carries its credential; a keypad enrollment nobody asked for matches
// nothing and is stored all the same.
bool RealtimeIngestor::matchRemoteEnrollment(QSqlDatabase &db, const QString &devId,
                                             const protocol::UserEnrollment &user)
{
    QHash<int, int> sizes;
    for (const protocol::Credential &credential : user.credentials)
        sizes.insert(credential.backupNumber, int(credential.data.size()));
    const auto matched = storage::EnrollmentRequestRepository(db).matchEnrollment(devId, user.userId, sizes,
                                                                                  QDateTime::currentDateTimeUtc());
    if (matched && !matched->isEmpty())
        qCInfo(lcIngest) << "remote enrollment of user" << user.userId << "at" << devId << "done:" << *matched;
    return matched.has_value();
}

void RealtimeIngestor::ingestEnrollment(const TerminalRequest &request, const Context &context, ReplyFn reply)
{
    const auto decoded = protocol::BsCommFrame::decode(request.body);
    if (!decoded.ok() || decoded.frame.json().isEmpty()) {
        qCWarning(lcIngest) << "realtime_enroll_data from" << request.devId << "does not frame";
        reply(replyTo(request, ResponseCode::ErrorInvalidUserData));
        return;
    }
    const protocol::UserEnrollment user = protocol::UserEnrollment::parse(decoded.frame);
    if (!user.ok()) {
        qCWarning(lcIngest) << "realtime_enroll_data from" << request.devId << "refused:"
                            << protocol::responseCodeName(user.error);
        reply(replyTo(request, user.error));
        return;
    }
    const storage::TerminalContact contact = context.contact;
    m_batcher.enqueue(
        [this, contact, known = context.terminalKnown, user](QSqlDatabase &db) {
            return m_contacts.record(contact, known) && m_users.applyEnrollment(contact.devId, user)
                && (!user.digitForm || m_terminals.setDigitForm(contact.devId, *user.digitForm))
                && matchRemoteEnrollment(db, contact.devId, user);
        },
        [this, request, reply](bool stored) {
            if (stored)
                ++m_counters.usersChanged;
            reply(replyTo(request, stored ? ResponseCode::Ok : ResponseCode::ErrorDbAccess));
        });
}

RealtimeIngestor::Counters RealtimeIngestor::takeCounters()
{
    return std::exchange(m_counters, Counters{});
}

} // namespace punchclock::engine
