#include "cliprocess.h"
#include "floodsite.h"
#include "loadclient.h"
#include "shareddatabase.h"

#include "connection.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "terminalrepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

using namespace punchclock;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

// `punchclock serve` in a process of its own, as on a machine of its own: killable with SIGKILL.
class ServeProcess
{
public:
    ServeProcess(QString databaseUrl, quint16 port)
        : m_databaseUrl(std::move(databaseUrl))
        , m_port(port)
    {
        m_process.setProcessEnvironment(test::plainEnvironment());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~ServeProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    void start()
    {
        m_process.start(QStringLiteral(PUNCHCLOCK_BINARY),
                        {QStringLiteral("--db"), m_databaseUrl, QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(m_port)});
    }
    void kill()
    {
        m_process.kill(); // SIGKILL: no shutdown, no last commit
        m_process.waitForFinished(10000);
    }
    quint16 port() const { return m_port; }

private:
    QString m_databaseUrl;
    quint16 m_port;
    QProcess m_process;
};

// Simulated terminals polling one server for commands.
std::unique_ptr<QProcess> startTerminals(quint16 port, const QString &prefix)
{
    auto terminals = std::make_unique<QProcess>();
    terminals->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    terminals->start(QStringLiteral(PUNCHCLOCK_SIM_BINARY),
                     {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--terminals"),
                      QStringLiteral("3"), QStringLiteral("--dev-id-prefix"), prefix, QStringLiteral("--poll-interval"),
                      QStringLiteral("100"), QStringLiteral("--punch-rate"), QStringLiteral("0"), QStringLiteral("--quiet")});
    return terminals;
}

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

// Two servers on one PostgreSQL database, as two sites or a pair behind a load balancer. A flood
// of punches goes to both in turn while terminals of each poll for commands; one server is
// killed with SIGKILL mid-way and started again. Every punch ends acknowledged and stored once,
// every command sent once and ended once.
class tst_TwoServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        PUNCHCLOCK_REQUIRE_POSTGRES();
    }

    void killedServerLosesNothingAndRepeatsNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const storage::DatabaseConfig config = test::testDatabaseConfig(dir.filePath(QStringLiteral("site.sqlite")));
        QString error;
        const auto db = storage::Connection::open(config, &error);
        QVERIFY2(db, qPrintable(error));
        // Only this test queues commands: jobs are counted against what it queued.
        QVERIFY(test::prepareFloodSite(db->database()));

        ServeProcess first(config.displayName(), freePort());
        ServeProcess second(config.displayName(), freePort());
        first.start();
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(accepts(first.port()) && accepts(second.port()), 30000);
        const auto firstTerminals = startTerminals(first.port(), QStringLiteral("SA"));
        const auto secondTerminals = startTerminals(second.port(), QStringLiteral("SB"));
        storage::TerminalRepository registry(db->database());
        QTRY_VERIFY_WITH_TIMEOUT(registry.standing(QStringLiteral("SA0003")).has_value() &&
                                     registry.standing(QStringLiteral("SB0003")).has_value(),
                                 30000);

        // Commands for the terminals of both servers, queued as the servers run (as consoles
        // do) until after the restart, so that some are under way at the kill.
        storage::JobRepository jobs(db->database());
        int queued = 0;
        QStringList queueFailures;
        QTimer queueing;
        queueing.setInterval(20);
        connect(&queueing, &QTimer::timeout, this, [&] {
            for (const char *devId : {"SA0001", "SA0002", "SA0003", "SB0001", "SB0002", "SB0003"}) {
                if (jobs.enqueue({QLatin1String(devId), QStringLiteral("GET_DEVICE_STATUS"), {}, false, {}, {},
                                  QStringLiteral("test"), {}, {}}))
                    ++queued;
                else
                    queueFailures << QLatin1String(devId);
            }
        });
        queueing.start();

        // 48 terminals' worth of unique punches spread over both servers, each sent again
        // (to the next server) until it is answered OK.
        constexpr int floodPunches = 20000;
        const std::vector<QByteArray> flood = test::uniquePunchFlood(floodPunches);
        LoadClient::Result load;
        std::atomic<bool> floodDone{false};
        std::thread floodThread([&] {
            load = LoadClient(std::vector<uint16_t>{first.port(), second.port()}, 16).run(flood);
            floodDone = true;
        });

        QTest::qWait(1000);
        first.kill();
        const int storedAtKill = scalar(db->database(), QStringLiteral("SELECT COUNT(*) FROM punches"));
        const int activeAtKill = jobs.countActive();
        QTest::qWait(1000);
        first.start();
        QTest::qWait(1000);
        queueing.stop();
        QVERIFY2(queueFailures.isEmpty(), qPrintable(queueFailures.join(QLatin1Char(' '))));

        QTRY_VERIFY_WITH_TIMEOUT(floodDone.load(), 300000);
        floodThread.join();
        QTRY_VERIFY_WITH_TIMEOUT(jobs.countActive() == 0, 120000);

        // The kill fell in the middle of both the flood and the commands.
        QVERIFY2(storedAtKill > 0 && storedAtKill < floodPunches, qPrintable(QString::number(storedAtKill)));
        QVERIFY2(activeAtKill > 0, "every command had ended before the kill: the test proves nothing");

        QVERIFY2(load.acknowledged == floodPunches,
                 qPrintable(QStringLiteral("%1 of %2 acknowledged (%3 refused, %4 connection errors); the load "
                                           "client gives up after 10 s without an answer")
                                .arg(load.acknowledged)
                                .arg(floodPunches)
                                .arg(load.notAcknowledged)
                                .arg(load.connectionErrors)));
        QCOMPARE(load.notAcknowledged, qint64(0)); // refused connections are expected, refusals not
        QCOMPARE(scalar(db->database(), QStringLiteral("SELECT COUNT(*) FROM punches")), floodPunches);

        QCOMPARE(scalar(db->database(), QStringLiteral("SELECT COUNT(*) FROM jobs")), queued);
        // Sent at most once each (a command whose server died with it is not sent again), and
        // ended exactly once.
        QCOMPARE(scalar(db->database(), QStringLiteral("SELECT COUNT(*) FROM (SELECT job_id FROM job_events WHERE "
                                                       "status = 'RUN' GROUP BY job_id HAVING COUNT(*) > 1) twice")),
                 0);
        QCOMPARE(scalar(db->database(), QStringLiteral("SELECT COUNT(DISTINCT job_id) FROM job_events WHERE status IN "
                                                       "('RESULT', 'TIMEOUT', 'CANCELLED')")),
                 queued);
        QCOMPARE(scalar(db->database(), QStringLiteral("SELECT COUNT(*) FROM job_events WHERE status IN "
                                                       "('RESULT', 'TIMEOUT', 'CANCELLED')")),
                 queued);
        // Those of the server that stayed up all succeeded.
        QCOMPARE(scalar(db->database(), QStringLiteral("SELECT COUNT(*) FROM jobs WHERE dev_id LIKE 'SB%' AND "
                                                       "(status <> 'RESULT' OR return_code <> 'OK')")),
                 0);
        for (QProcess *terminals : {firstTerminals.get(), secondTerminals.get()}) {
            terminals->terminate();
            terminals->waitForFinished(10000);
        }
    }
};

QTEST_GUILESS_MAIN(tst_TwoServers)
#include "tst_twoservers.moc"
