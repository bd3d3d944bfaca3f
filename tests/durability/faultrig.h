#pragma once

#include "cliprocess.h"
#include "floodsite.h"
#include "freeport.h"
#include "loadclient.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace punchclock::test {

// A free port below the kernel's range of ephemeral ports. While the server is down, terminals
// connect to its port thousands of times; were it in that range, one connection would sooner
// or later get it as its own source port and be connected to itself (a TCP simultaneous open),
// waiting forever for an answer.
inline quint16 portBelowEphemeralRange()
{
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    const int ephemeralStart = range.open(QIODevice::ReadOnly) ? range.readAll().simplified().split(' ').value(0).toInt() : 0;
    const int top = ephemeralStart > 12000 ? ephemeralStart : 32768;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const quint16 port = quint16(10000 + QRandomGenerator::global()->bounded(top - 10000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return freePort();
}

// `punchclock serve` in a process of its own, as on a machine of its own: killable with
// SIGKILL, its log (info lines included) in a file the test reads.
class ServeProcess
{
public:
    ServeProcess(QString databaseArgument, QString logFile)
        : m_databaseArgument(std::move(databaseArgument))
        , m_logFile(std::move(logFile))
        , m_port(portBelowEphemeralRange())
    {
        QProcessEnvironment environment = plainEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        m_process.setProcessEnvironment(environment);
        m_process.setStandardOutputFile(m_logFile, QIODevice::Append);
        m_process.setStandardErrorFile(m_logFile, QIODevice::Append);
    }
    ~ServeProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    // Starts it and waits until it takes connections.
    bool start()
    {
        m_process.start(QStringLiteral(PUNCHCLOCK_BINARY),
                        {QStringLiteral("--db"), m_databaseArgument, QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(m_port)});
        for (int waited = 0; waited < 30000; waited += 200) {
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200))
                return true;
            QTest::qWait(200);
        }
        return false;
    }
    void kill()
    {
        m_process.kill(); // SIGKILL: no shutdown, no last commit
        m_process.waitForFinished(10000);
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    // What it wrote, and why it did not run when it did not.
    QString log() const
    {
        QFile file(m_logFile);
        const QString written = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        return m_process.error() == QProcess::UnknownError ? written : written + m_process.errorString();
    }

private:
    QString m_databaseArgument;
    QString m_logFile;
    quint16 m_port;
    QProcess m_process;
};

// A site in a temporary folder, ready for a flood from many terminals, with `punchclock serve`
// running on it and a connection of the test's own.
struct FaultSite
{
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("site.sqlite")); // or what stands for it on PostgreSQL
    storage::DatabaseConfig config = testDatabaseConfig(file);
    std::unique_ptr<storage::Connection> db;
    std::unique_ptr<ServeProcess> serve;

    // False with the reason in *error.
    bool start(QString *error)
    {
        db = storage::Connection::open(config, error);
        if (!db)
            return false;
        if (!prepareFloodSite(db->database())) {
            *error = QStringLiteral("cannot write the site's settings");
            return false;
        }
        serve = std::make_unique<ServeProcess>(config.displayName(), dir.filePath(QStringLiteral("serve.log")));
        if (serve->start())
            return true;
        *error = QStringLiteral("serve did not start: ") + serve->log();
        return false;
    }
};

// Terminals flooding a server with `count` distinct punches from a thread of their own, each
// sent again until it is answered OK (LoadClient gives up after 10 s without any answer).
class BackgroundFlood
{
public:
    BackgroundFlood(quint16 port, int count)
        : m_punches(uniquePunchFlood(count))
        , m_thread([this, port] {
            m_result = LoadClient(port, 16).run(m_punches);
            m_done = true;
        })
    {
    }
    ~BackgroundFlood()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    // Waits for the end of the flood; false on a timeout.
    bool finish(int timeoutMs)
    {
        if (!QTest::qWaitFor([this] { return m_done.load(); }, timeoutMs))
            return false;
        m_thread.join();
        return true;
    }
    bool done() const { return m_done; }
    const LoadClient::Result &result() const { return m_result; }
    int size() const { return int(m_punches.size()); }

private:
    std::vector<QByteArray> m_punches;
    LoadClient::Result m_result;
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

inline int storedPunches(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM punches")) && query.next() ? query.value(0).toInt() : -1;
}

// What the load client saw, and the end of the server's log, for the failure message of a
// check on it.
inline QByteArray describe(const LoadClient::Result &result, int punches, const ServeProcess &serve)
{
    return QStringLiteral("%1 of %2 acknowledged, %3 answered with an error, %4 connection errors; the server's "
                          "log ends:\n%5")
        .arg(result.acknowledged)
        .arg(punches)
        .arg(result.notAcknowledged)
        .arg(result.connectionErrors)
        .arg(serve.log().right(600))
        .toUtf8();
}

} // namespace punchclock::test
