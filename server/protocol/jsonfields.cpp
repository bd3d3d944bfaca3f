#include "jsonfields.h"

#include <QJsonArray>

#include <cmath>

namespace punchclock::protocol::json {

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

qint64 integerOr(const QJsonValue &value, qint64 fallback)
{
    return integer(value).value_or(fallback);
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const auto number = integer(value); number && value.isDouble())
        return QString::number(*number);
    return {};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList items;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QString entry = text(item);
            if (!entry.isEmpty())
                items.append(entry);
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        items.append(value.toString());
    }
    return items;
}

} // namespace punchclock::protocol::json
