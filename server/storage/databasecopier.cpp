#include "databasecopier.h"

#include "batchinserter.h"
#include "copyschema.h"
#include "rowchecksum.h"
#include "sqlsupport.h"
#include "tablereader.h"
#include "writetransaction.h"

#include <QSet>

namespace punchclock::storage {

namespace {

constexpr int ReadBatchRows = 1000;
// How long the copy waits for a running server to let go of a PostgreSQL target's tables.
constexpr auto LockTimeout = "30s";

// One read snapshot of the source for the whole copy, ended (read-only, nothing to keep) when
// the copy is done.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        const bool postgres = CopySchema::isPostgres(m_db);
        m_active = query.exec(postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                       : QStringLiteral("BEGIN"));
        // SQLite takes the snapshot at the first read, PostgreSQL at the first statement.
        if (m_active && !query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")))
            m_error = query.lastError().text();
        if (!m_active)
            m_error = query.lastError().text();
    }
    ~ReadSnapshot()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool ok() const { return m_active && m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

DatabaseCopier::Result failure(DatabaseCopier::Result result, DatabaseCopier::Problem problem, const QString &detail)
{
    result.problem = problem;
    result.detail = detail;
    return result;
}

bool run(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text() + QStringLiteral(" in: ") + sql.left(200);
    return false;
}

// The source's tables with what the target's catalogue adds: which columns hold bytes and
// which keys text (QSQLITE calls a BIGINT text, PostgreSQL knows better). Nullopt when the
// two differ in tables or columns.
std::optional<QList<CopyTable>> commonSchema(const QSqlDatabase &source, const QSqlDatabase &target, QString *error)
{
    std::optional<QList<CopyTable>> tables = CopySchema::read(source, error);
    const std::optional<QList<CopyTable>> targetTables = tables ? CopySchema::read(target, error) : std::nullopt;
    if (!tables || !targetTables)
        return std::nullopt;
    if (tables->size() != targetTables->size()) {
        *error = QStringLiteral("%1 tables against %2").arg(tables->size()).arg(targetTables->size());
        return std::nullopt;
    }
    for (CopyTable &table : *tables) {
        const auto other = std::find_if(targetTables->cbegin(), targetTables->cend(),
                                        [&](const CopyTable &t) { return t.name == table.name; });
        if (other == targetTables->cend() ||
            QSet<QString>(table.columns.cbegin(), table.columns.cend()) !=
                QSet<QString>(other->columns.cbegin(), other->columns.cend())) {
            *error = table.name;
            return std::nullopt;
        }
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            table.blobColumns[i] = table.blobColumns[i] || other->blobColumns[other->columns.indexOf(table.columns[i])];
        QStringList textKeys;
        for (const QString &key : std::as_const(table.textKeys)) {
            if (other->textKeys.contains(key))
                textKeys << key;
        }
        table.textKeys = textKeys;
    }
    return tables;
}

// PostgreSQL: no server writes into the target while it is replaced; readers go on.
bool prepareTarget(const QSqlDatabase &target, const QList<CopyTable> &tables, QString *error)
{
    if (!CopySchema::isPostgres(target))
        // References within a table (a job depending on a later one) are checked at the commit.
        return run(target, QStringLiteral("PRAGMA defer_foreign_keys = ON"), error);
    QStringList names;
    for (const CopyTable &table : tables)
        names << table.name;
    return run(target, QStringLiteral("SET LOCAL lock_timeout = '%1'").arg(QLatin1String(LockTimeout)), error) &&
           run(target, QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(QStringLiteral(", "))), error);
}

// The first table with a row, empty when none has.
QString firstTableWithRows(const QSqlDatabase &db, const QList<CopyTable> &tables, QString *error)
{
    for (const CopyTable &table : tables) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table.name))) {
            *error = query.lastError().text();
            return table.name;
        }
        if (query.next())
            return table.name;
    }
    return {};
}

bool emptyTables(const QSqlDatabase &db, const QList<CopyTable> &tables, QString *error)
{
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        if (!run(db, QStringLiteral("DELETE FROM %1").arg(table->name), error))
            return false;
    }
    return true;
}

// Identity columns would otherwise hand out the ids just copied.
bool advanceSequences(const QSqlDatabase &db, QString *error)
{
    for (const QString &column : CopySchema::identityColumns(db, error)) {
        const QString table = column.section(QLatin1Char('.'), 0, 0);
        const QString name = column.section(QLatin1Char('.'), 1);
        if (!run(db,
                 QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                "COALESCE((SELECT MAX(%2) FROM %1), 0) + 1, false)")
                     .arg(table, name),
                 error))
            return false;
    }
    return error->isEmpty();
}

