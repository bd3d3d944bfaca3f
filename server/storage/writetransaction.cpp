#include "writetransaction.h"

#include "sqlsupport.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace punchclock::storage {

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

sqlite3 *sqliteHandle(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString busyStatement(sqlite3 *handle)
{
    for (sqlite3_stmt *statement = sqlite3_next_stmt(handle, nullptr); statement;
         statement = sqlite3_next_stmt(handle, statement)) {
        if (sqlite3_stmt_busy(statement))
            return QString::fromUtf8(sqlite3_sql(statement));
    }
    return {};
}

// How many WriteTransactions are open on each connection of this thread (connections belong to
// one thread each).
QHash<QString, int> &openTransactions()
{
    thread_local QHash<QString, int> open;
    return open;
}

} // namespace

QString openReadStatement(const QSqlDatabase &db)
{
    sqlite3 *handle = isSqlite(db) ? sqliteHandle(db.driver()) : nullptr;
    return handle ? busyStatement(handle) : QString();
}

QString openReadOutsideTransaction(const QSqlDriver *driver)
{
    sqlite3 *handle = sqliteHandle(driver);
    return handle && sqlite3_get_autocommit(handle) ? busyStatement(handle) : QString();
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_depth(openTransactions().value(m_db.connectionName()))
{
    if (m_depth > 0) {
        m_active = run(QStringLiteral("SAVEPOINT write_%1").arg(m_depth));
        if (m_active)
            openTransactions()[m_db.connectionName()] = m_depth + 1;
        return;
    }
    if (isSqlite(m_db)) {
        // A read left open on this connection would turn BEGIN IMMEDIATE into the very upgrade
        // this class exists to avoid. It is a bug in the caller: finish() the query.
        const QString open = openReadStatement(m_db);
        if (!open.isEmpty()) {
            qCCritical(lcStorage) << "a write begins while a read is still open:" << open;
            Q_ASSERT_X(false, "WriteTransaction", "a read statement is still open on this connection");
        }
    }
    m_active = run(isSqlite(m_db) ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (m_active)
        openTransactions()[m_db.connectionName()] = 1;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const QString statement = m_depth > 0 ? QStringLiteral("RELEASE SAVEPOINT write_%1").arg(m_depth)
                                          : QStringLiteral("COMMIT");
    if (run(statement)) {
        m_active = false;
        closed();
        return true;
    }
    const QString commitError = m_error;
    rollback();
    m_error = commitError;
    return false;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_depth > 0) {
        run(QStringLiteral("ROLLBACK TO SAVEPOINT write_%1").arg(m_depth));
        run(QStringLiteral("RELEASE SAVEPOINT write_%1").arg(m_depth));
    } else {
        run(QStringLiteral("ROLLBACK"));
    }
    closed();
}

void WriteTransaction::closed()
{
    if (m_depth > 0)
        openTransactions()[m_db.connectionName()] = m_depth;
    else
        openTransactions().remove(m_db.connectionName());
}

bool WriteTransaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    qCWarning(lcStorage) << statement << "failed:" << m_error;
    recordQueryFailure(query.lastError());
    return false;
}

} // namespace punchclock::storage
