#pragma once

#include "reporttable.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace punchclock::engine::reports {

// What to report on: a kind, an inclusive date range and optionally one department or one
// employee (both given: the employee, if in that department).
struct ReportRequest
{
    ReportKind kind = ReportKind::Daily;
    QDate from;
    QDate to;
    std::optional<qint64> departmentId;
    QString userId; // empty: everyone
    // The site's today: days after it are not counted yet. Invalid: ReportBuilder reads the
    // site's clock (tests and the CLI's --as-of give one).
    QDate today;
    // What an account that sees only some departments may report on: their employees only
    // (nullopt: everyone). A department or employee outside it is refused (NotAllowed).
    std::optional<QSet<qint64>> departmentScope;
};

enum class ReportError {
    None,
    InvalidPeriod,     // a date missing or `to` before `from`
    PeriodTooLong,     // more than ReportBuilder::maximumDays
    UnknownDepartment,
    UnknownUser,       // neither in the store nor in any punch
    NotAllowed,        // outside the departmentScope
    Storage,           // the database refused
};

} // namespace punchclock::engine::reports
