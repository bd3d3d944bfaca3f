#include "attendancecalculator.h"
#include "payrollexport.h"

#include "walltime.h"

#include <QTest>

using namespace punchclock;
using namespace punchclock::engine::attendance;
using namespace punchclock::engine::reports;

namespace {

QDate date(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

QDateTime at(const QString &text)
{
    return protocol::walltime::make(QDate::fromString(text.left(10), Qt::ISODate),
                                    QTime::fromString(text.mid(11), QStringLiteral("HH:mm")));
}

// "2026-03-02 07:58 in" lines of one user.
QList<PunchInput> punches(const QString &userId, const QStringList &lines)
{
    QList<PunchInput> result;
    for (const QString &line : lines) {
        PunchInput punch;
        punch.id = result.size() + 1;
        punch.userId = userId;
        punch.time = at(line.left(16));
        punch.direction = protocol::directionFromName(line.mid(17));
        result.append(punch);
    }
    return result;
}

Shift dayShift()
{
    Shift shift;
    shift.name = QStringLiteral("Day");
    shift.start = QTime(8, 0);
    shift.end = QTime(17, 0);
    shift.lateGraceMinutes = 5;
    shift.earlyLeaveGraceMinutes = 5;
    shift.breakMinutes = 60;
    shift.breakAfterMinutes = 360;
    shift.overtimeThresholdMinutes = 30;
    return shift;
}

Shift nightShift(int breakMinutes = 0)
{
    Shift shift;
    shift.name = QStringLiteral("Night");
    shift.start = QTime(22, 0);
    shift.end = QTime(6, 0);
    shift.lateGraceMinutes = 5;
    shift.earlyLeaveGraceMinutes = 5;
    shift.breakMinutes = breakMinutes;
    shift.overtimeThresholdMinutes = 15;
    shift.dayChange = QTime(10, 0);
    return shift;
}

WorkPlan weekdays(const Shift &shift)
{
    WeeklySchedule week;
    for (const Qt::DayOfWeek day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        week.setShift(day, shift);
    return WorkPlan(week);
}

WorkPlan everyDay(const Shift &shift)
{
    WeeklySchedule week;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        week.setShift(Qt::DayOfWeek(day), shift);
    return WorkPlan(week);
}

EmployeeDays calculated(const QString &userId, const QString &name, const AttendanceRules &rules, QDate from, QDate to,
                        const WorkPlan &plan, const QList<PunchInput> &input)
{
    return {userId, name, QStringLiteral("Kitchen"),
            AttendanceCalculator(rules).calculate(userId, from, to, plan, input)};
}

ReportRequest period(QDate from, QDate to)
{
    ReportRequest request;
    request.from = from;
    request.to = to;
    request.today = date("2026-12-31");
    return request;
}

// Anna's two weeks from Monday 2 March 2026 on the day shift (Monday to Friday), every figure
// worked out by hand below.
EmployeeDays annasFortnight()
{
    AttendanceRules rules;
    rules.today = date("2026-12-31");
    rules.holidays = {date("2026-03-06")};
    rules.leaveDays = {{QStringLiteral("1001"), date("2026-03-09"), QStringLiteral("vacation")},
                       {QStringLiteral("1001"), date("2026-03-10"), QStringLiteral("sick")},
                       // A Saturday of a leave range: a day off, not a leave day taken.
                       {QStringLiteral("1001"), date("2026-03-14"), QStringLiteral("vacation")}};
    const QList<PunchInput> input =
        punches(QStringLiteral("1001"),
                {
                    // Mon: 07:58–17:03, gross 9:05, break 1:00 → 8:05 worked, 5 min over the plan (below 30).
                    QStringLiteral("2026-03-02 07:58 in"),
                    QStringLiteral("2026-03-02 17:03 out"),
                    // Tue: 12 min late (grace 5): 08:12–17:00 → 7:48 worked.
                    QStringLiteral("2026-03-03 08:12 in"),
                    QStringLiteral("2026-03-03 17:00 out"),
                    // Wed: 08:00–19:00 → 10:00 worked, 2:00 overtime.
                    QStringLiteral("2026-03-04 08:00 in"),
                    QStringLiteral("2026-03-04 19:00 out"),
                    // Thu: absent. Fri 6 March, a holiday: 09:00–13:00, 4:00, no break (not over 6:00), all overtime.
                    QStringLiteral("2026-03-06 09:00 in"),
                    QStringLiteral("2026-03-06 13:00 out"),
                    // Sat, a day off: 21:00 to Sunday 01:00 → 4:00, all overtime, 3:00 of it in the night.
                    QStringLiteral("2026-03-07 21:00 in"),
                    QStringLiteral("2026-03-08 01:00 out"),
                    // Mon 9 on vacation, Tue 10 sick. Wed 11: 30 min late, 08:30–17:00 → 7:30.
                    QStringLiteral("2026-03-11 08:30 in"),
                    QStringLiteral("2026-03-11 17:00 out"),
                    // Thu 12 and Fri 13: 8:00 each.
                    QStringLiteral("2026-03-12 08:00 in"),
                    QStringLiteral("2026-03-12 17:00 out"),
                    QStringLiteral("2026-03-13 08:00 in"),
                    QStringLiteral("2026-03-13 17:00 out"),
                });
    return calculated(QStringLiteral("1001"), QStringLiteral("Anna"), rules, date("2026-03-02"), date("2026-03-15"),
                      weekdays(dayShift()), input);
}

} // namespace

// Payroll figures summed from the attendance calculation, each checked against a sum done by hand.
class tst_PayrollExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFigureOfAFortnight()
    {
        const PayrollFigures figures = PayrollFigures::of(annasFortnight().days);
        // 8:05 + 7:48 + 10:00 + 4:00 + 4:00 + 7:30 + 8:00 + 8:00
        QCOMPARE(figures.workedMinutes, 485 + 468 + 600 + 240 + 240 + 450 + 480 + 480);
        QCOMPARE(figures.overtimeMinutes, 120 + 240 + 240);
        QCOMPARE(figures.regularMinutes(), 3443 - 600);
        QCOMPARE(figures.nightMinutes, 180);
        QCOMPARE(figures.holidayMinutes, 240);
        // Planned days: 10 weekdays, less the holiday and the two leave days; Thursday 5 counts.
        QCOMPARE(figures.expectedMinutes, 7 * 480);
        QCOMPARE(figures.daysWorked, 8);
        QCOMPARE(figures.leaveDays, 2);
        QCOMPARE(figures.leaveDaysByKind.value(QStringLiteral("vacation")), 1);
        QCOMPARE(figures.leaveDaysByKind.value(QStringLiteral("sick")), 1);
        QCOMPARE(figures.absenceDays, 1);
        QCOMPARE(figures.lateCount, 2);
        QCOMPARE(figures.lateMinutes, 12 + 30);
        QCOMPARE(figures.earlyLeaveCount, 0);
        QCOMPARE(figures.missingPunchDays, 0);
    }

    void theDefaultProfileLaysOutOneRowPerEmployee()
    {
        const PayrollProfile profile = shippedPayrollProfiles().constFirst();
        QCOMPARE(profile.name, QStringLiteral("default"));
        const PayrollTable table =
            PayrollExport::table({annasFortnight()}, profile, period(date("2026-03-02"), date("2026-03-15")));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.userIds, QStringList{QStringLiteral("1001")});
        const QVariantList expected{QStringLiteral("1001"),
                                    QStringLiteral("Anna"),
                                    QStringLiteral("Kitchen"),
                                    date("2026-03-02"),
                                    date("2026-03-15"),
                                    2843,
                                    600,
                                    180,
                                    240,
                                    1,
                                    1,
                                    0,
                                    0, // vacation, sick, unpaid, other kinds
                                    1,
                                    2,
                                    42};
        QCOMPARE(table.rows.first(), expected);
        QVERIFY(!table.countedTo.isValid());
    }

