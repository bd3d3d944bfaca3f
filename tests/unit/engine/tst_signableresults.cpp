#include "attendancerepository.h"
#include "closedperiodrepository.h"
#include "connection.h"
#include "csvreportwriter.h"
#include "punchcorrectionrepository.h"
#include "punchrepository.h"
#include "reportbuilder.h"
#include "reportcells.h"
#include "schedulerepository.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"
#include "xlsxreportwriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::engine::reports;
using test::cell;
using test::date;
using engine::attendance::DayResult;
using engine::attendance::Figure;
using engine::attendance::FigureReason;
using engine::attendance::FigureRule;
using engine::attendance::PunchRole;
using engine::attendance::PunchStatus;
using storage::AttendanceError;

namespace {

const QString devA = QStringLiteral("A000000000000001");       // approved
const QString devB = QStringLiteral("B000000000000002");       // approved, blocked later
const QString devPending = QStringLiteral("P000000000000009"); // waiting for approval
const QString nora = QStringLiteral("10"); // no department, no schedule
const QString luis = QStringLiteral("20"); // Plant: day shift 09:00–18:00, Monday to Friday
const QString ana = QStringLiteral("30");  // her own week: night shift 22:00–06:00 every day

qsizetype rowOf(const ReportTable &table, const QString &userId, QDate day = {})
{
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (table.sources.at(r).userId == userId && table.sources.at(r).date == day)
            return r;
    }
    return -1;
}

std::optional<FigureReason> reason(const DayResult &day, Figure figure)
{
    for (const FigureReason &reason : day.reasons) {
        if (reason.figure == figure)
            return reason;
    }
    return std::nullopt;
}

bool hasReason(const DayResult &day, Figure figure, FigureRule rule)
{
    return std::any_of(day.reasons.cbegin(), day.reasons.cend(),
                       [&](const FigureReason &r) { return r.figure == figure && r.rule == rule; });
}

} // namespace

