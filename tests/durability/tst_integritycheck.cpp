#include "faultrig.h"

#include "integritycheck.h"

#include <QDir>
#include <QSqlError>

using namespace punchclock;

namespace {

constexpr int pageSize = 4096;

// A site with 20,000 punches, so that the middle of the file is punch pages.
bool fillSite(const QString &file)
{
    QString error;
    const auto db = storage::Connection::open(storage::DatabaseConfig::sqlite(file), &error);
    if (!db)
        return false;
    QSqlQuery query(db->database());
    for (const char *sql : {
             "PRAGMA foreign_keys = OFF",
             "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
             "INSERT INTO punches (dev_id, user_id, io_time, source, received_at) "
             "SELECT 'T1', i % 300, printf('2026-11-02T%06d', i), 'realtime', '2026-11-02T06:00:00Z' FROM n",
             "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        if (!query.exec(QLatin1String(sql))) {
            qWarning() << query.lastError().text();
            return false;
        }
    }
    return true;
}

// Writes over four pages in the middle of the file, as a failing disk or a bad copy would.
bool damage(const QString &file)
{
    QFile database(file);
    if (!database.open(QIODevice::ReadWrite))
        return false;
    const qint64 middle = database.size() / pageSize / 2;
    return database.seek(middle * pageSize) && database.write(QByteArray(4 * pageSize, '\x55')) == 4 * pageSize;
}

bool copyWithTime(const QString &from, const QString &to, const QDateTime &modified)
{
    QFile::remove(to);
    QFile copy(to);
    return QFile::copy(from, to) && copy.open(QIODevice::ReadWrite) &&
        copy.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace

// A damaged SQLite database found when `serve` starts: it refuses to run on it, and its log says
// what is wrong and the command that restores the newest backup; that command works.
class tst_IntegrityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedDatabaseNamesTheBackupToRestore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("punchclock.sqlite"));
        QVERIFY(fillSite(file));
        // Two backups in the default folder: a daily one, and a newer one made by hand.
        const QString backups = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        const QString daily = backups + QStringLiteral("/punchclock-20261101-020000.sqlite");
        const QString manual = backups + QStringLiteral("/punchclock-manual-20261105-120000.sqlite");
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(copyWithTime(file, daily, now.addDays(-2)));
        QVERIFY(copyWithTime(file, manual, now.addDays(-1)));
        QVERIFY(damage(file));

        const quint16 port = test::freePort();
        const QStringList serve{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)};
        const test::CliRun refused = test::runCli(QStringLiteral(PUNCHCLOCK_BINARY), file, serve, test::plainEnvironment());
        QVERIFY2(refused.exitCode > 0, refused.err.constData());
        const QString log = QString::fromUtf8(refused.err);
        QVERIFY2(log.contains(QStringLiteral("the database %1 is damaged").arg(file)), qPrintable(log));
        const QString command = QStringLiteral("punchclock --db %1 restore %2").arg(file, manual);
        QVERIFY2(log.contains(command), qPrintable(log));

        // The path the log gives works: after the restore, serve runs on the file.
        const test::CliRun restored = test::runCli(QStringLiteral(PUNCHCLOCK_BINARY), file,
                                                   {QStringLiteral("restore"), manual, QStringLiteral("--yes")},
                                                   test::plainEnvironment());
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        QString error;
        const auto db = storage::Connection::open(storage::DatabaseConfig::sqlite(file), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(!engine::IntegrityCheck::run(*db).damaged);
        QCOMPARE(test::storedPunches(db->database()), 20000);
        test::ServeProcess server(file, dir.filePath(QStringLiteral("serve.log")));
        QVERIFY2(server.start(), qPrintable(server.log()));
    }

    void databaseWithoutBackupSaysSo()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("punchclock.sqlite"));
        QVERIFY(fillSite(file));
        QVERIFY(damage(file));
        QString error;
        const auto db = storage::Connection::open(storage::DatabaseConfig::sqlite(file), &error);
        QVERIFY2(db, qPrintable(error));
        const engine::IntegrityCheck::Result result = engine::IntegrityCheck::run(*db);
        QVERIFY(result.damaged);
        QVERIFY(result.newestBackup.isEmpty());
        QCOMPARE(result.backupFolder, dir.filePath(QStringLiteral("backups")));
        QVERIFY2(result.text().contains(QStringLiteral("There is no backup in %1").arg(result.backupFolder)),
                 qPrintable(result.text()));
    }
};

QTEST_GUILESS_MAIN(tst_IntegrityCheck)
#include "tst_integritycheck.moc"
