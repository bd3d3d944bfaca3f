#pragma once

#include "payrollcolumn.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace punchclock::engine::reports {

// One column of a payroll export: the figure, for leave_days the kind of leave it counts
// (empty: every kind), and the header a payroll program expects.
struct PayrollProfileColumn
{
    PayrollColumn column = PayrollColumn::EmployeeId;
    QString leaveKind;
    QString header;

    bool operator==(const PayrollProfileColumn &other) const
    {
        return column == other.column && leaveKind == other.leaveKind && header == other.header;
    }
};

enum class HoursFormat {
    HoursMinutes, // "h:mm": 7:30, 172:05
    Decimal,      // "decimal": 7.50, with PayrollProfile::decimalPlaces
};

// Why a profile cannot be saved or used; the front ends put it into words.
enum class PayrollProfileError {
    None,
    EmptyName,
    InvalidName,   // over PayrollProfile::MaxNameLength, with a line break or tab, or spaces around it
    ShippedName,   // the name of a shipped profile, which cannot be overwritten or removed
    DuplicateName, // stored twice (only by writing the settings table by hand)
    NoColumns,
    TooManyColumns, // over PayrollProfile::MaxColumns
    UnknownColumn,  // detail: the key
    EmptyHeader,
    InvalidHeader,        // over MaxTextLength, or with a line break or tab
    InvalidLeaveKind,     // a kind on another column than leave_days, or one over MaxTextLength
    InvalidHoursFormat,   // detail: the value
    InvalidDecimalPlaces, // outside 0 to MaxDecimalPlaces
    InvalidDecimalSeparator,
    InvalidDateFormat, // detail: the format
    InvalidDelimiter,
    SeparatorIsDelimiter,  // decimal hours with the comma both as decimal separator and delimiter
    NotAProfile,           // JSON that is not an object of the profile's form; detail: the field
    InvalidStoredProfiles, // the stored list is not a JSON array of profiles; detail: why
    UnknownProfile,        // detail: the name asked for
};

struct PayrollProfileProblem
{
    PayrollProfileError error = PayrollProfileError::None;
    int column = -1; // the column concerned, from 0; -1 for the profile as a whole
    QString detail;

    bool ok() const { return error == PayrollProfileError::None; }
};

// How a payroll export is laid out: which columns in which order under which headers, how hours,
// decimals and dates are written, and what separates the fields of a CSV line. Saved as JSON
// (toJson, docs/payroll.md) in the settings table by services::PayrollProfiles.
struct PayrollProfile
{
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxTextLength = 64; // a header, a leave kind
    static constexpr int MaxColumns = 64;
    static constexpr int MaxDecimalPlaces = 4;

    QString name;
    QList<PayrollProfileColumn> columns;
    HoursFormat hoursFormat = HoursFormat::HoursMinutes;
    int decimalPlaces = 2;
    QChar decimalSeparator = QLatin1Char('.');
    // Day, month and year as QDate::toString reads them (d, dd, M, MM, yy, yyyy), each once,
    // between the separators " -./,": "yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy".
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QChar delimiter = QLatin1Char(',');

    // Minutes as the profile writes hours: "7:30", or "7.50" rounded half up to decimalPlaces.
    QString hoursText(int minutes) const;
    // The same rounded number, for a spreadsheet cell (Decimal only).
    double hoursValue(int minutes) const;
    QString dateText(QDate date) const;

    // The first problem, in the order of the form; None when the profile can be used. Whether the
    // name is a shipped profile's is for the store to say.
    PayrollProfileProblem problem() const;

    QJsonObject toJson() const;
    // A profile from its JSON; fields left out take their defaults (a column's header: its key).
    // Check problem() before using it: *problem only says what could not be read.
    static PayrollProfile fromJson(const QJsonObject &json, PayrollProfileProblem *problem);

    bool operator==(const PayrollProfile &other) const;
};

// Whether a profile may write dates so (PayrollProfile::dateFormat).
bool isPayrollDateFormat(const QString &format);

// The profiles every site has, which cannot be overwritten or removed: "default" (hours as
// h:mm) and "hours-as-decimal" (decimal, 2 places), with the same columns.
QList<PayrollProfile> shippedPayrollProfiles();
bool isShippedPayrollProfile(const QString &name); // any case
// Profile names are matched in any case, as shifts and departments are.
bool samePayrollProfileName(const QString &a, const QString &b);

} // namespace punchclock::engine::reports
