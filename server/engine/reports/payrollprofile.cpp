#include "payrollprofile.h"

#include <QJsonArray>
#include <QSet>

namespace punchclock::engine::reports {

namespace {

const QString nameKey = QStringLiteral("name");
const QString columnsKey = QStringLiteral("columns");
const QString columnKey = QStringLiteral("key");
const QString headerKey = QStringLiteral("header");
const QString kindKey = QStringLiteral("kind");
const QString hoursFormatKey = QStringLiteral("hours_format");
const QString decimalPlacesKey = QStringLiteral("decimal_places");
const QString decimalSeparatorKey = QStringLiteral("decimal_separator");
const QString dateFormatKey = QStringLiteral("date_format");
const QString delimiterKey = QStringLiteral("delimiter");

const QString hoursMinutesName = QStringLiteral("h:mm");
const QString decimalName = QStringLiteral("decimal");

const QString decimalSeparators = QStringLiteral(".,");
const QString delimiters = QStringLiteral(",;\t|");

// A header, a leave kind or a name goes into a CSV line, a spreadsheet cell and a list: it must
// fit on one line and split no field.
bool fitsOneField(const QString &text, int maxLength)
{
    return text.size() <= maxLength && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')) &&
           !text.contains(QLatin1Char('\t'));
}

qint64 powerOfTen(int places)
{
    qint64 power = 1;
    for (int i = 0; i < places; ++i)
        power *= 10;
    return power;
}

PayrollProfileProblem problemAt(PayrollProfileError error, int column = -1, const QString &detail = {})
{
    return {error, column, detail};
}

PayrollProfileColumn shippedColumn(PayrollColumn column, const QString &leaveKind = {})
{
    const QString key = payrollColumnKey(column);
    return {column, leaveKind, leaveKind.isEmpty() ? key : key + QLatin1Char('_') + leaveKind};
}

} // namespace

QString PayrollProfile::hoursText(int minutes) const
{
    const QString sign = minutes < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = qAbs(qint64(minutes));
    if (hoursFormat == HoursFormat::HoursMinutes)
        return sign + QString::number(magnitude / 60) + QLatin1Char(':') +
               QString::number(magnitude % 60).rightJustified(2, QLatin1Char('0'));
    // In whole units of the last place, rounded half up: binary fractions would round 0.15 down.
    const int places = qBound(0, decimalPlaces, MaxDecimalPlaces);
    const qint64 scale = powerOfTen(places);
    const qint64 scaled = (magnitude * scale * 2 + 60) / 120;
    QString text = QString::number(scaled / scale);
    if (places > 0)
        text += decimalSeparator + QString::number(scaled % scale).rightJustified(places, QLatin1Char('0'));
    return sign + text;
}

double PayrollProfile::hoursValue(int minutes) const
{
    if (hoursFormat == HoursFormat::HoursMinutes)
        return minutes / 60.0;
    const int places = qBound(0, decimalPlaces, MaxDecimalPlaces);
    const qint64 scale = powerOfTen(places);
    const qint64 scaled = (qAbs(qint64(minutes)) * scale * 2 + 60) / 120;
    return (minutes < 0 ? -1.0 : 1.0) * double(scaled) / double(scale);
}

QString PayrollProfile::dateText(QDate date) const
{
    return date.isValid() ? date.toString(dateFormat) : QString();
}

PayrollProfileProblem PayrollProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return problemAt(PayrollProfileError::EmptyName);
    if (!fitsOneField(name, MaxNameLength) || name.trimmed() != name)
        return problemAt(PayrollProfileError::InvalidName);
    if (columns.isEmpty())
        return problemAt(PayrollProfileError::NoColumns);
    if (columns.size() > MaxColumns)
        return problemAt(PayrollProfileError::TooManyColumns);
    for (int i = 0; i < columns.size(); ++i) {
        const PayrollProfileColumn &column = columns.at(i);
        if (column.header.trimmed().isEmpty())
            return problemAt(PayrollProfileError::EmptyHeader, i);
        if (!fitsOneField(column.header, MaxTextLength))
            return problemAt(PayrollProfileError::InvalidHeader, i);
        if ((!column.leaveKind.isEmpty() && column.column != PayrollColumn::LeaveDays) ||
            !fitsOneField(column.leaveKind, MaxTextLength))
            return problemAt(PayrollProfileError::InvalidLeaveKind, i);
    }
    if (decimalPlaces < 0 || decimalPlaces > MaxDecimalPlaces)
        return problemAt(PayrollProfileError::InvalidDecimalPlaces);
    if (!decimalSeparators.contains(decimalSeparator))
        return problemAt(PayrollProfileError::InvalidDecimalSeparator);
    if (!isPayrollDateFormat(dateFormat))
        return problemAt(PayrollProfileError::InvalidDateFormat, -1, dateFormat);
    if (!delimiters.contains(delimiter))
        return problemAt(PayrollProfileError::InvalidDelimiter);
    // Quoting would keep "7,50" one field, but many payroll imports split at every comma.
    if (hoursFormat == HoursFormat::Decimal && decimalSeparator == delimiter)
        return problemAt(PayrollProfileError::SeparatorIsDelimiter);
    return {};
}

