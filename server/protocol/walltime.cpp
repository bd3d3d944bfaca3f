#include "walltime.h"

#include <cstdio>

namespace punchclock::protocol::walltime {

namespace {

const QString protocolFormat = QStringLiteral("yyyyMMddHHmmss");

} // namespace

QDateTime make(QDate date, QTime time)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime fromProtocol(const QString &text)
{
    if (text.size() != 14)
        return {};
    for (const QChar c : text) {
        if (!c.isDigit())
            return {};
    }
    const QDate date(text.left(4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt());
    const QTime time(text.mid(8, 2).toInt(), text.mid(10, 2).toInt(), text.mid(12, 2).toInt());
    return make(date, time);
}

QString toProtocol(const QDateTime &wallTime)
{
    return wallTime.isValid() ? wallTime.toString(protocolFormat) : QString();
}

QString toStorage(const QDateTime &wallTime)
{
    // Fixed width by hand: this runs for every stored punch, and the general formatter is slow.
    if (!wallTime.isValid())
        return {};
    const QDate date = wallTime.date();
    const QTime time = wallTime.time();
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", date.year(), date.month(),
                                     date.day(), time.hour(), time.minute(), time.second());
    return QString::fromLatin1(text, length);
}


QDateTime fromStorage(const QString &text)
{
    // Date and time apart: QDateTime::fromString would go through the PC's local zone, where a
    // wall time in the hour skipped at the start of summer time does not exist.
    if (text.size() != 19 || text.at(10) != QLatin1Char(' '))
        return {};
    return make(QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd")),
                QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss")));
}

QDateTime now(const QTimeZone &siteZone)
{
    const QDateTime local = QDateTime::currentDateTime().toTimeZone(siteZone);
    return make(local.date(), QTime(local.time().hour(), local.time().minute(), local.time().second()));
}

} // namespace punchclock::protocol::walltime
