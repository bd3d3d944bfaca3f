#include "faultrig.h"

#include <QSqlError>

#include <sys/resource.h>

using namespace punchclock;

namespace {

// The database refusing writes and accepting them again, while the same server process runs.
// SQLite: a full disk, made with a file-size limit on the server process below the size of its
// database file (any write that grows a file fails as on a full disk), lifted again as when
// space is freed. PostgreSQL: the cluster turned read-only for every session (what it does when it
// cannot write is refuse the statement, the connection staying up), then writable again.
class WriteRefusal
{
public:
    WriteRefusal(QSqlDatabase db, QString sqliteFile, qint64 serverPid)
        : m_db(std::move(db))
        , m_sqliteFile(std::move(sqliteFile))
        , m_serverPid(serverPid)
    {
    }

    bool refuse()
    {
        if (test::testsRunOnPostgres())
            return setReadOnly(QStringLiteral("ALTER SYSTEM SET default_transaction_read_only = on"));
        // The WAL emptied by a checkpoint of the test's own (not limited), so that the server
        // cannot go on writing into space the WAL already had.
        return setFileSizeLimit(FullDiskBytes) && truncateWal();
    }
    bool accept()
    {
        if (test::testsRunOnPostgres())
            return setReadOnly(QStringLiteral("ALTER SYSTEM RESET default_transaction_read_only"));
        return setFileSizeLimit(RLIM_INFINITY);
    }

private:
    // Room for the -shm file and a few WAL frames; the database file is larger already.
    static constexpr rlim_t FullDiskBytes = 64 * 1024;

    bool truncateWal()
    {
        QSqlQuery query(m_db);
        for (int attempt = 0; attempt < 100; ++attempt) {
            // busy (the first column) while the server holds the write lock: try again.
            if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next() && query.value(0).toInt() == 0)
                return true;
            query.finish();
            QTest::qWait(20);
        }
        return false;
    }
    bool setFileSizeLimit(rlim_t soft)
    {
        const rlimit limit{soft, RLIM_INFINITY};
        return prlimit(pid_t(m_serverPid), RLIMIT_FSIZE, &limit, nullptr) == 0;
    }
    bool setReadOnly(const QString &statement)
    {
        QSqlQuery query(m_db);
        // A configuration reload reaches sessions that are already open, the server's too.
        if (query.exec(statement) && query.exec(QStringLiteral("SELECT pg_reload_conf()")))
            return true;
        qWarning() << query.lastError().text();
        return false;
    }

    QSqlDatabase m_db;
    QString m_sqliteFile;
    qint64 m_serverPid;
};

} // namespace

// The disk filling up under a flood: punches are answered with an error (so terminals send them
// again), never OK without being stored, and when space returns the same server process takes
// them again by itself; in the end every punch is stored once.
class tst_DiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskRefusesPunchesUntilSpaceReturns()
    {
        test::FaultSite site;
        QString error;
        QVERIFY2(site.start(&error), qPrintable(error));
        const QSqlDatabase db = site.db->database();
        test::ServeProcess &serve = *site.serve;
        WriteRefusal refusal(db, site.file, serve.pid());
        test::BackgroundFlood flood(serve.port(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(test::storedPunches(db) >= 500, 30000);

        QVERIFY(refusal.refuse());
        // Commits already under way may still end; then nothing more is stored.
        QTest::qWait(500);
        const int storedWhenFull = test::storedPunches(db);
        QTest::qWait(1500);
        QCOMPARE(test::storedPunches(db), storedWhenFull);
        QVERIFY2(!flood.done(), "the flood ended while the disk was full");
        QVERIFY2(serve.running(), qPrintable(serve.log()));

        QVERIFY(refusal.accept());
        QVERIFY(flood.finish(60000));
        QVERIFY2(storedWhenFull < flood.size(), "the flood had ended before the disk was full");
        QVERIFY2(flood.result().acknowledged == flood.size(), test::describe(flood.result(), flood.size(), serve));
        QVERIFY2(flood.result().notAcknowledged > 0, "no punch was answered with an error while the disk was full");
        QCOMPARE(test::storedPunches(db), flood.size());
        QVERIFY2(serve.running(), qPrintable(serve.log()));
    }
};

QTEST_GUILESS_MAIN(tst_DiskFull)
#include "tst_diskfull.moc"
