// Realtime ingestion under load, the way terminals deliver: one new connection per punch,
// HTTP/1.0, many terminals at once. The server runs in this process in its own threads (as in
// the console); the load comes from a lean epoll client on the main thread. Every punch counted
// here was answered "OK", i.e. committed with synchronous=FULL; at the end the database is
// checked to hold every one of them.
//
// The same requests first go to a do-nothing server: the same HTTP stack on its own thread,
// answering "OK" to each request without parsing or storing it. The ratio between the two is
// what storing costs on this machine, whatever its speed.
//
//   bench_realtime_ingest [--clients 64] [--punches 50000] [--dir DIR]

#include "loadclient.h"
#include "terminalrequestbuilder.h"

#include "connection.h"
#include "punchrepository.h"
#include "replywriter.h"
#include "serverhost.h"
#include "terminalrepository.h"

#include <QAbstractHttpServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace punchclock;

namespace {

constexpr int BenchTerminals = 64;

QByteArray benchDevId(int n)
{
    return "BENCH" + QByteArray::number(n % BenchTerminals);
}

// Answers OK to every request at once: the ceiling the HTTP stack and the client set.
class DoNothingServer : public QAbstractHttpServer
{
public:
    DoNothingServer()
        : m_ok(http::ReplyWriter::terminalReply({}))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->write(m_ok);
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    const QByteArray m_ok;
};

LoadClient::Result runAgainstDoNothingServer(int clients, const std::vector<QByteArray> &requests)
{
    QThread thread;
    thread.start();
    auto *listener = new QTcpServer;
    auto *server = new DoNothingServer;
    listener->moveToThread(&thread);
    server->moveToThread(&thread);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server,
        [&] {
            listener->setMaxPendingConnections(4096);
            if (listener->listen(QHostAddress::LocalHost, 0)) {
                server->bind(listener);
                port = listener->serverPort();
            }
        },
        Qt::BlockingQueuedConnection);
    LoadClient::Result result;
    if (port != 0)
        result = LoadClient(port, clients).run(requests);
    // bind() made the server the listener's parent.
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return result;
}

// The terminals are a site's approved fleet, as in production: the caps on new terminals
// waiting for approval do not apply to them.
bool registerFleet(const storage::DatabaseConfig &database, QString *error)
{
    const auto connection = storage::Connection::open(database, error);
    if (!connection)
        return false;
    storage::TerminalRepository terminals(connection->database());
    for (int n = 0; n < BenchTerminals; ++n) {
        storage::TerminalContact contact;
        contact.devId = QString::fromLatin1(benchDevId(n));
        contact.remoteAddress = QStringLiteral("127.0.0.1");
        contact.approvalIfNew = storage::Approval::Approved;
        if (!terminals.recordContact(contact)) {
            *error = QStringLiteral("cannot register %1").arg(contact.devId);
            return false;
        }
    }
    return true;
}

void printRun(const char *label, const LoadClient::Result &load)
{
    std::printf("  %-22s: %lld acknowledged in %.2f s, %.0f punches/s (not acknowledged %lld, connection errors %lld)\n",
                label, qlonglong(load.acknowledged), load.seconds, double(load.acknowledged) / load.seconds,
                qlonglong(load.notAcknowledged), qlonglong(load.connectionErrors));
}

} // namespace

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess(); // as the punchclock binary does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent terminals."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption punchesOption(QStringLiteral("punches"), QStringLiteral("Punches to deliver."),
                                           QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the database (a real disk)."),
                                       QStringLiteral("DIR"), QDir::currentPath());
    parser.addOptions({clientsOption, punchesOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int total = parser.value(punchesOption).toInt();

    QTemporaryDir dir(parser.value(dirOption) + QStringLiteral("/bench-XXXXXX"));
    const storage::DatabaseConfig database = storage::DatabaseConfig::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    http::ServerHost server(database);
    http::ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.connectionLimits.maxConnections = 4096;
    QString error;
    if (!server.start(options, &error) || !registerFleet(database, &error)) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(error));
        return 1;
    }

    // Built beforehand so that the client's share of the two cores goes to the sockets.
    // Unique punches: 64 terminals, user and time derived from the punch number.
    std::vector<QByteArray> requests;
    requests.reserve(size_t(total));
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = 0; n < total; ++n) {
        test::TerminalRequestBuilder request;
        request.devId = benchDevId(n);
        request.body = test::hs101GlogBody(QString::number(n % 5000),
                                           start.addSecs(n).toString(QStringLiteral("yyyyMMddHHmmss")));
        requests.push_back(request.build());
    }

    const LoadClient::Result baseline = runAgainstDoNothingServer(clients, requests);
    const LoadClient::Result load = LoadClient(server.port(), clients).run(requests);
    server.stop();

    const auto reader = storage::Connection::open(database, &error);
    const qint64 stored = reader ? storage::PunchRepository(reader->database()).count({}) : -1;

    std::printf("realtime_glog ingestion, %d concurrent terminals, one connection per punch, synchronous=FULL\n", clients);
    std::printf("  acknowledged punches : %lld in %.2f s\n", qlonglong(load.acknowledged), load.seconds);
    std::printf("  throughput           : %.0f acknowledged punches/s\n", double(load.acknowledged) / load.seconds);
    std::printf("  not acknowledged     : %lld (re-sent), connection errors: %lld\n", qlonglong(load.notAcknowledged),
                qlonglong(load.connectionErrors));
    std::printf("  stored in database   : %lld, missing acknowledged punches: %lld\n", qlonglong(stored),
                qlonglong(load.acknowledged - stored));
    std::printf("same requests, same client, same run:\n");
    printRun("do-nothing server", baseline);
    printRun("punchclock", load);
    const double baselineRate = double(baseline.acknowledged) / baseline.seconds;
    const double rate = double(load.acknowledged) / load.seconds;
    std::printf("  punchclock / do-nothing : %.2f of the do-nothing server's rate\n", rate / baselineRate);
    return stored == load.acknowledged && load.acknowledged == total ? 0 : 1;
}
