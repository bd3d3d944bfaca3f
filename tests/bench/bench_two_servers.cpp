// Two terminal servers on one PostgreSQL database, as a pair behind a load balancer
// (docs/deployment.md). Both run in this process, each with its own engine and database
// connection, as two `punchclock-server serve` would; the load comes from a lean epoll client
// that spreads connections over both ports in turn, as the load balancer does.
//
// Two figures:
// - realtime ingestion: the same punches (one connection each, HTTP/1.0) to a do-nothing
//   server, to one Punchclock server alone, then to both; every punch counted was answered OK,
//   i.e. committed, and the database is checked to hold every one exactly once;
// - command latency: while every terminal of the fleet polls both servers in turn without
//   pause, another connection queues a GET_DEVICE_STATUS every 10 ms for the next terminal;
//   from the jobs' own times, how long each waited from queued to sent, and that none was sent
//   twice.
//
//   bench_two_servers --db postgresql://… [--clients 64] [--punches 50000] [--terminals 64] [--commands 500]

#include "benchfleet.h"
#include "donothingserver.h"
#include "loadclient.h"

#include "connection.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "writetransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

using namespace punchclock;
using namespace punchclock::test;

namespace {

constexpr auto EnqueueInterval = std::chrono::milliseconds(10);
constexpr auto QueuedBy = "bench_two_servers";
// A terminal's polls go out in rounds of this many; it stops at the end of the round it is in.
constexpr size_t PollsPerRound = 10;
// After the last job was queued, how long the fleet keeps polling for jobs still waiting.
constexpr qint64 DeliveryGraceMs = 30000;

// Queues GET_DEVICE_STATUS jobs at a steady pace from a thread with its own connection, as a
// console on another PC does, while the main thread keeps the fleet polling.
class CommandQueuer
{
public:
    CommandQueuer(storage::DatabaseConfig database, int fleet, int commands)
        : m_thread([this, database = std::move(database), fleet, commands] { queue(database, fleet, commands); })
    {}
    ~CommandQueuer() { m_thread.join(); }

    bool done() const { return m_done; }
    // Only once done(): why it stopped short, if it did.
    QString error() const { return m_error; }

private:
    void queue(const storage::DatabaseConfig &database, int fleet, int commands)
    {
        queueAll(database, fleet, commands);
        m_done = true;
    }
    void queueAll(const storage::DatabaseConfig &database, int fleet, int commands)
    {
        // Opened and closed in this thread: a connection belongs to the thread that opened it.
        const auto connection = storage::Connection::open(database, &m_error);
        if (!connection)
            return;
        storage::JobRepository jobs(connection->database());
        auto next = std::chrono::steady_clock::now();
        for (int n = 0; n < commands; ++n) {
            std::this_thread::sleep_until(next);
            next += EnqueueInterval;
            storage::NewJob job;
            job.devId = QString::fromLatin1(benchDevId(n % fleet));
            job.commandCode = QStringLiteral("GET_DEVICE_STATUS");
            job.queuedBy = QLatin1String(QueuedBy);
            // The job and its first history entry commit together, as the command service does.
            storage::WriteTransaction transaction(connection->database());
            if (!jobs.enqueue(job) || !transaction.commit()) {
                m_error = QStringLiteral("cannot queue job %1: %2").arg(n + 1).arg(transaction.error());
                return;
            }
        }
    }

