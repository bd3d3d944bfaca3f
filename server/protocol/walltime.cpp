#include "walltime.h"

namespace punchclock::protocol::walltime {

namespace {

const QString protocolFormat = QStringLiteral("yyyyMMddHHmmss");
const QString storageFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QDateTime parse(const QString &text, const QString &format)
{
    QDateTime parsed = QDateTime::fromString(text, format);
    if (!parsed.isValid())
        return {};
    // fromString yields local time; re-label the same fields as zone-less.
    return make(parsed.date(), parsed.time());
}

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
    return wallTime.isValid() ? wallTime.toString(storageFormat) : QString();
}

QDateTime fromStorage(const QString &text)
{
    return parse(text, storageFormat);
}

QDateTime now(const QTimeZone &siteZone)
{
    const QDateTime local = QDateTime::currentDateTime().toTimeZone(siteZone);
    return make(local.date(), QTime(local.time().hour(), local.time().minute(), local.time().second()));
}

} // namespace punchclock::protocol::walltime
