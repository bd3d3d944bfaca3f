#include "sqlsupport.h"

#include "writetransaction.h"

#include <QDateTime>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStorage, "punchclock.storage", QtInfoMsg)

namespace punchclock::storage {

namespace {

thread_local QueryFailure lastFailure;

bool isWrite(const QString &sql)
{
    const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    return verb == QLatin1String("INSERT") || verb == QLatin1String("UPDATE") || verb == QLatin1String("DELETE")
        || verb == QLatin1String("REPLACE");
}

// A write outside a transaction while a read is still open on the connection must upgrade
// that read's snapshot, which SQLite refuses at once when another process writes: see
// WriteTransaction. A bug in the caller, so Debug builds stop there.
void checkNoReadIsOpen(const QSqlQuery &query, const QString &sql)
{
    if (!isWrite(sql))
        return;
    const QString open = openReadOutsideTransaction(query.driver());
    if (open.isEmpty())
        return;
    qCCritical(lcStorage) << "a write runs while a read is still open:" << open << "then" << sql;
    Q_ASSERT_X(false, "storage::exec", "a read statement is still open on this connection");
}

bool bindAndRun(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), bindable(values.at(i)));
    if (!query.exec()) {
        qCWarning(lcStorage) << "query failed:" << query.lastError().text() << sql;
        recordQueryFailure(query.lastError());
        return false;
    }
    return true;
}

} // namespace

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << query.lastError().text() << sql;
        recordQueryFailure(query.lastError());
        return false;
    }
    checkNoReadIsOpen(query, sql);
    return bindAndRun(query, sql, values);
}

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

StatementCache::Handle StatementCache::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) {
            qCWarning(lcStorage) << "prepare failed:" << query.lastError().text() << sql;
            recordQueryFailure(query.lastError());
            return Handle(nullptr, false);
        }
        it = m_statements.insert(sql, query);
    }
    checkNoReadIsOpen(it.value(), sql);
    return Handle(&it.value(), bindAndRun(it.value(), sql, values));
}

QueryFailure lastQueryFailureOnThisThread()
{
    return lastFailure;
}

void recordQueryFailure(const QSqlError &error)
{
    // PostgreSQL's five-character SQLSTATE class 23; SQLite's SQLITE_CONSTRAINT, 19, which is
    // also the low byte of its extended codes (2067 is a UNIQUE violation).
    const QString code = error.nativeErrorCode();
    if (code.size() == 5 && code.startsWith(QLatin1String("23")))
        return;
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (numeric && code.size() < 5 && (sqliteCode & 0xff) == 19)
        return;
    lastFailure.serial += 1;
    lastFailure.message = error.text();
}

QVariant bindable(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

QList<qsizetype> multiRowSizes(qsizetype rows, qsizetype largest)
{
    QList<qsizetype> sizes;
    for (qsizetype size = largest; rows > 0; size /= 2) {
        while (rows >= size) {
            sizes.append(size);
            rows -= size;
        }
    }
    return sizes;
}

QString utcNowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace punchclock::storage
