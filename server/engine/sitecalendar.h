#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

namespace punchclock::engine {

// The site's date now. Punches carry the site's wall clock, so "today" (the dashboard, the
// reports, a change "from today") is the date in the site's time zone (Settings), not the
// PC's: a console or CLI run from another zone would otherwise count yesterday's or
// tomorrow's punches.
class SiteCalendar
{
public:
    static QDate today(const QSqlDatabase &db);
    // When the site's today began, in UTC: for "today" among times stored in UTC (jobs).
    static QDateTime startOfToday(const QSqlDatabase &db);
};

} // namespace punchclock::engine
