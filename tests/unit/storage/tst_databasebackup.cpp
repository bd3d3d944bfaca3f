#include "connection.h"
#include "copyschema.h"
#include "databasebackup.h"
#include "migrator.h"
#include "punchrepository.h"
#include "schemarollback.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace punchclock;
using storage::DatabaseBackup;

namespace {

storage::NewPunch punchNumber(int number)
{
    storage::NewPunch punch;
    punch.devId = QStringLiteral("DEV1");
    punch.source = QStringLiteral("realtime");
    punch.record.userId = QString::number(number % 50 + 1);
    punch.record.ioTime = QDateTime(QDate(2026, 11, 1), QTime(0, 0)).addSecs(number * 60);
    return punch;
}

// Writes punches through its own connection until told to stop, like the server's engine;
// `acknowledged` counts the punches whose insert (and so commit) has returned.
class PunchWriter : public QThread
{
public:
    explicit PunchWriter(storage::DatabaseConfig config)
        : m_config(std::move(config))
    {}

    std::atomic<int> acknowledged{0};
    std::atomic<bool> stopRequested{false};
    std::atomic<bool> failed{false};

protected:
    void run() override
    {
        QString error;
        const auto connection = storage::Connection::open(m_config, &error);
        if (!connection) {
            failed = true;
            return;
        }
        storage::PunchRepository punches(connection->database());
        for (int i = 0; !stopRequested; ++i) {
            if (punches.insert(punchNumber(i)) != storage::PunchRepository::InsertOutcome::Inserted) {
                failed = true;
                return;
            }
            acknowledged = i + 1;
        }
    }

private:
    storage::DatabaseConfig m_config;
};

qint64 punchCount(const QSqlDatabase &db)
{
    return storage::PunchRepository(db).count({});
}

} // namespace

