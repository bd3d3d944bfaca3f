// Realtime ingestion under load, the way terminals deliver: one new connection per punch,
// HTTP/1.0, many terminals at once. The server runs in this process in its own threads (as in
// the console); the load comes from a lean epoll client on the main thread. Every punch counted here was answered "OK", i.e. committed
// with synchronous=FULL; at the end the database is checked to hold every one of them.
//
//   bench_realtime_ingest [--clients 64] [--punches 50000] [--dir DIR]

#include "loadclient.h"
#include "terminalrequestbuilder.h"

#include "connection.h"
#include "punchrepository.h"
#include "serverhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace punchclock;

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
    if (!server.start(options, &error)) {
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
        request.devId = "BENCH" + QByteArray::number(n % 64);
        request.body = test::hs101GlogBody(QString::number(n % 5000),
                                           start.addSecs(n).toString(QStringLiteral("yyyyMMddHHmmss")));
        requests.push_back(request.build());
    }

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
    return stored == load.acknowledged && load.acknowledged == total ? 0 : 1;
}
