#include "sitecalendar.h"

#include "serversettings.h"
#include "settingsrepository.h"
#include "walltime.h"

namespace punchclock::engine {

namespace {

QTimeZone siteZone(const QSqlDatabase &db)
{
    return ServerSettings::load(storage::SettingsRepository(db)).siteTimeZone;
}

} // namespace

QDate SiteCalendar::today(const QSqlDatabase &db)
{
    return protocol::walltime::now(siteZone(db)).date();
}

QDateTime SiteCalendar::startOfToday(const QSqlDatabase &db)
{
    const QTimeZone zone = siteZone(db);
    // startOfDay: where the clocks skip midnight, the day begins at the first time that exists.
    return protocol::walltime::now(zone).date().startOfDay(zone).toUTC();
}

} // namespace punchclock::engine
