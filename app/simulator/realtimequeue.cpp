#include "realtimequeue.h"

#include "bscommframe.h"
#include "protocolcodes.h"
#include "realtimelog.h"
#include "walltime.h"

#include <algorithm>

namespace punchclock::simulator {

QString RealtimeQueue::Item::description() const
{
    if (kind == Kind::Enrollment)
        return QStringLiteral("enrolment of user %1").arg(userId);
    return QStringLiteral("punch of user %1 at %2").arg(userId, protocol::walltime::toStorage(ioTime));
}

void RealtimeQueue::addPunch(protocol::RecordLibrary library, const protocol::LogRecord &log)
{
    Item item;
    item.userId = log.userId;
    item.ioTime = log.ioTime;
    item.body = protocol::RealtimeLog::encode(library, log);
    m_items.enqueue(std::move(item));
}

void RealtimeQueue::addEnrollment(const SimulatedUser &user)
{
    // The whole user travels, photo and every credential, like the S4 capture (protocol.md §4.5).
    Item item;
    item.kind = Item::Kind::Enrollment;
    item.userId = user.userId;
    item.body = user.toEnrollment().toFrame().encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
    m_items.enqueue(std::move(item));
}

int RealtimeQueue::punchCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const Item &item) { return item.kind == Item::Kind::Punch; }));
}

OutgoingRequest RealtimeQueue::nextRequest()
{
    Item &item = m_items.head();
    ++item.attempts;
    const bool punch = item.kind == Item::Kind::Punch;
    OutgoingRequest request;
    request.requestCode = protocol::requestCodeName(punch ? protocol::RequestCode::RealtimeGlog
                                                          : protocol::RequestCode::RealtimeEnrollData);
    request.transId = punch ? TransIdAction::RealtimeLog : TransIdAction::RealtimeEnrollment;
    request.body = item.body;
    return request;
}

RealtimeQueue::Item RealtimeQueue::acknowledge()
{
    m_consecutiveFailures = 0;
    return m_items.dequeue();
}

int RealtimeQueue::backOff(int firstDelayMs, int maxDelayMs)
{
    const int shift = std::min(m_consecutiveFailures++, 16);
    return int(std::min<qint64>(qint64(std::max(firstDelayMs, 0)) << shift, std::max(maxDelayMs, 0)));
}

} // namespace punchclock::simulator
