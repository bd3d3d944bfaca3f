#include "connection.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "writetransaction.h"

#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace punchclock;
using namespace punchclock::storage;

namespace {

const QString devId = QStringLiteral("D96584729B906B39");

// What one server did at its polls: the jobs it sent, and the polls that failed.
struct ServerLog
{
    QList<qint64> sent;
    QStringList failures;
};

// One server answering polls of the terminal as fast as it can, on its own connection, each
// poll in a transaction as the engine's batches are: take the next job, mark it sent, commit.
void answerPolls(const DatabaseConfig &config, ServerLog *log)
{
    QString error;
    const std::unique_ptr<Connection> connection = Connection::open(config, &error);
    if (!connection) {
        log->failures << error;
        return;
    }
    JobRepository jobs(connection->database());
    for (;;) {
        WriteTransaction transaction(connection->database());
        if (!transaction.isActive()) {
            log->failures << QStringLiteral("begin: ") + transaction.error();
            return;
        }
        const std::optional<JobRow> job = jobs.nextDeliverable(devId);
        if (!job)
            return;
        if (!jobs.markSent(job->id, {})) {
            // In the server this poll would be answered with an error: what must not happen.
            log->failures << QStringLiteral("job %1 could not be marked sent").arg(job->id);
            return;
        }
        if (!transaction.commit()) {
            log->failures << QStringLiteral("commit: ") + transaction.error();
            return;
        }
        log->sent << job->id;
    }
}

} // namespace

// Several servers on one database hand out the commands of the terminals polling them: each
// job is sent by exactly one, and a server that finds a job being taken by another passes it by
// instead of failing its poll. On PostgreSQL that is FOR UPDATE SKIP LOCKED; on SQLite, one
// writer at a time.
class tst_JobClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyJobIsSentByExactlyOneServer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DatabaseConfig config = test::testDatabaseConfig(dir.filePath(QStringLiteral("claims.sqlite")));
        QString error;
        const std::unique_ptr<Connection> db = Connection::open(config, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(TerminalRepository(db->database()).recordContact({devId, QStringLiteral("10.0.0.5"), Approval::Approved, {}}));
        JobRepository jobs(db->database());
        constexpr int jobCount = 400;
        QSet<qint64> queued;
        for (int n = 0; n < jobCount; ++n) {
            const std::optional<qint64> id = jobs.enqueue({devId, QStringLiteral("GET_DEVICE_STATUS"), {}, false, {}, {}, QStringLiteral("test"), {}, {}});
            QVERIFY(id);
            queued.insert(*id);
        }

        constexpr int servers = 4;
        std::vector<ServerLog> logs(servers);
        std::vector<std::thread> threads;
        for (ServerLog &log : logs)
            threads.emplace_back(answerPolls, config, &log);
        for (std::thread &thread : threads)
            thread.join();

        QSet<qint64> sent;
        int sentTimes = 0;
        for (const ServerLog &log : logs) {
            QVERIFY2(log.failures.isEmpty(), qPrintable(log.failures.join(QLatin1Char('\n'))));
            sentTimes += int(log.sent.size());
            sent.unite(QSet<qint64>(log.sent.cbegin(), log.sent.cend()));
        }
        QCOMPARE(sentTimes, jobCount); // none sent twice
        QCOMPARE(sent, queued);        // none left behind
        // The history agrees: one RUN event per job.
        QSqlQuery query(db->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT job_id) FROM job_events WHERE status = 'RUN'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), jobCount);
        QCOMPARE(query.value(1).toInt(), jobCount);
    }
};

QTEST_GUILESS_MAIN(tst_JobClaims)
#include "tst_jobclaims.moc"