    void leaveKindsAreMatchedInAnyCaseAndTheRestIsOther()
    {
        AttendanceRules rules;
        rules.today = date("2026-12-31");
        rules.leaveDays = {{QStringLiteral("7"), date("2026-03-02"), QStringLiteral("Vacation ")},
                           {QStringLiteral("7"), date("2026-03-03"), QStringLiteral("training")},
                           {QStringLiteral("7"), date("2026-03-04"), QStringLiteral("sick")},
                           {QStringLiteral("7"), date("2026-03-07"), QStringLiteral("training")}}; // Saturday
        const EmployeeDays employee = calculated(QStringLiteral("7"), QStringLiteral("Zoë"), rules, date("2026-03-02"),
                                                 date("2026-03-08"), weekdays(dayShift()), {});
        PayrollProfile profile;
        profile.name = QStringLiteral("leave");
        profile.columns = {{PayrollColumn::LeaveDays, QStringLiteral("VACATION"), QStringLiteral("V")},
                           {PayrollColumn::LeaveDays, QString(), QStringLiteral("All")},
                           {PayrollColumn::LeaveDaysOther, QString(), QStringLiteral("Other")},
                           {PayrollColumn::AbsenceDays, QString(), QStringLiteral("Absent")}};
        const PayrollTable table =
            PayrollExport::table({employee}, profile, period(date("2026-03-02"), date("2026-03-08")));
        // Thursday and Friday: planned, no punch.
        QCOMPARE(table.rows.first(), (QVariantList{1, 3, 2, 2}));
    }

    void aNightAcrossMidnightCountsTheHoursInTheWindow()
    {
        AttendanceRules rules;
        const EmployeeDays employee = calculated(
            QStringLiteral("2002"), QString(), rules, date("2026-03-02"), date("2026-03-02"), everyDay(nightShift()),
            punches(QStringLiteral("2002"),
                    {QStringLiteral("2026-03-02 21:55 in"), QStringLiteral("2026-03-03 06:02 out")}));
        const DayResult &night = employee.days.constFirst();
        QCOMPARE(night.workedMinutes, 487);
        // 21:55–22:00 and 06:00–06:02 are outside 22:00–06:00.
        QCOMPARE(night.nightMinutes, 480);
        QCOMPARE(night.workedSpans.size(), 1);
        QCOMPARE(night.workedSpans.first().from, at(QStringLiteral("2026-03-02 21:55")));
        QCOMPARE(night.workedSpans.first().to, at(QStringLiteral("2026-03-03 06:02")));
    }

