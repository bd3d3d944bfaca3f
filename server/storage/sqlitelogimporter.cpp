#include "sqlitelogimporter.h"

#include "outboxrepository.h"
#include "sqlsupport.h"
#include "walltime.h"

#include <QHash>
#include <QSqlDriver>

#include <sqlite3.h>

namespace punchclock::storage {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The statement lives for one import; the destructor finalises it whatever happens.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    // SQLITE_STATIC: every string bound outlives the step that reads it.
    sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

} // namespace

bool SqliteLogImporter::available(const QSqlDatabase &db)
{
    return handleOf(db) != nullptr;
}

SqliteLogImporter::SqliteLogImporter(const QSqlDatabase &db)
    : m_db(db)
{
}

PunchRepository::ImportCount SqliteLogImporter::import(const QString &devId, const QList<protocol::LogRecord> &records,
                                                       const std::function<int(const protocol::LogRecord &)> &flagsFor)
{
    PunchRepository::ImportCount count;
    sqlite3 *db = handleOf(m_db);
    const Statement insert(db,
                           "INSERT INTO punches (dev_id, user_id, io_time, verify_mode, verify_methods, io_mode_raw, "
                           "io_mode, direction, work_code, flags, received_at, counted_at, source) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                           "CASE WHEN (?10 & 1) = 0 THEN ?11 END, 'pull') "
                           "ON CONFLICT (user_id, io_time, dev_id) DO NOTHING");
    if (!insert.get()) {
        qCWarning(lcStorage) << "cannot prepare the log import:" << sqlite3_errmsg(db);
        count.ok = false;
        return count;
    }
    sqlite3_stmt *statement = insert.get();
    const QString now = utcNowText();
    bindText(statement, 1, devId);
    bindText(statement, 11, now);
    QHash<quint32, QString> verifyTexts; // a terminal uses a handful of verify codes
    QList<qint64> insertedIds;
    insertedIds.reserve(records.size());
    for (const protocol::LogRecord &record : records) {
        auto verifyText = verifyTexts.find(record.verifyModeRaw);
        if (verifyText == verifyTexts.end())
            verifyText = verifyTexts.insert(record.verifyModeRaw, protocol::verifyMethodsText(record.verifyMethods));
        const QString ioTime = protocol::walltime::toStorage(record.ioTime);
        const QString direction = protocol::directionName(record.ioMode.direction);
        bindText(statement, 2, record.userId);
        bindText(statement, 3, ioTime);
        sqlite3_bind_int64(statement, 4, qint64(record.verifyModeRaw));
        bindText(statement, 5, *verifyText);
        sqlite3_bind_int64(statement, 6, qint64(record.ioMode.raw));
        sqlite3_bind_int(statement, 7, record.ioMode.mode);
        bindText(statement, 8, direction);
        sqlite3_bind_int(statement, 9, record.workCode);
        sqlite3_bind_int(statement, 10, flagsFor(record));
        if (sqlite3_step(statement) != SQLITE_DONE) {
            qCWarning(lcStorage) << "log import failed:" << sqlite3_errmsg(db);
            count.ok = false;
            return count;
        }
        if (sqlite3_changes(db) > 0) {
            ++count.imported;
            insertedIds.append(sqlite3_last_insert_rowid(db));
        } else {
            ++count.duplicates;
        }
        sqlite3_reset(statement);
    }
    // In the caller's transaction, like the punches.
    if (!OutboxRepository(m_db).queuePunches(insertedIds))
        count.ok = false;
    return count;
}

} // namespace punchclock::storage
