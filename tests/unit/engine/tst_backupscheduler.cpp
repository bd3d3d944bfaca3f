#include "backupscheduler.h"
#include "connection.h"
#include "databasebackup.h"
#include "migrator.h"
#include "settingsrepository.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using engine::BackupScheduler;

// The daily automatic backup: when it runs, what it records, and that it keeps only N.
class tst_BackupScheduler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Connection> m_db;
    QString m_folder;

    void set(const char *key, const QString &value)
    {
        QVERIFY(storage::SettingsRepository(m_db->database()).setValue(QLatin1String(key), value));
    }
    QString get(const char *key) const
    {
        return storage::SettingsRepository(m_db->database()).value(QLatin1String(key));
    }
    QStringList backups() const
    {
        return QDir(m_folder).entryList({QStringLiteral("punchclock-*.sqlite")}, QDir::Files, QDir::Name);
    }

    // Where a PostgreSQL installation's backups go by default: backups/ in the user's data folder.
    QString dataFolderBackups() const { return m_dir->filePath(QStringLiteral("data/punchclock/backups")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The user's data folder, inside the test's own.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(m_dir->filePath(QStringLiteral("live.sqlite")), test::TestSchema::Current), &error);
        QVERIFY2(m_db, qPrintable(error));
        // By default next to a SQLite file, in the data folder for PostgreSQL.
        m_folder = m_db->config().isPostgres() ? dataFolderBackups() : m_dir->filePath(QStringLiteral("backups"));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // A new installation, and one that never chose: daily, into backups/ next to its data (the
    // user's data folder for PostgreSQL), 14 kept.
    void aNewInstallationBacksUpDailyNextToItsData()
    {
        const storage::SettingsRepository settings(m_db->database());
        QVERIFY(BackupScheduler::dailyOn(settings));
        QCOMPARE(BackupScheduler::keep(settings), 14);
        QCOMPARE(BackupScheduler::folder(settings, m_db->config()), m_folder);

        set(BackupScheduler::KeepKey, QStringLiteral("3"));
        const QDateTime start(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
        for (int day = 0; day < 5; ++day)
            QVERIFY(BackupScheduler::runIfDue(m_db->database(), start.addDays(day)));
        QCOMPARE(backups().size(), 3);
        QCOMPARE(get(BackupScheduler::LastFileKey),
                 QDir(m_folder).filePath(storage::DatabaseBackup::fileNameFor(start.addDays(4).toLocalTime())));
        QCOMPARE(BackupScheduler::newestSuccessUtc(settings), start.addDays(4));
    }

    void nothingHappensOnceTurnedOff()
    {
        set(BackupScheduler::DailyKey, QStringLiteral("0"));
        QVERIFY(!BackupScheduler::runIfDue(m_db->database(), QDateTime::currentDateTimeUtc()));
        QVERIFY(get(BackupScheduler::LastAtKey).isEmpty());
        QVERIFY(!QFileInfo::exists(m_folder));
    }

    // A database that is not a file has no folder next to it: nothing until one is chosen.
    void noDefaultFolderWithoutADatabaseFile()
    {
        QVERIFY(BackupScheduler::defaultFolder(QString()).isEmpty());
        QVERIFY(BackupScheduler::defaultFolder(QStringLiteral(":memory:")).isEmpty());
    }

    // PostgreSQL has no folder of its own: its backups go where a SQLite database would be.
    void postgresBacksUpIntoTheDataFolder()
    {
        storage::DatabaseConfig postgres;
        postgres.driver = QStringLiteral("QPSQL");
        postgres.path = QStringLiteral("punchclock");
        QCOMPARE(BackupScheduler::defaultFolder(postgres), dataFolderBackups());
        QCOMPARE(BackupScheduler::defaultFolder(storage::DatabaseConfig::sqlite(QStringLiteral("/srv/pc/live.sqlite"))),
                 QStringLiteral("/srv/pc/backups"));
    }

    // The Dashboard's warning reads the newest backup that worked, also after a failure.
    void theNewestSuccessOutlivesALaterFailure()
    {
        set(BackupScheduler::FolderKey, m_folder);
        const QDateTime start(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
        QVERIFY(BackupScheduler::runIfDue(m_db->database(), start));
        QVERIFY(QDir(m_folder).removeRecursively());
        QFile notAFolder(m_folder);
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        QVERIFY(BackupScheduler::runIfDue(m_db->database(), start.addDays(1)));
        QCOMPARE(get(BackupScheduler::LastResultKey), QStringLiteral("cannot-write"));
        QCOMPARE(BackupScheduler::newestSuccessUtc(storage::SettingsRepository(m_db->database())), start);
    }

    void backsUpOnceADayAndKeepsTheNewest()
    {
        set(BackupScheduler::DailyKey, QStringLiteral("1"));
        set(BackupScheduler::FolderKey, m_folder);
        set(BackupScheduler::KeepKey, QStringLiteral("2"));
        const QDateTime start(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);

        QVERIFY(BackupScheduler::runIfDue(m_db->database(), start));
        QCOMPARE(backups().size(), 1);
        QCOMPARE(get(BackupScheduler::LastResultKey), QStringLiteral("ok"));
        QCOMPARE(QDateTime::fromString(get(BackupScheduler::LastAtKey), Qt::ISODateWithMs), start);
        QVERIFY(storage::DatabaseBackup::check(get(BackupScheduler::LastFileKey)).ok());
        QCOMPARE(storage::DatabaseBackup::check(get(BackupScheduler::LastFileKey)).schemaVersion,
                 storage::Migrator::latestVersion());

        QVERIFY(!BackupScheduler::runIfDue(m_db->database(), start.addSecs(23 * 3600)));
        QCOMPARE(backups().size(), 1);
        for (int day = 1; day <= 3; ++day)
            QVERIFY(BackupScheduler::runIfDue(m_db->database(), start.addDays(day)));
        const QStringList kept = backups();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(QDir(m_folder).filePath(kept.last()), get(BackupScheduler::LastFileKey));
        QCOMPARE(kept.last(), storage::DatabaseBackup::fileNameFor(start.addDays(3).toLocalTime()));
    }

    // "Back up now" in the console: another name in the same folder, its own record.
    void aBackupByHandNeitherMovesTheDailyOneNorIsPruned()
    {
        set(BackupScheduler::DailyKey, QStringLiteral("1"));
        set(BackupScheduler::FolderKey, m_folder);
        set(BackupScheduler::KeepKey, QStringLiteral("2"));
        const QDateTime start(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
        QVERIFY(BackupScheduler::runIfDue(m_db->database(), start));

        const QDateTime byHand = start.addSecs(20 * 3600);
        const QString manual = QDir(m_folder).filePath(storage::DatabaseBackup::manualFileNameFor(byHand.toLocalTime()));
        const storage::DatabaseBackup::Result made = storage::DatabaseBackup(m_db->database()).backupTo(manual);
        QVERIFY2(made.ok(), qPrintable(made.detail));
        BackupScheduler::recordAttempt(m_db->database(), BackupScheduler::Kind::Manual, byHand, manual, made);
        QCOMPARE(QDateTime::fromString(get(BackupScheduler::ManualAtKey), Qt::ISODateWithMs), byHand);
        QCOMPARE(get(BackupScheduler::ManualFileKey), manual);
        QCOMPARE(get(BackupScheduler::ManualResultKey), QStringLiteral("ok"));
        QCOMPARE(QDateTime::fromString(get(BackupScheduler::LastAtKey), Qt::ISODateWithMs), start);

        // The daily backup comes a day after the previous daily one, not after the one by hand.
        QVERIFY(BackupScheduler::runIfDue(m_db->database(), start.addDays(1)));
        for (int day = 2; day <= 4; ++day)
            QVERIFY(BackupScheduler::runIfDue(m_db->database(), start.addDays(day)));
        // Two daily backups kept, and the one by hand besides them.
        const QStringList kept = backups();
        QCOMPARE(kept.size(), 3);
        const QStringList expected{storage::DatabaseBackup::fileNameFor(start.addDays(3).toLocalTime()),
                                   storage::DatabaseBackup::fileNameFor(start.addDays(4).toLocalTime()),
                                   QFileInfo(manual).fileName()};
        QCOMPARE(kept, expected);
    }

    void aFailureIsRecordedAndRetriedAfterAnHour()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_folder).absolutePath()));
        QFile notAFolder(m_folder);
        QVERIFY(notAFolder.open(QIODevice::WriteOnly));
        notAFolder.close();
        set(BackupScheduler::DailyKey, QStringLiteral("1"));
        set(BackupScheduler::FolderKey, m_folder);
        const QDateTime start(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);

        QVERIFY(BackupScheduler::runIfDue(m_db->database(), start));
        QCOMPARE(get(BackupScheduler::LastResultKey), QStringLiteral("cannot-write"));
        QCOMPARE(BackupScheduler::problemFromCode(get(BackupScheduler::LastResultKey)),
                 storage::DatabaseBackup::Problem::CannotWrite);
        QVERIFY(!BackupScheduler::runIfDue(m_db->database(), start.addSecs(30 * 60)));
        QVERIFY(QFile::remove(m_folder));
        QVERIFY(BackupScheduler::runIfDue(m_db->database(), start.addSecs(61 * 60)));
        QCOMPARE(get(BackupScheduler::LastResultKey), QStringLiteral("ok"));
    }

    void runsOnItsOwnThread()
    {
        set(BackupScheduler::DailyKey, QStringLiteral("1"));
        set(BackupScheduler::FolderKey, m_folder);
        BackupScheduler scheduler(m_db->config());
        QSignalSpy attempts(&scheduler, &BackupScheduler::backupAttempted);
        scheduler.start(std::chrono::milliseconds(50));
        QTRY_COMPARE(attempts.count(), 1);
        QCOMPARE(attempts.at(0).at(0).toBool(), true);
        // A day later (as far as the settings tell), the next check backs up again.
        const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1).addSecs(-1);
        set(BackupScheduler::LastAtKey, dayAgo.toString(Qt::ISODateWithMs));
        QTRY_COMPARE(attempts.count(), 2);
        scheduler.stop();
        QVERIFY(QDateTime::fromString(get(BackupScheduler::LastAtKey), Qt::ISODateWithMs) > dayAgo.addDays(1));
        QVERIFY(!backups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BackupScheduler)
#include "tst_backupscheduler.moc"
