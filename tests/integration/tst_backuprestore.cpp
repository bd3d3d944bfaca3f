#include "rawhttpclient.h"
#include "terminalrequestbuilder.h"
#include "testdatabase.h"

#include "connection.h"
#include "databasebackup.h"
#include "migrator.h"
#include "punchrepository.h"
#include "schemarollback.h"
#include "serverhost.h"
#include "settingsrepository.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace punchclock;
using storage::DatabaseBackup;

namespace {

QDateTime punchTime(int number)
{
    return QDateTime(QDate(2026, 11, 2), QTime(6, 0)).addSecs(number);
}

// A terminal that keeps punching over raw HTTP, one connection per punch like the real ones,
// and remembers which punches the server acknowledged with OK.
class PunchingTerminal : public QThread
{
public:
    explicit PunchingTerminal(quint16 port)
        : m_port(port)
    {}

    std::atomic<bool> stopRequested{false};

    QList<int> acknowledged() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_acknowledged;
    }

    int failures() const { return m_failures; }

protected:
    void run() override
    {
        for (int number = 0; !stopRequested; ++number) {
            test::TerminalRequestBuilder request;
            request.devId = "BACKUP01";
            request.body =
                test::hs101GlogBody(QStringLiteral("7"), punchTime(number).toString(QStringLiteral("yyyyMMddHHmmss")));
            const test::RawHttpReply reply = test::sendRaw(m_port, request.build(), 30000);
            if (reply.header("response_code") == "OK") {
                const QMutexLocker locker(&m_mutex);
                m_acknowledged.append(number);
            } else {
                ++m_failures;
            }
        }
    }

private:
    quint16 m_port;
    mutable QMutex m_mutex;
    QList<int> m_acknowledged;
    std::atomic<int> m_failures{0};
};

bool stored(const QSqlDatabase &db, int number)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM punches WHERE dev_id = 'BACKUP01' AND io_time = ?"));
    query.addBindValue(punchTime(number).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

int missing(const QSqlDatabase &db, const QList<int> &numbers)
{
    int count = 0;
    for (int number : numbers)
        count += stored(db, number) ? 0 : 1;
    return count;
}

QString marker(const QSqlDatabase &db)
{
    return storage::SettingsRepository(db).value(QStringLiteral("test.marker"));
}

int schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next() ? query.value(0).toInt()
                                                                                               : -1;
}

