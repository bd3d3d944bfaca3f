#pragma once

#include <QDate>
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
    int overtimeThresholdMinutes = 0;
    // Punches of the next calendar day before this time belong to this shift's working day.
    // 00:00 moves nothing. A night shift needs one between its end and its start; a day shift
    // may have one up to its start (work past midnight).
    QTime dayChange = QTime(0, 0);
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

// Shifts, weekly schedules, holidays, leave days and the attendance settings: the rules the
// reports are calculated with. Reports read them at every build, so a change applies to the
// next report without any rebuild.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(QSqlDatabase db);

    // Shifts. Validation happens before any write; error is set on failure.
    static AttendanceError validate(const ShiftRow &shift);
    std::optional<qint64> addShift(const ShiftRow &shift, AttendanceError *error = nullptr);
    bool updateShift(const ShiftRow &shift, AttendanceError *error = nullptr); // by shift.id
    bool removeShift(qint64 id, AttendanceError *error = nullptr);              // refused while planned
    QList<ShiftRow> shifts() const;                                            // by name
    std::optional<ShiftRow> shift(qint64 id) const;

    // Weekly schedules. An employee with a schedule of their own follows it for the whole week;
    // everyone else follows their department's. No schedule at all: every day is a day off.
    bool setDepartmentSchedule(qint64 departmentId, const WeekShiftIds &week, AttendanceError *error = nullptr);
    bool setUserSchedule(const QString &userId, const WeekShiftIds &week, AttendanceError *error = nullptr);
    bool clearDepartmentSchedule(qint64 departmentId);
    bool clearUserSchedule(const QString &userId); // back to the department's
    std::optional<WeekShiftIds> departmentSchedule(qint64 departmentId) const;
    std::optional<WeekShiftIds> userSchedule(const QString &userId) const;

    // Holidays: for everyone.
    bool setHoliday(const HolidayRow &holiday, AttendanceError *error = nullptr); // adds or renames
    bool removeHoliday(QDate date);
    QList<HolidayRow> holidays(QDate from, QDate to) const; // inclusive, by date

    // Leave: one row per user and day; a range adds (or re-kinds) every day in it.
    bool setLeave(const QString &userId, QDate from, QDate to, const QString &kind,
                  AttendanceError *error = nullptr);
    bool removeLeave(const QString &userId, QDate from, QDate to);
    QList<LeaveRow> leave(QDate from, QDate to, const QString &userId = {}) const; // empty: everyone

    AttendanceSettings settings() const;
    bool setSettings(const AttendanceSettings &settings, AttendanceError *error = nullptr);

private:
    bool writeSchedule(const QString &table, const QString &ownerColumn, const QVariant &owner,
                       const WeekShiftIds &week, AttendanceError *error);
    std::optional<WeekShiftIds> readSchedule(const QString &table, const QString &ownerColumn,
                                             const QVariant &owner) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
