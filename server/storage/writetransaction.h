#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

namespace punchclock::storage {

// A transaction that will write. On SQLite it takes the write lock at BEGIN (BEGIN IMMEDIATE)
// and waits for it up to the connection's busy_timeout. A plain BEGIN starts as a reader and
// asks for the lock only at its first write; when another process (the server, the CLI, the
// console) has written meanwhile, SQLite refuses that upgrade at once with "database is
// locked", without waiting: busy_timeout does not apply to it. Every write of more than one
// statement, and every read that decides a write, goes through one of these.
//
// Inside another WriteTransaction on the same connection it is a savepoint of it, so that a
// service can make several repository changes, each transactional on its own, and its audit
// record commit as one.
//
// Rolls back on destruction unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // False when BEGIN failed (the lock was not free within busy_timeout, the database is gone).
    bool isActive() const { return m_active; }
    // False when nothing was begun or COMMIT failed; the transaction is rolled back then. A
    // nested one only releases its savepoint: the outermost decides.
    bool commit();
    void rollback();
    // The driver's words for a failed BEGIN or COMMIT.
    QString error() const { return m_error; }
    bool nested() const { return m_depth > 0; }

private:
    bool run(const QString &statement);
    void closed();

    QSqlDatabase m_db;
    int m_depth = 0; // how many were open on this connection when this one began
    bool m_active = false;
    QString m_error;
};

// The SQL of a statement on this SQLite connection that still holds a read snapshot open
// (stepped, not reset), or empty. A write on such a connection cannot wait for the lock either.
QString openReadStatement(const QSqlDatabase &db);
// The same, but only outside an explicit transaction (inside one, the lock was taken at BEGIN).
QString openReadOutsideTransaction(const QSqlDriver *driver);

} // namespace punchclock::storage
