#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace punchclock::test {

// A TCP proxy on 127.0.0.1 in front of a PostgreSQL Unix socket that delays every chunk by half
// the round-trip latency each way, as a database across a WAN would, and counts round trips per
// connection (a client message after an answer starts one). Runs in a thread of its own, so a
// client blocked on the database does not stall it.
class LatencyProxy
{
public:
    // `socketFile`: the server's socket, e.g. /tmp/pg/.s.PGSQL.5432.
    LatencyProxy(QString socketFile, int roundTripMs);
    ~LatencyProxy();
    LatencyProxy(const LatencyProxy &) = delete;
    LatencyProxy &operator=(const LatencyProxy &) = delete;

    // Listens; the port, or 0 when it could not.
    quint16 start();
    // Round trips of the `index`th connection accepted (0 first), so far.
    qint64 roundTrips(int index) const;
    int connections() const;

private:
    class Worker;
    QString m_socketFile;
    int m_roundTripMs;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace punchclock::test
