// The console with its database across a slow link: PostgreSQL behind a proxy that adds a
// round-trip latency (50 ms by default, a WAN), the terminal server on the fast local socket.
// For each page: the round trips its showing and its reload (F5) make on the GUI thread's
// connection, and the longest the window went without processing events (a heartbeat every
// 5 ms measures it). Then the same while punches and a queued command arrive live. Every
// round trip on the GUI thread is a freeze of at least the latency; the target is none.
//
//   scripts/with-throwaway-postgres.sh sh -c 'bench_console_latency --db "$PUNCHCLOCK_TEST_DB"'
//   bench_console_latency --db URL [--latency 50] [--terminals 20] [--users 300]
#include "benchfleet.h"
#include "consoleseed.h"
#include "latencyproxy.h"

#include "consolecontext.h"
#include "mainwindow.h"
#include "page.h"

#include "connection.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walltime.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace punchclock;

namespace {

// The longest gap between two turns of the GUI thread's event loop since reset().
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        m_timer.callOnTimeout(this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_clock.restart();
        m_longest = 0;
    }
    qint64 longestMs() const { return std::max(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

struct Measure
{
    qint64 roundTrips = 0;
    qint64 longestStallMs = 0;
};

Measure measure(const test::LatencyProxy &proxy, Heartbeat &heartbeat, const std::function<void()> &action,
                int settleMs)
{
    const qint64 before = proxy.roundTrips(0);
    heartbeat.reset();
    action();
    QTest::qWait(settleMs);
    return {proxy.roundTrips(0) - before, heartbeat.longestMs()};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    http::ServerHost::prepareProcess();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("An empty PostgreSQL database (Unix socket)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"), QStringLiteral("Added round-trip latency."),
                                           QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"), QString(), QStringLiteral("N"),
                                             QStringLiteral("20"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QString(), QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({dbOption, latencyOption, terminalsOption, usersOption});
    parser.addHelpOption();
    parser.process(app);

    QString error;
    const std::optional<storage::DatabaseConfig> direct =
        storage::DatabaseConfig::fromUrl(parser.value(dbOption), &error);
    if (!direct || !direct->isPostgres() || !direct->host.startsWith(QLatin1Char('/'))) {
        std::fprintf(stderr, "--db must name a PostgreSQL database on a Unix socket%s%s\n",
                     error.isEmpty() ? "" : ": ", qPrintable(error));
        return 2;
    }
    const int latency = parser.value(latencyOption).toInt();
    if (!test::seedConsoleData(*direct, parser.value(terminalsOption).toInt(), parser.value(usersOption).toInt(), &error)) {
        std::fprintf(stderr, "cannot prepare the database: %s\n", qPrintable(error));
        return 1;
    }

    const std::unique_ptr<http::ServerHost> server = test::startLocalServer(*direct, &error);
    if (!server) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(error));
        return 1;
    }

    const int port = direct->port > 0 ? direct->port : 5432;
    test::LatencyProxy proxy(direct->host + QStringLiteral("/.s.PGSQL.%1").arg(port), latency);
    const quint16 proxyPort = proxy.start();
    storage::DatabaseConfig slow = *direct;
    slow.host = QStringLiteral("127.0.0.1");
    slow.port = proxyPort;
    // The console's own connection is the proxy's first.
    const auto console = storage::Connection::open(slow, &error);
    if (!proxyPort || !console) {
        std::fprintf(stderr, "cannot connect through the proxy: %s\n", qPrintable(error));
        return 1;
    }

    Heartbeat heartbeat;
    ui::ConsoleContext context(*console, server.get());
    std::unique_ptr<ui::MainWindow> window;
    const Measure built = measure(proxy, heartbeat, [&] {
        window = std::make_unique<ui::MainWindow>(context);
        window->show();
    }, 2000);

    std::printf("console over a database %d ms away (round trip), on the GUI thread's connection:\n", latency);
    std::printf("  %-34s %8s %14s\n", "", "round trips", "longest stall");
    std::printf("  %-34s %8lld %11lld ms\n", "window opened", qlonglong(built.roundTrips), qlonglong(built.longestStallMs));
    const QList<QPair<ui::PageId, const char *>> pages{
        {ui::PageId::Dashboard, "Dashboard"}, {ui::PageId::Terminals, "Terminals"}, {ui::PageId::Users, "Users"},
        {ui::PageId::Punches, "Punches"},     {ui::PageId::Jobs, "Jobs"},           {ui::PageId::Reports, "Reports"},
        {ui::PageId::Settings, "Settings"},   {ui::PageId::Audit, "Audit trail"}};
    qint64 total = built.roundTrips;
    for (const auto &[id, name] : pages) {
        ui::Page *page = window->page(id);
        if (!page)
            continue;
        const Measure shown = measure(proxy, heartbeat, [&] { window->showPage(id); }, 1500);
        const Measure reloaded = measure(proxy, heartbeat, [&] { page->reload(); }, 1500);
        std::printf("  %-34s %8lld %11lld ms\n", qPrintable(QStringLiteral("%1 shown").arg(QLatin1String(name))),
                    qlonglong(shown.roundTrips), qlonglong(shown.longestStallMs));
        std::printf("  %-34s %8lld %11lld ms\n", qPrintable(QStringLiteral("%1 reloaded (F5)").arg(QLatin1String(name))),
                    qlonglong(reloaded.roundTrips), qlonglong(reloaded.longestStallMs));
        total += shown.roundTrips + reloaded.roundTrips;
    }

    // An operator's action: the first terminal's status asked for from the Terminals page.
    window->showPage(ui::PageId::Terminals);
    QTest::qWait(1500);
    ui::Page *terminalsPage = window->page(ui::PageId::Terminals);
    if (auto *table = terminalsPage->findChild<QTableView *>(QStringLiteral("terminalsTable")))
        table->selectRow(0);
    if (auto *getStatus = terminalsPage->findChild<QAction *>(QStringLiteral("getStatus"))) {
        const Measure acted = measure(proxy, heartbeat, [&] { getStatus->trigger(); }, 1500);
        std::printf("  %-34s %8lld %11lld ms\n", "Terminals, Get status", qlonglong(acted.roundTrips),
                    qlonglong(acted.longestStallMs));
        total += acted.roundTrips;
    }

    // Live: a command queued from elsewhere and punches stored by the server's engine.
    window->showPage(ui::PageId::Dashboard);
    QTest::qWait(1500);
    const Measure live = measure(proxy, heartbeat, [&] {
        const auto writer = storage::Connection::open(*direct, &error);
        storage::NewJob job;
        job.devId = test::consoleSeedDevId(0);
        job.commandCode = QStringLiteral("GET_DEVICE_STATUS");
        job.queuedBy = QStringLiteral("bench");
        storage::JobRepository(writer->database()).enqueue(job);
    }, 3000);
    std::printf("  %-34s %8lld %11lld ms\n", "Dashboard, a change from elsewhere", qlonglong(live.roundTrips),
                qlonglong(live.longestStallMs));
    total += live.roundTrips;
    std::printf("  total round trips on the GUI thread: %lld (target: 0)\n", qlonglong(total));
    window.reset();
    server->stop();
    return 0;
}
