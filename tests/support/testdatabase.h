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

// An empty database, made through a connection to PUNCHCLOCK_TEST_DB (the connection the test
// opens afterwards runs the migrations in it, as on a new installation).
inline void makeEmptyDatabase(const storage::DatabaseConfig &config, const QString &database)
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
        const QStringList statements{QStringLiteral("SET client_min_messages = warning"),
                                     QStringLiteral("DROP DATABASE IF EXISTS ") + database,
                                     QStringLiteral("CREATE DATABASE ") + database};
        for (const QString &sql : statements) {
            if (!query.exec(sql))
                qFatal("PUNCHCLOCK_TEST_DB: %s", qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// Where a test keeps the database it would keep in the SQLite file `sqliteFile`: that file,
// or, when the tests run on PostgreSQL, a database in PUNCHCLOCK_TEST_DB's cluster that stands
// for it, empty the first time this process asks for the file and the same one when it asks
// again (a test that reopens its database). Test programs running side by side get databases
// apart; they are left for the throwaway cluster to take with it.
inline storage::DatabaseConfig testDatabaseConfig(const QString &sqliteFile)
{
    std::optional<storage::DatabaseConfig> config = postgresTestDatabase();
    if (!config)
        return storage::DatabaseConfig::sqlite(sqliteFile);
    static QHash<QString, QString> databases;
    QString &database = databases[sqliteFile];
    if (database.isEmpty()) {
        database = QStringLiteral("punchclock_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(databases.size());
        makeEmptyDatabase(*config, database);
    }
    config->path = database;
    return *config;
}

// The --db argument that gives the punchclock binary the same database: the file, or the URL
// of the PostgreSQL database standing for it.
inline QString testDatabaseArgument(const QString &sqliteFile)
{
    return testDatabaseConfig(sqliteFile).displayName();
}

// For the tests that check what only SQLite has; `counterpart` names what PostgreSQL still needs.
#define PUNCHCLOCK_SKIP_ON_POSTGRES(counterpart)                                                  \
    do {                                                                                          \
        if (punchclock::test::testsRunOnPostgres())                                               \
            QSKIP("SQLite only; the PostgreSQL counterpart is still to build: " counterpart);     \
    } while (false)

} // namespace punchclock::test
