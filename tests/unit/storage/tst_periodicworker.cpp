#include "periodicworker.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace punchclock;
using namespace std::chrono_literals;

// The daily backup and purge run from a PeriodicWorker checked once a minute or an hour. A start
// that cannot open the database yet must not wait a whole interval for the first check.
class tst_PeriodicWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFailedOpenIsTriedAgainSoonerThanTheInterval()
    {
        QTemporaryDir dir;
        // A file stands where the database's folder should be: nothing can be opened there.
        const QString folder = dir.filePath(QStringLiteral("later"));
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        storage::PeriodicWorker worker(storage::DatabaseConfig::sqlite(folder + QStringLiteral("/db.sqlite")),
                                       QStringLiteral("test-worker"));
        std::atomic<int> checks{0};
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot open the database, trying again")));
        worker.start(1h, [&checks](QSqlDatabase) { ++checks; }, 100ms);
        QTest::qWait(500);
        QCOMPARE(checks.load(), 0);
        QVERIFY(blocker.remove());
        QVERIFY(QDir().mkpath(folder));
        // At most 100 + 200 + 400 + 800 ms of waits past the first failures, not an hour.
        QTRY_COMPARE_WITH_TIMEOUT(checks.load(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(checks.load(), 1); // then once an interval, as before
        worker.stop();
    }
};

QTEST_GUILESS_MAIN(tst_PeriodicWorker)
#include "tst_periodicworker.moc"