QStringList stagingCopies(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".punchclock-restore-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

// Backup and restore of the live database while the real server ingests punches.
class tst_BackupRestore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Connection> m_live;
    QByteArray m_tmpdir; // this process's TMPDIR, put back after each test

    // A backup of the current schema whose settings carry `text` as test.marker; `edit` then
    // changes it into what the test needs (an older schema, a broken one). A backup is a SQLite
    // file whichever engine the live database runs on.
    QString backupMarked(const QString &text, const std::function<void(QSqlDatabase)> &edit)
    {
        const QString file = m_dir->filePath(QStringLiteral("backup-%1.sqlite").arg(text));
        QString error;
        {
            const auto db = storage::Connection::open(storage::DatabaseConfig::sqlite(file), &error);
            if (!db)
                qFatal("cannot create %s: %s", qPrintable(file), qPrintable(error));
            storage::SettingsRepository(db->database()).setValue(QStringLiteral("test.marker"), text);
            edit(db->database());
        }
        return file;
    }

private Q_SLOTS:
    void initTestCase() { m_tmpdir = qgetenv("TMPDIR"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        // A restore into PostgreSQL stages its copy in the temporary folder: this test's own.
        qputenv("TMPDIR", QFile::encodeName(m_dir->path()));
        m_live = storage::Connection::open(
            test::testDatabaseConfig(m_dir->filePath(QStringLiteral("live.sqlite")), test::TestSchema::Current),
            &error);
        QVERIFY2(m_live, qPrintable(error));
        QVERIFY(storage::SettingsRepository(m_live->database()).setValue(QStringLiteral("test.marker"), QStringLiteral("live")));
    }

    void cleanup()
    {
        m_live.reset();
        m_dir.reset();
        qputenv("TMPDIR", m_tmpdir);
    }

    // A backup of schema 4 (before the attendance rules, jobs.failed and rules in time) gets today's schema on the way in.
    void anOlderBackupIsMigratedOnTheWayIn()
    {
        const QString file = backupMarked(QStringLiteral("schema4"), [](QSqlDatabase db) {
            const QString failedUndo = test::rollBackSchema(db, 4);
            QVERIFY2(failedUndo.isEmpty(), qPrintable(failedUndo));
        });
        QCOMPARE(DatabaseBackup::check(file).schemaVersion, 4);
        const DatabaseBackup::Result restored = DatabaseBackup(m_live->database()).restoreFrom(file);
        QVERIFY2(restored.ok(), qPrintable(restored.detail));
        QCOMPARE(marker(m_live->database()), QStringLiteral("schema4"));
        QCOMPARE(schemaVersion(m_live->database()), storage::Migrator::latestVersion());
        QVERIFY(QSqlQuery(m_live->database()).exec(QStringLiteral("SELECT COUNT(*) FROM shifts")));
        QCOMPARE(stagingCopies(m_dir->path()), QStringList());
    }

    // The migration of the backup fails after the check let it through: the live database keeps
    // every row it had, for this connection and for a new one, and no copy is left lying about.
    void aRestoreThatFailsLateChangesNothing()
    {
        const QString file = backupMarked(QStringLiteral("broken"), [](QSqlDatabase db) {
            // Claims the schema before the latest, with the latest's tables already there:
            // the last migration cannot create them again.
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_version WHERE version = %1")
                                   .arg(storage::Migrator::latestVersion())));
        });
        QVERIFY(DatabaseBackup::check(file).ok());
        const DatabaseBackup::Result restored = DatabaseBackup(m_live->database()).restoreFrom(file);
        QCOMPARE(restored.problem, DatabaseBackup::Problem::RestoreFailed);
        QVERIFY2(!restored.detail.isEmpty(), "the failure says why");

        QCOMPARE(marker(m_live->database()), QStringLiteral("live"));
        QCOMPARE(schemaVersion(m_live->database()), storage::Migrator::latestVersion());
        QString error;
        const auto other = storage::Connection::open(m_live->config(), &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(marker(other->database()), QStringLiteral("live"));
        QCOMPARE(stagingCopies(m_dir->path()), QStringList());
    }

    void roundTripWhileTheServerIngests()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto config =
            test::testDatabaseConfig(dir.filePath(QStringLiteral("live.sqlite")), test::TestSchema::Current);
        QString error;
        const auto db = storage::Connection::open(config, &error);
        QVERIFY2(db, qPrintable(error));
        http::ServerHost server(config);
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        QVERIFY2(server.start(options, &error), qPrintable(error));

        PunchingTerminal terminal(server.port());
        terminal.start();
        QTRY_VERIFY_WITH_TIMEOUT(terminal.acknowledged().size() >= 50, 20000);

        // Backup while punches keep arriving: everything acknowledged before it started is in it.
        const QList<int> beforeBackup = terminal.acknowledged();
        const QString file = dir.filePath(QStringLiteral("backup.sqlite"));
        const DatabaseBackup::Result backedUp = DatabaseBackup(db->database()).backupTo(file);
        QVERIFY2(backedUp.ok(), qPrintable(backedUp.detail));
        QVERIFY(DatabaseBackup::check(file).ok());
        qint64 inBackup = 0;
        {
            const auto copy = storage::Connection::open(storage::DatabaseConfig::sqlite(file), &error);
            QVERIFY2(copy, qPrintable(error));
            QCOMPARE(missing(copy->database(), beforeBackup), 0);
            inBackup = storage::PunchRepository(copy->database()).count({});
        }

        // More punches, then the restore, still while the terminal punches.
        QTRY_VERIFY_WITH_TIMEOUT(terminal.acknowledged().size() >= beforeBackup.size() + 50, 20000);
        const DatabaseBackup::Result restored = DatabaseBackup(db->database()).restoreFrom(file);
        QVERIFY2(restored.ok(), qPrintable(restored.detail));
        const QList<int> afterRestore = terminal.acknowledged();
        terminal.stopRequested = true;
        QVERIFY(terminal.wait(30000));
        QCOMPARE(terminal.failures(), 0);

        // The backed-up punches are back; the punches taken between backup and restore are gone,
        // except those acknowledged after the restore had replaced the data.
        QCOMPARE(missing(db->database(), beforeBackup), 0);
        const qint64 live = storage::PunchRepository(db->database()).count({});
        QVERIFY2(live >= inBackup, qPrintable(QStringLiteral("%1 < %2").arg(live).arg(inBackup)));
        QVERIFY2(live < afterRestore.size(), qPrintable(QStringLiteral("%1 >= %2").arg(live).arg(afterRestore.size())));

        // The server goes on storing punches in the restored database.
        test::TerminalRequestBuilder request;
        request.devId = "BACKUP01";
        request.body = test::hs101GlogBody(QStringLiteral("7"), QStringLiteral("20261203090000"));
        QCOMPARE(test::sendRaw(server.port(), request.build()).header("response_code"), QByteArray("OK"));
        storage::PunchFilter filter;
        filter.from = QDate(2026, 12, 3);
        QCOMPARE(storage::PunchRepository(db->database()).count(filter), 1);
        QCOMPARE(storage::PunchRepository(db->database()).count({}), live + 1);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(tst_BackupRestore)
#include "tst_backuprestore.moc"
