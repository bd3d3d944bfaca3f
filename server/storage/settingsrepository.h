#pragma once

#include "storewrite.h"

#include <QSqlDatabase>
#include <QHash>
#include <QString>
#include <QStringList>

namespace punchclock::storage {

// Site-wide settings shared by every process that opens the database (console, serve, CLI).
class SettingsRepository
{
public:
    // The site's time zone (an IANA id); this PC's zone until one is set.
    static constexpr char SiteTimeZoneKey[] = "site.time_zone";

    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString &key, const QString &fallback = {}) const;
    // Several at once, one round trip: those set, by key (a failed read gives none).
    QHash<QString, QString> values(const QStringList &keys) const;
    PUNCHCLOCK_STORE_WRITE bool setValue(const QString &key, const QString &value);
    QString siteTimeZoneId() const;

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
