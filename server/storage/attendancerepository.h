#pragma once

#include "storewrite.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace punchclock::storage {

// Why a write was refused; the UI maps these to text.
enum class AttendanceError {
    None,
    EmptyName,
    DuplicateName,    // another shift already has this name
    InvalidTimes,     // start or end missing, or start == end
    InvalidDayChange, // see ShiftRow::dayChange
    NegativeMinutes,  // a grace, break, threshold or rounding step below zero
    BreakTooLong,     // the break is not shorter than the shift
    InvalidRounding,  // rounding on without a step of at least 2 minutes
    ShiftInUse,       // a schedule still plans it
    UnknownShift,
    UnknownDepartment,
    InvalidDate,      // missing, or `to` before `from`
    InvalidSetting,
    PeriodClosed,     // it would change the results of a closed period (ClosedPeriodRepository)
    Storage,          // the database refused
};

enum class ShiftRounding {
    None,
    Down,
    Nearest,
    Up,
};

// A shift as stored; engine::attendance::Shift is what the calculator uses.
struct ShiftRow
{
    qint64 id = 0;
    QString name;
    QTime start;
    QTime end; // at or before start: the shift ends on the next day (night shift)
    int lateGraceMinutes = 0;
    int earlyLeaveGraceMinutes = 0;
    int breakMinutes = 0;
    int breakAfterMinutes = 0; // the break is deducted only from days worked longer than this
    ShiftRounding rounding = ShiftRounding::None;
    int roundingMinutes = 0;
    // Overtime counts once work exceeds the plan by this much. Common practice: half an hour,
    // so that leaving a few minutes late is not overtime.
    int overtimeThresholdMinutes = DefaultOvertimeThresholdMinutes;
    // Punches of the next calendar day before this time belong to this shift's working day.
    // 00:00 moves nothing. A night shift needs one between its end and its start; a day shift
    // may have one up to its start (work past midnight).
    QTime dayChange = QTime(0, 0);
    // From when this definition applies (invalid: from the start), until the next one.
    QDate effectiveFrom;
    QString changedBy;

    static constexpr int DefaultOvertimeThresholdMinutes = 30;
};

// One week: index 0 is Monday … 6 Sunday; 0 means a day off.
using WeekShiftIds = std::array<qint64, 7>;

enum class PairingSetting {
    InOut,     // the terminal's in/out
    FirstLast, // first punch of the day = in, last = out
};

struct AttendanceSettings
{
    PairingSetting pairing = PairingSetting::InOut;
    int duplicateWindowSeconds = 60;
    // The night window on the site's clock, for night hours in payroll exports: across midnight
    // when the end is at or before the start. Never of no length.
    QTime nightStart = QTime(22, 0);
    QTime nightEnd = QTime(6, 0);
};

struct HolidayRow
{
    QDate date;
    QString name;
};

struct LeaveRow
{
    QString userId;
    QDate date;
    QString kind; // "vacation", "sick", … as the site names them
};

// Shifts, holidays, leave days and the attendance settings: the rules the reports are
// calculated with (weekly schedules: ScheduleRepository). Reports read them at every build, so a
// change applies to the next report without any rebuild; a change that would alter a closed
// period is refused with PeriodClosed.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(QSqlDatabase db);

    // Shifts; error is set on failure. What makes a valid shift is the engine's rule
    // (engine::attendance::shiftProblems), applied by ShiftAdmin before it calls these.
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> addShift(const ShiftRow &shift, AttendanceError *error = nullptr);
    // By shift.id. The name changes everywhere; the definition from `from` on (every later
    // definition is replaced), or from the start when `from` is invalid.
    PUNCHCLOCK_STORE_WRITE bool updateShift(const ShiftRow &shift, AttendanceError *error = nullptr, QDate from = {},
                     const QString &changedBy = {});
    // A new name everywhere, past days too: names do not change results, so closed periods allow it.
    PUNCHCLOCK_STORE_WRITE bool renameShift(qint64 id, const QString &name, AttendanceError *error = nullptr);
    PUNCHCLOCK_STORE_WRITE bool removeShift(qint64 id, AttendanceError *error = nullptr); // refused while any schedule plans it
    // Each shift's latest definition, by name.
    QList<ShiftRow> shifts() const;
    std::optional<ShiftRow> shift(qint64 id) const;
    std::optional<ShiftRow> shiftByName(const QString &name) const;
    // Every definition of one shift, by date; of all shifts (by id), for the reports.
    QList<ShiftRow> shiftHistory(qint64 id) const;
    QHash<qint64, QList<ShiftRow>> allShiftHistories() const;

    // Holidays: for everyone.
    PUNCHCLOCK_STORE_WRITE bool setHoliday(const HolidayRow &holiday, AttendanceError *error = nullptr); // adds or renames
    PUNCHCLOCK_STORE_WRITE bool removeHoliday(QDate date, AttendanceError *error = nullptr);
    QList<HolidayRow> holidays(QDate from, QDate to) const; // inclusive, by date

    // Leave: one row per user and day; a range adds (or re-kinds) every day in it.
    PUNCHCLOCK_STORE_WRITE bool setLeave(const QString &userId, QDate from, QDate to, const QString &kind,
                  AttendanceError *error = nullptr);
    PUNCHCLOCK_STORE_WRITE bool removeLeave(const QString &userId, QDate from, QDate to, AttendanceError *error = nullptr);
    QList<LeaveRow> leave(QDate from, QDate to, const QString &userId = {}) const; // empty: everyone

    // The settings for every day not in a closed period; closed periods keep those they were
    // closed with.
    AttendanceSettings settings() const;
    PUNCHCLOCK_STORE_WRITE bool setSettings(const AttendanceSettings &settings, AttendanceError *error = nullptr);

    static constexpr char PairingKey[] = "attendance.pairing";
    static constexpr char DuplicateWindowKey[] = "attendance.duplicate_window_s";
    static constexpr char NightStartKey[] = "attendance.night_start"; // HH:MM
    static constexpr char NightEndKey[] = "attendance.night_end";     // HH:MM

private:
    QList<ShiftRow> readShifts(const QString &where, const QVariantList &values) const;
    bool closedOn(QDate from, QDate to, AttendanceError *error) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
