#include "databaseoutage.h"

#include "connection.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutage, "punchclock.database", QtInfoMsg)

namespace punchclock::engine {

void DatabaseOutage::begin(const QString &database)
{
    if (active())
        return;
    m_since = QDateTime::currentDateTimeUtc();
    qCWarning(lcOutage).noquote() << QStringLiteral("database %1 unreachable since %2; terminals are answered "
                                                    "with errors and send again, reconnecting every %3 s")
                                         .arg(database, m_since.toLocalTime().toString(Qt::ISODate))
                                         .arg(RetryIntervalMs / 1000);
}

void DatabaseOutage::end(const QString &database)
{
    if (!active())
        return;
    const qint64 seconds = m_since.secsTo(QDateTime::currentDateTimeUtc());
    m_since = {};
    qCInfo(lcOutage).noquote() << QStringLiteral("database %1 reachable again after %2 s").arg(database).arg(seconds);
}

bool DatabaseOutage::probeSucceeded(const storage::DatabaseConfig &config)
{
    if (!m_probe.valid()) {
        m_probe = std::async(std::launch::async, [config] {
            QString error;
            return storage::Connection::open(config, &error) != nullptr;
        });
        return false;
    }
    if (m_probe.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return false;
    return m_probe.get(); // the next call starts another attempt
}

} // namespace punchclock::engine
