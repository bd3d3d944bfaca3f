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
// With --destinations N, N paused webhook destinations receive punches: each punch is also
// queued N times in the outbox, in its transaction (docs/integrations.md), and the run checks so.
//
//   bench_realtime_ingest [--clients 64] [--punches 50000] [--dir DIR | --db postgresql://…] [--destinations N]
//   bench_realtime_ingest --polls [--terminals 1000] [--clients 64] [--punches 100000]

#include "benchfleet.h"
#include "donothingserver.h"
#include "loadclient.h"

#include "connection.h"
#include "destinationrepository.h"
#include "punchrepository.h"
#include "serverhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace punchclock;
using namespace punchclock::test;

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
    const QCommandLineOption destinationsOption(QStringLiteral("destinations"),
                                                QStringLiteral("Paused destinations each punch is queued for."),
                                                QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions(
        {clientsOption, punchesOption, dirOption, dbOption, pollsOption, terminalsOption, destinationsOption});
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
    const int destinations = parser.value(destinationsOption).toInt();
    if (destinations > 0) {
        const auto setup = storage::Connection::open(*database, &error);
        for (int i = 0; setup && i < destinations; ++i) {
            storage::DestinationRow row;
            row.name = QStringLiteral("bench %1").arg(i);
            row.kind = QStringLiteral("webhook");
            row.url = QStringLiteral("http://127.0.0.1:9/");
            row.enabled = false; // queued, never sent: the cost measured is the outbox's
            if (!storage::DestinationRepository(setup->database()).insert(row)) {
                std::fprintf(stderr, "cannot add the destinations\n");
                return 1;
            }
        }
    }
    const std::unique_ptr<http::ServerHost> server = test::startLocalServer(*database, &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(error));
        return 1;
    }

    // Built beforehand so that the client's share of the two cores goes to the sockets.
    const std::vector<QByteArray> requests = polls ? pollRequests(total, fleet) : punchRequests(total, fleet);
    const LoadClient::Result baseline = runAgainstDoNothingServer(clients, requests);
    LoadClient client(server->port(), clients);
    if (polls)
        client.setExpectedResponseCode("ERROR_NO_CMD");
    const LoadClient::Result load = client.run(requests);
    server->stop();

    const char *engine = database->isPostgres() ? "PostgreSQL" : "SQLite synchronous=FULL";
    const char *unit = polls ? "polls" : "punches";
    if (polls) {
        std::printf("receive_cmd polls, %d approved terminals, %d at once, one connection per poll, nothing queued, %s\n",
                    fleet, clients, engine);
    } else {
        std::printf("realtime_glog ingestion, %d terminals, %d at once, one connection per punch, %s, %d destination(s)\n",
                    fleet, clients, engine, destinations);
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
    qlonglong queued = 0;
    if (reader) {
        QSqlQuery count(reader->database());
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && count.next())
            queued = count.value(0).toLongLong();
    }
    std::printf("  queued in the outbox : %lld (%d per punch expected)\n", queued, destinations);
    return stored == load.acknowledged && load.acknowledged == total && queued == stored * destinations ? 0 : 1;
}
