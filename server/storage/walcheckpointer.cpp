#include "walcheckpointer.h"

#include "sqlsupport.h"

#include <QSqlError>

namespace punchclock::storage {

WalCheckpointer::WalCheckpointer(DatabaseConfig config, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_timer(this)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
}

WalCheckpointer::~WalCheckpointer() = default;

bool WalCheckpointer::open(QString *error)
{
    if (m_config.driver != QLatin1String("QSQLITE"))
        return true; // nothing to do for a server database
    m_connection = Connection::open(m_config, error);
    if (!m_connection)
        return false;
    m_timer.start();
    return true;
}

void WalCheckpointer::checkpoint()
{
    if (!m_connection)
        return;
    // PASSIVE never waits for the writer or readers; what it cannot copy now waits for the next round.
    QSqlQuery query(m_connection->database());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStorage) << "checkpoint failed:" << query.lastError().text();
}

} // namespace punchclock::storage
