#pragma once

#include "dayresult.h"
#include "payrollprofile.h"
#include "reportbuilder.h"
#include "reportrequest.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace punchclock::engine::reports {

// One employee's figures over a period, summed from the calculated days (docs/payroll.md says
// what each counts and why).
struct PayrollFigures
{
    int daysWorked = 0;
    int expectedMinutes = 0;
    int workedMinutes = 0;
    int overtimeMinutes = 0;
    int nightMinutes = 0;
    int holidayMinutes = 0; // worked on working days that are holidays
    // Leave on days a shift was planned (not on days off, holidays, days without a schedule or
    // while disabled), by kind as normalLeaveKind() gives it, and of every kind.
    QHash<QString, int> leaveDaysByKind;
    int leaveDays = 0;
    int absenceDays = 0;
    int lateCount = 0;
    int lateMinutes = 0;
    int earlyLeaveCount = 0;
    int earlyLeaveMinutes = 0;
    int missingPunchDays = 0;

    // Worked time that is not overtime: regular + overtime = worked.
    int regularMinutes() const { return workedMinutes - overtimeMinutes; }

    static PayrollFigures of(const QList<attendance::DayResult> &days);
    // Leave kinds are typed by people: "Sick" and " sick" are one kind.
    static QString normalLeaveKind(const QString &kind);
};

// A payroll export before it is written: one row per employee, one value per column of the
// profile, of the column's PayrollValueKind (QString, QDate, or int minutes or count).
struct PayrollTable
{
    PayrollProfile profile;
    QDate from;
    QDate to;
    // When the period runs past the site's today: the last day counted (as ReportTable::countedTo).
    QDate countedTo;
    QList<QVariantList> rows;
    QStringList userIds; // one per row
};

// Payroll exports: the attendance calculation of every report (ReportBuilder::calculate, so the
// same employees, department scope, disabled employees, closed periods and corrections), summed
// per employee over the period and laid out as a profile says.
class PayrollExport
{
public:
    // `request` for its period and today (invalid: nothing is beyond today).
    static PayrollTable table(const QList<EmployeeDays> &employees, const PayrollProfile &profile,
                              const ReportRequest &request);
    // Calculates the request's period from the store and lays it out; the request's kind does
    // not matter. Nullopt with *error set as ReportBuilder says.
    static std::optional<PayrollTable> build(const QSqlDatabase &db, ReportRequest request,
                                             const PayrollProfile &profile, ReportError *error);
};

} // namespace punchclock::engine::reports
