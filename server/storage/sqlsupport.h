#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>


Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace punchclock::storage {

// Prepares and runs a statement with positional bindings; logs the driver's message on failure.
// Pass QVariant() for SQL NULL: null QStrings are bound as empty text.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

// The last statement that failed on the calling thread, counted so a reader can tell a new
// failure from one it has seen. Repositories answer a failed read with an empty result; the
// console asks here afterwards so that an unreadable database is said, not shown as "no data".
struct QueryFailure
{
    quint64 serial = 0; // 0: nothing has failed on this thread
    QString message;
};
QueryFailure lastQueryFailureOnThisThread();
// A constraint violation is not recorded: it is a write the database rightly refused, and the
// code that tried it tells the user why.
void recordQueryFailure(const QSqlError &error);

// What to bind for a value: a null QString becomes empty text, since text columns are NOT NULL
// and SQL NULL is asked for with an invalid QVariant.
QVariant bindable(const QVariant &value);

// This PC's clock for *_at / *_seen columns: UTC, ISO 8601 with milliseconds.
QString utcNowText();

// How to split `rows` rows into multi-row statements of at most `largest` rows (a power of
// two) with few distinct sizes: powers of two, largest first (29 -> 16, 8, 4, 1). A handful
// of prepared statements then serves every batch.
QList<qsizetype> multiRowSizes(qsizetype rows, qsizetype largest = 64);

} // namespace punchclock::storage

#include <QHash>

namespace punchclock::storage {

// Prepared statements kept for the life of a connection: preparing costs more than running
// for the short statements on the ingestion path. A handle finishes its statement when it goes
// out of scope, so a cached SELECT never holds a read snapshot open.
class StatementCache
{
public:
    class Handle
    {
    public:
        Handle(QSqlQuery *query, bool ok) : m_query(query), m_ok(ok) {}
        Handle(const Handle &) = delete;
        Handle &operator=(const Handle &) = delete;
        ~Handle()
        {
            if (m_query)
                m_query->finish();
        }

        bool ok() const { return m_ok; }
        bool next() { return m_ok && m_query->next(); }
        QVariant value(int column) const { return m_query->value(column); }
        int numRowsAffected() const { return m_query->numRowsAffected(); }

    private:
        QSqlQuery *m_query;
        bool m_ok;
    };

    explicit StatementCache(QSqlDatabase db);

    Handle run(const QString &sql, const QVariantList &values = {});

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace punchclock::storage
