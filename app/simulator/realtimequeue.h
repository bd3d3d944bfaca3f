#pragma once

#include "terminalhttpclient.h"
#include "terminalstate.h"

#include "logrecord.h"
#include "recordlibrary.h"

#include <QByteArray>
#include <QDateTime>
#include <QQueue>
#include <QString>

namespace punchclock::simulator {

// The terminal's queue of realtime requests (punches, keypad enrolments). An item leaves only
// when the server answered OK, so delivery is at least once, as on real firmware (protocol.md
// §4.4); failures back off, doubling, so that a refusing server gets no retry storm (§11.2).
class RealtimeQueue
{
public:
    struct Item
    {
        enum class Kind {
            Punch,
            Enrollment,
        };
        Kind kind = Kind::Punch;
        QString userId;
        QDateTime ioTime;
        QByteArray body; // built once: re-sends are byte-identical, as from real firmware
        int attempts = 0;

        QString description() const;
    };

    void addPunch(protocol::RecordLibrary library, const protocol::LogRecord &log);
    void addEnrollment(const SimulatedUser &user);

    bool isEmpty() const { return m_items.isEmpty(); }
    int punchCount() const;
    int enrollmentCount() const { return int(m_items.size()) - punchCount(); }
    const Item &head() const { return m_items.head(); }

    // The request for the head item; counts an attempt.
    OutgoingRequest nextRequest();
    // The server answered OK: the head item is done.
    Item acknowledge();
    // Anything else: the head item stays; returns how long to wait before the next attempt.
    int backOff(int firstDelayMs, int maxDelayMs);

private:
    QQueue<Item> m_items;
    int m_consecutiveFailures = 0;
};

} // namespace punchclock::simulator
