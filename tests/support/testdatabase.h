#pragma once

#include "connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace punchclock::test {

// The PostgreSQL database the tests run against (scripts/with-throwaway-postgres.sh sets it),
// or nullopt for SQLite. A malformed PUNCHCLOCK_TEST_DB fails the test run rather than
// quietly testing SQLite instead.
inline std::optional<storage::DatabaseConfig> postgresTestDatabase()
{
    const QString url = qEnvironmentVariable("PUNCHCLOCK_TEST_DB");
    if (url.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<storage::DatabaseConfig> config = storage::DatabaseConfig::fromUrl(url, &error);
    if (!config)
        qFatal("PUNCHCLOCK_TEST_DB: %s", qPrintable(error));
    return config;
}

inline bool testsRunOnPostgres()
{
    return postgresTestDatabase().has_value();
}

// A new database, made through a connection to PUNCHCLOCK_TEST_DB: empty (the connection the
// test opens afterwards runs the migrations in it, as on a new installation), or a copy of
// `templateDatabase`.
inline void makeDatabase(const storage::DatabaseConfig &config, const QString &database,
                         const QString &templateDatabase = {})
{
    const QString name = QStringLiteral("punchclock-test-maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, name);
        db.setDatabaseName(config.path);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        if (!db.open())
            qFatal("PUNCHCLOCK_TEST_DB: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QString create = QStringLiteral("CREATE DATABASE ") + database;
        if (!templateDatabase.isEmpty())
            create += QStringLiteral(" TEMPLATE ") + templateDatabase;
        const QStringList statements{QStringLiteral("SET client_min_messages = warning"),
                                     QStringLiteral("DROP DATABASE IF EXISTS ") + database, create};
        for (const QString &sql : statements) {
            if (!query.exec(sql))
                qFatal("PUNCHCLOCK_TEST_DB: %s", qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// What a test's PostgreSQL database holds when it is made: nothing, so that opening it runs the
// migrations as on a new installation, or this build's schema already, copied from a database
// this process migrated once. A run makes hundreds of databases, and the migrations cost about
// as much again as making one: the tests that are not about migrating take the copy.
enum class TestSchema { Empty, Current };

// This process's database at the current schema, for TestSchema::Current to copy: migrated
// through a connection that is closed again (PostgreSQL copies no database someone is on).
inline QString currentSchemaTemplate(const storage::DatabaseConfig &config)
{
    static QString name;
    if (name.isEmpty()) {
        const QString database = QStringLiteral("punchclock_test_%1_schema").arg(QCoreApplication::applicationPid());
        makeDatabase(config, database);
        storage::DatabaseConfig migrated = config;
        migrated.path = database;
        QString error;
        if (!storage::Connection::open(migrated, &error))
            qFatal("PUNCHCLOCK_TEST_DB: %s", qPrintable(error));
        name = database;
    }
    return name;
}

// Where a test keeps the database it would keep in the SQLite file `sqliteFile`: that file,
// or, when the tests run on PostgreSQL, a database in PUNCHCLOCK_TEST_DB's cluster that stands
// for it, new (as `schema` says) the first time this process asks for the file and the same one
// when it asks again (a test that reopens its database). A new SQLite file is always empty: it
// costs nothing to make. Test programs running side by side get databases apart; they are left
// for the throwaway cluster to take with it.
inline storage::DatabaseConfig testDatabaseConfig(const QString &sqliteFile, TestSchema schema = TestSchema::Empty)
{
    std::optional<storage::DatabaseConfig> config = postgresTestDatabase();
    if (!config)
        return storage::DatabaseConfig::sqlite(sqliteFile);
    static QHash<QString, QString> databases;
    QString &database = databases[sqliteFile];
    if (database.isEmpty()) {
        database = QStringLiteral("punchclock_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(databases.size());
        makeDatabase(*config, database, schema == TestSchema::Current ? currentSchemaTemplate(*config) : QString());
    }
    config->path = database;
    return *config;
}

// The --db argument that gives the punchclock binary the same database: the file, or the URL
// of the PostgreSQL database standing for it.
inline QString testDatabaseArgument(const QString &sqliteFile, TestSchema schema = TestSchema::Empty)
{
    return testDatabaseConfig(sqliteFile, schema).displayName();
}

} // namespace punchclock::test
