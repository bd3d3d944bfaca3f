#pragma once

#include "reportbuilder.h"
#include "reporttable.h"

namespace punchclock::engine::reports {

// The columns of each report kind and how calculated days fill them, with totals.
class ReportLayout
{
public:
    static QList<ReportColumn> columns(ReportKind kind);
    static ReportTable table(const ReportRequest &request, const QList<EmployeeDays> &employees);
};

} // namespace punchclock::engine::reports
