#include "cliprocess.h"
#include "testdatabase.h"

#include "connection.h"
#include "databasebackup.h"
#include "migrator.h"
#include "settingsrepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using test::CliRun;

// `punchclock backup` and `punchclock restore` as a user runs them.
class tst_CliBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db; // the live SQLite file, or what its PostgreSQL database stands for

    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return test::runCli(QStringLiteral(PUNCHCLOCK_BINARY), liveConfig().displayName(), arguments,
                            QProcessEnvironment::systemEnvironment(), input);
    }

    // The live database; the backups are SQLite files whichever engine it runs on.
    storage::DatabaseConfig liveConfig() const { return test::testDatabaseConfig(m_db, test::TestSchema::Current); }

    QString marker()
    {
        QString error;
        const auto db = storage::Connection::open(liveConfig(), &error);
        return db ? storage::SettingsRepository(db->database()).value(QStringLiteral("test.marker")) : error;
    }

    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = path("live.sqlite");
    }

    void cleanup() { m_dir.reset(); }

    void backupWritesACheckedCopyAndPrintsItsSize()
    {
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("jobs.timeout_s"),
                      QStringLiteral("90")})
                     .exitCode,
                 0);
        const CliRun backup = cli({QStringLiteral("backup"), path("copy.sqlite")});
        QCOMPARE(backup.exitCode, 0);
        const qint64 size = QFileInfo(path("copy.sqlite")).size();
        QVERIFY(size > 0);
        QVERIFY2(backup.out.contains(QByteArray(QByteArray::number(size) + " bytes")), backup.out.constData());
        QVERIFY(storage::DatabaseBackup::check(path("copy.sqlite")).ok());
        // The Settings page shows it as the last backup made by hand, as one made there.
        QString error;
        const auto db = storage::Connection::open(liveConfig(), &error);
        QVERIFY2(db, qPrintable(error));
        storage::SettingsRepository settings(db->database());
        QCOMPARE(settings.value(QStringLiteral("backup.manual_result")), QStringLiteral("ok"));
        QCOMPARE(settings.value(QStringLiteral("backup.manual_file")), path("copy.sqlite"));
    }

    void backupRefusesToOverwriteWithoutForce()
    {
        QFile existing(path("existing.sqlite"));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
        existing.close();
        const CliRun refused = cli({QStringLiteral("backup"), path("existing.sqlite")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--force"), refused.err.constData());
        {
            QString error;
            const auto db = storage::Connection::open(liveConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(storage::SettingsRepository(db->database()).value(QStringLiteral("backup.manual_result")) !=
                    QLatin1String("ok"));
        }
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious"));
        existing.close();

        QCOMPARE(cli({QStringLiteral("backup"), path("existing.sqlite"), QStringLiteral("--force")}).exitCode, 0);
        QVERIFY(storage::DatabaseBackup::check(path("existing.sqlite")).ok());
    }

    void restoreWithYesBringsTheBackupBack()
    {
        QString error;
        {
            const auto db = storage::Connection::open(liveConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            storage::SettingsRepository(db->database())
                .setValue(QStringLiteral("test.marker"), QStringLiteral("backed up"));
        }
        QCOMPARE(cli({QStringLiteral("backup"), path("copy.sqlite")}).exitCode, 0);
        {
            const auto db = storage::Connection::open(liveConfig(), &error);
            storage::SettingsRepository(db->database())
                .setValue(QStringLiteral("test.marker"), QStringLiteral("changed later"));
        }

        // Without --yes and without a terminal to ask on, nothing happens.
        const CliRun unconfirmed = cli({QStringLiteral("restore"), path("copy.sqlite")}, "yes\n");
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY2(unconfirmed.err.contains("--yes"), unconfirmed.err.constData());
        QCOMPARE(marker(), QStringLiteral("changed later"));

        const CliRun restored = cli({QStringLiteral("restore"), path("copy.sqlite"), QStringLiteral("--yes")});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(restored.out.contains("Restored"));
        QCOMPARE(marker(), QStringLiteral("backed up"));
    }

    void restoreOfABadFileFailsAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("text") << QByteArray("name;punches\nalice;3\n") << QByteArray("not a SQLite database");
        QTest::newRow("missing") << QByteArray() << QByteArray("does not exist");
    }

    void restoreOfABadFileFailsAndChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        QString error;
        {
            const auto db = storage::Connection::open(liveConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            storage::SettingsRepository(db->database()).setValue(QStringLiteral("test.marker"), QStringLiteral("live"));
        }
        if (!content.isEmpty()) {
            QFile bad(path("bad.sqlite"));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write(content);
        }
        const CliRun refused = cli({QStringLiteral("restore"), path("bad.sqlite"), QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(message), refused.err.constData());
        QCOMPARE(marker(), QStringLiteral("live"));
    }

    void restoreRefusesAForeignDatabase()
    {
        QCOMPARE(cli({QStringLiteral("backup"), path("copy.sqlite")}).exitCode, 0);
        {
            QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            foreign.setDatabaseName(path("copy.sqlite"));
            QVERIFY(foreign.open());
            QVERIFY(QSqlQuery(foreign).exec(QStringLiteral("DROP TABLE jobs")));
            foreign.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const CliRun refused = cli({QStringLiteral("restore"), path("copy.sqlite"), QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("not a Punchclock database"), refused.err.constData());
    }

    // The file passes the check, then its migration fails: the message says the database is
    // unchanged, and it is.
    void restoreThatFailsLateSaysTheTruth()
    {
        QString error;
        {
            const auto db = storage::Connection::open(liveConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            storage::SettingsRepository(db->database()).setValue(QStringLiteral("test.marker"), QStringLiteral("backed up"));
        }
        QCOMPARE(cli({QStringLiteral("backup"), path("copy.sqlite")}).exitCode, 0);
        {
            const auto db = storage::Connection::open(liveConfig(), &error);
            storage::SettingsRepository(db->database()).setValue(QStringLiteral("test.marker"), QStringLiteral("live"));
        }
        {
            // The backup claims the schema before the latest, whose tables it already has.
            QSqlDatabase older = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            older.setDatabaseName(path("copy.sqlite"));
            QVERIFY(older.open());
            QVERIFY(QSqlQuery(older).exec(
                QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(storage::Migrator::latestVersion())));
            older.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        QVERIFY(storage::DatabaseBackup::check(path("copy.sqlite")).ok());

        const CliRun failed = cli({QStringLiteral("restore"), path("copy.sqlite"), QStringLiteral("--yes")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("failed, the database is unchanged"), failed.err.constData());
        QCOMPARE(marker(), QStringLiteral("live"));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("backup")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("restore")}).exitCode, 2);
        const CliRun help = cli({QStringLiteral("--help")});
        QVERIFY(help.out.contains("backup FILE"));
        QVERIFY(help.out.contains("restore FILE"));
    }
};

QTEST_GUILESS_MAIN(tst_CliBackup)
#include "tst_clibackup.moc"
