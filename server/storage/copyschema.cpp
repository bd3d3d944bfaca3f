#include "copyschema.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

namespace punchclock::storage {

namespace {

bool column(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QStringList *rows,
            QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    while (ok && query.next())
        rows->append(query.value(0).toString());
    if (!ok)
        *error = query.lastError().text();
    return ok;
}

QStringList tableNames(const QSqlDatabase &db, QString *error)
{
    QStringList names;
    const QString sql = CopySchema::isPostgres(db)
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_type = 'BASE TABLE' ORDER BY table_name")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                         "ESCAPE '\\' ORDER BY name");
    if (!column(db, sql, {}, &names, error))
        return {};
    names.removeAll(QStringLiteral("schema_version"));
    return names;
}

// The tables `table` refers to through its foreign keys.
bool referencedTables(const QSqlDatabase &db, const QString &table, QStringList *referenced, QString *error)
{
    const QString sql = CopySchema::isPostgres(db)
        ? QStringLiteral("SELECT DISTINCT target.relname FROM pg_constraint c "
                         "JOIN pg_class source ON source.oid = c.conrelid "
                         "JOIN pg_class target ON target.oid = c.confrelid "
                         "WHERE c.contype = 'f' AND source.relname = ? "
                         "AND source.relnamespace = current_schema()::regnamespace")
        : QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)");
    return column(db, sql, {table}, referenced, error);
}

CopyTable describe(const QSqlDatabase &db, const QString &name)
{
    CopyTable table;
    table.name = name;
    const QSqlRecord record = db.record(name);
    for (int i = 0; i < record.count(); ++i) {
        table.columns << record.fieldName(i);
        table.blobColumns << (record.field(i).metaType().id() == QMetaType::QByteArray);
    }
    const QSqlIndex key = db.primaryIndex(name);
    for (int i = 0; i < key.count(); ++i)
        table.orderBy << key.fieldName(i);
    if (table.orderBy.isEmpty())
        table.orderBy = table.columns;
    for (const QString &column : std::as_const(table.orderBy)) {
        if (record.field(column).metaType().id() == QMetaType::QString)
            table.textKeys << column;
    }
    return table;
}

} // namespace

std::optional<QList<CopyTable>> CopySchema::read(const QSqlDatabase &db, QString *error)
{
    const QStringList names = tableNames(db, error);
    if (names.isEmpty()) {
        if (error->isEmpty())
            *error = QStringLiteral("no tables");
        return std::nullopt;
    }
    QHash<QString, QStringList> references;
    for (const QString &name : names) {
        QStringList referenced;
        if (!referencedTables(db, name, &referenced, error))
            return std::nullopt;
        referenced.removeAll(name); // a row referring to an earlier row of its own table
        references.insert(name, referenced);
    }
    QList<CopyTable> ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        const qsizetype before = ordered.size();
        for (const QString &name : names) {
            if (placed.contains(name))
                continue;
            const QStringList &needs = references.value(name);
            if (std::all_of(needs.cbegin(), needs.cend(), [&](const QString &t) { return placed.contains(t); })) {
                ordered << describe(db, name);
                placed.insert(name);
            }
        }
        if (ordered.size() == before) {
            *error = QStringLiteral("foreign keys in a circle");
            return std::nullopt;
        }
    }
    return ordered;
}

QStringList CopySchema::identityColumns(const QSqlDatabase &db, QString *error)
{
    QStringList columns;
    if (!isPostgres(db))
        return columns;
    column(db,
           QStringLiteral("SELECT table_name || '.' || column_name FROM information_schema.columns "
                          "WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1"),
           {}, &columns, error);
    return columns;
}

int CopySchema::version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString CopySchema::selectSql(const QSqlDatabase &db, const CopyTable &table)
{
    QStringList order;
    for (const QString &column : table.orderBy) {
        order << (isPostgres(db) && table.textKeys.contains(column) ? column + QStringLiteral(" COLLATE \"C\"")
                                                                    : column);
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(table.columns.join(QStringLiteral(", ")), table.name, order.join(QStringLiteral(", ")));
}

} // namespace punchclock::storage
