#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace punchclock::storage {

// One table as DatabaseCopier copies it: its columns and the order its rows are read in.
struct CopyTable
{
    QString name;
    QStringList columns;
    QList<bool> blobColumns; // per column: it holds bytes (BLOB / BYTEA)
    QStringList orderBy;     // the primary key; every column when there is none
    QStringList textKeys;    // columns of orderBy that hold text
};

// The tables of a database, read from its catalogue (sqlite_master / information_schema)
// rather than listed by hand, so that a table added by a later migration is copied too.
// schema_version is left out: each side keeps its own, and the copier compares them.
class CopySchema
{
public:
    // Every table, each after those its foreign keys point to; nullopt with *error when the
    // catalogue cannot be read or the references go round in a circle.
    static std::optional<QList<CopyTable>> read(const QSqlDatabase &db, QString *error);
    // PostgreSQL: "table.column" of every identity column, whose sequence must pass the copied ids.
    static QStringList identityColumns(const QSqlDatabase &db, QString *error);
    // The highest schema_version, 0 when there is none, -1 when unreadable.
    static int version(const QSqlDatabase &db);

    static bool isPostgres(const QSqlDatabase &db) { return db.driverName() == QLatin1String("QPSQL"); }
    // "SELECT columns FROM table ORDER BY key" in the same order on both engines: PostgreSQL
    // compares text by its locale unless told to compare bytes, as SQLite does.
    static QString selectSql(const QSqlDatabase &db, const CopyTable &table);
};

} // namespace punchclock::storage
