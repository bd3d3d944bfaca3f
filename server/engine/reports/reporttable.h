#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace punchclock::engine::reports {

enum class ReportKind {
    Daily,      // one row per employee and day
    Monthly,    // one row per employee: the period's totals
    Timecard,   // one employee, one row per day, with the punches
    Exceptions, // only days with late, early leave, absence or a missing punch
};

// What a column holds, so that every export formats it as such (a duration cell in XLSX is a
// duration, not text). The cell values in ReportTable::rows are:
enum class CellKind {
    Text,     // QString
    Date,     // QDate
    Time,     // QTime (time of day)
    DateTime, // QDateTime, zone-less wall clock
    Duration, // int minutes
    Count,    // int
};

// Which column this is; the UI and the CLI turn it into a translated header (server code has
// no tr()).
enum class ColumnId {
    UserId,
    Name,
    Department,
    Date,
    Weekday,
    Shift,
    FirstIn,
    LastOut,
    Punches, // the day's punch times, "08:01 12:00 13:02 17:05"
    Worked,
    Expected,
    Late,
    EarlyLeave,
    Overtime,
    Break,
    DaysWorked,
    DaysAbsent,
    LateCount,
    EarlyLeaveCount,
    MissingPunchCount,
    Status, // "absent", "late", … as comma-separated codes; see daystatus.h
    Remark,
};

struct ReportColumn
{
    ColumnId id;
    CellKind kind;
};

// Where a row came from, for "explain on click": the employee and, for per-day rows, the day.
struct RowSource
{
    QString userId;
    QDate date; // invalid for per-employee rows (monthly)
};

// A finished report, independent of how it is shown or exported.
struct ReportTable
{
    ReportKind kind = ReportKind::Daily;
    QDate from;
    QDate to;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;       // each as long as columns
    QList<RowSource> sources;       // one per row
    QVariantList totals;            // as long as columns; invalid QVariant where nothing adds up
};

// The words an export needs, given by the caller in the user's language.
struct ReportTexts
{
    QString title;      // "Monthly summary"
    QString period;     // "1–30 November 2026"
    QString scope;      // "Department: Kitchen", or empty
    QStringList headers; // one per column
    QString totalsLabel; // "Total"
    QString generated;   // "Generated 2026-11-24 09:12 by Punchclock 0.1.0"
    // Status cell code → word ("late" → "Late"); see daystatus.h.
    QHash<QString, QString> statusWords;
};

} // namespace punchclock::engine::reports
