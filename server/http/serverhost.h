#pragma once

#include "blockreassembler.h"
#include "connectionguard.h"

#include "connection.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace punchclock::engine {
class TerminalEngine;
}
namespace punchclock::storage {
class WalCheckpointer;
}

namespace punchclock::http {

class TerminalHttpServer;

struct ServerOptions
{
    static constexpr quint16 DefaultPort = 8090;

    QHostAddress address = QHostAddress::Any;
    quint16 port = DefaultPort; // 0 picks a free port
    ConnectionGuard::Limits connectionLimits;
    engine::BlockReassembler::Limits blockLimits;
};

// Runs the terminal server: the HTTP endpoint in one thread, the engine with its database
// connection in another, so that an fsync never stalls the parsing of the next requests, and
// WAL checkpoints in a third, so that they never delay a commit.
// Used alike by the console, `punchclock serve`, the tests and the benchmarks.
class ServerHost : public QObject
{
    Q_OBJECT

public:
    explicit ServerHost(storage::DatabaseConfig database, QObject *parent = nullptr);
    ~ServerHost() override;

    // Call first thing in main(), before any thread exists. Makes Qt give the server's threads
    // its own UNIX event dispatcher: glib's writes an eventfd for every event posted across
    // threads, several per request. The main (GUI) thread keeps glib for desktop integration.
    // Also makes a file-size limit fail writes rather than kill the process.
    static void prepareProcess();

    // Blocks until the server listens or has failed (port taken, database unusable).
    bool start(const ServerOptions &options, QString *error);
    // Stops accepting, commits and answers what is in flight, then ends both threads.
    void stop();

    bool isRunning() const { return m_http != nullptr; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // Since when the engine's database has not answered (UTC); invalid while it answers.
    QDateTime databaseUnreachableSince() const { return m_databaseUnreachableSince; }

Q_SIGNALS:
    void punchesStored(int count);
    void terminalsChanged();
    void usersChanged();
    void jobsChanged();
    // The engine lost its database and answers terminals with errors until it reconnects.
    void databaseUnreachable(const QDateTime &sinceUtc);
    void databaseReachable();

private:
    storage::DatabaseConfig m_database;
    QThread m_engineThread;
    QThread m_httpThread;
    QThread m_checkpointThread;
    engine::TerminalEngine *m_engine = nullptr;
    storage::WalCheckpointer *m_checkpointer = nullptr;
    TerminalHttpServer *m_http = nullptr;
    QPointer<ConnectionGuard> m_guard;
    QHostAddress m_address;
    quint16 m_port = 0;
    QDateTime m_databaseUnreachableSince;
};

} // namespace punchclock::http
