#include "sitecalendar.h"

#include "serversettings.h"
#include "settingsrepository.h"
#include "walltime.h"

namespace punchclock::ui {

QDate SiteCalendar::today(const QSqlDatabase &db)
{
    return protocol::walltime::now(engine::ServerSettings::load(storage::SettingsRepository(db)).siteTimeZone).date();
}

} // namespace punchclock::ui