QJsonObject PayrollProfile::toJson() const
{
    QJsonArray columnList;
    for (const PayrollProfileColumn &column : columns) {
        QJsonObject entry{{columnKey, payrollColumnKey(column.column)}, {headerKey, column.header}};
        if (!column.leaveKind.isEmpty())
            entry.insert(kindKey, column.leaveKind);
        columnList.append(entry);
    }
    return {{nameKey, name},
            {columnsKey, columnList},
            {hoursFormatKey, hoursFormat == HoursFormat::Decimal ? decimalName : hoursMinutesName},
            {decimalPlacesKey, decimalPlaces},
            {decimalSeparatorKey, QString(decimalSeparator)},
            {dateFormatKey, dateFormat},
            {delimiterKey, QString(delimiter)}};
}

PayrollProfile PayrollProfile::fromJson(const QJsonObject &json, PayrollProfileProblem *problem)
{
    PayrollProfile profile;
    PayrollProfileProblem found;
    const auto note = [&found](PayrollProfileProblem seen) {
        if (found.ok())
            found = seen;
    };
    const auto text = [&json, &note](const QString &key, QString *value) {
        if (!json.contains(key))
            return false;
        if (!json.value(key).isString())
            note(problemAt(PayrollProfileError::NotAProfile, -1, key));
        *value = json.value(key).toString();
        return true;
    };
    text(nameKey, &profile.name);
    profile.name = profile.name.trimmed();
    if (!json.value(columnsKey).isArray())
        note(problemAt(json.contains(columnsKey) ? PayrollProfileError::NotAProfile : PayrollProfileError::NoColumns,
                       -1, columnsKey));
    const QJsonArray columnList = json.value(columnsKey).toArray();
    for (int i = 0; i < columnList.size(); ++i) {
        const QJsonObject entry = columnList.at(i).toObject();
        const QString key = entry.value(columnKey).toString();
        const std::optional<PayrollColumn> column = payrollColumnNamed(key);
        if (!columnList.at(i).isObject() || !column) {
            note(problemAt(PayrollProfileError::UnknownColumn, i, key));
            continue;
        }
        if ((entry.contains(headerKey) && !entry.value(headerKey).isString()) ||
            (entry.contains(kindKey) && !entry.value(kindKey).isString()))
            note(problemAt(PayrollProfileError::NotAProfile, i, entry.contains(kindKey) ? kindKey : headerKey));
        profile.columns.append({*column, entry.value(kindKey).toString().trimmed(),
                                entry.contains(headerKey) ? entry.value(headerKey).toString() : key});
    }
    QString hours = hoursMinutesName;
    text(hoursFormatKey, &hours);
    if (hours == decimalName)
        profile.hoursFormat = HoursFormat::Decimal;
    else if (hours != hoursMinutesName)
        note(problemAt(PayrollProfileError::InvalidHoursFormat, -1, hours));
    if (json.contains(decimalPlacesKey)) {
        profile.decimalPlaces = json.value(decimalPlacesKey).toInt(-1);
        if (profile.decimalPlaces < 0 || profile.decimalPlaces > MaxDecimalPlaces)
            note(problemAt(PayrollProfileError::InvalidDecimalPlaces));
    }
    QString separator = profile.decimalSeparator;
    if (text(decimalSeparatorKey, &separator) && separator.size() != 1)
        note(problemAt(PayrollProfileError::InvalidDecimalSeparator, -1, separator));
    profile.decimalSeparator = separator.isEmpty() ? QChar() : separator.front();
    text(dateFormatKey, &profile.dateFormat);
    QString delimiter = profile.delimiter;
    if (text(delimiterKey, &delimiter) && delimiter.size() != 1)
        note(problemAt(PayrollProfileError::InvalidDelimiter, -1, delimiter));
    profile.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    if (problem)
        *problem = found;
    return profile;
}

