#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Lenient readers: some firmware sends numbers as strings ("log_count":"64") and user ids as
// numbers (protocol.md §2.2, §4.4).
namespace punchclock::protocol::json {

std::optional<qint64> integer(const QJsonValue &value);
qint64 integerOr(const QJsonValue &value, qint64 fallback);

// A string, or a whole number written as its decimal text; empty when neither.
QString text(const QJsonValue &value);

QStringList stringList(const QJsonValue &value);

} // namespace punchclock::protocol::json
