#include "migrator.h"

#include "sqlsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>

namespace punchclock::storage {

namespace {

QMap<int, QString> migrationScripts()
{
    QMap<int, QString> scripts;
    const QRegularExpression numbered(QStringLiteral("^(\\d{3})_.+\\.sql$"));
    const QStringList files = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = numbered.match(file);
        if (match.hasMatch())
            scripts.insert(match.captured(1).toInt(), QStringLiteral(":/sql/") + file);
    }
    return scripts;
}

QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int Migrator::latestVersion()
{
    const QMap<int, QString> scripts = migrationScripts();
    return scripts.isEmpty() ? 0 : scripts.lastKey();
}

Migrator::Result Migrator::migrate()
{
    return migrate(latestVersion());
}

Migrator::Result Migrator::migrate(int upToVersion)
{
    Result result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        result.ok = false;
        result.message = QStringLiteral("Cannot prepare the schema: %1").arg(query.lastError().text());
        return result;
    }
    if (query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next())
        result.fromVersion = query.value(0).toInt();
    result.toVersion = result.fromVersion;

    const QMap<int, QString> scripts = migrationScripts();
    if (scripts.isEmpty()) {
        // A build without its embedded schema would otherwise "succeed" on an empty database.
        result.ok = false;
        result.message = QStringLiteral("This build of Punchclock carries no database schema (:/sql is empty).");
        return result;
    }
    const int latest = scripts.lastKey();
    if (result.fromVersion > latest) {
        result.ok = false;
        result.message = QStringLiteral("The database %1 has schema version %2, written by a newer "
                                        "Punchclock; this version understands schema %3 at most. "
                                        "Install the newer version or open another database.")
                             .arg(m_db.databaseName())
                             .arg(result.fromVersion)
                             .arg(latest);
        return result;
    }
    for (auto it = scripts.constBegin(); it != scripts.constEnd(); ++it) {
        if (it.key() <= result.fromVersion)
            continue;
        if (it.key() > upToVersion)
            break;
        QString error;
        if (!applyScript(it.key(), it.value(), &error)) {
            result.ok = false;
            result.message = QStringLiteral("Migration to schema %1 failed: %2").arg(it.key()).arg(error);
            return result;
        }
        result.toVersion = it.key();
    }
    return result;
}

bool Migrator::applyScript(int version, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    const QString script = dialect(QString::fromUtf8(file.readAll()));
    QSqlQuery query(m_db);
    // SQLite: take the write lock up front so that two processes starting together cannot both
    // decide to apply the same script.
    const bool begun = m_db.driverName() == QLatin1String("QSQLITE")
        ? query.exec(QStringLiteral("BEGIN IMMEDIATE"))
        : m_db.transaction();
    if (!begun) {
        *error = query.lastError().text() + m_db.lastError().text();
        return false;
    }
    // PostgreSQL: the same for two servers starting together on a new database. The lock
    // conflicts with itself and ends with the transaction; the check below then sees what the
    // other committed.
    if (m_db.driverName() == QLatin1String("QPSQL") &&
        !query.exec(QStringLiteral("LOCK TABLE schema_version IN SHARE ROW EXCLUSIVE MODE"))) {
        *error = query.lastError().text();
        m_db.rollback();
        return false;
    }
    // Another process may have migrated between our version check and the transaction.
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version >= %1").arg(version))
        && query.next() && query.value(0).toInt() > 0) {
        m_db.rollback();
        return true;
    }
    for (const QString &statement : statements(script)) {
        if (!query.exec(statement)) {
            *error = query.lastError().text() + QStringLiteral(" in: ") + statement.left(200);
            m_db.rollback();
            return false;
        }
    }
    if (!query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version))
        || !m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    qCInfo(lcStorage) << "database migrated to schema" << version;
    return true;
}

QString Migrator::dialect(QString sql) const
{
    const bool postgres = m_db.driverName() == QLatin1String("QPSQL");
    sql.replace(QLatin1String("${AUTO_ID}"),
                postgres ? QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                         : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("${BLOB}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    // One NUL byte as a binary value, to compare a byte of a BLOB / BYTEA with.
    sql.replace(QLatin1String("${NUL_BYTE}"), postgres ? QLatin1String("'\\x00'::bytea") : QLatin1String("X'00'"));
    return sql;
}

} // namespace punchclock::storage
