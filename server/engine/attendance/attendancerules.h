#pragma once

#include "nightwindow.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace punchclock::engine::attendance {

enum class PairingMode {
    // In→out pairs from the terminal's direction; a punch without a direction takes the
    // role the sequence needs.
    InOut,
    // First punch of the working day is the arrival, the last the departure; directions are
    // ignored (for terminals that switch in/out by time of day).
    FirstLast,
};

struct LeaveDay
{
    QString userId;
    QDate date;
    QString kind; // "vacation", "sick", … as the caller names them
};

// Days an employee was disabled (a leaver): from `from` on, up to the day before `until`
// (invalid: still disabled). No work is expected of them then.
struct DisabledSpan
{
    QDate from;
    QDate until;

    bool contains(QDate date) const { return date >= from && (!until.isValid() || date < until); }
};

struct AttendanceRules
{
    PairingMode pairing = PairingMode::InOut;
    // A counted punch this close after the last kept punch of the same user is the same
    // punch pressed again.
    int duplicateWindowSeconds = 60;
    // The site's zone, in which punches' wall times are read to measure time worked across a
    // clock change. UTC (the default) has none: elapsed time is wall-clock time.
    QTimeZone siteZone = QTimeZone::utc();
    // The hours that count as night work (DayResult::nightMinutes), on the site's clock.
    NightWindow night;
    QSet<QDate> holidays;
    QList<LeaveDay> leaveDays;
    // The employee's disabled days (one employee per calculator, like leave).
    QList<DisabledSpan> disabledSpans;
    // The site's today: later days are neither expected nor absent. Invalid: no such limit.
    QDate today;
    // For a closed period, when it was closed: punches that began to count later are kept
    // but do not count in it (PunchStatus::ArrivedAfterClose).
    std::optional<qint64> closedAtMs;

    bool isHoliday(QDate date) const;
    bool isDisabled(QDate date) const;
    // The user's leave days, date → kind.
    QHash<QDate, QString> leaveOf(const QString &userId) const;
};

} // namespace punchclock::engine::attendance