// What a manager signs: the hand-computed cases of the first-hour issue, through the store and
// ReportBuilder as the console and `punchclock report` use them. The site is in Madrid, whose
// clocks go forward in the night of 28 to 29 March 2026.
class TestSignableResults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    qint64 m_dayShift = 0;
    qint64 m_nightShift = 0;
    qint64 m_plant = 0;
    int m_databases = 0; // one fresh database per test and data row

    QSqlDatabase db() const { return m_connection->database(); }

    qint64 punch(const QString &userId, const QString &time, const QString &direction = {}, const QString &devId = devA,
                 int flags = 0)
    {
        storage::NewPunch punch;
        punch.devId = devId;
        punch.source = QStringLiteral("realtime");
        punch.flags = flags;
        punch.record.userId = userId;
        punch.record.ioTime = protocol::walltime::fromStorage(time + QStringLiteral(":00"));
        punch.record.ioMode.direction = protocol::directionFromName(direction);
        if (storage::PunchRepository(db()).insert(punch) == storage::PunchRepository::InsertOutcome::Failed)
            qFatal("punch not stored");
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT MAX(id) FROM punches")) || !query.next())
            qFatal("no punch id");
        return query.value(0).toLongLong();
    }

    void setPairing(storage::PairingSetting pairing)
    {
        storage::AttendanceRepository rules(db());
        storage::AttendanceSettings settings = rules.settings();
        settings.pairing = pairing;
        QVERIFY(rules.setSettings(settings));
    }

    ReportTable report(ReportKind kind, QDate from, QDate to, const QString &userId = {}, QDate today = date("2026-12-06"))
    {
        ReportRequest request;
        request.kind = kind;
        request.from = from;
        request.to = to;
        request.userId = userId;
        request.today = today;
        ReportError error = ReportError::Storage;
        const auto table = ReportBuilder(db()).build(request, &error);
        if (!table)
            qWarning() << "report failed" << int(error);
        return table.value_or(ReportTable{});
    }

    DayResult dayOf(const QString &userId, QDate day)
    {
        ReportRequest request;
        request.kind = ReportKind::Daily;
        request.from = day;
        request.to = day;
        request.userId = userId;
        request.today = date("2026-12-06");
        const auto employees = ReportBuilder(db()).calculate(request);
        return employees && !employees->isEmpty() ? employees->first().days.first() : DayResult{};
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                                                               .arg(QLatin1String(QTest::currentTestFunction()))
                                                               .arg(++m_databases))),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
        storage::TerminalRepository terminals(db());
        for (const QString &devId : {devA, devB, devPending})
            QVERIFY(terminals.recordContact({devId, QStringLiteral("127.0.0.1"), storage::Approval::Pending, {}}));
        QVERIFY(terminals.setApproval(devA, storage::Approval::Approved));
        QVERIFY(terminals.setApproval(devB, storage::Approval::Approved));
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(storage::SettingsRepository::SiteTimeZoneKey),
                                                           QStringLiteral("Europe/Madrid")));

        storage::AttendanceRepository rules(db());
        storage::ShiftRow dayShift; // the threshold left at its default for a new shift
        dayShift.name = QStringLiteral("Day");
        dayShift.start = QTime(9, 0);
        dayShift.end = QTime(18, 0);
        dayShift.breakMinutes = 60;
        dayShift.breakAfterMinutes = 360;
        m_dayShift = rules.addShift(dayShift).value_or(0);
        storage::ShiftRow nightShift;
        nightShift.name = QStringLiteral("Night");
        nightShift.start = QTime(22, 0);
        nightShift.end = QTime(6, 0);
        nightShift.dayChange = QTime(12, 0);
        m_nightShift = rules.addShift(nightShift).value_or(0);
        QVERIFY(m_dayShift > 0 && m_nightShift > 0);

        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Plant') RETURNING id")) && query.next());
        m_plant = query.value(0).toLongLong();
        query.finish();
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                             "VALUES (?, ?, ?, '', '')")));
        for (const auto &[id, name, department] : {std::tuple{nora, QStringLiteral("Nora"), QVariant()},
                                                    std::tuple{luis, QStringLiteral("Luis"), QVariant(m_plant)},
                                                    std::tuple{ana, QStringLiteral("Ana"), QVariant()}}) {
            query.addBindValue(id);
            query.addBindValue(name);
            query.addBindValue(department);
            QVERIFY(query.exec());
        }
        storage::ScheduleRepository schedules(db());
        const qint64 d = m_dayShift;
        const qint64 n = m_nightShift;
        QVERIFY(schedules.setDepartmentSchedule(m_plant, {d, d, d, d, d, 0, 0}));
        QVERIFY(schedules.setUserSchedule(ana, {n, n, n, n, n, n, n}));
    }

    void cleanup() { m_connection.reset(); }

    void newShiftsWaitHalfAnHourBeforeOvertime()
    {
        QCOMPARE(storage::ShiftRow().overtimeThresholdMinutes, 30);
        QCOMPARE(storage::AttendanceRepository(db()).shift(m_dayShift)->overtimeThresholdMinutes, 30);
    }

    // 1. A night on days without a shift is one working day, the day it began, with its real
    // length: 7 hours on the night the clocks go forward, 8 on another.
    void nightOnDaysWithoutShiftIsOneWorkingDay_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<bool>("firstLast");
        QTest::addColumn<bool>("directions");
        for (const bool firstLast : {false, true}) {
            for (const bool directions : {true, false}) {
                const QByteArray how = QByteArray(firstLast ? "first/last" : "in/out") + (directions ? ", directions" : ", none");
                QTest::newRow(QByteArray("no schedule, " + how).constData()) << nora << firstLast << directions;
                QTest::newRow(QByteArray("weekend off, " + how).constData()) << luis << firstLast << directions;
            }
        }
    }

    void nightOnDaysWithoutShiftIsOneWorkingDay()
    {
        QFETCH(QString, userId);
        QFETCH(bool, firstLast);
        QFETCH(bool, directions);
        setPairing(firstLast ? storage::PairingSetting::FirstLast : storage::PairingSetting::InOut);
        const QString in = directions ? QStringLiteral("in") : QString();
        const QString out = directions ? QStringLiteral("out") : QString();
        punch(userId, QStringLiteral("2026-03-21 22:00"), in);
        punch(userId, QStringLiteral("2026-03-22 06:00"), out);
        punch(userId, QStringLiteral("2026-03-28 22:00"), in);
        punch(userId, QStringLiteral("2026-03-29 06:00"), out);

        const DayResult ordinary = dayOf(userId, date("2026-03-21"));
        QCOMPARE(ordinary.workedMinutes, 480);
        QVERIFY(!ordinary.missingPunch);
        const DayResult springForward = dayOf(userId, date("2026-03-28"));
        QCOMPARE(springForward.workedMinutes, 420);
        QVERIFY(!springForward.missingPunch);
        QVERIFY(hasReason(springForward, Figure::Worked, FigureRule::ClockChange));
        QCOMPARE(reason(springForward, Figure::Worked)->minutes, 420);
        const DayResult sunday = dayOf(userId, date("2026-03-29"));
        QCOMPARE(sunday.workedMinutes, 0);
        QVERIFY(sunday.punches.isEmpty());

        const ReportTable month = report(ReportKind::Monthly, date("2026-03-01"), date("2026-03-31"), userId);
        QCOMPARE(cell(month, 0, ColumnId::DaysWorked).toInt(), 2);
        QCOMPARE(cell(month, 0, ColumnId::Worked).toInt(), 900);
        QCOMPARE(cell(month, 0, ColumnId::MissingPunchCount).toInt(), 0);
        // A day off of a schedule is time beyond the plan; without a schedule there is none.
        QCOMPARE(cell(month, 0, ColumnId::Overtime).toInt(), userId == luis ? 900 : 0);
    }

    // An evening arrival whose departure was forgotten does not swallow the next day's work:
    // 15 hours later is longer than any night a punch without a role may close.
    void forgottenDepartureStaysApartFromTheNextDay()
    {
        setPairing(storage::PairingSetting::FirstLast);
        punch(nora, QStringLiteral("2026-03-23 18:00"));
        punch(nora, QStringLiteral("2026-03-24 09:00"));
        punch(nora, QStringLiteral("2026-03-24 17:00"));
        const DayResult monday = dayOf(nora, date("2026-03-23"));
        QCOMPARE(monday.workedMinutes, 0);
        QVERIFY(monday.missingPunch);
        QCOMPARE(dayOf(nora, date("2026-03-24")).workedMinutes, 480);
    }

    // 2. A lone punch is the arrival or the departure by the nearer end of the shift, and a
    // missing punch is never lateness or early leave.
    void lonePunchTakesTheNearerEndOfTheShift_data()
    {
        QTest::addColumn<bool>("firstLast");
        QTest::newRow("first/last") << true;
        QTest::newRow("in/out without directions") << false;
    }

    void lonePunchTakesTheNearerEndOfTheShift()
    {
        QFETCH(bool, firstLast);
        setPairing(firstLast ? storage::PairingSetting::FirstLast : storage::PairingSetting::InOut);
        punch(luis, QStringLiteral("2026-03-03 18:00"));          // Tuesday: the morning punch is missing
        punch(luis, QStringLiteral("2026-03-04 09:20"));          // Wednesday: the evening punch is missing
        const DayResult tuesday = dayOf(luis, date("2026-03-03"));
        QVERIFY(tuesday.missingArrival);
        QVERIFY(!tuesday.missingDeparture);
        QCOMPARE(tuesday.punches.first().role, PunchRole::Out);
        QCOMPARE(tuesday.lateMinutes, 0);
        QCOMPARE(tuesday.earlyLeaveMinutes, 0);
        QCOMPARE(reason(tuesday, Figure::Late)->rule, FigureRule::PunchMissing);
        const DayResult wednesday = dayOf(luis, date("2026-03-04"));
        QVERIFY(wednesday.missingDeparture);
        QCOMPARE(wednesday.lateMinutes, 20); // the arrival itself is there, 20 minutes late
        QCOMPARE(reason(wednesday, Figure::EarlyLeave)->rule, FigureRule::PunchMissing);

        const ReportTable daily = report(ReportKind::Daily, date("2026-03-03"), date("2026-03-04"), luis);
        QCOMPARE(cell(daily, rowOf(daily, luis, date("2026-03-03")), ColumnId::Status).toString(),
                 QStringLiteral("missing_arrival"));
        QCOMPARE(cell(daily, rowOf(daily, luis, date("2026-03-04")), ColumnId::Status).toString(),
                 QStringLiteral("late,missing_departure"));
        const ReportTable month = report(ReportKind::Monthly, date("2026-03-03"), date("2026-03-04"), luis);
        QCOMPARE(cell(month, 0, ColumnId::LateCount).toInt(), 1);
        QCOMPARE(cell(month, 0, ColumnId::Late).toInt(), 20);
        QCOMPARE(cell(month, 0, ColumnId::MissingPunchCount).toInt(), 2);
        // 5. Days worked are days with time worked: two lone punches are none.
        QCOMPARE(cell(month, 0, ColumnId::DaysWorked).toInt(), 0);
    }

    // 3. A day worked as planned says so; a few minutes over is not overtime.
    void plannedDayIsPresentAndOvertimeFollowsTheShiftRule()
    {
        punch(luis, QStringLiteral("2026-03-02 08:58"), QStringLiteral("in"));
        punch(luis, QStringLiteral("2026-03-02 18:02"), QStringLiteral("out"));
        punch(luis, QStringLiteral("2026-03-03 09:00"), QStringLiteral("in"));
        punch(luis, QStringLiteral("2026-03-03 18:45"), QStringLiteral("out"));
        const ReportTable daily = report(ReportKind::Daily, date("2026-03-02"), date("2026-03-03"), luis);
        const qsizetype monday = rowOf(daily, luis, date("2026-03-02"));
        QCOMPARE(cell(daily, monday, ColumnId::Status).toString(), QStringLiteral("present"));
        QCOMPARE(cell(daily, monday, ColumnId::Overtime).toInt(), 0);
        QCOMPARE(reason(dayOf(luis, date("2026-03-02")), Figure::Overtime)->rule, FigureRule::BelowThreshold);
        const qsizetype tuesday = rowOf(daily, luis, date("2026-03-03"));
        QCOMPARE(cell(daily, tuesday, ColumnId::Status).toString(), QStringLiteral("present,overtime"));
        QCOMPARE(cell(daily, tuesday, ColumnId::Overtime).toInt(), 45);
        const FigureReason beyond = *reason(dayOf(luis, date("2026-03-03")), Figure::Overtime);
        QCOMPARE(beyond.rule, FigureRule::BeyondPlan);
        QCOMPARE(beyond.detail, 30);
    }

    // 4. A night's departure reads as the next day's, in every format.
    void nightRowsMarkTheNextDay()
    {
        punch(ana, QStringLiteral("2026-03-02 21:55"), QStringLiteral("in"));
        punch(ana, QStringLiteral("2026-03-03 06:02"), QStringLiteral("out"));
        const ReportTable daily = report(ReportKind::Daily, date("2026-03-02"), date("2026-03-02"), ana);
        const DayTime lastOut = cell(daily, 0, ColumnId::LastOut).value<DayTime>();
        QCOMPARE(lastOut.time, QTime(6, 2));
        QCOMPARE(lastOut.dayOffset, 1);
        QCOMPARE(cell(daily, 0, ColumnId::FirstIn).value<DayTime>().dayOffset, 0);
        const ReportTable timecard = report(ReportKind::Timecard, date("2026-03-02"), date("2026-03-02"), ana);
        QCOMPARE(cell(timecard, 0, ColumnId::Punches).toString(), QStringLiteral("21:55 06:02 +1"));

        ReportTexts texts;
        texts.headers = QStringList(daily.columns.size(), QStringLiteral("h"));
        const QString csv = QString::fromUtf8(CsvReportWriter::toCsv(daily, texts));
        QVERIFY2(csv.contains(QStringLiteral(",21:55,06:02 +1,")), qPrintable(csv));
    }

    // 6. CSV keeps ISO dates whatever the language; the spreadsheet and PDF take the language's.
    void spreadsheetDatesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("qtFormat");
        QTest::addColumn<QString>("excelFormat");
        QTest::newRow("en_GB") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("dd/mm/yyyy");
        QTest::newRow("en_US") << QStringLiteral("M/d/yyyy") << QStringLiteral("m/d/yyyy");
        QTest::newRow("zh_CN") << QStringLiteral("yyyy/M/d") << QStringLiteral("yyyy/m/d");
        QTest::newRow("words") << QStringLiteral("d MMM yyyy") << QStringLiteral("d mmm yyyy");
        QTest::newRow("quoted") << QStringLiteral("d 'de' MMMM") << QStringLiteral("d \"de\" mmmm");
        QTest::newRow("characters") << QStringLiteral("yyyy年M月d日") << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"");
    }

    void spreadsheetDatesFollowTheLanguage()
    {
        QFETCH(QString, qtFormat);
        QFETCH(QString, excelFormat);
        QCOMPARE(excelDateFormat(qtFormat), excelFormat);
    }

    // 8. Approving a pending terminal later counts what it kept; blocking one takes nothing away.
    void approvalCountsKeptPunchesAndBlockingKeepsCountedOnes()
    {
        punch(luis, QStringLiteral("2026-03-02 09:00"), QStringLiteral("in"), devPending, storage::FromPendingTerminal);
        punch(luis, QStringLiteral("2026-03-02 18:00"), QStringLiteral("out"), devPending, storage::FromPendingTerminal);
        punch(luis, QStringLiteral("2026-03-03 09:00"), QStringLiteral("in"), devB);
        punch(luis, QStringLiteral("2026-03-03 18:00"), QStringLiteral("out"), devB);
        QCOMPARE(dayOf(luis, date("2026-03-02")).workedMinutes, 0);
        QCOMPARE(dayOf(luis, date("2026-03-02")).punches.first().status, PunchStatus::NotCounting);
        QCOMPARE(dayOf(luis, date("2026-03-03")).workedMinutes, 480);

        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.setApproval(devB, storage::Approval::Blocked));
        QCOMPARE(dayOf(luis, date("2026-03-03")).workedMinutes, 480);
        QVERIFY(terminals.setApproval(devPending, storage::Approval::Approved));
        QCOMPARE(dayOf(luis, date("2026-03-02")).workedMinutes, 480);
        QVERIFY(terminals.setApproval(devPending, storage::Approval::Blocked));
        QCOMPARE(dayOf(luis, date("2026-03-02")).workedMinutes, 480);
    }

    // 8. A rule changed from a date on leaves the days before it as they were.
    void ruleChangesApplyFromTheirDate()
    {
        for (const char *day : {"2026-03-09", "2026-03-16"}) {
            punch(luis, QStringLiteral("%1 09:30").arg(QLatin1String(day)), QStringLiteral("in"));
            punch(luis, QStringLiteral("%1 18:00").arg(QLatin1String(day)), QStringLiteral("out"));
        }
        storage::AttendanceRepository rules(db());
        storage::ShiftRow later = *rules.shift(m_dayShift);
        later.start = QTime(10, 0);
        later.end = QTime(19, 0);
        QVERIFY(rules.updateShift(later, nullptr, date("2026-03-16"), QStringLiteral("anna")));
        QCOMPARE(dayOf(luis, date("2026-03-09")).lateMinutes, 30);
        QCOMPARE(dayOf(luis, date("2026-03-09")).expectedMinutes, 480);
        QCOMPARE(dayOf(luis, date("2026-03-16")).lateMinutes, 0);
        QCOMPARE(dayOf(luis, date("2026-03-16")).earlyLeaveMinutes, 60);
        QCOMPARE(rules.shiftHistory(m_dayShift).size(), 2);
        QCOMPARE(rules.shift(m_dayShift)->start, QTime(10, 0));

        // From Friday 20 March the plant works Monday to Thursday.
        storage::ScheduleRepository schedules(db());
        const qint64 d = m_dayShift;
        QVERIFY(schedules.setDepartmentSchedule(m_plant, {d, d, d, d, 0, 0, 0}, date("2026-03-20"), QStringLiteral("anna")));
        QVERIFY(dayOf(luis, date("2026-03-13")).absent);
        QVERIFY(dayOf(luis, date("2026-03-20")).dayOff);
        QCOMPARE(schedules.departmentHistory(m_plant).size(), 2);
        // An employee's own week from a date, and back to the department's later.
        QVERIFY(schedules.setUserSchedule(luis, {0, 0, 0, 0, 0, d, 0}, date("2026-03-23")));
        QVERIFY(schedules.clearUserSchedule(luis, date("2026-03-30")));
        QVERIFY(dayOf(luis, date("2026-03-23")).dayOff);  // Monday, off in his own week
        QVERIFY(dayOf(luis, date("2026-03-28")).absent);  // Saturday, planned in it
        QVERIFY(dayOf(luis, date("2026-03-30")).absent);  // Monday, the department's again
        QVERIFY(dayOf(luis, date("2026-04-03")).dayOff);  // Friday, off in the department's
    }

    // 8. A closed period refuses what would change it, keeps its settings and lists what came late.
    void closedPeriodRefusesChangesAndKeepsItsResults()
    {
        punch(luis, QStringLiteral("2026-03-02 09:00"));
        punch(luis, QStringLiteral("2026-03-02 18:00"));
        const qint64 stray = punch(luis, QStringLiteral("2026-03-02 12:00"));
        setPairing(storage::PairingSetting::FirstLast);
        storage::ClosedPeriodRepository periods(db());
        storage::PeriodError periodError = storage::PeriodError::None;
        QVERIFY(!periods.close(date("2026-03-01"), date("2026-03-31"), QStringLiteral(" "), QStringLiteral("anna"),
                               &periodError));
        QCOMPARE(periodError, storage::PeriodError::EmptyReason);
        const auto march = periods.close(date("2026-03-01"), date("2026-03-31"), QStringLiteral("payroll March"),
                                         QStringLiteral("anna"));
        QVERIFY(march);
        storage::ClosedPeriodRow conflict;
        QVERIFY(!periods.close(date("2026-03-31"), date("2026-04-30"), QStringLiteral("April"), QStringLiteral("anna"),
                               &periodError, &conflict));
        QCOMPARE(periodError, storage::PeriodError::Overlaps);
        QCOMPARE(conflict.id, *march);
        const int closedWorked = dayOf(luis, date("2026-03-02")).workedMinutes;
        QCOMPARE(closedWorked, 540 - 60);

        // Corrections, rules, holidays and leave of its days are refused.
        storage::PunchCorrectionRepository corrections(db());
        storage::CorrectionError correctionError = storage::CorrectionError::None;
        QVERIFY(!corrections.voidPunch(stray, QStringLiteral("stray"), QStringLiteral("anna"), &correctionError));
        QCOMPARE(correctionError, storage::CorrectionError::PeriodClosed);
        QVERIFY(!corrections.addPunch(luis, protocol::walltime::fromStorage(QStringLiteral("2026-03-03 09:00:00")),
                                      QStringLiteral("in"), {}, QStringLiteral("forgot"), QStringLiteral("anna"),
                                      &correctionError));
        QCOMPARE(correctionError, storage::CorrectionError::PeriodClosed);
        storage::AttendanceRepository rules(db());
        AttendanceError error = AttendanceError::None;
        QVERIFY(!rules.setHoliday({date("2026-03-19"), QStringLiteral("San José")}, &error));
        QCOMPARE(error, AttendanceError::PeriodClosed);
        QVERIFY(!rules.setLeave(luis, date("2026-03-30"), date("2026-04-03"), QStringLiteral("vacation"), &error));
        QCOMPARE(error, AttendanceError::PeriodClosed);
        storage::ShiftRow shift = *rules.shift(m_dayShift);
        shift.start = QTime(8, 0);
        QVERIFY(!rules.updateShift(shift, &error, date("2026-03-15")));
        QCOMPARE(error, AttendanceError::PeriodClosed);
        QVERIFY(!rules.updateShift(shift, &error));
        QCOMPARE(error, AttendanceError::PeriodClosed);
        QVERIFY(rules.updateShift(shift, &error, date("2026-04-01")));
        const qint64 d = m_dayShift;
        QVERIFY(!storage::ScheduleRepository(db()).setDepartmentSchedule(m_plant, {d, d, d, d, 0, 0, 0}, date("2026-03-20"),
                                                                         {}, &error));
        QCOMPARE(error, AttendanceError::PeriodClosed);

        // The settings it was closed with stay its own.
        setPairing(storage::PairingSetting::InOut);
        QCOMPARE(dayOf(luis, date("2026-03-02")).workedMinutes, closedWorked);

        // A punch that arrives for it now is kept, acknowledged and listed, but does not count.
        const qint64 late = punch(luis, QStringLiteral("2026-03-05 09:00"));
        QCOMPARE(dayOf(luis, date("2026-03-05")).punches.first().status, PunchStatus::ArrivedAfterClose);
        QVERIFY(dayOf(luis, date("2026-03-05")).absent);
        const storage::ClosedPeriodRow closed = *periods.find(*march);
        const QList<storage::LatePunchRow> arrivedLate = periods.arrivedAfterClose(closed);
        QCOMPARE(arrivedLate.size(), 1);
        QCOMPARE(arrivedLate.first().id, late);

        // Reopened with a reason, by whom and when: the period counts everything again.
        QVERIFY(!periods.reopen(*march, QString(), QStringLiteral("ben"), &periodError));
        QCOMPARE(periodError, storage::PeriodError::EmptyReason);
        QVERIFY(periods.reopen(*march, QStringLiteral("late punches from the gate"), QStringLiteral("ben")));
        QVERIFY(!periods.reopen(*march, QStringLiteral("again"), QStringLiteral("ben"), &periodError));
        QCOMPARE(periodError, storage::PeriodError::AlreadyReopened);
        const storage::ClosedPeriodRow reopened = *periods.find(*march);
        QCOMPARE(reopened.reopenedBy, QStringLiteral("ben"));
        QCOMPARE(reopened.reopenReason, QStringLiteral("late punches from the gate"));
        QVERIFY(reopened.reopenedAt.isValid());
        QCOMPARE(reopened.closedBy, QStringLiteral("anna"));
        QCOMPARE(dayOf(luis, date("2026-03-05")).punches.first().status, PunchStatus::Unpaired);
        QVERIFY(corrections.voidPunch(stray, QStringLiteral("stray"), QStringLiteral("anna")));
        QCOMPARE(periods.history().size(), 1);
        QVERIFY(periods.closed().isEmpty());
    }

    // 9. Days after today are neither expected nor absent, and the report says how far it counts.
    void futureDaysAreNeitherExpectedNorAbsent()
    {
        for (const char *day : {"2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"}) {
            punch(luis, QStringLiteral("%1 09:00").arg(QLatin1String(day)), QStringLiteral("in"));
            punch(luis, QStringLiteral("%1 18:00").arg(QLatin1String(day)), QStringLiteral("out"));
        }
        const ReportTable month = report(ReportKind::Monthly, date("2026-12-01"), date("2026-12-31"), luis);
        QCOMPARE(month.countedTo, date("2026-12-06"));
        QCOMPARE(cell(month, 0, ColumnId::DaysAbsent).toInt(), 0);
        QCOMPARE(cell(month, 0, ColumnId::Expected).toInt(), 4 * 480);
        QCOMPARE(cell(month, 0, ColumnId::DaysWorked).toInt(), 4);
        const ReportTable daily = report(ReportKind::Daily, date("2026-12-01"), date("2026-12-31"), luis);
        QCOMPARE(daily.rows.size(), 6); // 1 to 6 December
        const ReportTable exceptions = report(ReportKind::Exceptions, date("2026-12-01"), date("2026-12-31"), luis);
        QVERIFY(exceptions.rows.isEmpty());
        QCOMPARE(reason(dayOf(luis, date("2026-12-24")), Figure::Expected)->rule, FigureRule::NothingInFuture);
        // A period wholly past counts every day.
        QVERIFY(!report(ReportKind::Monthly, date("2026-11-01"), date("2026-11-30"), luis).countedTo.isValid());
    }

    // An account of some departments reports on their employees only.
    void aDepartmentScopedAccountSeesItsDepartmentsOnly()
    {
        punch(luis, QStringLiteral("2026-03-02 09:00"), QStringLiteral("in"));
        punch(nora, QStringLiteral("2026-03-02 09:00"), QStringLiteral("in"));
        ReportRequest request;
        request.kind = ReportKind::Monthly;
        request.from = date("2026-03-01");
        request.to = date("2026-03-31");
        request.today = date("2026-12-06");
        request.departmentScope = QSet<qint64>{m_plant};
        const auto plant = ReportBuilder(db()).build(request);
        QVERIFY(plant);
        QCOMPARE(plant->rows.size(), 1);
        QCOMPARE(plant->sources.first().userId, luis);
        ReportError error = ReportError::None;
        request.userId = nora;
        QVERIFY(!ReportBuilder(db()).build(request, &error));
        QCOMPARE(error, ReportError::NotAllowed);
        request.userId.clear();
        request.departmentScope = QSet<qint64>{};
        QVERIFY(ReportBuilder(db()).build(request)->rows.isEmpty());
    }

    // 10. Work without a schedule is hours worked, nothing more, flagged once per employee.
    void workWithoutScheduleIsHoursOnly()
    {
        punch(nora, QStringLiteral("2026-03-02 09:00"), QStringLiteral("in"));
        punch(nora, QStringLiteral("2026-03-02 19:00"), QStringLiteral("out"));
        const DayResult monday = dayOf(nora, date("2026-03-02"));
        QVERIFY(monday.noSchedule);
        QCOMPARE(monday.workedMinutes, 600);
        QCOMPARE(monday.overtimeMinutes, 0);
        QCOMPARE(monday.lateMinutes, 0);
        QCOMPARE(reason(monday, Figure::Overtime)->rule, FigureRule::NoPlanToExceed);
        QCOMPARE(reason(monday, Figure::Expected)->rule, FigureRule::NothingWithoutSchedule);
        QVERIFY(!dayOf(nora, date("2026-03-03")).absent);

        const ReportTable month = report(ReportKind::Monthly, date("2026-03-01"), date("2026-03-31"));
        const qsizetype noraRow = rowOf(month, nora);
        QCOMPARE(cell(month, noraRow, ColumnId::Worked).toInt(), 600);
        QCOMPARE(cell(month, noraRow, ColumnId::Overtime).toInt(), 0);
        QCOMPARE(cell(month, noraRow, ColumnId::DaysAbsent).toInt(), 0);
        QCOMPARE(cell(month, noraRow, ColumnId::Status).toString(), QStringLiteral("no_schedule"));
        QCOMPARE(cell(month, rowOf(month, luis), ColumnId::Status).toString(), QString());
        QCOMPARE(month.withoutSchedule.size(), 1);
        QCOMPARE(month.withoutSchedule.first().first, nora);
        const ReportTable daily = report(ReportKind::Daily, date("2026-03-02"), date("2026-03-02"), nora);
        QCOMPARE(cell(daily, 0, ColumnId::Status).toString(), QStringLiteral("present"));
    }
};

QTEST_GUILESS_MAIN(TestSignableResults)
#include "tst_signableresults.moc"