    void theNightTheClocksGoForwardHasAnHourLess()
    {
        AttendanceRules rules;
        rules.siteZone = QTimeZone("Europe/Berlin");
        const EmployeeDays employee = calculated(
            QStringLiteral("2002"), QString(), rules, date("2026-03-28"), date("2026-03-28"), everyDay(nightShift()),
            punches(QStringLiteral("2002"),
                    {QStringLiteral("2026-03-28 22:00 in"), QStringLiteral("2026-03-29 06:00 out")}));
        QCOMPARE(employee.days.constFirst().workedMinutes, 7 * 60);
        QCOMPARE(employee.days.constFirst().nightMinutes, 7 * 60);
    }

    void aDeductedBreakComesOffTheNight()
    {
        AttendanceRules rules;
        const EmployeeDays employee = calculated(
            QStringLiteral("2002"), QString(), rules, date("2026-03-02"), date("2026-03-02"), everyDay(nightShift(30)),
            punches(QStringLiteral("2002"),
                    {QStringLiteral("2026-03-02 22:00 in"), QStringLiteral("2026-03-03 06:00 out")}));
        QCOMPARE(employee.days.constFirst().workedMinutes, 450);
        QCOMPARE(employee.days.constFirst().nightMinutes, 450);
    }

    void aWindowWithinOneDateAndBreaksPunchedOutside()
    {
        AttendanceRules rules;
        rules.night = {QTime(0, 0), QTime(5, 0)};
        // 21:00–01:30 and 02:00–06:00 around a punched break: 1:30 + 3:00 within 00:00–05:00.
        const QList<PunchInput> input = punches(QStringLiteral("2002"), {
                                                                            QStringLiteral("2026-03-02 21:00 in"),
                                                                            QStringLiteral("2026-03-03 01:30 out"),
                                                                            QStringLiteral("2026-03-03 02:00 in"),
                                                                            QStringLiteral("2026-03-03 06:00 out"),
                                                                        });
        const EmployeeDays employee = calculated(QStringLiteral("2002"), QString(), rules, date("2026-03-02"),
                                                 date("2026-03-02"), everyDay(nightShift()), input);
        const DayResult &day = employee.days.constFirst();
        QCOMPARE(day.workedSpans.size(), 2);
        QCOMPARE(day.punchedBreakMinutes, 30);
        QCOMPARE(day.nightMinutes, 90 + 180);
    }

    void firstLastPairingMeasuresOneSpan()
    {
        AttendanceRules rules;
        rules.pairing = PairingMode::FirstLast;
        const QList<PunchInput> input = punches(QStringLiteral("1001"), {
                                                                            QStringLiteral("2026-03-02 08:00 ?"),
                                                                            QStringLiteral("2026-03-02 12:00 ?"),
                                                                            QStringLiteral("2026-03-02 12:30 ?"),
                                                                            QStringLiteral("2026-03-02 17:00 ?"),
                                                                        });
        const EmployeeDays employee = calculated(QStringLiteral("1001"), QString(), rules, date("2026-03-02"),
                                                 date("2026-03-02"), weekdays(dayShift()), input);
        const DayResult &day = employee.days.constFirst();
        QCOMPARE(day.workedSpans.size(), 1);
        QCOMPARE(day.workedSpans.first().from, at(QStringLiteral("2026-03-02 08:00")));
        QCOMPARE(day.workedSpans.first().to, at(QStringLiteral("2026-03-02 17:00")));
        QCOMPARE(day.nightMinutes, 0);
    }

    void nightSecondsOfSpansAcrossSeveralNights()
    {
        // 20:00 Monday to 08:00 Wednesday: two whole nights of 8 hours.
        const QList<WorkedSpan> spans{{at(QStringLiteral("2026-03-02 20:00")), at(QStringLiteral("2026-03-04 08:00"))}};
        QCOMPARE(nightSeconds(spans, NightWindow{}, QTimeZone::utc()), 2 * 8 * 3600);
        QCOMPARE(nightSeconds(spans, NightWindow{QTime(22, 0), QTime(22, 0)}, QTimeZone::utc()), 0);
    }

    void daysAfterTodayAreNotCountedYet()
    {
        ReportRequest request = period(date("2026-03-02"), date("2026-03-15"));
        request.today = date("2026-03-10");
        const PayrollTable table =
            PayrollExport::table({annasFortnight()}, shippedPayrollProfiles().constFirst(), request);
        QCOMPARE(table.countedTo, date("2026-03-10"));
    }
};

QTEST_GUILESS_MAIN(tst_PayrollExport)
#include "tst_payrollexport.moc"
