#include "optionreader.h"

namespace punchclock::cli {

namespace {

QDate isoDay(const QString &text)
{
    return QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

OptionReader::OptionReader(const QCommandLineParser &parser)
    : m_parser(parser)
{}

QString OptionReader::optionName(const QCommandLineOption &option)
{
    return QStringLiteral("--") + option.names().constLast();
}

void OptionReader::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

std::optional<QDate> OptionReader::date(const QCommandLineOption &option)
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    const QDate day = isoDay(m_parser.value(option));
    if (!day.isValid()) {
        fail(QStringLiteral("%1 expects a date as YYYY-MM-DD, not '%2'")
                 .arg(optionName(option), m_parser.value(option)));
        return std::nullopt;
    }
    return day;
}

QDate OptionReader::requiredDate(const QCommandLineOption &option)
{
    if (!m_parser.isSet(option)) {
        fail(QStringLiteral("%1 YYYY-MM-DD is needed").arg(optionName(option)));
        return {};
    }
    return date(option).value_or(QDate());
}

QDate OptionReader::from(const QCommandLineOption &option, QDate fallback)
{
    if (!m_parser.isSet(option))
        return fallback;
    if (m_parser.value(option).trimmed() == QLatin1String("start"))
        return {};
    const QDate day = isoDay(m_parser.value(option));
    if (!day.isValid())
        fail(QStringLiteral("%1 expects a date as YYYY-MM-DD or 'start', not '%2'")
                 .arg(optionName(option), m_parser.value(option)));
    return day;
}

std::optional<QTime> OptionReader::time(const QCommandLineOption &option)
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    const QString text = m_parser.value(option).trimmed();
    // "8:00" as well as "08:00"; seconds have no meaning for a shift.
    QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid()) {
        fail(QStringLiteral("%1 expects a time as HH:MM, not '%2'").arg(optionName(option), m_parser.value(option)));
        return std::nullopt;
    }
    return time;
}

std::optional<int> OptionReader::number(const QCommandLineOption &option, int minimum, int maximum)
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = m_parser.value(option).trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        fail(QStringLiteral("%1 expects a whole number from %2 to %3, not '%4'")
                 .arg(optionName(option))
                 .arg(minimum)
                 .arg(maximum)
                 .arg(m_parser.value(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<int> OptionReader::minutes(const QCommandLineOption &option)
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = m_parser.value(option).trimmed().toInt(&ok);
    // A day has 1,440 minutes; nothing a shift counts in minutes can be longer.
    if (!ok || value < 0 || value > 24 * 60) {
        fail(QStringLiteral("%1 expects minutes from 0 to 1440, not '%2'")
                 .arg(optionName(option), m_parser.value(option)));
        return std::nullopt;
    }
    return value;
}

QDate OptionReader::dateArgument(const QString &what, const QString &value)
{
    const QDate day = isoDay(value);
    if (!day.isValid())
        fail(QStringLiteral("%1 expects a date as YYYY-MM-DD, not '%2'").arg(what, value));
    return day;
}

bool OptionReader::range(const QCommandLineOption &fromOption, const QCommandLineOption &toOption, QDate *from,
                         QDate *to, bool oneDayWithoutTo)
{
    *from = requiredDate(fromOption);
    if (!m_parser.isSet(toOption) && oneDayWithoutTo)
        *to = *from;
    else
        *to = requiredDate(toOption);
    return ok() && inOrder(fromOption, toOption, *from, *to);
}

bool OptionReader::optionalRange(const QCommandLineOption &fromOption, const QCommandLineOption &toOption,
                                 QDate *from, QDate *to)
{
    *from = date(fromOption).value_or(QDate());
    *to = date(toOption).value_or(QDate());
    return ok() && inOrder(fromOption, toOption, *from, *to);
}

bool OptionReader::inOrder(const QCommandLineOption &fromOption, const QCommandLineOption &toOption, QDate from,
                           QDate to)
{
    if (from.isValid() && to.isValid() && from > to) {
        fail(QStringLiteral("%1 %2 is after %3 %4")
                 .arg(optionName(fromOption), from.toString(Qt::ISODate), optionName(toOption),
                      to.toString(Qt::ISODate)));
        return false;
    }
    return true;
}

QString fromText(QDate from)
{
    return from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("start");
}

} // namespace punchclock::cli
