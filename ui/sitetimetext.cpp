#include "sitetimetext.h"

#include "serversettings.h"
#include "settingsrepository.h"

namespace punchclock::ui {

QTimeZone SiteTimeText::siteZone(const QSqlDatabase &db)
{
    return siteZone(engine::ServerSettings::load(storage::SettingsRepository(db)));
}

QTimeZone SiteTimeText::siteZone(const engine::ServerSettings &settings)
{
    return settings.siteTimeZone.isValid() ? settings.siteTimeZone : QTimeZone::systemTimeZone();
}

QString SiteTimeText::zoneName(const QTimeZone &zone, const QDateTime &wall)
{
    const QString id = QString::fromUtf8(zone.id());
    // The offset the site's clocks had at that wall time (summer or winter).
    const QDateTime moment(wall.date(), wall.time(), zone);
    const QString offset = zone.displayName(moment, QTimeZone::OffsetName);
    if (offset.isEmpty() || id == offset)
        return id;
    if (zone.offsetFromUtc(moment) == 0 && id.contains(QLatin1String("UTC")))
        return QStringLiteral("UTC");
    return tr("%1, %2").arg(id, offset);
}

QString SiteTimeText::wallTime(const QDateTime &wall, QLocale::FormatType format)
{
    const QLocale locale;
    // The locale's time format with its zone field ('t') taken out.
    QString timeFormat = locale.timeFormat(format);
    timeFormat.remove(QLatin1Char('t'));
    return locale.toString(wall.date(), format) + QLatin1Char(' ') + locale.toString(wall.time(), timeFormat.trimmed());
}

QString SiteTimeText::labelled(const QDateTime &wall, const QTimeZone &siteZone, QLocale::FormatType format)
{
    return tr("%1 (%2)").arg(wallTime(wall, format), zoneName(siteZone, wall));
}

} // namespace punchclock::ui
