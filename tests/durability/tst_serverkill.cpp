#include "faultrig.h"

using namespace punchclock;

// `punchclock serve` killed with SIGKILL in the middle of a flood and started again: every
// punch a terminal was answered OK for is stored, none twice, on either engine.
class tst_ServerKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedServerLosesNoAcknowledgedPunch()
    {
        test::FaultSite site;
        QString error;
        QVERIFY2(site.start(&error), qPrintable(error));
        const QSqlDatabase db = site.db->database();
        test::ServeProcess &serve = *site.serve;
        test::BackgroundFlood flood(serve.port(), 6000);
        QTRY_VERIFY_WITH_TIMEOUT(test::storedPunches(db) >= 1000, 30000);
        serve.kill();
        const int storedAtKill = test::storedPunches(db);
        QTest::qWait(500); // terminals find nobody listening and keep sending
        QVERIFY2(serve.start(), qPrintable(serve.log()));

        QVERIFY(flood.finish(120000));
        QVERIFY2(storedAtKill < flood.size(), "the flood had ended before the kill: the test proves nothing");
        QVERIFY2(flood.result().acknowledged == flood.size(), test::describe(flood.result(), flood.size(), serve));
        QVERIFY2(flood.result().connectionErrors > 0, "no punch was sent while the server was down");
        // Each acknowledged once and stored once: a punch stored just before the kill, whose
        // answer was lost with the server, is sent again and must not be stored twice.
        QCOMPARE(test::storedPunches(db), flood.size());
    }
};

QTEST_GUILESS_MAIN(tst_ServerKill)
#include "tst_serverkill.moc"
