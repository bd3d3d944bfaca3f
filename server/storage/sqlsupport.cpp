#include "sqlsupport.h"

#include "writetransaction.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

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

// A value as an SQL literal of no type yet ('42', not 42), which PostgreSQL resolves from where
// it stands as it resolves a parameter of a prepared statement. Strings and bytes are escaped by
// the driver, exactly as it escapes the values of its own EXECUTE.
QString untypedLiteral(const QSqlDriver *driver, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("'1'") : QStringLiteral("'0'");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return QLatin1Char('\'') + value.toString() + QLatin1Char('\'');
    default: { // text and bytes, escaped
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        return driver->formatValue(field);
    }
    }
}

// `sql` with each ? outside quotes and comments replaced by its value; empty when the count of
// placeholders and values differ.
QString withValuesInline(const QSqlDriver *driver, const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + values.size() * 12);
    qsizetype next = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            out += sql.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? sql.size() : end - 1;
        } else if (c == QLatin1Char('?')) {
            if (next == values.size())
                return {};
            out += untypedLiteral(driver, bindable(values.at(next++)));
        } else {
            out += c;
        }
    }
    return next == values.size() ? out : QString();
}

// PostgreSQL: QPSQL prepares a statement with PREPARE, runs it with EXECUTE and drops it with
// DEALLOCATE, three round trips for a statement run once. Inlined, it is one; across a WAN
// that is what keeps the console responsive. Statements run often stay prepared
// (StatementCache).
bool runOnceOnPostgres(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    const QString inlined = withValuesInline(query.driver(), sql, values);
    if (inlined.isEmpty()) {
        qCWarning(lcStorage) << "wrong number of values (" << values.size() << ") for" << sql;
        return false;
    }
    if (!query.exec(inlined)) {
        qCWarning(lcStorage) << "query failed:" << query.lastError().text() << sql;
        recordQueryFailure(query.lastError());
        return false;
    }
    return true;
}

} // namespace

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return runOnceOnPostgres(query, sql, values);
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
