#include "connection.h"
#include "migrator.h"
#include "settingsrepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock::storage;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshDatabaseReachesLatestSchema();
    void reopeningDoesNotReapply();
    void connectionPragmas();
    void newDataIsTheOwnersAlone();
    void newerSchemaIsRefused();
    void twoConnectionsInOneThread();

private:
    void newTablesAreTheOwnersAloneOnPostgres();
    std::unique_ptr<Connection> open(QString *error = nullptr);
    QVariant scalar(const Connection &connection, const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("punchclock.sqlite"));
    // A connection removed while still referenced would keep the file locked.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Connection> TestMigrations::open(QString *error)
{
    QString message;
    std::unique_ptr<Connection> connection = Connection::open(punchclock::test::testDatabaseConfig(m_path), &message);
    if (error)
        *error = message;
    else if (!connection)
        qWarning("cannot open %s: %s", qPrintable(m_path), qPrintable(message));
    return connection;
}

QVariant TestMigrations::scalar(const Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void TestMigrations::freshDatabaseReachesLatestSchema()
{
    const std::unique_ptr<Connection> connection = open();
    QVERIFY(connection);
    QVERIFY(Migrator::latestVersion() >= 1);
    QCOMPARE(scalar(*connection, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
             Migrator::latestVersion());

    const QStringList tables = connection->database().tables();
    for (const char *table : {"terminals", "punches", "users", "credentials", "terminal_users", "settings",
                              "punch_photos"}) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
}

void TestMigrations::reopeningDoesNotReapply()
{
    {
        const std::unique_ptr<Connection> first = open();
        QVERIFY(first);
        QVERIFY(SettingsRepository(first->database()).setValue(QStringLiteral("site"), QStringLiteral("Depot")));
    }
    const std::unique_ptr<Connection> second = open();
    QVERIFY(second);

    QSqlQuery query(second->database());
    QVERIFY(query.exec(QStringLiteral("SELECT version, COUNT(*) FROM schema_version GROUP BY version")));
    int versions = 0;
    while (query.next()) {
        ++versions;
        QCOMPARE(query.value(1).toInt(), 1);
    }
    QCOMPARE(versions, Migrator::latestVersion());
    // Data written before the reopen is still there: no script ran a second time.
    QCOMPARE(SettingsRepository(second->database()).value(QStringLiteral("site")), QStringLiteral("Depot"));
}

void TestMigrations::connectionPragmas()
{
    const std::unique_ptr<Connection> connection = open();
    QVERIFY(connection);
    if (punchclock::test::testsRunOnPostgres()) {
        // Whatever the server's defaults: UTC text timestamps, standard strings for byte literals.
        QCOMPARE(scalar(*connection, QStringLiteral("SHOW TimeZone")).toString(), QStringLiteral("UTC"));
        QCOMPARE(scalar(*connection, QStringLiteral("SHOW standard_conforming_strings")).toString(), QStringLiteral("on"));
        return;
    }
    QCOMPARE(scalar(*connection, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*connection, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(*connection, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
}

// Whoever can write the database can do anything with it: a new data folder and file are the
// owner's alone; an existing file keeps what its administrator gave it.
void TestMigrations::newDataIsTheOwnersAlone()
{
    if (punchclock::test::testsRunOnPostgres())
        newTablesAreTheOwnersAloneOnPostgres();
    // The SQLite file whatever engine the suite runs on: it is the default installation.
    const QString folder = m_dir->filePath(QStringLiteral("site/data"));
    const QString path = folder + QStringLiteral("/punchclock.sqlite");
    QString error;
    {
        const std::unique_ptr<Connection> connection = Connection::open(DatabaseConfig::sqlite(path), &error);
        QVERIFY2(connection, qPrintable(error));
    }
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(folder).permissions() & (others | owner | QFileDevice::ExeOwner), owner | QFileDevice::ExeOwner);
    QCOMPARE(QFileInfo(path).permissions() & (others | owner | QFileDevice::ExeOwner), owner);
    QVERIFY(QFile::setPermissions(path, owner | QFileDevice::ReadGroup | QFileDevice::WriteGroup));
    {
        const std::unique_ptr<Connection> connection = Connection::open(DatabaseConfig::sqlite(path), &error);
        QVERIFY2(connection, qPrintable(error));
    }
    QVERIFY(QFileInfo(path).permissions() & QFileDevice::WriteGroup);
}

// PostgreSQL's counterpart: another role of the cluster can connect to the database (PUBLIC
// has CONNECT by default) but reads and writes none of Punchclock's tables.
void TestMigrations::newTablesAreTheOwnersAloneOnPostgres()
{
    const DatabaseConfig owner = punchclock::test::testDatabaseConfig(m_dir->filePath(QStringLiteral("owned.sqlite")));
    QString error;
    const std::unique_ptr<Connection> connection = Connection::open(owner, &error);
    QVERIFY2(connection, qPrintable(error));
    const QString role = QStringLiteral("punchclock_other_%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("other-secret");
    QSqlQuery admin(connection->database());
    QVERIFY2(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)),
             qPrintable(admin.lastError().text()));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), role);
        other.setDatabaseName(owner.path);
        other.setHostName(owner.host);
        other.setPort(owner.port);
        other.setUserName(role);
        other.setPassword(password);
        QVERIFY2(other.open(), qPrintable(other.lastError().text()));
        for (const char *sql : {"SELECT COUNT(*) FROM punches", "SELECT value FROM settings",
                                "INSERT INTO settings (key, value) VALUES ('intruder', 'x')",
                                "SELECT COUNT(*) FROM operators"}) {
            QSqlQuery query(other);
            QVERIFY2(!query.exec(QLatin1String(sql)), sql);
            QVERIFY2(query.lastError().text().contains(QLatin1String("permission denied")),
                     qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(role);
    QVERIFY(admin.exec(QStringLiteral("DROP ROLE %1").arg(role)));
}

void TestMigrations::newerSchemaIsRefused()
{
    {
        const std::unique_ptr<Connection> connection = open();
        QVERIFY(connection);
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                               .arg(Migrator::latestVersion() + 1)));
    }
    QString error;
    const std::unique_ptr<Connection> refused = open(&error);
    QVERIFY(!refused);
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
}

void TestMigrations::twoConnectionsInOneThread()
{
    const std::unique_ptr<Connection> console = open();
    const std::unique_ptr<Connection> server = open();
    QVERIFY(console);
    QVERIFY(server);
    QVERIFY(console->database().connectionName() != server->database().connectionName());

    SettingsRepository consoleSettings(console->database());
    SettingsRepository serverSettings(server->database());
    QVERIFY(serverSettings.setValue(QStringLiteral("port"), QStringLiteral("8090")));
    QCOMPARE(consoleSettings.value(QStringLiteral("port")), QStringLiteral("8090"));
    QVERIFY(consoleSettings.setValue(QStringLiteral("port"), QStringLiteral("9000")));
    QCOMPARE(serverSettings.value(QStringLiteral("port")), QStringLiteral("9000"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
