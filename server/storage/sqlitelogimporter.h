#pragma once

#include "logrecord.h"
#include "punchrepository.h"

#include <QSqlDatabase>

#include <functional>

namespace punchclock::storage {

// The SQLite path for importing pulled logs, on the sqlite3 C API behind QtSql's connection.
// A full terminal holds 200,000 logs; binding them through QVariant costs more than SQLite's own
// work, and the import has to finish while the terminal waits for its answer.
class SqliteLogImporter
{
public:
    static bool available(const QSqlDatabase &db);

    explicit SqliteLogImporter(const QSqlDatabase &db);

    PunchRepository::ImportCount import(const QString &devId, const QList<protocol::LogRecord> &records,
                                        const std::function<int(const protocol::LogRecord &)> &flagsFor);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
