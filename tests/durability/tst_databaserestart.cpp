#include "faultrig.h"
#include "throwawaycluster.h"

using namespace punchclock;

// PostgreSQL stopped in the middle of a flood and started again: terminals are answered with
// errors meanwhile, the same `serve` process reconnects by itself, and every punch ends stored
// once. Stops the whole cluster: label postgres-only.
class tst_DatabaseRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::onThrowawayCluster(), test::NeedsThrowawayCluster);
    }

    void serverReconnectsAfterRestart()
    {
        test::FaultSite site;
        QString error;
        QVERIFY2(site.start(&error), qPrintable(error));
        test::ServeProcess &serve = *site.serve;
        const qint64 pid = serve.pid();
        test::BackgroundFlood flood(serve.port(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(test::storedPunches(site.db->database()) >= 500, 30000);
        site.db.reset();

        QVERIFY(test::controlCluster(QStringLiteral("stop")));
        QTest::qWait(1500); // terminals keep sending and are answered with errors
        QVERIFY2(!flood.done(), "the flood ended while the database was down");
        QVERIFY(test::controlCluster(QStringLiteral("start")));

        QVERIFY(flood.finish(60000));
        QVERIFY2(serve.running() && serve.pid() == pid, qPrintable(serve.log()));
        QVERIFY2(flood.result().acknowledged == flood.size(), test::describe(flood.result(), flood.size(), serve));
        QVERIFY2(flood.result().notAcknowledged > 0, "no punch was answered with an error while the database was down");
        const auto db = storage::Connection::open(site.config, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(test::storedPunches(db->database()), flood.size());
        // One line for the outage and one for its end, for whoever reads the log afterwards.
        const QString log = serve.log();
        QCOMPARE(log.count(QStringLiteral(" unreachable since ")), 1);
        QCOMPARE(log.count(QStringLiteral(" reachable again after ")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseRestart)
#include "tst_databaserestart.moc"
