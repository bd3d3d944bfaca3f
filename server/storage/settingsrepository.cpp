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

QHash<QString, QString> SettingsRepository::values(const QStringList &keys) const
{
    QHash<QString, QString> found;
    if (keys.isEmpty())
        return found;
    QSqlQuery query(m_db);
    const QStringList placeholders(keys.size(), QStringLiteral("?"));
    if (!exec(query, QStringLiteral("SELECT key, value FROM settings WHERE key IN (%1)").arg(placeholders.join(QLatin1Char(','))),
              QVariantList(keys.cbegin(), keys.cend())))
        return found;
    while (query.next())
        found.insert(query.value(0).toString(), query.value(1).toString());
    return found;
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
