#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

namespace punchclock::engine {
struct ServerSettings;
}

namespace punchclock::ui {

// Terminal clocks (a punch's time, a terminal's clock at its last poll) are the site's wall
// clock, held zone-less in a QDateTime marked UTC (protocol::walltime). Printed by QLocale in
// long format they would read "UTC"; this labels them with the site's zone instead.
class SiteTimeText
{
    Q_DECLARE_TR_FUNCTIONS(SiteTimeText)

public:
    // The zone set in Settings (the site's), or this PC's when none is.
    static QTimeZone siteZone(const QSqlDatabase &db);
    static QTimeZone siteZone(const engine::ServerSettings &settings);
    // "Europe/Madrid, UTC+01:00" at the moment `wall`; "UTC" for UTC itself.
    static QString zoneName(const QTimeZone &zone, const QDateTime &wall);
    // The date and time in the locale's format, without any zone.
    static QString wallTime(const QDateTime &wall, QLocale::FormatType format = QLocale::LongFormat);
    // "7 December 2026 06:01:02 (Europe/Madrid, UTC+01:00)".
    static QString labelled(const QDateTime &wall, const QTimeZone &siteZone,
                            QLocale::FormatType format = QLocale::LongFormat);
};

} // namespace punchclock::ui
