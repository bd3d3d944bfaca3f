#pragma once

#include "storewrite.h"

#include <QSqlDatabase>
#include <QString>

namespace punchclock::storage {

// Site-wide settings shared by every process that opens the database (console, serve, CLI).
class SettingsRepository
{
public:
    // The site's time zone (an IANA id); this PC's zone until one is set.
    static constexpr char SiteTimeZoneKey[] = "site.time_zone";

    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString &key, const QString &fallback = {}) const;
    PUNCHCLOCK_STORE_WRITE bool setValue(const QString &key, const QString &value);
    QString siteTimeZoneId() const;

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
