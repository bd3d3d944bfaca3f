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

// Builds reports from the store: the punches, the corrections in force and the rules (each
// employee's schedules and shifts as they were on each day, holidays, leave, settings) are read
// at every call, so a changed rule or a corrected punch shows in the next report without any
// rebuild, and a rule changed from a date on leaves the days before it alone.
//
// A punch counts from the moment it arrived from an approved terminal, or its pending terminal
// was approved (blocking a terminal later takes nothing away). A closed period is calculated
// with the settings it was closed with, and without what began to count after it was closed.
// Days after the site's today are not counted yet. A punch stored once per (user, time,
// terminal) is never counted twice, and punches close together are duplicates by the duplicate
// window. Corrections are applied on the loaded punches, never on the stored ones: an added
// punch has the negative correction id as its id (PunchSource::Added), a moved one keeps its id
// (PunchSource::Moved), a voided one stays visible as PunchSource::Voided.
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
    // `today` as in ReportRequest (invalid: the site's today).
    std::optional<attendance::DayResult> explain(const QString &userId, QDate date, ReportError *error = nullptr,
                                                 QDate today = {}) const;

    // The site's today, by its time zone setting.
    QDate siteToday() const;

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::engine::reports
