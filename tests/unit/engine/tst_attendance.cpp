#include "attendancecalculator.h"
#include "wallclock.h"

#include "walltime.h"

#include <QTest>

using namespace punchclock;
using namespace punchclock::engine::attendance;

namespace {

const QString user = QStringLiteral("1001");

QDateTime at(const QString &text)
{
    const QString format =
        text.size() > 16 ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    return protocol::walltime::make(QDate::fromString(text.left(10), Qt::ISODate),
                                    QTime::fromString(text.mid(11), format.mid(11)));
}

// "2026-03-02 07:58[:ss] in|out|? [void|added|moved|nocount]"; ids count from 1 in order.
QList<PunchInput> punches(const QStringList &lines)
{
    QList<PunchInput> result;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '));
        PunchInput punch;
        punch.id = result.size() + 1;
        punch.userId = user;
        punch.time = at(parts.at(0) + QLatin1Char(' ') + parts.at(1));
        punch.direction = protocol::directionFromName(parts.at(2));
        const QString flag = parts.value(3);
        punch.counts = flag != QLatin1String("nocount");
        if (flag == QLatin1String("void"))
            punch.source = PunchSource::Voided;
        else if (flag == QLatin1String("added"))
            punch.source = PunchSource::Added;
        else if (flag == QLatin1String("moved"))
            punch.source = PunchSource::Moved;
        result.append(punch);
    }
    return result;
}

Shift shiftOfKind(const QString &kind)
{
    Shift shift;
    shift.name = kind;
    shift.lateGraceMinutes = 5;
    shift.earlyLeaveGraceMinutes = 5;
    if (kind == QLatin1String("day")) {
        shift.start = QTime(8, 0);
        shift.end = QTime(17, 0);
        shift.breakMinutes = 60;
        shift.breakAfterMinutes = 360;
        shift.overtimeThresholdMinutes = 30;
    } else if (kind == QLatin1String("night") || kind == QLatin1String("dst night")) {
        shift.start = QTime(22, 0);
        shift.end = QTime(6, 0);
        shift.dayChange = QTime(6, 0);
    } else if (kind == QLatin1String("rounded")) {
        shift.start = QTime(8, 0);
        shift.end = QTime(16, 0);
        shift.breakMinutes = 30;
        shift.breakAfterMinutes = 360;
        shift.rounding = RoundingMode::Nearest;
        shift.roundingMinutes = 15;
        shift.overtimeThresholdMinutes = 60;
    } else if (kind == QLatin1String("early")) {
        shift.start = QTime(6, 0);
        shift.end = QTime(14, 0);
    } else { // "dst": every day, so that it covers the Sunday of a clock change
        shift.start = QTime(0, 0);
        shift.end = QTime(8, 0);
    }
    return shift;
}

WeeklySchedule scheduleOfKind(const QString &kind)
{
    WeeklySchedule schedule;
    const int lastDay = kind.startsWith(QLatin1String("dst")) ? Qt::Sunday : Qt::Friday;
    for (int day = Qt::Monday; day <= lastDay; ++day)
        schedule.setShift(static_cast<Qt::DayOfWeek>(day), shiftOfKind(kind));
    return schedule;
}

QString wallText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

DayResult calculateOne(const QString &shiftKind, PairingMode mode, const QStringList &lines, QDate date,
                       const QString &dayKind = {})
{
    AttendanceRules rules;
    rules.pairing = mode;
    if (dayKind == QLatin1String("holiday"))
        rules.holidays.insert(date);
    if (dayKind == QLatin1String("leave"))
        rules.leaveDays.append({user, date, QStringLiteral("vacation")});
    const QList<DayResult> days =
        AttendanceCalculator(rules).calculate(user, date, date, scheduleOfKind(shiftKind), punches(lines));
    return days.value(0);
}

const QDate monday(2026, 3, 2);
const QDate tuesday(2026, 3, 3);
const QDate saturday(2026, 3, 7);
const QDate springForward(2026, 3, 29); // Europe: 02:00 → 03:00
const QDate fallBack(2026, 10, 25);     // Europe: 03:00 → 02:00

} // namespace

Q_DECLARE_METATYPE(PairingMode)
Q_DECLARE_METATYPE(RoundingMode)

class tst_Attendance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void day_data();
    void day();
    void nightPunchIsExplainedAsPreviousDay();
    void duplicatesAndIgnoredPunchesAreExplained();
    void rolesAreExplained();
    void rangeGivesOneResultPerDay();
    void rounding_data();
    void rounding();
    void punchedBreakIsNotDeductedAgain();
    void clockChange_data();
    void clockChange();
    void punchBeforeTheDayChange_data();
    void punchBeforeTheDayChange();
    void nightOnADayWithoutShift();
    void wallClockAndElapsedTime();
};

