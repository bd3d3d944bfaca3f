#include "payrollmessages.h"

namespace punchclock::cli {

using engine::reports::PayrollProfile;
using engine::reports::PayrollProfileError;
using engine::reports::PayrollProfileProblem;

namespace {

QString columnText(const PayrollProfileProblem &problem, const PayrollProfile &profile)
{
    if (problem.column < 0)
        return {};
    const QString number = QStringLiteral("column %1").arg(problem.column + 1);
    if (problem.column >= profile.columns.size())
        return number + QStringLiteral(": ");
    return QStringLiteral("%1 (%2): ").arg(number, payrollColumnKey(profile.columns.at(problem.column).column));
}

QString problemText(const PayrollProfileProblem &problem)
{
    switch (problem.error) {
    case PayrollProfileError::None: break;
    case PayrollProfileError::EmptyName: return QStringLiteral("a profile needs a name");
    case PayrollProfileError::InvalidName:
        return QStringLiteral("a profile's name has at most %1 characters, on one line")
            .arg(PayrollProfile::MaxNameLength);
    case PayrollProfileError::ShippedName:
        return QStringLiteral("'%1' is a shipped profile, which cannot be changed or removed; save a copy under "
                              "another name")
            .arg(problem.detail);
    case PayrollProfileError::DuplicateName:
        return QStringLiteral("another saved profile has the name '%1'").arg(problem.detail);
    case PayrollProfileError::NoColumns: return QStringLiteral("a profile needs at least one column");
    case PayrollProfileError::TooManyColumns:
        return QStringLiteral("a profile has at most %1 columns").arg(PayrollProfile::MaxColumns);
    case PayrollProfileError::UnknownColumn:
        return QStringLiteral("unknown column '%1' (see docs/payroll.md for the keys)").arg(problem.detail);
    case PayrollProfileError::EmptyHeader: return QStringLiteral("the header is empty");
    case PayrollProfileError::InvalidHeader:
        return QStringLiteral("a header has at most %1 characters, on one line, without tabs")
            .arg(PayrollProfile::MaxTextLength);
    case PayrollProfileError::InvalidLeaveKind:
        return QStringLiteral("a kind of leave is only for leave_days, and has at most %1 characters on one line")
            .arg(PayrollProfile::MaxTextLength);
    case PayrollProfileError::InvalidHoursFormat:
        return QStringLiteral("hours are written as h:mm or decimal, not '%1'").arg(problem.detail);
    case PayrollProfileError::InvalidDecimalPlaces:
        return QStringLiteral("decimal places go from 0 to %1").arg(PayrollProfile::MaxDecimalPlaces);
    case PayrollProfileError::InvalidDecimalSeparator: return QStringLiteral("the decimal separator is '.' or ','");
    case PayrollProfileError::InvalidDateFormat:
        return QStringLiteral("'%1' is not a date format of d or dd, M or MM, yy or yyyy, each once, and the "
                              "separators \" -./,\" (such as yyyy-MM-dd or dd.MM.yyyy)")
            .arg(problem.detail);
    case PayrollProfileError::InvalidDelimiter: return QStringLiteral("the delimiter is ',', ';', tab or '|'");
    case PayrollProfileError::SeparatorIsDelimiter:
        return QStringLiteral("decimal hours with ',' as the decimal separator need another delimiter than ',' "
                              "(';' or tab)");
    case PayrollProfileError::NotAProfile:
        return problem.detail.isEmpty() ? QStringLiteral("not a profile: a JSON object is expected")
                                        : QStringLiteral("not a profile: '%1' has the wrong type").arg(problem.detail);
    case PayrollProfileError::InvalidStoredProfiles:
        return QStringLiteral("the saved profiles (setting payroll.profiles) cannot be read: %1").arg(problem.detail);
    case PayrollProfileError::UnknownProfile:
        return QStringLiteral("unknown payroll profile '%1' (see 'punchclock report payroll-profiles')")
            .arg(problem.detail);
    }
    return {};
}

} // namespace

QString describePayrollProblem(const PayrollProfileProblem &problem, const PayrollProfile &profile)
{
    return columnText(problem, profile) + problemText(problem);
}

QString delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QStringLiteral("'%1'").arg(delimiter);
}

QChar delimiterNamed(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("tab") || name == QLatin1String("\t"))
        return QLatin1Char('\t');
    if (lower == QLatin1String("comma"))
        return QLatin1Char(',');
    if (lower == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (lower == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (name.size() == 1 && QStringLiteral(",;|").contains(name.front()))
        return name.front();
    return {};
}

} // namespace punchclock::cli
