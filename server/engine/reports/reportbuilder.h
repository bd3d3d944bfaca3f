#pragma once

#include "attendancecalculator.h"
#include "reportrequest.h"
#include "reporttable.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::engine::reports {

// One employee's calculated period, what every report kind is made from.
struct EmployeeDays
{
    QString userId;
    QString name;
    QString department; // its name, empty for none
    QList<attendance::DayResult> days; // one per date of the period
};

// Builds reports from the store as it is now: the punches, the corrections in force and the
// rules (shifts, schedules, holidays, leave, settings) are read at every call, so a changed
// rule or a corrected punch shows in the next report without any rebuild.
//
// Only punches of terminals that are approved now count (the others are explained as
// NotCounting); a punch stored once per (user, time, terminal) is never counted twice, and
// punches close together are duplicates by the duplicate window. Corrections are applied on
// the loaded punches, never on the stored ones: an added punch has the negative correction id
// as its id (PunchSource::Added), a moved one keeps its id (PunchSource::Moved), a voided one
// stays visible as PunchSource::Voided.
//
// A handful of set-based queries per report, whatever the number of employees.
class ReportBuilder
{
public:
    static constexpr int maximumDays = 366;

    explicit ReportBuilder(QSqlDatabase db);

    std::optional<ReportTable> build(const ReportRequest &request, ReportError *error = nullptr) const;

    // The calculated days behind a report, per employee (by user id), for callers that need
    // more than the table.
    std::optional<QList<EmployeeDays>> calculate(const ReportRequest &request, ReportError *error = nullptr) const;

    // One employee's working day, with every punch that was considered and what became of it
    // (PunchExplanation): for "explain" on a report row.
    std::optional<attendance::DayResult> explain(const QString &userId, QDate date,
                                                 ReportError *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::engine::reports