    QString m_error;
    std::atomic<bool> m_done{false};
    std::thread m_thread; // last: it starts with the members above ready
};

void add(LoadClient::Result &total, const LoadClient::Result &load)
{
    total.acknowledged += load.acknowledged;
    total.notAcknowledged += load.notAcknowledged;
    total.connectionErrors += load.connectionErrors;
    total.latenciesMs.insert(total.latenciesMs.end(), load.latenciesMs.begin(), load.latenciesMs.end());
}

// Every terminal polls both servers in turn without pause, until every job is queued and none
// waits any more. Each has one poll under way at a time, as a real terminal: its next poll goes
// out once the last was answered, at once after a command (what a terminal does once it has
// carried the command out). One client shared by the fleet would start a terminal's next poll
// while an earlier one is still being answered by the other server, which no terminal does.
LoadClient::Result pollWhileQueueing(const std::vector<uint16_t> &ports, int fleet, const CommandQueuer &queuer,
                                     const storage::JobRepository &jobs)
{
    const std::vector<QByteArray> polls = pollRequests(fleet, fleet);
    std::vector<LoadClient::Result> results(static_cast<size_t>(fleet));
    std::atomic<bool> stop{false};
    QElapsedTimer elapsed;
    elapsed.start();
    std::vector<std::thread> terminals;
    for (size_t n = 0; n < size_t(fleet); ++n) {
        terminals.emplace_back([&, n] {
            LoadClient terminal(ports, 1);
            terminal.setExpectedResponseCode("ERROR_NO_CMD");
            const std::vector<QByteArray> round(PollsPerRound, polls[n]);
            while (!stop)
                add(results[n], terminal.run(round));
        });
    }
    QElapsedTimer sinceQueued;
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (!queuer.done())
            continue;
        if (!sinceQueued.isValid())
            sinceQueued.start();
        if (jobs.countByStatus().value(storage::JobStatus::Wait) == 0 || sinceQueued.hasExpired(DeliveryGraceMs))
            break;
    }
    stop = true;
    for (std::thread &terminal : terminals)
        terminal.join();
    LoadClient::Result total;
    for (const LoadClient::Result &result : results)
        add(total, result);
    total.seconds = double(elapsed.nsecsElapsed()) / 1e9;
    return total;
}

struct Delivery
{
    int queued = 0;
    int delivered = 0;
    int sentTwice = 0;
    std::vector<double> latenciesMs; // queued → sent, one per delivered job
};

// From the jobs as stored: their times, and their history, which holds an entry for each send.
Delivery readDelivery(const storage::JobRepository &jobs)
{
    storage::JobFilter all;
    all.limit = -1;
    all.withResult = false;
    Delivery delivery;
    for (const storage::JobRow &job : jobs.list(all)) {
        if (job.queuedBy != QLatin1String(QueuedBy))
            continue;
        ++delivery.queued;
        if (job.sentAt.isValid()) {
            ++delivery.delivered;
            delivery.latenciesMs.push_back(double(job.createdAt.msecsTo(job.sentAt)));
        }
        const QList<storage::JobEvent> events = jobs.events(job.id);
        const auto sends = std::count_if(events.begin(), events.end(), [](const storage::JobEvent &event) {
            return event.status == storage::JobStatus::Run;
        });
        if (sends > 1)
            ++delivery.sentTwice;
    }
    std::sort(delivery.latenciesMs.begin(), delivery.latenciesMs.end());
    return delivery;
}

double percentile(const std::vector<double> &sorted, double fraction)
{
    return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())))];
}

double rate(const LoadClient::Result &load)
{
    return double(load.acknowledged) / load.seconds;
}

