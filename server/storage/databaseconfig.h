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
    // A password typed at a prompt, for this process's connections only: never read from a URL,
    // never written anywhere, never part of displayName(). Empty: libpq's ~/.pgpass or PGPASSFILE.
    QString password;

    static DatabaseConfig sqlite(const QString &path);
    // Reads a libpq connection URI: postgresql://[user@][host][:port]/dbname[?param=value&…]
    // (also postgres://, and host=/socket/dir as a parameter). A password in it is refused:
    // it would end up in shell history and process lists; libpq reads it from ~/.pgpass or
    // PGPASSFILE instead. nullopt with *error set for anything it cannot read.
    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);

    bool isPostgres() const { return driver == QLatin1String("QPSQL"); }
    // Whether `text` is meant as a database URL rather than a file name: postgresql:// or postgres://.
    static bool looksLikeUrl(const QString &text);
    // What messages and logs show: the file, or the URL without anything secret.
    QString displayName() const;
};

} // namespace punchclock::storage