bool PayrollProfile::operator==(const PayrollProfile &other) const
{
    return name == other.name && columns == other.columns && hoursFormat == other.hoursFormat &&
           decimalPlaces == other.decimalPlaces && decimalSeparator == other.decimalSeparator &&
           dateFormat == other.dateFormat && delimiter == other.delimiter;
}

// Only numbers, each of day, month and year once, so that the text reads the same in every
// language and a payroll program can parse it.
bool isPayrollDateFormat(const QString &format)
{
    static const QString separators = QStringLiteral(" -./,");
    QSet<QChar> seen;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            qsizetype run = 1;
            while (i + run < format.size() && format.at(i + run) == c)
                ++run;
            const bool fits = c == QLatin1Char('y') ? (run == 2 || run == 4) : run <= 2;
            if (!fits || seen.contains(c))
                return false;
            seen.insert(c);
            i += run;
            continue;
        }
        if (!separators.contains(c))
            return false;
        ++i;
    }
    return seen.size() == 3;
}

QList<PayrollProfile> shippedPayrollProfiles()
{
    const QList<PayrollProfileColumn> columns{
        shippedColumn(PayrollColumn::EmployeeId),
        shippedColumn(PayrollColumn::Name),
        shippedColumn(PayrollColumn::Department),
        shippedColumn(PayrollColumn::PeriodFrom),
        shippedColumn(PayrollColumn::PeriodTo),
        shippedColumn(PayrollColumn::RegularHours),
        shippedColumn(PayrollColumn::OvertimeHours),
        shippedColumn(PayrollColumn::NightHours),
        shippedColumn(PayrollColumn::HolidayHours),
        // The kinds the console offers, as the command line stores them; the rest under "other".
        shippedColumn(PayrollColumn::LeaveDays, QStringLiteral("vacation")),
        shippedColumn(PayrollColumn::LeaveDays, QStringLiteral("sick")),
        shippedColumn(PayrollColumn::LeaveDays, QStringLiteral("unpaid")),
        shippedColumn(PayrollColumn::LeaveDaysOther),
        shippedColumn(PayrollColumn::AbsenceDays),
        shippedColumn(PayrollColumn::LateCount),
        shippedColumn(PayrollColumn::LateMinutes),
    };
    PayrollProfile hoursMinutes;
    hoursMinutes.name = QStringLiteral("default");
    hoursMinutes.columns = columns;
    PayrollProfile decimal = hoursMinutes;
    decimal.name = QStringLiteral("hours-as-decimal");
    decimal.hoursFormat = HoursFormat::Decimal;
    decimal.decimalPlaces = 2;
    return {hoursMinutes, decimal};
}

bool isShippedPayrollProfile(const QString &name)
{
    for (const PayrollProfile &shipped : shippedPayrollProfiles()) {
        if (samePayrollProfileName(shipped.name, name))
            return true;
    }
    return false;
}

bool samePayrollProfileName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace punchclock::engine::reports