int positive(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value > 0)
        return value;
    std::fprintf(stderr, "bench_two_servers: --%s wants a positive number, not \"%s\"\n",
                 qPrintable(option.names().constFirst()), qPrintable(parser.value(option)));
    std::exit(2);
}

} // namespace

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess(); // as the punchclock binary does
    QCoreApplication app(argc, argv);
    // One line for each job sent would bury the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("punchclock.commands.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("An empty PostgreSQL database."),
                                      QStringLiteral("URL"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Punches under way at once."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption punchesOption(QStringLiteral("punches"), QStringLiteral("Punches for each run."),
                                           QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"),
                                             QStringLiteral("Approved terminals the requests come from."),
                                             QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption commandsOption(QStringLiteral("commands"),
                                            QStringLiteral("Commands to queue, one every 10 ms."), QStringLiteral("N"),
                                            QStringLiteral("500"));
    parser.addOptions({dbOption, clientsOption, punchesOption, terminalsOption, commandsOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dbOption) || !storage::DatabaseConfig::looksLikeUrl(parser.value(dbOption))) {
        std::fprintf(stderr, "bench_two_servers: give --db postgresql://…: several servers share a database only "
                             "on PostgreSQL\n");
        return 2;
    }
    const int clients = positive(parser, clientsOption);
    const int total = positive(parser, punchesOption);
    const int fleet = positive(parser, terminalsOption);
    const int commands = positive(parser, commandsOption);

    QString error;
    const std::optional<storage::DatabaseConfig> database =
        storage::DatabaseConfig::fromUrl(parser.value(dbOption), &error);
    if (!database) {
        std::fprintf(stderr, "bench_two_servers: %s\n", qPrintable(error));
        return 2;
    }
    if (!registerFleet(*database, fleet, &error)) {
        std::fprintf(stderr, "cannot prepare the database: %s\n", qPrintable(error));
        return 1;
    }
    const std::unique_ptr<http::ServerHost> first = test::startLocalServer(*database, &error);
    const std::unique_ptr<http::ServerHost> second = first ? test::startLocalServer(*database, &error) : nullptr;
    const auto reader = second ? storage::Connection::open(*database, &error) : nullptr;
    if (!reader) {
        std::fprintf(stderr, "cannot start the servers: %s\n", qPrintable(error));
        return 1;
    }
    const std::vector<uint16_t> bothPorts{first->port(), second->port()};

    // Phase 1. Each Punchclock run gets punches of its own: the same ones again would be
    // duplicates, answered OK without being stored.
    const std::vector<QByteArray> punches = punchRequests(total, fleet);
    const LoadClient::Result baseline = runAgainstDoNothingServer(clients, punches);
    const LoadClient::Result alone = LoadClient(first->port(), clients).run(punches);
    const LoadClient::Result both = LoadClient(bothPorts, clients).run(punchRequests(total, fleet, total));
    std::printf("realtime_glog ingestion, %d terminals, %d at once, one connection per punch, PostgreSQL\n", fleet,
                clients);
    std::printf("same requests, same client, same run:\n");
    printRun("do-nothing server", "punches", baseline);
    printRun("one server", "punches", alone);
    printRun("two servers", "punches", both);
    std::printf("  one server / do-nothing : %.2f of the do-nothing server's rate\n", rate(alone) / rate(baseline));
    std::printf("  two servers / do-nothing: %.2f of the do-nothing server's rate, %.2f of one server's\n",
                rate(both) / rate(baseline), rate(both) / rate(alone));
    const qint64 acknowledged = alone.acknowledged + both.acknowledged;
    const qint64 stored = storage::PunchRepository(reader->database()).count({});
    std::printf("  stored in database   : %lld, missing acknowledged punches: %lld\n", qlonglong(stored),
                qlonglong(acknowledged - stored));
    const bool punchesHeld = stored == acknowledged && acknowledged == 2 * qint64(total);

    // Phase 2.
    storage::JobRepository jobs(reader->database());
    LoadClient::Result polls;
    QString queueError;
    {
        CommandQueuer queuer(*database, fleet, commands);
        polls = pollWhileQueueing(bothPorts, fleet, queuer, jobs);
        queueError = queuer.error();
    }
    first->stop();
    second->stop();
    const Delivery delivery = readDelivery(jobs);
    std::printf("GET_DEVICE_STATUS queued every %lld ms for the next of %d terminals, each polling both servers in "
                "turn, one poll at a time, without pause:\n",
                qlonglong(EnqueueInterval.count()), fleet);
    printRun("polls meanwhile", "polls", polls);
    std::printf("  (a poll answered with a command counts as not acknowledged: the terminal polls again)\n");
    std::printf("  jobs queued          : %d, delivered %d, never delivered %d\n", delivery.queued, delivery.delivered,
                delivery.queued - delivery.delivered);
    std::printf("  queued → delivered   : p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                percentile(delivery.latenciesMs, 0.5), percentile(delivery.latenciesMs, 0.99),
                delivery.latenciesMs.empty() ? 0.0 : delivery.latenciesMs.back());
    std::printf("  sent twice           : %d\n", delivery.sentTwice);
    if (!queueError.isEmpty())
        std::fprintf(stderr, "the commands were not all queued: %s\n", qPrintable(queueError));
    const bool commandsHeld = queueError.isEmpty() && delivery.queued == commands &&
                              delivery.delivered == delivery.queued && delivery.sentTwice == 0;
    return punchesHeld && commandsHeld ? 0 : 1;
}
