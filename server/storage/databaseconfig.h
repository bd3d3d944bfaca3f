#pragma once

#include <QString>

#include <optional>

namespace punchclock::storage {

// Where the data lives: a SQLite file (the default) or a PostgreSQL database through QPSQL.
struct DatabaseConfig
{
    QString driver = QStringLiteral("QSQLITE");
    QString path; // the SQLite file, or the PostgreSQL database name
    // PostgreSQL only; empty / -1 leave the choice to libpq (PGHOST, PGPORT, PGUSER, defaults).
    QString host; // a name, an address or a Unix socket folder
    int port = -1;
    QString user;
    QString sslmode;

    static DatabaseConfig sqlite(const QString &path);
    // Reads a libpq connection URI: postgresql://[user@][host][:port]/dbname[?param=value&…]
    // (also postgres://, and host=/socket/dir as a parameter). A password in it is refused:
    // it would end up in shell history and process lists; libpq reads it from ~/.pgpass or
    // PGPASSFILE instead. nullopt with *error set for anything it cannot read.
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);

    bool isPostgres() const { return driver == QLatin1String("QPSQL"); }
    // What messages and logs show: the file, or the URL without anything secret.
    QString displayName() const;
};

} // namespace punchclock::storage