bool checksumOf(const QSqlDatabase &db, const CopyTable &table, RowChecksum *checksum, QString *error)
{
    TableReader reader(db, table);
    const bool read = reader.read(ReadBatchRows, [&](const QList<QVariantList> &rows) {
        for (const QVariantList &row : rows)
            checksum->addRow(row, table.blobColumns);
        return true;
    });
    if (!read)
        *error = reader.error();
    return read;
}

} // namespace

DatabaseCopier::DatabaseCopier(QSqlDatabase source, QSqlDatabase target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{
}

DatabaseCopier::Result DatabaseCopier::copy(Existing existing)
{
    Result result;
    const ReadSnapshot snapshot(m_source);
    if (!snapshot.ok())
        return failure(result, Problem::ReadFailed, snapshot.error());
    WriteTransaction transaction(m_target);
    if (!transaction.isActive())
        return failure(result, Problem::WriteFailed, transaction.error());

    const int sourceVersion = CopySchema::version(m_source);
    const int targetVersion = CopySchema::version(m_target);
    if (sourceVersion < 0)
        return failure(result, Problem::ReadFailed, QStringLiteral("schema_version"));
    if (sourceVersion != targetVersion)
        return failure(result, Problem::SchemaDiffers, QStringLiteral("%1/%2").arg(sourceVersion).arg(targetVersion));
    result.schemaVersion = sourceVersion;

    QString error;
    const std::optional<QList<CopyTable>> tables = commonSchema(m_source, m_target, &error);
    if (!tables)
        return failure(result, Problem::SchemaDiffers, error);
    if (!prepareTarget(m_target, *tables, &error))
        return failure(result, Problem::WriteFailed, error);
    if (existing == Existing::Refuse) {
        const QString occupied = firstTableWithRows(m_target, *tables, &error);
        if (!error.isEmpty())
            return failure(result, Problem::WriteFailed, error);
        if (!occupied.isEmpty())
            return failure(result, Problem::TargetNotEmpty, occupied);
    } else if (!emptyTables(m_target, *tables, &error)) {
        return failure(result, Problem::WriteFailed, error);
    }

    for (const CopyTable &table : *tables) {
        TableResult copied;
        copied.table = table.name;
        RowChecksum sourceSum;
        BatchInserter inserter(m_target, table);
        TableReader reader(m_source, table);
        const bool read = reader.read(ReadBatchRows, [&](const QList<QVariantList> &rows) {
            for (const QVariantList &row : rows) {
                sourceSum.addRow(row, table.blobColumns);
                if (!inserter.add(row))
                    return false;
            }
            if (m_progress)
                m_progress(table.name, inserter.written());
            return true;
        });
        if (!read && !inserter.error().isEmpty())
            return failure(result, Problem::WriteFailed, table.name + QStringLiteral(": ") + inserter.error());
        if (!read)
            return failure(result, Problem::ReadFailed, table.name + QStringLiteral(": ") + reader.error());
        if (!inserter.flush())
            return failure(result, Problem::WriteFailed, table.name + QStringLiteral(": ") + inserter.error());
        if (m_progress)
            m_progress(table.name, inserter.written());
        copied.sourceRows = sourceSum.rows();
        copied.sourceChecksum = sourceSum.hex();
        result.tables << copied;
    }
    if (!advanceSequences(m_target, &error))
        return failure(result, Problem::WriteFailed, error);

    // Read back before the commit: a table that does not match is never committed.
    bool allMatch = true;
    for (qsizetype i = 0; i < tables->size(); ++i) {
        RowChecksum targetSum;
        if (!checksumOf(m_target, tables->at(i), &targetSum, &error))
            return failure(result, Problem::WriteFailed, tables->at(i).name + QStringLiteral(": ") + error);
        result.tables[i].targetRows = targetSum.rows();
        result.tables[i].targetChecksum = targetSum.hex();
        allMatch = allMatch && result.tables[i].matches();
    }
    if (!allMatch)
        return failure(result, Problem::Mismatch, {});
    if (!transaction.commit())
        return failure(result, Problem::WriteFailed, transaction.error());
    return result;
}

} // namespace punchclock::storage
