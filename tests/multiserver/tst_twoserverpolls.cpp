#include "benchfleet.h"
#include "loadclient.h"
#include "shareddatabase.h"

#include "serverhost.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <random>

using namespace punchclock;

// Two servers behind a balancer that sends each new connection to the next one: one terminal's
// polls reach both, and a server's batch holds polls of several terminals. Each poll writes its
// terminal's row, so two batches that take the same terminals in another order would wait for
// each other until PostgreSQL broke the deadlock, failing a whole batch of polls.
class tst_TwoServerPolls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pollsSpreadOverTwoServersAreAllAnswered()
    {
        PUNCHCLOCK_REQUIRE_POSTGRES();
        // PostgreSQL breaks a deadlock after a second by failing one side's statement; the
        // batch then runs again, so the terminals are still answered, only a second late.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("deadlock")));
        test::SharedDatabase database;
        QString error;
        QVERIFY2(database.open(1, &error), qPrintable(error));
        constexpr int fleet = 8;
        QVERIFY2(test::registerFleet(database.config(), fleet, &error), qPrintable(error));
        const std::unique_ptr<http::ServerHost> first = test::startLocalServer(database.config(), &error);
        QVERIFY2(first, qPrintable(error));
        const std::unique_ptr<http::ServerHost> second = test::startLocalServer(database.config(), &error);
        QVERIFY2(second, qPrintable(error));

        constexpr int polls = 20000;
        LoadClient client({first->port(), second->port()}, 64);
        client.setExpectedResponseCode("ERROR_NO_CMD");
        // In no particular order, so that two batches often hold the same terminals in
        // opposite orders.
        std::vector<QByteArray> requests = test::pollRequests(polls, fleet);
        std::shuffle(requests.begin(), requests.end(), std::mt19937(20261207));
        const LoadClient::Result result = client.run(requests);
        QCOMPARE(result.acknowledged, qint64(polls));
        // A poll answered otherwise (ERROR_DB_ACCESS after a deadlock) is counted here.
        QCOMPARE(result.notAcknowledged, qint64(0));
        QCOMPARE(result.connectionErrors, qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_TwoServerPolls)
#include "tst_twoserverpolls.moc"