// Backups of the live database, SQLite or PostgreSQL (PUNCHCLOCK_TEST_DB), into SQLite files:
// consistent while another connection writes, refused when they are not Punchclock's, and
// restored so that every open connection sees them.
class tst_DatabaseBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    storage::DatabaseConfig m_config;
    std::unique_ptr<storage::Connection> m_db;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<storage::Connection> openSecond(const storage::DatabaseConfig &config)
    {
        QString error;
        auto connection = storage::Connection::open(config, &error);
        if (!connection)
            qWarning() << error;
        return connection;
    }
    std::unique_ptr<storage::Connection> openSecond(const QString &file)
    {
        return openSecond(storage::DatabaseConfig::sqlite(file));
    }

    // A backup file of today's schema whose settings hold `marker`, taken back to `version`.
    QString olderBackup(const QString &marker, int version)
    {
        const QString file = path(QStringLiteral("schema%1.sqlite").arg(version));
        const auto db = openSecond(file);
        if (!db)
            return {};
        storage::SettingsRepository(db->database()).setValue(QStringLiteral("marker"), marker);
        const QString failedUndo = test::rollBackSchema(db->database(), version);
        if (!failedUndo.isEmpty())
            qWarning() << failedUndo;
        return failedUndo.isEmpty() ? file : QString();
    }

    static qint64 rowsOf(const QSqlDatabase &db)
    {
        QString error;
        qint64 rows = 0;
        for (const storage::CopyTable &table : storage::CopySchema::read(db, &error).value_or(QList<storage::CopyTable>())) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table.name)) && query.next())
                rows += query.value(0).toLongLong();
        }
        return rows;
    }

    // Restores leave no staging copy beside the live database or in the temporary folder.
    static QStringList stagingCopies(const QString &folder)
    {
        return QDir(folder).entryList({QStringLiteral(".punchclock-restore-*")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = test::testDatabaseConfig(path(QStringLiteral("live.sqlite")), test::TestSchema::Current);
        QString error;
        m_db = storage::Connection::open(m_config, &error);
        QVERIFY2(m_db, qPrintable(error));
        storage::TerminalContact contact;
        contact.devId = punchNumber(0).devId;
        QVERIFY(storage::TerminalRepository(m_db->database()).recordContact(contact));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void backupWhileAnotherConnectionWritesHoldsEveryAcknowledgedPunch()
    {
        PunchWriter writer(m_config);
        writer.start();
        QTRY_VERIFY(writer.acknowledged > 200 || writer.failed);
        const int acknowledgedBefore = writer.acknowledged;
        const DatabaseBackup::Result result =
            DatabaseBackup(m_db->database()).backupTo(path(QStringLiteral("copy.sqlite")));
        const int acknowledgedAfter = writer.acknowledged;
        writer.stopRequested = true;
        writer.wait();
        QVERIFY(!writer.failed);
        QVERIFY2(result.ok(), qPrintable(result.detail));
        QCOMPARE(result.bytes, QFileInfo(path(QStringLiteral("copy.sqlite"))).size());

        const DatabaseBackup::Result checked = DatabaseBackup::check(path(QStringLiteral("copy.sqlite")));
        QVERIFY2(checked.ok(), qPrintable(checked.detail));
        QCOMPARE(checked.schemaVersion, storage::Migrator::latestVersion());

        const auto copy = openSecond(path(QStringLiteral("copy.sqlite")));
        QVERIFY(copy);
        const qint64 inCopy = punchCount(copy->database());
        QVERIFY2(inCopy >= acknowledgedBefore,
                 qPrintable(QStringLiteral("%1 < %2").arg(inCopy).arg(acknowledgedBefore)));
        QVERIFY(inCopy <= acknowledgedAfter + 1);
        // Every acknowledged punch, not merely as many: the oldest and the last one before.
        storage::PunchFilter first;
        first.userId = punchNumber(0).record.userId;
        QVERIFY(storage::PunchRepository(copy->database()).count(first) > 0);
        QSqlQuery query(copy->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM punches WHERE io_time = '%1'")
                               .arg(punchNumber(acknowledgedBefore - 1)
                                        .record.ioTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void backupRefusesToOverwriteUnlessAsked()
    {
        const QString target = path(QStringLiteral("exists.sqlite"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        DatabaseBackup backup(m_db->database());
        QCOMPARE(backup.backupTo(target).problem, DatabaseBackup::Problem::TargetExists);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
        file.close();
        QVERIFY(backup.backupTo(target, DatabaseBackup::Overwrite::Replace).ok());
        QVERIFY(DatabaseBackup::check(target).ok());
        // No partial files are left beside it.
        QCOMPARE(
            QDir(m_dir->path()).entryList({QStringLiteral(".punchclock-backup-*")}, QDir::Files | QDir::Hidden).size(),
            0);
    }

    void backupIntoAMissingFolderFailsInWords()
    {
        const DatabaseBackup::Result result =
            DatabaseBackup(m_db->database()).backupTo(path(QStringLiteral("no/such/folder/copy.sqlite")));
        QCOMPARE(result.problem, DatabaseBackup::Problem::CannotWrite);
        QVERIFY(!result.detail.isEmpty());
    }

    void checkRefusesWhatIsNotAPunchclockBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<DatabaseBackup::Problem>("problem");
        QTest::newRow("missing") << QStringLiteral("missing") << DatabaseBackup::Problem::NotFound;
        QTest::newRow("text file") << QStringLiteral("text") << DatabaseBackup::Problem::NotSqlite;
        QTest::newRow("foreign SQLite") << QStringLiteral("foreign") << DatabaseBackup::Problem::NotPunchclock;
        QTest::newRow("newer schema") << QStringLiteral("newer") << DatabaseBackup::Problem::NewerSchema;
        QTest::newRow("damaged") << QStringLiteral("damaged") << DatabaseBackup::Problem::Damaged;
    }

    void checkRefusesWhatIsNotAPunchclockBackup()
    {
        QFETCH(QString, kind);
        QFETCH(DatabaseBackup::Problem, problem);
        const QString file = path(kind + QStringLiteral(".sqlite"));
        if (kind == QLatin1String("text")) {
            QFile text(file);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(QByteArray(4096, 'x'));
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1String("newer")) {
            QVERIFY(DatabaseBackup(m_db->database()).backupTo(file).ok());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                                           .arg(storage::Migrator::latestVersion() + 1)));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        } else if (kind == QLatin1String("damaged")) {
            for (int i = 0; i < 500; ++i)
                storage::PunchRepository(m_db->database()).insert(punchNumber(i));
            QVERIFY(DatabaseBackup(m_db->database()).backupTo(file).ok());
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            // Garbage over the pages after the schema: the header still says SQLite.
            damaged.seek(damaged.size() / 2);
            damaged.write(QByteArray(8192, '\x5a'));
        }
        const DatabaseBackup::Result result = DatabaseBackup::check(file);
        QCOMPARE(result.problem, problem);

        // Nothing is replaced when the check fails.
        storage::SettingsRepository(m_db->database()).setValue(QStringLiteral("marker"), QStringLiteral("live"));
        QCOMPARE(DatabaseBackup(m_db->database()).restoreFrom(file).problem, problem);
        QCOMPARE(storage::SettingsRepository(m_db->database()).value(QStringLiteral("marker")), QStringLiteral("live"));
    }

    void restoreBringsTheBackupBackAndOtherConnectionsSeeIt()
    {
        storage::PunchRepository punches(m_db->database());
        for (int i = 0; i < 10; ++i)
            QCOMPARE(punches.insert(punchNumber(i)), storage::PunchRepository::InsertOutcome::Inserted);
        storage::SettingsRepository(m_db->database()).setValue(QStringLiteral("marker"), QStringLiteral("backed up"));
        const QString file = path(QStringLiteral("ten.sqlite"));
        QVERIFY(DatabaseBackup(m_db->database()).backupTo(file).ok());

        for (int i = 10; i < 25; ++i)
            QCOMPARE(punches.insert(punchNumber(i)), storage::PunchRepository::InsertOutcome::Inserted);
        storage::SettingsRepository(m_db->database()).setValue(QStringLiteral("marker"), QStringLiteral("later"));

        // A second connection that is already open, as the server's engine would be.
        const auto second = openSecond(m_config);
        QVERIFY(second);
        QCOMPARE(punchCount(second->database()), 25);

        const DatabaseBackup::Result restored = DatabaseBackup(m_db->database()).restoreFrom(file);
        QVERIFY2(restored.ok(), qPrintable(restored.detail));
        QCOMPARE(punchCount(m_db->database()), 10);
        QCOMPARE(punchCount(second->database()), 10);
        QCOMPARE(storage::SettingsRepository(second->database()).value(QStringLiteral("marker")),
                 QStringLiteral("backed up"));
        // Still a working database for the writer that was open all along.
        QCOMPARE(storage::PunchRepository(second->database()).insert(punchNumber(99)),
                 storage::PunchRepository::InsertOutcome::Inserted);
        QCOMPARE(punchCount(m_db->database()), 11);
        if (m_config.isPostgres()) {
            // The copier's count: every row of the file but its schema_version.
            const auto backup = openSecond(file);
            QVERIFY(backup);
            QCOMPARE(restored.rows, rowsOf(backup->database()));
            return;
        }
        // The live SQLite file keeps its journal: the backup's pages came without its mode.
        QSqlQuery journal(m_db->database());
        QVERIFY(journal.exec(QStringLiteral("PRAGMA journal_mode")) && journal.next());
        QCOMPARE(journal.value(0).toString(), QStringLiteral("wal"));
    }

    // A backup of PostgreSQL data is the same single SQLite file as one of SQLite's: nothing
    // beside it, so that it can be copied away and opened read-only as it is.
    void aBackupIsOneSelfContainedSqliteFile()
    {
        storage::SettingsRepository(m_db->database()).setValue(QStringLiteral("marker"), QStringLiteral("one file"));
        const QString file = path(QStringLiteral("single.sqlite"));
        QVERIFY(DatabaseBackup(m_db->database()).backupTo(file).ok());
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("single.sqlite*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("single.sqlite")});
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("readonly"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("one file"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("readonly"));
    }

    // A backup of schema 4 gets today's schema in a copy on the way in; the file picked is
    // left as it was.
    void anOlderBackupIsMigratedOnTheWayIn()
    {
        const QString file = olderBackup(QStringLiteral("schema4"), 4);
        QVERIFY(!file.isEmpty());
        const QByteArray before = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(DatabaseBackup::check(file).schemaVersion, 4);
        const DatabaseBackup::Result restored = DatabaseBackup(m_db->database()).restoreFrom(file);
        QVERIFY2(restored.ok(), qPrintable(restored.detail));
        QCOMPARE(storage::SettingsRepository(m_db->database()).value(QStringLiteral("marker")), QStringLiteral("schema4"));
        QCOMPARE(storage::CopySchema::version(m_db->database()), storage::Migrator::latestVersion());
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QCOMPARE(stagingCopies(m_dir->path()), QStringList());
        QCOMPARE(stagingCopies(QDir::tempPath()), QStringList());
    }

    // PostgreSQL checks what SQLite takes as it is: a value it refuses fails the restore inside
    // its transaction, and every row the database had is still there.
    void aRowPostgresRefusesLeavesTheDatabaseAsItWas()
    {
        if (!m_config.isPostgres())
            QSKIP("about PostgreSQL's column types; SQLite restores a file's pages as they are");
        storage::SettingsRepository(m_db->database()).setValue(QStringLiteral("marker"), QStringLiteral("live"));
        QCOMPARE(storage::PunchRepository(m_db->database()).insert(punchNumber(1)),
                 storage::PunchRepository::InsertOutcome::Inserted);
        const QString file = path(QStringLiteral("odd.sqlite"));
        QVERIFY(DatabaseBackup(m_db->database()).backupTo(file).ok());
        {
            const auto backup = openSecond(file);
            QVERIFY(backup);
            QSqlQuery query(backup->database());
            QVERIFY(query.exec(QStringLiteral("UPDATE punches SET verify_mode = 'not a number'")));
            QCOMPARE(query.numRowsAffected(), 1);
            storage::SettingsRepository(backup->database()).setValue(QStringLiteral("marker"), QStringLiteral("odd"));
        }
        const DatabaseBackup::Result restored = DatabaseBackup(m_db->database()).restoreFrom(file);
        QCOMPARE(restored.problem, DatabaseBackup::Problem::RestoreFailed);
        QVERIFY2(restored.detail.contains(QStringLiteral("punches")), qPrintable(restored.detail));
        QCOMPARE(storage::SettingsRepository(m_db->database()).value(QStringLiteral("marker")), QStringLiteral("live"));
        QCOMPARE(punchCount(m_db->database()), 1);
    }

    void pruneKeepsTheNewestN()
    {
        const QString folder = path(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const QDateTime start(QDate(2026, 11, 1), QTime(2, 0));
        for (int day = 0; day < 6; ++day) {
            QFile file(QDir(folder).filePath(DatabaseBackup::fileNameFor(start.addDays(day))));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QFile other(QDir(folder).filePath(QStringLiteral("punchclock-before-upgrade.sqlite")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        QCOMPARE(DatabaseBackup::pruneBackups(folder, 4), 2);
        const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{QStringLiteral("punchclock-20261103-020000.sqlite"),
                                    QStringLiteral("punchclock-20261104-020000.sqlite"),
                                    QStringLiteral("punchclock-20261105-020000.sqlite"),
                                    QStringLiteral("punchclock-20261106-020000.sqlite"),
                                    QStringLiteral("punchclock-before-upgrade.sqlite")}));
        QCOMPARE(DatabaseBackup::pruneBackups(folder, 0), 3); // one always stays
        QCOMPARE(QDir(folder).entryList({QStringLiteral("punchclock-2*")}, QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseBackup)
#include "tst_databasebackup.moc"
