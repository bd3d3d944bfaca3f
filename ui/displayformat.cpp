#include "displayformat.h"

#include <QLocale>

#include <cstdlib>

namespace punchclock::ui {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

} // namespace

QString DisplayFormat::clockDrift(qint64 seconds)
{
    // Terminals keep whole seconds and polls take a moment: a second either way is in sync.
    if (std::llabs(seconds) <= 1)
        return tr("in sync");
    const qint64 magnitude = std::llabs(seconds);
    const bool ahead = seconds > 0;
    const QLocale locale;
    if (magnitude < 2 * minute)
        return ahead ? tr("%1 s ahead").arg(locale.toString(magnitude)) : tr("%1 s behind").arg(locale.toString(magnitude));
    if (magnitude < 2 * hour) {
        const QString value = locale.toString(magnitude / minute);
        return ahead ? tr("%1 min ahead").arg(value) : tr("%1 min behind").arg(value);
    }
    if (magnitude < 2 * day) {
        const QString value = locale.toString(magnitude / hour);
        return ahead ? tr("%1 h ahead").arg(value) : tr("%1 h behind").arg(value);
    }
    const QString value = locale.toString(magnitude / day);
    return ahead ? tr("%1 days ahead").arg(value) : tr("%1 days behind").arg(value);
}

QString DisplayFormat::age(const QDateTime &moment, const QDateTime &now)
{
    if (!moment.isValid())
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, moment.secsTo(now));
    if (seconds < minute)
        return tr("just now");
    if (seconds < hour)
        return tr("%n min ago", nullptr, int(seconds / minute));
    if (seconds < 2 * day)
        return tr("%n h ago", nullptr, int(seconds / hour));
    return tr("%n days ago", nullptr, int(seconds / day));
}

QString DisplayFormat::timeWithSeconds(QTime time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1Char('s')))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(time, format);
}

QString DisplayFormat::wallTime(const QDateTime &time)
{
    return QString(QLocale().toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   timeWithSeconds(time.time()));
}

} // namespace punchclock::ui
