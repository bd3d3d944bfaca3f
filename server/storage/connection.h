#pragma once

#include "databaseconfig.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace punchclock::storage {

// One database connection, owned by the thread that opened it (Qt's rule for QSqlDatabase):
// the server's engine thread writes through its own, the GUI and the CLI read through theirs.
// SQLite runs in WAL mode with synchronous=FULL so that a committed punch survives power loss;
// PostgreSQL is durable on commit as configured by its administrator (synchronous_commit).
class Connection
{
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens the database and applies pending migrations. nullptr with *error set on failure
    // (unreadable file, schema newer than this build understands, …).
    static std::unique_ptr<Connection> open(const DatabaseConfig &config, QString *error);

    // Whether open() failed because the PostgreSQL server wants a password libpq did not have
    // (none in ~/.pgpass) or refused the one it had: worth asking the person for one.
    static bool wantsPassword(const QString &openError);

    QSqlDatabase database() const;
    // Whether the database still answers on this connection. libpq does not reconnect by
    // itself: after a restart of the server every statement on the old connection fails, and so
    // does this one.
    bool answers() const;
    // PostgreSQL: whether the server still answers on this connection; if not, opens it again
    // with the session settings (after a restart of the server, a network outage). The
    // QSqlDatabase handles others hold stay valid; statements prepared before must be prepared
    // again, and notifications subscribed again. SQLite: true. False with *error set when the
    // server is still out of reach; *reopened says whether it had to open it again.
    bool ensureConnected(QString *error, bool *reopened);
    const DatabaseConfig &config() const { return m_config; }

private:
    Connection(DatabaseConfig config, QString name);

    DatabaseConfig m_config;
    QString m_name;
};

} // namespace punchclock::storage
