#include "settingsrepository.h"

#include "sqlsupport.h"

#include <QTimeZone>

namespace punchclock::storage {

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) || !query.next())
        return fallback;
    return query.value(0).toString();
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {key, value});
}

QString SettingsRepository::siteTimeZoneId() const
{
    const QString stored = value(QLatin1String(SiteTimeZoneKey));
    if (!stored.isEmpty() && QTimeZone(stored.toUtf8()).isValid())
        return stored;
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

} // namespace punchclock::storage
