// Realtime ingestion under load, the way terminals deliver: one new connection per punch,
// HTTP/1.0, many terminals at once. The server runs in this process in its own threads (as in
// the console); the load comes from a lean epoll client on the main thread. Every punch counted
// here was answered "OK", i.e. committed (SQLite synchronous=FULL, or PostgreSQL as its
// administrator set synchronous_commit); at the end the database is checked to hold every one.
// With --polls the requests are instead receive_cmd polls of approved terminals with nothing
// queued: what a site's fleet costs the server between punches.
//
// The same requests first go to a do-nothing server: the same HTTP stack on its own thread,
// answering "OK" to each request without parsing or storing it. The ratio between the two is
// what storing costs on this machine, whatever its speed.
//
//   bench_realtime_ingest [--clients 64] [--punches 50000] [--dir DIR | --db postgresql://…]
//   bench_realtime_ingest --polls [--terminals 1000] [--clients 64] [--punches 100000]

#include "loadclient.h"
#include "terminalrequestbuilder.h"
#include "testdata.h"

#include "connection.h"
#include "punchrepository.h"
#include "replywriter.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
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

// 16 characters, as the terminals' own ids.
QByteArray benchDevId(int n)
{
    return QByteArray("BENCH") + QByteArray::number(n).rightJustified(11, '0');
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
// waiting for approval do not apply to them. Nothing is queued for them, not even the server's
// own clock syncs and status refreshes, so that a poll measures a poll.
bool registerFleet(const storage::DatabaseConfig &database, int fleet, QString *error)
{
    const auto connection = storage::Connection::open(database, error);
    if (!connection)
        return false;
    if (storage::PunchRepository(connection->database()).count({}) != 0) {
        *error = QStringLiteral("the database holds punches already: give the benchmark an empty one");
        return false;
    }
    storage::SettingsRepository settings(connection->database());
    // The requests carry a fixed terminal clock, which automatic clock sync would correct.
    if (!settings.setValue(QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0"))) {
        *error = QStringLiteral("cannot store the settings");
        return false;
    }
    storage::TerminalRepository terminals(connection->database());
    for (int n = 0; n < fleet; ++n) {
        storage::TerminalContact contact;
        contact.devId = QString::fromLatin1(benchDevId(n));
        contact.remoteAddress = QStringLiteral("127.0.0.1");
        contact.approvalIfNew = storage::Approval::Approved;
        // Counts just read, as after the terminal's last GET_DEVICE_STATUS: the automatic status
        // refresh stays on, as installed, and has nothing due.
        if (!terminals.recordContact(contact) ||
            !terminals.setDeviceStatus(contact.devId, QByteArrayLiteral(R"({"total_user_count":0})"))) {
            *error = QStringLiteral("cannot register %1").arg(contact.devId);
            return false;
        }
    }
    return true;
}

void printRun(const char *label, const char *unit, const LoadClient::Result &load)
{
    std::printf("  %-22s: %lld answered OK in %.2f s, %.0f %s/s, latency p50 %.1f ms, p99 %.1f ms "
                "(not acknowledged %lld, connection errors %lld)\n",
                label, qlonglong(load.acknowledged), load.seconds, double(load.acknowledged) / load.seconds, unit,
                load.latencyPercentileMs(0.5), load.latencyPercentileMs(0.99), qlonglong(load.notAcknowledged),
                qlonglong(load.connectionErrors));
}

// Unique punches from the fleet, user and time derived from the punch number.
std::vector<QByteArray> punchRequests(int total, int fleet)
{
    std::vector<QByteArray> requests;
    requests.reserve(size_t(total));
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = 0; n < total; ++n) {
        test::TerminalRequestBuilder request;
        request.devId = benchDevId(n % fleet);
        request.body = test::hs101GlogBody(QString::number(n % 5000),
                                           start.addSecs(n).toString(QStringLiteral("yyyyMMddHHmmss")));
        requests.push_back(request.build());
    }
    return requests;
}

// receive_cmd polls as an HS101 terminal sends them (a capture), from each terminal in turn.
std::vector<QByteArray> pollRequests(int total, int fleet)
{
    const QByteArray capture = test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http"));
    const QByteArray capturedId = "D96584729B906B39";
    std::vector<QByteArray> requests;
    requests.reserve(size_t(total));
    for (int n = 0; n < total; ++n)
        requests.push_back(QByteArray(capture).replace(capturedId, benchDevId(n % fleet)));
    return requests;
}

} // namespace

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess(); // as the punchclock binary does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent terminals."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption punchesOption(QStringLiteral("punches"), QStringLiteral("Requests to deliver."),
                                           QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the database (a real disk)."),
                                       QStringLiteral("DIR"), QDir::currentPath());
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("An empty PostgreSQL database instead of a SQLite file."),
                                      QStringLiteral("URL"));
    const QCommandLineOption pollsOption(QStringLiteral("polls"),
                                         QStringLiteral("receive_cmd polls with nothing queued instead of punches."));
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"),
                                             QStringLiteral("Approved terminals the requests come from."),
                                             QStringLiteral("N"));
    parser.addOptions({clientsOption, punchesOption, dirOption, dbOption, pollsOption, terminalsOption});
    parser.addHelpOption();
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int total = parser.value(punchesOption).toInt();
    const bool polls = parser.isSet(pollsOption);
    const int fleet = parser.isSet(terminalsOption) ? parser.value(terminalsOption).toInt() : polls ? 1000 : 64;

    QTemporaryDir dir(parser.value(dirOption) + QStringLiteral("/bench-XXXXXX"));
    QString error;
    std::optional<storage::DatabaseConfig> database =
        parser.isSet(dbOption) ? storage::DatabaseConfig::fromUrl(parser.value(dbOption), &error)
                               : storage::DatabaseConfig::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!database || !registerFleet(*database, fleet, &error)) {
        std::fprintf(stderr, "cannot prepare the database: %s\n", qPrintable(error));
        return 1;
    }
    http::ServerHost server(*database);
    http::ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.connectionLimits.maxConnections = 4096;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(error));
        return 1;
    }

    // Built beforehand so that the client's share of the two cores goes to the sockets.
    const std::vector<QByteArray> requests = polls ? pollRequests(total, fleet) : punchRequests(total, fleet);
    const LoadClient::Result baseline = runAgainstDoNothingServer(clients, requests);
    LoadClient client(server.port(), clients);
    if (polls)
        client.setExpectedResponseCode("ERROR_NO_CMD");
    const LoadClient::Result load = client.run(requests);
    server.stop();

    const char *engine = database->isPostgres() ? "PostgreSQL" : "SQLite synchronous=FULL";
    const char *unit = polls ? "polls" : "punches";
    if (polls) {
        std::printf("receive_cmd polls, %d approved terminals, %d at once, one connection per poll, nothing queued, %s\n",
                    fleet, clients, engine);
    } else {
        std::printf("realtime_glog ingestion, %d terminals, %d at once, one connection per punch, %s\n", fleet, clients,
                    engine);
    }
    std::printf("same requests, same client, same run:\n");
    printRun("do-nothing server", unit, baseline);
    printRun("punchclock", unit, load);
    const double baselineRate = double(baseline.acknowledged) / baseline.seconds;
    const double rate = double(load.acknowledged) / load.seconds;
    std::printf("  punchclock / do-nothing : %.2f of the do-nothing server's rate\n", rate / baselineRate);
    if (polls)
        return load.acknowledged == total ? 0 : 1;

    const auto reader = storage::Connection::open(*database, &error);
    const qint64 stored = reader ? storage::PunchRepository(reader->database()).count({}) : -1;
    std::printf("  stored in database   : %lld, missing acknowledged punches: %lld\n", qlonglong(stored),
                qlonglong(load.acknowledged - stored));
    return stored == load.acknowledged && load.acknowledged == total ? 0 : 1;
}
