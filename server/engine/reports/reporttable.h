#pragma once

#include <QDate>
#include <QHash>
#include <QMetaType>
#include <QTime>

#include <utility>
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
    Time,     // DayTime: a time of the row's working day, which may fall on a later date
    DateTime, // QDateTime, zone-less wall clock
    Duration, // int minutes
    Count,    // int
};

// A time of a working day. A night's departure falls on the next date: every export shows
// that ("06:02 +1"), or a row of 21:55 → 06:02 would read as a day that ended before it began.
struct DayTime
{
    QTime time;
    int dayOffset = 0; // days after the row's working date

    // "06:02", "06:02 +1" with the given text for the time.
    static QString withOffset(const QString &timeText, int dayOffset);
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
    // When the period runs past the site's today: the last day counted ("to date: 6 Dec").
    // Later days are neither expected nor absent, and per-day reports leave them out.
    QDate countedTo;
    // Employees without a schedule on some day of the period: nothing was expected of them
    // then, so no absence, lateness or overtime. Each (user id, name) once.
    QList<std::pair<QString, QString>> withoutSchedule;
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
    // Notes under the title: how far the period is counted, who has no schedule.
    QStringList notes;
    // How dates read in the console's language (a QLocale format, "d MMM yyyy"), for the
    // spreadsheet and the PDF; CSV is always ISO (2026-03-02), for other programs to read.
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    // Status cell code → word ("late" → "Late"); see daystatus.h.
    QHash<QString, QString> statusWords;
};

} // namespace punchclock::engine::reports

Q_DECLARE_METATYPE(punchclock::engine::reports::DayTime)