void tst_Attendance::day_data()
{
    QTest::addColumn<QString>("shift");
    QTest::addColumn<PairingMode>("mode");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("dayKind");
    QTest::addColumn<int>("worked");
    QTest::addColumn<int>("late");
    QTest::addColumn<int>("early");
    QTest::addColumn<int>("overtime");
    QTest::addColumn<bool>("absent");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<QString>("firstIn");
    QTest::addColumn<QString>("lastOut");

    const auto io = PairingMode::InOut;
    const auto fl = PairingMode::FirstLast;
    const auto mon = [](const char *text) { return QString(QLatin1String("2026-03-02 ") + QLatin1String(text)); };
    const auto tue = [](const char *text) { return QString(QLatin1String("2026-03-03 ") + QLatin1String(text)); };
    const QString none;
    const auto row = [&](const char *name, const QString &shift, PairingMode mode, const QStringList &times, QDate date,
                         const QString &kind, int worked, int late, int early, int overtime, bool absent, bool missing,
                         const QString &firstIn, const QString &lastOut) {
        QTest::newRow(name) << shift << mode << times << date << kind << worked << late << early << overtime << absent
                            << missing << firstIn << lastOut;
    };
    const QString day = QStringLiteral("day");
    // One row per case reads better than the wrapped form.
    // clang-format off
    // Day shift 08:00–17:00, grace 5/5, 60 min break after 6 h, overtime from 30 min: 480 planned.
    row("on time", day, io, {mon("07:58 in"), mon("17:02 out")}, monday, none, 484, 0, 0, 0, false, false, mon("07:58"), mon("17:02"));
    row("late within grace", day, io, {mon("08:05 in"), mon("17:00 out")}, monday, none, 475, 0, 0, 0, false, false, mon("08:05"), mon("17:00"));
    row("late", day, io, {mon("08:12 in"), mon("17:00 out")}, monday, none, 468, 12, 0, 0, false, false, mon("08:12"), mon("17:00"));
    row("early within grace", day, io, {mon("08:00 in"), mon("16:55 out")}, monday, none, 475, 0, 0, 0, false, false, mon("08:00"), mon("16:55"));
    row("early leave", day, io, {mon("08:00 in"), mon("16:40 out")}, monday, none, 460, 0, 20, 0, false, false, mon("08:00"), mon("16:40"));
    row("short day, no break", day, io, {mon("08:00 in"), mon("13:00 out")}, monday, none, 300, 0, 240, 0, false, false, mon("08:00"), mon("13:00"));
    row("missing out", day, io, {mon("08:00 in")}, monday, none, 0, 0, 0, 0, false, true, mon("08:00"), none);
    row("missing in", day, io, {mon("17:00 out")}, monday, none, 0, 0, 0, 0, false, true, none, mon("17:00"));
    row("in without out before lunch", day, io, {mon("08:00 in"), mon("12:30 in"), mon("17:00 out")}, monday, none, 270, 0, 0, 0, false, true, mon("08:00"), mon("17:00"));
    row("duplicate in", day, io, {mon("08:00:00 in"), mon("08:00:40 in"), mon("17:00 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("duplicate out", day, io, {mon("08:00 in"), mon("17:00:00 out"), mon("17:00:59 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("60 s apart is no duplicate", day, io, {mon("08:00:00 in"), mon("08:01:00 in"), mon("17:00 out")}, monday, none, 479, 0, 0, 0, false, true, mon("08:00"), mon("17:00"));
    row("not counting terminal", day, io, {mon("08:00 in nocount"), mon("17:00 out")}, monday, none, 0, 0, 0, 0, false, true, none, mon("17:00"));
    row("only not counting", day, io, {mon("08:00 in nocount"), mon("17:00 out nocount")}, monday, none, 0, 0, 0, 0, true, false, none, none);
    row("absent", day, io, {}, monday, none, 0, 0, 0, 0, true, false, none, none);
    row("holiday", day, io, {}, monday, QStringLiteral("holiday"), 0, 0, 0, 0, false, false, none, none);
    row("worked on holiday", day, io, {mon("08:00 in"), mon("12:00 out")}, monday, QStringLiteral("holiday"), 240, 0, 0, 240, false, false, mon("08:00"), mon("12:00"));
    row("leave", day, io, {}, monday, QStringLiteral("leave"), 0, 0, 0, 0, false, false, none, none);
    row("day off", day, io, {}, saturday, none, 0, 0, 0, 0, false, false, none, none);
    row("worked on day off", day, io, {QStringLiteral("2026-03-07 09:00 in"), QStringLiteral("2026-03-07 11:00 out")}, saturday, none, 120, 0, 0, 120, false, false, QStringLiteral("2026-03-07 09:00"), QStringLiteral("2026-03-07 11:00"));
    row("voided late punch, added punch", day, io, {mon("08:00 in added"), mon("08:20 in void"), mon("17:00 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("only voided", day, io, {mon("08:00 in void"), mon("17:00 out void")}, monday, none, 0, 0, 0, 0, true, false, none, none);
    row("moved punch counts", day, io, {mon("08:00 in moved"), mon("17:00 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("overtime below threshold", day, io, {mon("08:00 in"), mon("17:20 out")}, monday, none, 500, 0, 0, 0, false, false, mon("08:00"), mon("17:20"));
    row("overtime at threshold", day, io, {mon("08:00 in"), mon("17:30 out")}, monday, none, 510, 0, 0, 30, false, false, mon("08:00"), mon("17:30"));
    row("overtime beyond threshold", day, io, {mon("07:00 in"), mon("18:00 out")}, monday, none, 600, 0, 0, 120, false, false, mon("07:00"), mon("18:00"));
    row("wrong directions, InOut", day, io, {mon("08:00 out"), mon("17:00 in")}, monday, none, 0, 0, 0, 0, false, true, none, none);
    // A stray punch of the other direction hides neither lateness nor an early departure.
    row("stray out before the arrival", day, io, {mon("07:00 out"), mon("08:30 in"), mon("17:00 out")}, monday, none, 450, 30, 0, 0, false, true, mon("08:30"), mon("17:00"));
    row("stray in after the departure", day, io, {mon("08:00 in"), mon("16:30 out"), mon("18:00 in")}, monday, none, 450, 0, 30, 0, false, true, mon("08:00"), mon("16:30"));
    row("wrong directions, FirstLast", day, fl, {mon("08:00 out"), mon("17:00 in")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    // A break punched at the terminal is not deducted again: only what it leaves missing of the 60 minutes.
    row("lunch punches, InOut: 30 of the 60 min punched, 30 deducted", day, io, {mon("08:00 in"), mon("12:00 out"), mon("12:30 in"), mon("17:00 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("lunch punches, InOut: the whole hour punched, nothing deducted", day, io, {mon("08:00 in"), mon("12:00 out"), mon("13:00 in"), mon("17:00 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("lunch punches, InOut: two short breaks add up", day, io, {mon("08:00 in"), mon("10:00 out"), mon("10:15 in"), mon("12:00 out"), mon("12:45 in"), mon("17:00 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("lunch punches, InOut: a longer break is not paid", day, io, {mon("08:00 in"), mon("12:00 out"), mon("13:30 in"), mon("17:00 out")}, monday, none, 450, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("lunch punches, FirstLast", day, fl, {mon("08:00 in"), mon("12:00 out"), mon("12:30 in"), mon("17:00 out")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));
    row("single punch, FirstLast", day, fl, {mon("08:00 out")}, monday, none, 0, 0, 0, 0, false, true, mon("08:00"), none);
    row("no directions, InOut by sequence", day, io, {mon("08:00 ?"), mon("17:00 ?")}, monday, none, 480, 0, 0, 0, false, false, mon("08:00"), mon("17:00"));

    // 08:00–16:00, 30 min break after 6 h, nearest 15 min, overtime from 60 min: 450 planned.
    const QString rounded = QStringLiteral("rounded");
    row("rounded up", rounded, io, {mon("07:56 in"), mon("16:04 out")}, monday, none, 465, 0, 0, 0, false, false, mon("07:56"), mon("16:04"));
    row("rounded down", rounded, io, {mon("08:00 in"), mon("16:06 out")}, monday, none, 450, 0, 0, 0, false, false, mon("08:00"), mon("16:06"));

    // Night shift 22:00–06:00, day change 06:00.
    const QString night = QStringLiteral("night");
    row("night on time", night, io, {mon("21:55 in"), tue("05:58 out")}, monday, none, 483, 0, 0, 3, false, false, mon("21:55"), tue("05:58"));
    row("night late and early", night, io, {mon("22:20 in"), tue("05:30 out")}, monday, none, 430, 20, 30, 0, false, false, mon("22:20"), tue("05:30"));
    row("night, FirstLast", night, fl, {mon("21:55 ?"), tue("02:00 ?"), tue("05:58 ?")}, monday, none, 483, 0, 0, 3, false, false, mon("21:55"), tue("05:58"));
    row("night morning punch is not the next day's", night, io, {mon("21:55 in"), tue("05:58 out")}, tuesday, none, 0, 0, 0, 0, true, false, none, none);
    row("night missing out", night, io, {mon("22:00 in")}, monday, none, 0, 0, 0, 0, false, true, mon("22:00"), none);
    // The day change is at the shift's end: a departure a few minutes later still closes the night.
    row("night, out after a day change at the shift's end", night, io, {mon("22:00 in"), tue("06:07 out")}, monday, none, 487, 0, 0, 7, false, false, mon("22:00"), tue("06:07"));
    row("night, that late out is not the next night's", night, io, {mon("22:00 in"), tue("06:07 out")}, tuesday, none, 0, 0, 0, 0, true, false, none, none);
    // Without a direction a late departure cannot be told from an early arrival: it stays.
    row("night, late punch without direction stays", night, io, {mon("22:00 ?"), tue("06:07 ?")}, monday, none, 0, 0, 0, 0, false, true, mon("22:00"), none);

    // clang-format on
}

void tst_Attendance::day()
{
    QFETCH(QString, shift);
    QFETCH(PairingMode, mode);
    QFETCH(QStringList, lines);
    QFETCH(QDate, date);
    QFETCH(QString, dayKind);
    const DayResult result = calculateOne(shift, mode, lines, date, dayKind);
    QCOMPARE(result.date, date);
    QCOMPARE(result.userId, user);
    QTEST(result.workedMinutes, "worked");
    QTEST(result.lateMinutes, "late");
    QTEST(result.earlyLeaveMinutes, "early");
    QTEST(result.overtimeMinutes, "overtime");
    QTEST(result.absent, "absent");
    QTEST(result.missingPunch, "missing");
    QTEST(wallText(result.firstIn), "firstIn");
    QTEST(wallText(result.lastOut), "lastOut");
    QCOMPARE(result.holiday, dayKind == QLatin1String("holiday"));
    QCOMPARE(result.leave, dayKind == QLatin1String("leave"));
    QCOMPARE(result.leaveKind, result.leave ? QStringLiteral("vacation") : QString());
    QCOMPARE(result.dayOff, result.shiftName.isEmpty());
}

void tst_Attendance::nightPunchIsExplainedAsPreviousDay()
{
    const DayResult result =
        calculateOne(QStringLiteral("night"), PairingMode::InOut,
                     {QStringLiteral("2026-03-02 21:55 in"), QStringLiteral("2026-03-03 05:58 out")}, monday);
    QCOMPARE(result.shiftName, QStringLiteral("night"));
    QCOMPARE(result.punches.size(), 2);
    const PunchExplanation &evening = result.punches.at(0);
    QCOMPARE(evening.punch.id, 1);
    QCOMPARE(evening.workingDate, monday);
    QCOMPARE(evening.assignment, DayAssignment::CalendarDate);
    QVERIFY(!evening.dayChange.isValid());
    const PunchExplanation &morning = result.punches.at(1);
    QCOMPARE(morning.punch.id, 2);
    QCOMPARE(morning.workingDate, monday);
    QCOMPARE(morning.assignment, DayAssignment::BeforeDayChange);
    QCOMPARE(morning.dayChange, QTime(6, 0));
    QCOMPARE(morning.status, PunchStatus::Used);
    QCOMPARE(morning.role, PunchRole::Out);

    // At the day-change time itself the punch is the new day's.
    const DayResult next =
        calculateOne(QStringLiteral("night"), PairingMode::InOut, {QStringLiteral("2026-03-03 06:00 out")}, tuesday);
    QCOMPARE(next.punches.size(), 1);
    QCOMPARE(next.punches.at(0).assignment, DayAssignment::CalendarDate);
    QVERIFY(next.missingPunch);

    // The same departure pressed again just after the day change stays with the night, and
    // Tuesday is not shown with a stray duplicate.
    const QStringList repeated{QStringLiteral("2026-03-02 22:00 in"), QStringLiteral("2026-03-03 05:59:40 out"),
                               QStringLiteral("2026-03-03 06:00:10 out")};
    const DayResult night = calculateOne(QStringLiteral("night"), PairingMode::InOut, repeated, monday);
    QCOMPARE(night.punches.size(), 3);
    QCOMPARE(night.punches.at(2).status, PunchStatus::Duplicate);
    QCOMPARE(night.punches.at(2).duplicateOf, 2);
    QCOMPARE(night.punches.at(2).assignment, DayAssignment::BeforeDayChange);
    QVERIFY(!night.missingPunch);
    QVERIFY(calculateOne(QStringLiteral("night"), PairingMode::InOut, repeated, tuesday).punches.isEmpty());
}

void tst_Attendance::duplicatesAndIgnoredPunchesAreExplained()
{
    const DayResult result =
        calculateOne(QStringLiteral("day"), PairingMode::InOut,
                     {QStringLiteral("2026-03-02 07:50 in void"), QStringLiteral("2026-03-02 08:00:00 in added"),
                      QStringLiteral("2026-03-02 08:00:30 in"), QStringLiteral("2026-03-02 08:00:50 in"),
                      QStringLiteral("2026-03-02 12:00 out nocount"), QStringLiteral("2026-03-02 17:00 out")},
                     monday);
    QCOMPARE(result.punches.size(), 6);
    QCOMPARE(result.punches.at(0).status, PunchStatus::Voided);
    QCOMPARE(result.punches.at(0).role, PunchRole::None);
    QCOMPARE(result.punches.at(1).status, PunchStatus::Used);
    QCOMPARE(result.punches.at(1).punch.source, PunchSource::Added);
    QCOMPARE(result.punches.at(2).status, PunchStatus::Duplicate);
    QCOMPARE(result.punches.at(2).duplicateOf, 2);
    // Measured from the kept punch: 50 s after it, still the same press.
    QCOMPARE(result.punches.at(3).status, PunchStatus::Duplicate);
    QCOMPARE(result.punches.at(3).duplicateOf, 2);
    QCOMPARE(result.punches.at(4).status, PunchStatus::NotCounting);
    QCOMPARE(result.punches.at(4).role, PunchRole::None);
    QCOMPARE(result.punches.at(5).status, PunchStatus::Used);
    QCOMPARE(result.grossMinutes, 540);
    QCOMPARE(result.breakMinutes, 60);
    QCOMPARE(result.workedMinutes, 480);
    QCOMPARE(result.expectedMinutes, 480);
}

void tst_Attendance::rolesAreExplained()
{
    const QStringList lines = {QStringLiteral("2026-03-02 08:00 out"), QStringLiteral("2026-03-02 12:00 ?"),
                               QStringLiteral("2026-03-02 17:00 in")};
    const DayResult firstLast = calculateOne(QStringLiteral("day"), PairingMode::FirstLast, lines, monday);
    QCOMPARE(firstLast.punches.at(0).role, PunchRole::In);
    QCOMPARE(firstLast.punches.at(0).roleReason, RoleReason::FirstOfDay);
    QCOMPARE(firstLast.punches.at(1).status, PunchStatus::BetweenFirstAndLast);
    QCOMPARE(firstLast.punches.at(2).role, PunchRole::Out);
    QCOMPARE(firstLast.punches.at(2).roleReason, RoleReason::LastOfDay);

    const DayResult inOut = calculateOne(QStringLiteral("day"), PairingMode::InOut, lines, monday);
    QCOMPARE(inOut.punches.at(0).role, PunchRole::Out);
    QCOMPARE(inOut.punches.at(0).roleReason, RoleReason::Direction);
    QCOMPARE(inOut.punches.at(0).status, PunchStatus::Unpaired);
    QCOMPARE(inOut.punches.at(1).role, PunchRole::In);
    QCOMPARE(inOut.punches.at(1).roleReason, RoleReason::Sequence);
    QCOMPARE(inOut.punches.at(1).status, PunchStatus::Unpaired);
    QCOMPARE(inOut.punches.at(2).role, PunchRole::In);
    QCOMPARE(inOut.punches.at(2).status, PunchStatus::Unpaired);
    QVERIFY(inOut.missingPunch);
    QCOMPARE(inOut.workedMinutes, 0);
}

void tst_Attendance::rangeGivesOneResultPerDay()
{
    QList<PunchInput> input = punches({QStringLiteral("2026-03-06 21:55 in"), QStringLiteral("2026-03-07 05:58 out"),
                                       QStringLiteral("2026-03-02 21:00 in")});
    input[2].userId = QStringLiteral("other");
    AttendanceRules rules;
    rules.holidays.insert(QDate(2026, 3, 4));
    rules.leaveDays.append({user, QDate(2026, 3, 5), QStringLiteral("sick")});
    rules.leaveDays.append({QStringLiteral("other"), QDate(2026, 3, 3), QStringLiteral("sick")});
    const AttendanceCalculator calculator(rules);
    const QList<DayResult> days =
        calculator.calculate(user, monday, QDate(2026, 3, 8), scheduleOfKind(QStringLiteral("night")), input);
    QCOMPARE(days.size(), 7);
    for (qsizetype i = 0; i < days.size(); ++i)
        QCOMPARE(days.at(i).date, monday.addDays(i));
    QVERIFY(days.at(0).absent); // the other user's punch is not this user's
    QVERIFY(days.at(0).punches.isEmpty());
    QVERIFY(days.at(1).absent);
    QVERIFY(!days.at(1).leave);
    QVERIFY(days.at(2).holiday && !days.at(2).absent);
    QVERIFY(days.at(3).leave && !days.at(3).absent);
    QCOMPARE(days.at(3).leaveKind, QStringLiteral("sick"));
    // Friday's night shift ends on Saturday morning, a day off.
    QCOMPARE(days.at(4).workedMinutes, 483);
    QCOMPARE(days.at(4).punches.size(), 2);
    QVERIFY(days.at(5).dayOff && days.at(5).punches.isEmpty() && !days.at(5).absent);
    QVERIFY(days.at(6).dayOff);

    QVERIFY(calculator.calculate(user, QDate(2026, 3, 8), monday, scheduleOfKind(QStringLiteral("night")), input)
                .isEmpty());
}

void tst_Attendance::rounding_data()
{
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("rounded");
    QTest::newRow("none") << RoundingMode::None << 15 << 487 << 487;
    QTest::newRow("step 0") << RoundingMode::Down << 0 << 487 << 487;
    QTest::newRow("down") << RoundingMode::Down << 15 << 494 << 480;
    QTest::newRow("up") << RoundingMode::Up << 15 << 481 << 495;
    QTest::newRow("up exact") << RoundingMode::Up << 15 << 480 << 480;
    QTest::newRow("nearest below half") << RoundingMode::Nearest << 15 << 487 << 480;
    QTest::newRow("nearest at half") << RoundingMode::Nearest << 10 << 485 << 490;
    QTest::newRow("nothing worked") << RoundingMode::Up << 15 << 0 << 0;
}

void tst_Attendance::rounding()
{
    QFETCH(RoundingMode, mode);
    QFETCH(int, step);
    QFETCH(int, minutes);
    Shift shift;
    shift.rounding = mode;
    shift.roundingMinutes = step;
    QTEST(shift.round(minutes), "rounded");
}

void tst_Attendance::punchedBreakIsNotDeductedAgain()
{
    const QStringList lunch = {QStringLiteral("2026-03-02 08:00 in"), QStringLiteral("2026-03-02 12:00 out"),
                               QStringLiteral("2026-03-02 12:30 in"), QStringLiteral("2026-03-02 17:00 out")};
    const DayResult inOut = calculateOne(QStringLiteral("day"), PairingMode::InOut, lunch, monday);
    QCOMPARE(inOut.grossMinutes, 240 + 270);
    QCOMPARE(inOut.punchedBreakMinutes, 30);
    QCOMPARE(inOut.breakMinutes, 30); // the rest of the 60 minutes
    QCOMPARE(inOut.workedMinutes, 480);
    QCOMPARE(inOut.expectedMinutes, 480);
    QCOMPARE(inOut.overtimeMinutes, 0);

    // FirstLast has no pairs inside the day, so no punched break: the whole hour is deducted.
    const DayResult firstLast = calculateOne(QStringLiteral("day"), PairingMode::FirstLast, lunch, monday);
    QCOMPARE(firstLast.grossMinutes, 540);
    QCOMPARE(firstLast.punchedBreakMinutes, 0);
    QCOMPARE(firstLast.breakMinutes, 60);
    QCOMPARE(firstLast.workedMinutes, 480);

    // A short day below breakAfterMinutes deducts nothing, punched break or not.
    const DayResult shortDay =
        calculateOne(QStringLiteral("day"), PairingMode::InOut,
                     {QStringLiteral("2026-03-02 08:00 in"), QStringLiteral("2026-03-02 10:00 out"),
                      QStringLiteral("2026-03-02 10:10 in"), QStringLiteral("2026-03-02 13:00 out")},
                     monday);
    QCOMPARE(shortDay.punchedBreakMinutes, 10);
    QCOMPARE(shortDay.breakMinutes, 0);
    QCOMPARE(shortDay.workedMinutes, 290);
}

void tst_Attendance::clockChange_data()
{
    QTest::addColumn<QString>("shift");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("worked");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("late");
    QTest::addColumn<int>("early");
    QTest::addColumn<int>("overtime");

    // Worked and planned time are elapsed time in the site's zone; late and early leave
    // compare wall clocks. The night shift is 22:00–06:00 and the "dst" shift 00:00–08:00,
    // both every day, grace 5 minutes, no break, overtime from the first minute.
    const QByteArray berlin("Europe/Berlin");
    const QString night = QStringLiteral("dst night");
    const QString midnight = QStringLiteral("dst");
    const auto lines = [](const char *in, const char *out) {
        return QStringList{QLatin1String(in) + QLatin1String(" in"), QLatin1String(out) + QLatin1String(" out")};
    };
    // clang-format off
    QTest::newRow("fall-back night is 9 h, planned 9 h: no overtime") << night << berlin << lines("2026-10-24 22:00", "2026-10-25 06:00") << QDate(2026, 10, 24) << 540 << 540 << 0 << 0 << 0;
    QTest::newRow("fall-back night, left at 05:00 by the clock") << night << berlin << lines("2026-10-24 22:00", "2026-10-25 05:00") << QDate(2026, 10, 24) << 480 << 540 << 0 << 60 << 0;
    QTest::newRow("spring-forward night is 7 h, planned 7 h") << night << berlin << lines("2026-03-28 22:00", "2026-03-29 06:00") << QDate(2026, 3, 28) << 420 << 420 << 0 << 0 << 0;
    QTest::newRow("spring-forward night, stayed to 07:00: 1 h overtime") << night << berlin << lines("2026-03-28 22:00", "2026-03-29 07:00") << QDate(2026, 3, 28) << 480 << 420 << 0 << 0 << 60;
    QTest::newRow("spring-forward day 00:00-08:00 is 7 h") << midnight << berlin << lines("2026-03-29 00:00", "2026-03-29 08:00") << springForward << 420 << 420 << 0 << 0 << 0;
    QTest::newRow("punch in the skipped hour: 02:30 is 03:30") << midnight << berlin << lines("2026-03-29 02:30", "2026-03-29 08:00") << springForward << 270 << 420 << 150 << 0 << 0;
    QTest::newRow("punch in the repeated hour: its first time") << midnight << berlin << lines("2026-10-25 02:30", "2026-10-25 08:00") << fallBack << 390 << 540 << 150 << 0 << 0;
    QTest::newRow("fall-back day west of UTC") << midnight << QByteArray("America/New_York") << lines("2026-11-01 00:00", "2026-11-01 08:00") << QDate(2026, 11, 1) << 540 << 540 << 0 << 0 << 0;
    QTest::newRow("a night without clock change") << night << berlin << lines("2026-10-26 22:00", "2026-10-27 06:00") << QDate(2026, 10, 26) << 480 << 480 << 0 << 0 << 0;
    QTest::newRow("UTC, no clock change: the wall clock") << night << QByteArray("UTC") << lines("2026-10-24 22:00", "2026-10-25 06:00") << QDate(2026, 10, 24) << 480 << 480 << 0 << 0 << 0;
    // clang-format on
}

void tst_Attendance::clockChange()
{
    QFETCH(QString, shift);
    QFETCH(QByteArray, zone);
    QFETCH(QStringList, lines);
    QFETCH(QDate, date);
    AttendanceRules rules;
    rules.siteZone = QTimeZone(zone);
    if (!rules.siteZone.isValid())
        QSKIP("no time zone data");
    const DayResult result =
        AttendanceCalculator(rules).calculate(user, date, date, scheduleOfKind(shift), punches(lines)).value(0);
    QTEST(result.workedMinutes, "worked");
    QTEST(result.expectedMinutes, "expected");
    QTEST(result.lateMinutes, "late");
    QTEST(result.earlyLeaveMinutes, "early");
    QTEST(result.overtimeMinutes, "overtime");
    QVERIFY(!result.missingPunch);
}

void tst_Attendance::punchBeforeTheDayChange_data()
{
    QTest::addColumn<QStringList>("week"); // Monday's and Tuesday's shift and day change
    QTest::addColumn<PairingMode>("mode");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("workingDays"); // of each punch, in order
    QTest::addColumn<int>("mondayWorked");
    QTest::addColumn<int>("tuesdayWorked");
    QTest::addColumn<QStringList>("missingDays"); // flagged with a missing punch

    const auto io = PairingMode::InOut;
    const auto fl = PairingMode::FirstLast;
    const auto mon = [](const char *text) { return QString(QLatin1String("2026-03-02 ") + QLatin1String(text)); };
    const auto tue = [](const char *text) { return QString(QLatin1String("2026-03-03 ") + QLatin1String(text)); };
    const QString first = monday.toString(Qt::ISODate);
    const QString second = tuesday.toString(Qt::ISODate);
    const QStringList twoEach{first, first, second, second};
    const QStringList noneMissing;
    // clang-format off
    // Monday's night shift 22:00–06:00 has its day change at noon; Tuesday has a day shift
    // 08:00–17:00 or an early shift 06:00–14:00. Once the night is closed, a morning punch goes
    // to the shift it is nearer to; at equal distance a departure closes the night and an
    // arrival opens the day. Without directions the punch that closed the night at 06:00 was
    // its departure, so the 07:50 one is Tuesday's arrival.
    const QStringList nightThenDay{QStringLiteral("night 12:00"), QStringLiteral("day")};
    const QStringList nightThenEarly{QStringLiteral("night 12:00"), QStringLiteral("early")};
    QTest::newRow("08:00 arrival is Tuesday's day shift") << nightThenDay << io
        << QStringList{mon("22:00 in"), tue("06:10 out"), tue("07:55 in"), tue("17:00 out")} << twoEach << 490 << 485 << noneMissing;
    QTest::newRow("late departure from the night is still Monday's") << nightThenDay << io
        << QStringList{mon("22:00 in"), tue("06:50 out"), tue("08:00 in"), tue("17:00 out")} << twoEach << 530 << 480 << noneMissing;
    QTest::newRow("equal distance: out to the night, in to the day") << nightThenEarly << io
        << QStringList{mon("22:00 in"), tue("06:02 out"), tue("06:04 in"), tue("14:00 out")} << twoEach << 482 << 476 << noneMissing;
    QTest::newRow("FirstLast: 07:50 after the night closed is Tuesday's") << nightThenDay << fl
        << QStringList{mon("22:00 ?"), tue("06:00 ?"), tue("07:50 ?"), tue("17:00 ?")} << twoEach << 480 << 490 << noneMissing;
    QTest::newRow("no directions: 07:50 after the night closed is Tuesday's") << nightThenDay << io
        << QStringList{mon("22:00 ?"), tue("06:00 ?"), tue("07:50 ?"), tue("17:00 ?")} << twoEach << 480 << 490 << noneMissing;
    // Once Tuesday has begun, a later punch before noon is Tuesday's, and a shift start at the
    // night's end makes every Tuesday punch as near the night as the day: the tie-break no
    // longer sends the first break's departure back.
    QTest::newRow("break departure after the early start is Tuesday's") << nightThenEarly << io
        << QStringList{mon("22:00 in"), tue("06:02 out"), tue("06:04 in"), tue("09:00 out"), tue("09:30 in"), tue("14:00 out")}
        << QStringList{first, first, second, second, second, second} << 482 << 446 << noneMissing;
    // The night's departure forgotten: Monday is left open, yet the punches of a Tuesday begun
    // at 07:55 are Tuesday's, and an undirected 07:50, within arrivalAllowanceHours of the
    // 08:00 start, is Tuesday's arrival. Monday keeps its lone punch, flagged.
    const QStringList forgotten{first, second, second, second, second};
    QTest::newRow("night departure forgotten: the lunch is Tuesday's") << nightThenDay << io
        << QStringList{mon("22:00 in"), tue("07:55 in"), tue("11:30 out"), tue("12:30 in"), tue("17:00 out")}
        << forgotten << 0 << 485 << QStringList{first};
    QTest::newRow("night departure forgotten, FirstLast: 07:50 is Tuesday's") << nightThenDay << fl
        << QStringList{mon("22:00 ?"), tue("07:50 ?"), tue("17:00 ?")} << forgotten.mid(0, 3) << 0 << 490 << QStringList{first};
    QTest::newRow("night departure forgotten, no directions: 07:50 is Tuesday's") << nightThenDay << io
        << QStringList{mon("22:00 ?"), tue("07:50 ?"), tue("17:00 ?")} << forgotten.mid(0, 3) << 0 << 490 << QStringList{first};

    // A day shift 08:00–17:00 whose day change is at 04:00: work until 03:00 ends Monday, left
    // open, although 03:00 is nearer Tuesday's 08:00 start than Monday's 17:00 end, whatever
    // the pairing and whether the terminal records directions or not. With Monday closed at
    // 17:00, a 03:00 punch is nearer Tuesday's start and opens Tuesday.
    const QStringList lateDayChange{QStringLiteral("day 04:00"), QStringLiteral("day 04:00")};
    QTest::newRow("late work, InOut") << lateDayChange << io
        << QStringList{mon("08:00 in"), tue("03:00 out"), tue("07:30 in"), tue("17:00 out")} << twoEach << 1080 << 510 << noneMissing;
    QTest::newRow("late work, FirstLast") << lateDayChange << fl
        << QStringList{mon("08:00 in"), tue("03:00 out"), tue("07:30 in"), tue("17:00 out")} << twoEach << 1080 << 510 << noneMissing;
    QTest::newRow("late work, no directions") << lateDayChange << io
        << QStringList{mon("08:00 ?"), tue("03:00 ?"), tue("07:30 ?"), tue("17:00 ?")} << twoEach << 1080 << 510 << noneMissing;
    QTest::newRow("Monday closed, FirstLast: 03:00 is Tuesday's") << lateDayChange << fl
        << QStringList{mon("08:00 ?"), mon("17:00 ?"), tue("03:00 ?"), tue("17:00 ?")} << twoEach << 480 << 780 << noneMissing;
    // clang-format on
}

void tst_Attendance::punchBeforeTheDayChange()
{
    QFETCH(QStringList, week);
    QFETCH(PairingMode, mode);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, missingDays);
    WeeklySchedule schedule;
    for (qsizetype i = 0; i < week.size(); ++i) {
        Shift shift = shiftOfKind(week.at(i).section(QLatin1Char(' '), 0, 0));
        const QString dayChange = week.at(i).section(QLatin1Char(' '), 1);
        if (!dayChange.isEmpty())
            shift.dayChange = QTime::fromString(dayChange, QStringLiteral("HH:mm"));
        schedule.setShift(static_cast<Qt::DayOfWeek>(Qt::Monday + i), shift);
    }
    AttendanceRules rules;
    rules.pairing = mode;
    const QList<DayResult> days =
        AttendanceCalculator(rules).calculate(user, monday, tuesday, schedule, punches(lines));
    QCOMPARE(days.size(), 2);
    QStringList workingDays;
    for (const DayResult &day : days) {
        const bool missing = missingDays.contains(day.date.toString(Qt::ISODate));
        QVERIFY2(day.missingPunch == missing, qPrintable(day.date.toString(Qt::ISODate)));
        QVERIFY(!day.punches.isEmpty());
        QCOMPARE(day.firstIn, day.punches.first().punch.time);
        QCOMPARE(day.lastOut, missing ? QDateTime() : day.punches.last().punch.time);
        QCOMPARE(day.lateMinutes, 0);
        for (const PunchExplanation &punch : day.punches) {
            workingDays.append(punch.workingDate.toString(Qt::ISODate));
            QCOMPARE(punch.assignment, punch.workingDate == punch.punch.time.date() ? DayAssignment::CalendarDate
                                                                                    : DayAssignment::BeforeDayChange);
        }
    }
    QTEST(workingDays, "workingDays");
    QTEST(days.at(0).workedMinutes, "mondayWorked");
    QTEST(days.at(1).workedMinutes, "tuesdayWorked");
}

void tst_Attendance::nightOnADayWithoutShift()
{
    // No shift on Saturday, yet a night worked from Saturday 22:00 to Sunday 06:00 is one
    // day's work: Saturday's, all of it overtime.
    const WeeklySchedule week = scheduleOfKind(QStringLiteral("day"));
    const QDate sunday = saturday.addDays(1);
    const QList<PunchInput> night =
        punches({QStringLiteral("2026-03-07 22:00 in"), QStringLiteral("2026-03-08 06:00 out")});
    const QList<DayResult> days = AttendanceCalculator().calculate(user, saturday, sunday, week, night);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).workedMinutes, 480);
    QCOMPARE(days.at(0).overtimeMinutes, 480);
    QVERIFY(!days.at(0).missingPunch);
    QCOMPARE(days.at(0).lastOut, at(QStringLiteral("2026-03-08 06:00")));
    QCOMPARE(days.at(0).punches.at(1).assignment, DayAssignment::ClosesPreviousDay);
    QVERIFY(days.at(1).punches.isEmpty());
    QVERIFY(!days.at(1).missingPunch);

    // A report that starts on Sunday still sees the night as Saturday's, given Saturday's punches.
    const QList<DayResult> sundayOnly = AttendanceCalculator().calculate(user, sunday, sunday, week, night);
    QVERIFY(sundayOnly.at(0).punches.isEmpty());

    // Sixteen hours is the most an arrival waits for its departure.
    const QList<DayResult> forgot = AttendanceCalculator().calculate(
        user, saturday, sunday, week,
        punches({QStringLiteral("2026-03-07 09:00 in"), QStringLiteral("2026-03-08 01:01 out")}));
    QVERIFY(forgot.at(0).missingPunch);
    QVERIFY(forgot.at(1).missingPunch);
    QCOMPARE(forgot.at(1).punches.at(0).assignment, DayAssignment::CalendarDate);

    // A Sunday that begins with an arrival is Sunday's, even with Saturday left open.
    const QList<DayResult> twoDays = AttendanceCalculator().calculate(
        user, saturday, sunday, week,
        punches({QStringLiteral("2026-03-07 22:00 in"), QStringLiteral("2026-03-08 06:00 in"),
                 QStringLiteral("2026-03-08 07:00 out")}));
    QVERIFY(twoDays.at(0).missingPunch);
    QCOMPARE(twoDays.at(1).workedMinutes, 60);

    // FirstLast ignores directions: with no shift on either day, a punch a night's length after
    // Saturday's lone arrival ends that night, so the night is still one day's work.
    AttendanceRules firstLast;
    firstLast.pairing = PairingMode::FirstLast;
    const QList<DayResult> undirected = AttendanceCalculator(firstLast).calculate(user, saturday, sunday, week, night);
    QVERIFY(!undirected.at(0).missingPunch);
    QCOMPARE(undirected.at(0).workedMinutes, 480);
    QCOMPARE(undirected.at(0).punches.at(1).assignment, DayAssignment::ClosesPreviousDay);
    QVERIFY(undirected.at(1).punches.isEmpty());
}

void tst_Attendance::wallClockAndElapsedTime()
{
    const QTimeZone berlin("Europe/Berlin");
    if (!berlin.isValid())
        QSKIP("no time zone data");
    const auto wall = [](QDate date, int hour, int minute = 0) {
        return protocol::walltime::make(date, QTime(hour, minute));
    };
    // Wall-clock minutes, for late and early leave, ignore any zone, even one the QDateTime
    // carries: 00:00–08:00 on the spring-forward day is 480 wall-clock minutes.
    const QDateTime from(springForward, QTime(0, 0), berlin);
    const QDateTime to(springForward, QTime(8, 0), berlin);
    QCOMPARE(from.secsTo(to), 7 * 3600);
    QCOMPARE(wallClockMinutesBetween(from, to), 480);
    QCOMPARE(wallClockMinutesBetween(wall(fallBack, 0), wall(fallBack, 8)), 480);

    // Elapsed minutes read the zone-less wall times in the site's zone.
    QCOMPARE(elapsedMinutesBetween(wall(springForward, 0), wall(springForward, 8), berlin), 420);
    QCOMPARE(elapsedMinutesBetween(wall(fallBack, 0), wall(fallBack, 8), berlin), 540);
    QCOMPARE(elapsedMinutesBetween(wall(monday, 0), wall(monday, 8), berlin), 480);
    QCOMPARE(siteSeconds(wall(monday, 9), berlin), QDateTime(monday, QTime(8, 0), Qt::UTC).toSecsSinceEpoch());
    // 02:30 does not exist on the spring-forward day: the clock was not yet put forward.
    QCOMPARE(siteSeconds(wall(springForward, 2, 30), berlin), siteSeconds(wall(springForward, 3, 30), berlin));
    // 02:30 happens twice on the fall-back day: the first time counts.
    QCOMPARE(siteSeconds(wall(fallBack, 2, 30), berlin), QDateTime(fallBack, QTime(0, 30), Qt::UTC).toSecsSinceEpoch());
    // No zone: no clock change.
    QCOMPARE(siteSeconds(wall(fallBack, 2, 30), QTimeZone()), wallClockSeconds(wall(fallBack, 2, 30)));
    QCOMPARE(elapsedMinutesBetween(wall(fallBack, 0), wall(fallBack, 8), QTimeZone::utc()), 480);
}

QTEST_GUILESS_MAIN(tst_Attendance)
#include "tst_attendance.moc"
