#include "consolecontext.h"
#include "consolereader.h"
#include "consolereads.h"

#include "connection.h"
#include "sqlsupport.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace punchclock;

// The pages' reads: on the reader's thread (as on PostgreSQL) the work runs off the GUI thread
// with a connection of its own and its result is shown on the GUI thread; a flood of reloads
// costs one read at a time; a failure reaches the database banner; closing the console does
// not wait for reads nobody needs. On the GUI thread (a SQLite file) a read is done when the
// call returns. The database is a real SQLite file.
class tst_ConsoleReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_db;

    static int countTerminals(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        return storage::exec(query, QStringLiteral("SELECT COUNT(*) FROM terminals")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

    // Where a read's work and its showing ran, and what was shown.
    struct ReadSeen
    {
        QThread *workThread = nullptr;
        QThread *showThread = nullptr;
        int shown = -1;
    };
    static void readTerminalCount(ui::ConsoleReader &reader, QObject *page, ReadSeen &seen)
    {
        reader.read<int>(
            page,
            [&seen](const QSqlDatabase &db) {
                seen.workThread = QThread::currentThread();
                return countTerminals(db);
            },
            [&seen](int terminals) {
                seen.showThread = QThread::currentThread();
                seen.shown = terminals;
            });
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                                    QStringLiteral(".db"))),
            &error);
        QVERIFY2(m_db, qPrintable(error));
        QSqlQuery seed(m_db->database());
        QVERIFY(seed.exec(QStringLiteral("INSERT INTO terminals (dev_id, approval, first_seen, last_seen) "
                                         "VALUES ('T1', 'approved', '2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z')")));
    }

    void cleanup() { m_db.reset(); }

    void onTheReaderThreadTheWorkLeavesTheGuiThread()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnReaderThread);
        QObject page;
        ReadSeen seen;
        readTerminalCount(reader, &page, seen);
        QCOMPARE(seen.shown, -1); // not shown before the event loop runs
        QTRY_COMPARE_WITH_TIMEOUT(seen.shown, 1, 10000);
        QVERIFY(seen.workThread);
        QVERIFY(seen.workThread != QThread::currentThread());
        QCOMPARE(seen.showThread, QThread::currentThread());
    }

    void onTheGuiThreadAReadIsDoneWhenTheCallReturns()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnGuiThread);
        QObject page;
        ReadSeen seen;
        readTerminalCount(reader, &page, seen);
        QCOMPARE(seen.shown, 1);
        QCOMPARE(seen.workThread, QThread::currentThread());
        QCOMPARE(seen.showThread, QThread::currentThread());
    }

    // While one reload runs, fifty more are asked for: one more read covers them all, and it is
    // the newest request's.
    void aFloodOfReloadsCostsOneReadAtATime()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnReaderThread);
        QObject page;
        QList<int> shown;
        ui::RepeatedRead<int> reload(reader, &page, [&shown](int request) { shown << request; });
        QSemaphore started;
        QSemaphore release;
        std::atomic<int> reads = 0;
        reload.request([&](const QSqlDatabase &) {
            ++reads;
            started.release();
            release.acquire();
            return 0;
        });
        QVERIFY(started.tryAcquire(1, 10000)); // the first read runs and holds the reader
        for (int request = 1; request <= 50; ++request) {
            reload.request([&reads, request](const QSqlDatabase &) {
                ++reads;
                return request;
            });
        }
        release.release();
        test::waitForReads(reader);
        QCOMPARE(reads.load(), 2);
        QCOMPARE(shown, (QList<int>{0, 50}));
        // And after the flood a request reads again.
        reload.request([](const QSqlDatabase &) { return 51; });
        test::waitForReads(reader);
        QCOMPARE(shown.last(), 51);
    }

    void aPageClosedBeforeItsReadArrivesIsNotShownIt()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnReaderThread);
        auto page = std::make_unique<QObject>();
        bool shown = false;
        QSemaphore release;
        reader.read<int>(
            page.get(),
            [&release](const QSqlDatabase &db) {
                release.acquire();
                return countTerminals(db);
            },
            [&shown](int) { shown = true; });
        page.reset();
        release.release();
        test::waitForReads(reader);
        QVERIFY(!shown);
    }

    // A read that fails on the reader's thread shows what the repositories give then, and the
    // console's database banner says why; once reads succeed again, a retry clears it.
    void aFailedReadReachesTheBannerAndARetryClearsIt()
    {
        ui::ConsoleContext context(*m_db, nullptr, true);
        QSignalSpy failed(&context, &ui::ConsoleContext::databaseFailed);
        QSignalSpy recovered(&context, &ui::ConsoleContext::databaseRecovered);
        QObject page;
        int shown = 0;
        // A page that reads the terminals at every change, as the Terminals page does.
        const auto readTerminals = [&] {
            context.reader().read<int>(&page, &countTerminals, [&shown](int terminals) { shown = terminals; });
        };
        connect(&context, &ui::ConsoleContext::terminalsChanged, &page, readTerminals);
        QSqlQuery elsewhere(m_db->database());
        QVERIFY(elsewhere.exec(QStringLiteral("ALTER TABLE terminals RENAME TO terminals_away")));
        readTerminals();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(shown, -1);
        QVERIFY2(context.databaseError().contains(QLatin1String("terminals")), qPrintable(context.databaseError()));

        context.retryDatabase(); // still failing: the banner stays
        test::waitForReads(context.reader());
        QVERIFY(!context.databaseError().isEmpty());
        QCOMPARE(recovered.size(), 0);

        QVERIFY(elsewhere.exec(QStringLiteral("ALTER TABLE terminals_away RENAME TO terminals")));
        context.retryDatabase();
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
        QVERIFY(context.databaseError().isEmpty());
        QCOMPARE(shown, 1); // the retry's reload came before the all-clear
    }

    // An action that needs its answer before it goes on (a change through a service) waits for
    // the reader's thread without freezing the window: timers still fire meanwhile.
    void aWaitKeepsTheWindowTurning()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnReaderThread);
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, this, [&ticks] { ++ticks; });
        heartbeat.start();
        QThread *workThread = nullptr;
        const int terminals = reader.wait([&workThread](const QSqlDatabase &db) {
            workThread = QThread::currentThread();
            QThread::msleep(300);
            return countTerminals(db);
        });
        QCOMPARE(terminals, 1);
        QVERIFY(workThread != QThread::currentThread());
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    }

    // What a caller holds (a row of a model) must not change under it while it waits: reads that
    // arrive meanwhile are shown after the wait returns, in the order they were asked.
    void readsArrivingDuringAWaitAreShownAfterIt()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnReaderThread);
        QObject page;
        QList<int> shown;
        reader.read<int>(&page, [](const QSqlDatabase &) { return 1; }, [&shown](int n) { shown << n; });
        reader.read<int>(&page, [](const QSqlDatabase &) { return 2; }, [&shown](int n) { shown << n; });
        const int waited = reader.wait([](const QSqlDatabase &db) { return countTerminals(db); });
        QCOMPARE(waited, 1);
        QVERIFY(shown.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shown, (QList<int>{1, 2}), 10000);
    }

    void onTheGuiThreadAWaitRunsAtOnce()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnGuiThread);
        QThread *workThread = nullptr;
        QCOMPARE(reader.wait([&workThread](const QSqlDatabase &db) {
            workThread = QThread::currentThread();
            return countTerminals(db);
        }),
                 1);
        QCOMPARE(workThread, QThread::currentThread());
    }

    // Closing the console drops the reads still queued instead of running them first.
    void closingDropsQueuedReads()
    {
        auto reader = std::make_unique<ui::ConsoleReader>(*m_db, ui::ConsoleReader::Mode::OnReaderThread);
        QObject page;
        QSemaphore started;
        QSemaphore release;
        std::atomic<int> reads = 0;
        const auto slowRead = [&](const QSqlDatabase &) {
            ++reads;
            started.release();
            release.acquire();
            return 0;
        };
        reader->read<int>(&page, slowRead, [](int) {});
        QVERIFY(started.tryAcquire(1, 10000));
        for (int queued = 0; queued < 20; ++queued)
            reader->read<int>(&page, slowRead, [](int) {});
        // The running read ends while the reader closes; the twenty queued ones must not run.
        QThread *releaser = QThread::create([&release] {
            QThread::msleep(200);
            release.release();
        });
        releaser->start();
        QElapsedTimer closing;
        closing.start();
        reader.reset();
        releaser->wait();
        delete releaser;
        QCOMPARE(reads.load(), 1);
        QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    }

    // Last: the application stays quitting afterwards. Quitting ends every event loop, the
    // wait's own too; the caller must still get the result rather than nothing.
    void aWaitTheApplicationQuitsDuringStillReturnsItsResult()
    {
        ui::ConsoleReader reader(*m_db, ui::ConsoleReader::Mode::OnReaderThread);
        QTimer::singleShot(50, this, [] { QCoreApplication::exit(0); });
        const int terminals = reader.wait([](const QSqlDatabase &db) {
            QThread::msleep(300);
            return countTerminals(db);
        });
        QCOMPARE(terminals, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleReader)
#include "tst_consolereader.moc"
