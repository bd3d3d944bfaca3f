#include "transactionbatcher.h"

#include "connection.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

class tst_TransactionBatcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;

    static bool insertSetting(QSqlDatabase &db, const QString &key)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"));
        query.addBindValue(key);
        return query.exec();
    }

    int settingsCount() const
    {
        QSqlQuery query(m_connection->database());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM settings"));
        query.next();
        return query.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("batch.sqlite"))), &error);
        QVERIFY2(m_connection, qPrintable(error));
        QSqlQuery(m_connection->database()).exec(QStringLiteral("DELETE FROM settings"));
    }

    void cleanup() { m_connection.reset(); }

    void writesQueuedTogetherCommitInOneTransaction()
    {
        engine::TransactionBatcher batcher(m_connection->database());
        QSignalSpy flushed(&batcher, &engine::TransactionBatcher::flushed);
        QList<bool> results;
        for (int i = 0; i < 50; ++i) {
            batcher.enqueue([i](QSqlDatabase &db) { return insertSetting(db, QStringLiteral("k%1").arg(i)); },
                            [&results](bool stored) { results << stored; });
        }
        QVERIFY(results.isEmpty()); // nothing answered before the commit
        QTRY_COMPARE(results.size(), 50);
        QVERIFY(!results.contains(false));
        QCOMPARE(flushed.size(), 1);
        QCOMPARE(flushed.first().at(0).toBool(), true);
        QCOMPARE(flushed.first().at(1).toInt(), 50);
        QCOMPARE(settingsCount(), 50);
    }

    void aFailingWriteIsRolledBackAloneAndReported()
    {
        engine::TransactionBatcher batcher(m_connection->database());
        QList<bool> results;
        auto record = [&results](bool stored) { results << stored; };
        batcher.enqueue([](QSqlDatabase &db) { return insertSetting(db, QStringLiteral("a")); }, record);
        batcher.enqueue([](QSqlDatabase &db) {
            insertSetting(db, QStringLiteral("half-done"));
            return insertSetting(db, QStringLiteral("a")); // duplicate key: fails
        }, record);
        batcher.enqueue([](QSqlDatabase &db) { return insertSetting(db, QStringLiteral("b")); }, record);
        QSignalSpy retried(&batcher, &engine::TransactionBatcher::retryingWithSavepoints);
        batcher.flush();
        QCOMPARE(results, (QList<bool>{true, false, true}));
        QCOMPARE(settingsCount(), 2); // "half-done" went with its savepoint
        QCOMPARE(retried.size(), 1);
    }

    // The batch runs without savepoints first; the writes before the failing one ran in a
    // transaction that was rolled back, so they run again, and are stored once.
    void writesBeforeAFailureAreStoredOnceAfterTheRetry()
    {
        engine::TransactionBatcher batcher(m_connection->database());
        QSignalSpy retried(&batcher, &engine::TransactionBatcher::retryingWithSavepoints);
        QList<bool> results;
        auto record = [&results](bool stored) { results << stored; };
        int runsOfFirst = 0;
        batcher.enqueue([&runsOfFirst](QSqlDatabase &db) {
            ++runsOfFirst;
            return insertSetting(db, QStringLiteral("first"));
        }, record);
        batcher.enqueue([](QSqlDatabase &) { return false; }, record);
        batcher.flush();
        QCOMPARE(results, (QList<bool>{true, false}));
        QCOMPARE(runsOfFirst, 2);
        QCOMPARE(retried.size(), 1);
        QCOMPARE(settingsCount(), 1);

        // A batch that does not fail runs once.
        results.clear();
        runsOfFirst = 0;
        batcher.enqueue([&runsOfFirst](QSqlDatabase &db) {
            ++runsOfFirst;
            return insertSetting(db, QStringLiteral("second"));
        }, record);
        batcher.flush();
        QCOMPARE(results, QList<bool>{true});
        QCOMPARE(runsOfFirst, 1);
        QCOMPARE(retried.size(), 1);
        QCOMPARE(settingsCount(), 2);
    }

    void doneRunsOnlyAfterTheDataIsVisibleToAnotherConnection()
    {
        QString error;
        auto reader = storage::Connection::open(m_connection->config(), &error);
        QVERIFY(reader);
        engine::TransactionBatcher batcher(m_connection->database());
        int seenByReader = -1;
        batcher.enqueue([](QSqlDatabase &db) { return insertSetting(db, QStringLiteral("durable")); },
                        [&](bool) {
                            QSqlQuery query(reader->database());
                            query.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'durable'"));
                            query.next();
                            seenByReader = query.value(0).toInt();
                        });
        batcher.flush();
        QCOMPARE(seenByReader, 1);
    }

    void commitFailureAnswersEveryWriteWithFailure()
    {
        engine::TransactionBatcher batcher(m_connection->database());
        QSignalSpy flushed(&batcher, &engine::TransactionBatcher::flushed);
        QList<bool> results;
        // Closing the connection makes BEGIN fail: every queued write must hear "not stored".
        m_connection->database().close();
        batcher.enqueue([](QSqlDatabase &db) { return insertSetting(db, QStringLiteral("x")); },
                        [&results](bool stored) { results << stored; });
        batcher.flush();
        QCOMPARE(results, QList<bool>{false});
        QCOMPARE(flushed.size(), 1);
        QCOMPARE(flushed.first().at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(tst_TransactionBatcher)
#include "tst_transactionbatcher.moc"
