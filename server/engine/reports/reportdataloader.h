#pragma once

#include "attendancerules.h"
#include "closedperiodrepository.h"
#include "punchinput.h"
#include "reportrequest.h"
#include "shift.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::engine::reports {

// One employee with what their period is calculated from.
struct EmployeeInput
{
    QString userId;
    QString name;
    QString department;
    attendance::WorkPlan plan;
    QList<attendance::PunchInput> punches; // corrections applied
    QList<attendance::LeaveDay> leave;
    QList<attendance::DisabledSpan> disabled; // from the Disable and Enable operators made
};

struct ReportData
{
    attendance::AttendanceRules rules; // pairing, duplicate window, holidays, today; leave per employee
    QList<EmployeeInput> employees;    // by user id
    // Closed periods that share a day with the report's, by date: their days are calculated
    // with the settings they were closed with, and without what counted only after closing.
    QList<storage::ClosedPeriodRow> closedPeriods;
};

// Reads everything a report needs in one query per table, whatever the number of employees:
// rules (the site's time zone and today among them), each employee's plan through time,
// employees, when they were disabled, the punches of the period plus the day before and the day
// after (night shifts), the corrections in force, which it applies to the loaded punches, and
// the closed periods.
class ReportDataLoader
{
public:
    explicit ReportDataLoader(QSqlDatabase db);

    std::optional<ReportData> load(const ReportRequest &request, ReportError *error) const;

private:
    bool checkScope(const ReportRequest &request, ReportError *error) const;
    // The corrections in force for the period (storage::correctionsInForce) on the loaded punches.
    bool applyCorrections(const ReportRequest &request, QHash<QString, QList<attendance::PunchInput>> *punches) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::engine::reports
