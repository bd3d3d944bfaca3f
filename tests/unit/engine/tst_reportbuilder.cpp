#include "attendancerepository.h"
#include "connection.h"
#include "csvreportwriter.h"
#include "punchcorrectionrepository.h"
#include "punchrepository.h"
#include "reportbuilder.h"
#include "reportcells.h"
#include "schedulerepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::engine::reports;
using test::cell;
using test::date;
using test::total;
using engine::attendance::DayAssignment;
using engine::attendance::DayResult;
using engine::attendance::PunchRole;
using engine::attendance::PunchSource;
using engine::attendance::PunchStatus;

namespace {

const QString devA = QStringLiteral("A000000000000001");
const QString devC = QStringLiteral("C000000000000003");       // approved too
const QString devPending = QStringLiteral("P000000000000009"); // never approved
const QString day = QStringLiteral("1001");   // Kitchen: day shift Monday to Friday
const QString night = QStringLiteral("2002"); // own schedule: night shift every day

QDateTime at(const QString &text)
{
    return protocol::walltime::fromStorage(text.size() == 16 ? text + QStringLiteral(":00") : text);
}

// RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

// Golden cases of the attendance reports, every number worked out by hand, through the store
// as the console and the CLI use it.
class TestReportBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    qint64 m_dayShift = 0;
    qint64 m_nightShift = 0;
    qint64 m_kitchen = 0;
    QHash<QString, qint64> m_punchIds; // "user time" → id

    QSqlDatabase db() const { return m_connection->database(); }

    void punch(const QString &userId, const QString &time, const QString &direction, const QString &devId = devA)
    {
        storage::NewPunch punch;
        punch.devId = devId;
        punch.source = QStringLiteral("realtime");
        // As the engine stores them: kept, but flagged, while the terminal waits for approval.
        punch.flags = devId == devPending ? storage::FromPendingTerminal : 0;
        punch.record.userId = userId;
        punch.record.ioTime = at(time);
        punch.record.ioMode.direction = protocol::directionFromName(direction);
        punch.record.ioMode.mode = direction == QLatin1String("out") ? 2 : 1;
        QVERIFY(storage::PunchRepository(db()).insert(punch) != storage::PunchRepository::InsertOutcome::Failed);
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT MAX(id) FROM punches")) && query.next());
        m_punchIds.insert(userId + QLatin1Char(' ') + time, query.value(0).toLongLong());
    }

    DayResult dayOf(const QString &userId, QDate date)
    {
        ReportError error = ReportError::Storage;
        const auto result = ReportBuilder(db()).explain(userId, date, &error);
        if (!result)
            qWarning() << "explain failed" << int(error);
        return result.value_or(DayResult{});
    }

    ReportTable report(ReportKind kind, QDate from, QDate to, const QString &userId = {})
    {
        ReportRequest request;
        request.kind = kind;
        request.from = from;
        request.to = to;
        request.userId = userId;
        ReportError error = ReportError::Storage;
        const auto table = ReportBuilder(db()).build(request, &error);
        if (!table)
            qWarning() << "report failed" << int(error);
        return table.value_or(ReportTable{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The site is in Berlin (site.time_zone), this PC in New York, whose clocks change on
        // other dates: only the site's clock changes count.
        qputenv("TZ", "America/New_York");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                                           QStringLiteral(".sqlite"))),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
        storage::TerminalRepository terminals(db());
        for (const QString &devId : {devA, devC, devPending})
            QVERIFY(terminals.recordContact({devId, QStringLiteral("127.0.0.1"), storage::Approval::Pending, {}}));
        QVERIFY(terminals.setApproval(devA, storage::Approval::Approved));
        QVERIFY(terminals.setApproval(devC, storage::Approval::Approved));

        QVERIFY(storage::SettingsRepository(db()).setValue(
            QLatin1String(engine::ServerSettings::SiteTimeZoneKey), QStringLiteral("Europe/Berlin")));
        storage::AttendanceRepository rules(db());
        storage::ScheduleRepository schedules(db());
        storage::ShiftRow dayShift;
        dayShift.name = QStringLiteral("Day");
        dayShift.start = QTime(8, 0);
        dayShift.end = QTime(17, 0);
        dayShift.lateGraceMinutes = 5;
        dayShift.earlyLeaveGraceMinutes = 5;
        dayShift.breakMinutes = 60;
        dayShift.breakAfterMinutes = 360;
        dayShift.overtimeThresholdMinutes = 30;
        m_dayShift = rules.addShift(dayShift).value_or(0);
        storage::ShiftRow nightShift;
        nightShift.name = QStringLiteral("Night");
        nightShift.start = QTime(22, 0);
        nightShift.end = QTime(6, 0);
        nightShift.lateGraceMinutes = 5;
        nightShift.earlyLeaveGraceMinutes = 5;
        nightShift.overtimeThresholdMinutes = 15;
        nightShift.dayChange = QTime(10, 0);
        m_nightShift = rules.addShift(nightShift).value_or(0);
        QVERIFY(m_dayShift > 0 && m_nightShift > 0);

        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Kitchen') RETURNING id")) &&
                query.next());
        m_kitchen = query.value(0).toLongLong();
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                             "VALUES (?, ?, ?, '', '')")));
        query.addBindValue(day);
        query.addBindValue(QStringLiteral("Müller, \"Jo\""));
        query.addBindValue(m_kitchen);
        QVERIFY(query.exec());
        query.addBindValue(night);
        query.addBindValue(QStringLiteral("Night Owl"));
        query.addBindValue(QVariant());
        QVERIFY(query.exec());

        QVERIFY(schedules.setDepartmentSchedule(m_kitchen, {m_dayShift, m_dayShift, m_dayShift, m_dayShift, m_dayShift, 0, 0}));
        QVERIFY(schedules.setUserSchedule(night, {m_nightShift, m_nightShift, m_nightShift, m_nightShift, m_nightShift,
                                              m_nightShift, m_nightShift}));
        QVERIFY(rules.setHoliday({date("2026-03-06"), QStringLiteral("Founders' day")}));
        QVERIFY(rules.setLeave(day, date("2026-03-09"), date("2026-03-09"), QStringLiteral("vacation")));

        // Monday 2 March: a punctual day. Tuesday: 12 minutes late.
        punch(day, QStringLiteral("2026-03-02 07:58"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-02 17:03"), QStringLiteral("out"));
        punch(day, QStringLiteral("2026-03-03 08:12"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-03 17:00"), QStringLiteral("out"));
        // Wednesday: the out-punch is missing.
        punch(day, QStringLiteral("2026-03-04 08:00"), QStringLiteral("in"));
        // Thursday: pressed twice on arrival, the departure pulled twice from the same terminal
        // and seen again by a second terminal ten seconds later.
        punch(day, QStringLiteral("2026-03-05 08:00:00"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-05 08:00:40"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-05 17:00:00"), QStringLiteral("out"));
        punch(day, QStringLiteral("2026-03-05 17:00:00"), QStringLiteral("out"));
        punch(day, QStringLiteral("2026-03-05 17:00:10"), QStringLiteral("out"), devC);
        // Friday 6 March is a holiday, Monday 9 March a leave day: no punches.
        // Tuesday 10: forgot the out-punch (added by a correction). Wednesday 11: the terminal
        // showed 08:20, moved to 08:00. Thursday 12: a stray arrival at noon, voided.
        punch(day, QStringLiteral("2026-03-10 08:00"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-11 08:20"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-11 17:00"), QStringLiteral("out"));
        punch(day, QStringLiteral("2026-03-12 08:00"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-12 12:00"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-12 17:00"), QStringLiteral("out"));
        // Friday 13: only on a terminal that is not approved.
        punch(day, QStringLiteral("2026-03-13 08:00"), QStringLiteral("in"), devPending);
        punch(day, QStringLiteral("2026-03-13 17:00"), QStringLiteral("out"), devPending);
        // Monday 16: absent. Tuesday 17: left half an hour early.
        punch(day, QStringLiteral("2026-03-17 08:00"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-17 16:30"), QStringLiteral("out"));
        // Wednesday 18: half an hour's lunch punched out and in.
        punch(day, QStringLiteral("2026-03-18 08:00"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-18 12:00"), QStringLiteral("out"));
        punch(day, QStringLiteral("2026-03-18 12:30"), QStringLiteral("in"));
        punch(day, QStringLiteral("2026-03-18 17:00"), QStringLiteral("out"));

        // The night shift: Monday 21:55 to Tuesday 06:02, and across the clock change.
        punch(night, QStringLiteral("2026-03-02 21:55"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-03-03 06:02"), QStringLiteral("out"));
        punch(night, QStringLiteral("2026-03-28 22:00"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-03-29 06:00"), QStringLiteral("out"));
        punch(night, QStringLiteral("2026-10-24 22:00"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-10-25 06:00"), QStringLiteral("out"));
        // A long night that ends after the 10:00 day change, on the first day of April.
        punch(night, QStringLiteral("2026-03-31 22:00"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-04-01 10:30"), QStringLiteral("out"));

        storage::PunchCorrectionRepository corrections(db());
        const QString by = QStringLiteral("supervisor");
        QVERIFY(corrections.addPunch(day, at(QStringLiteral("2026-03-10 17:00")), QStringLiteral("out"), {},
                                     QStringLiteral("forgot to punch out"), by));
        QVERIFY(corrections.movePunch(m_punchIds.value(day + QStringLiteral(" 2026-03-11 08:20")),
                                      at(QStringLiteral("2026-03-11 08:00")), QStringLiteral("in"),
                                      QStringLiteral("terminal clock 20 min fast"), by));
        QVERIFY(corrections.voidPunch(m_punchIds.value(day + QStringLiteral(" 2026-03-12 12:00")),
                                      QStringLiteral("pressed by mistake"), by));
    }

    void cleanup() { m_connection.reset(); }

    void dayShift()
    {
        const DayResult monday = dayOf(day, date("2026-03-02"));
        QCOMPARE(monday.shiftName, QStringLiteral("Day"));
        QCOMPARE(monday.firstIn, at(QStringLiteral("2026-03-02 07:58")));
        QCOMPARE(monday.lastOut, at(QStringLiteral("2026-03-02 17:03")));
        QCOMPARE(monday.grossMinutes, 545);
        QCOMPARE(monday.breakMinutes, 60);
        QCOMPARE(monday.workedMinutes, 485);
        QCOMPARE(monday.expectedMinutes, 480);
        QCOMPARE(monday.lateMinutes, 0);
        QCOMPARE(monday.earlyLeaveMinutes, 0);
        QCOMPARE(monday.overtimeMinutes, 0); // 5 minutes over, below the 30-minute threshold
        QVERIFY(!monday.absent && !monday.missingPunch);

        const DayResult tuesday = dayOf(day, date("2026-03-03"));
        QCOMPARE(tuesday.workedMinutes, 468);
        QCOMPARE(tuesday.lateMinutes, 12);

        const DayResult early = dayOf(day, date("2026-03-17"));
        QCOMPARE(early.workedMinutes, 450);
        QCOMPARE(early.earlyLeaveMinutes, 30);

        const DayResult absent = dayOf(day, date("2026-03-16"));
        QVERIFY(absent.absent);
        QCOMPARE(absent.expectedMinutes, 480);
        QCOMPARE(absent.workedMinutes, 0);

        const DayResult saturday = dayOf(day, date("2026-03-07"));
        QVERIFY(saturday.dayOff);
        QVERIFY(!saturday.absent);
    }

    void punchedLunchIsNotDeductedTwice()
    {
        // 240 + 270 minutes worked around a 30-minute lunch: 30 more of the shift's hour are
        // deducted, not the whole hour again.
        const DayResult wednesday = dayOf(day, date("2026-03-18"));
        QCOMPARE(wednesday.grossMinutes, 510);
        QCOMPARE(wednesday.punchedBreakMinutes, 30);
        QCOMPARE(wednesday.breakMinutes, 30);
        QCOMPARE(wednesday.workedMinutes, 480);
        QCOMPARE(wednesday.overtimeMinutes, 0);
        QVERIFY(!wednesday.missingPunch);
        // The report's break is the whole hour: 08:00 to 17:00 less 1:00 is the 8:00 worked.
        const ReportTable daily = report(ReportKind::Daily, date("2026-03-18"), date("2026-03-18"), day);
        QCOMPARE(cell(daily, 0, ColumnId::Break).toInt(), 60);
        QCOMPARE(cell(daily, 0, ColumnId::Worked).toInt(), 480);
    }

    void nightShiftAcrossMidnight()
    {
        const DayResult monday = dayOf(night, date("2026-03-02"));
        QCOMPARE(monday.shiftName, QStringLiteral("Night"));
        QCOMPARE(monday.firstIn, at(QStringLiteral("2026-03-02 21:55")));
        QCOMPARE(monday.lastOut, at(QStringLiteral("2026-03-03 06:02")));
        QCOMPARE(monday.workedMinutes, 487);
        QCOMPARE(monday.expectedMinutes, 480);
        QCOMPARE(monday.lateMinutes, 0);
        QCOMPARE(monday.overtimeMinutes, 0); // 7 minutes, below the 15-minute threshold
        // The explanation says which working day each punch counted for, and why.
        QCOMPARE(monday.punches.size(), 2);
        QCOMPARE(monday.punches.at(1).punch.id, m_punchIds.value(night + QStringLiteral(" 2026-03-03 06:02")));
        QCOMPARE(monday.punches.at(1).workingDate, date("2026-03-02"));
        QCOMPARE(monday.punches.at(1).assignment, DayAssignment::BeforeDayChange);
        QCOMPARE(monday.punches.at(1).dayChange, QTime(10, 0));
        QCOMPARE(monday.punches.at(1).role, PunchRole::Out);
        QCOMPARE(monday.punches.at(0).assignment, DayAssignment::CalendarDate);

        // Tuesday's own night has no punches: absent, and Monday's departure is not Tuesday's.
        const DayResult tuesday = dayOf(night, date("2026-03-03"));
        QVERIFY(tuesday.absent);
        QVERIFY(tuesday.punches.isEmpty());
    }

    void clockChangeNightsAreRealHours()
    {
        // 22:00 to 06:00 in the night the clocks go forward is 7 hours worked, and 7 planned:
        // the night is paid as it lasted, and leaving at 06:00 is neither early nor overtime.
        const DayResult spring = dayOf(night, date("2026-03-28"));
        QCOMPARE(spring.workedMinutes, 420);
        QCOMPARE(spring.expectedMinutes, 420);
        QCOMPARE(spring.earlyLeaveMinutes, 0);
        QCOMPARE(spring.overtimeMinutes, 0);
        QVERIFY(!spring.missingPunch);

        // In the night they go back it is 9 hours, all of them planned: no overtime.
        const DayResult autumn = dayOf(night, date("2026-10-24"));
        QCOMPARE(autumn.workedMinutes, 540);
        QCOMPARE(autumn.expectedMinutes, 540);
        QCOMPARE(autumn.overtimeMinutes, 0);
        const ReportTable daily = report(ReportKind::Daily, date("2026-10-24"), date("2026-10-24"), night);
        QCOMPARE(cell(daily, 0, ColumnId::Worked).toInt(), 540);
        QCOMPARE(cell(daily, 0, ColumnId::Expected).toInt(), 540);

        // A site in a zone without clock changes counts the same night by the wall clock.
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(engine::ServerSettings::SiteTimeZoneKey),
                                                           QStringLiteral("UTC")));
        QCOMPARE(dayOf(night, date("2026-10-24")).workedMinutes, 480);
        QCOMPARE(dayOf(night, date("2026-03-28")).workedMinutes, 480);
    }

    void nightEndingOnTheFirstDayOfThePeriod()
    {
        // 31 March 22:00 to 1 April 10:30 is March's night, in a report of April alone too: its
        // departure is not a missing punch on 1 April.
        const DayResult march = dayOf(night, date("2026-03-31"));
        QCOMPARE(march.workedMinutes, 750);
        QCOMPARE(march.lastOut, at(QStringLiteral("2026-04-01 10:30")));
        QCOMPARE(march.punches.at(1).assignment, DayAssignment::ClosesPreviousDay);
        QVERIFY(!march.missingPunch);

        const DayResult april = dayOf(night, date("2026-04-01"));
        QVERIFY(april.punches.isEmpty());
        QVERIFY(!april.missingPunch);
        QVERIFY(april.absent); // its own night shift has no punches
    }

    void forgottenNightDepartureBeforeADayShift()
    {
        // A night on Monday 16 March whose departure was forgotten, with the day change at noon,
        // then Tuesday's day shift with a punched lunch: the lunch departure before noon is
        // Tuesday's, not the night's, and Monday keeps a lone arrival flagged.
        storage::AttendanceRepository rules(db());
        storage::ScheduleRepository schedules(db());
        storage::ShiftRow nightShift = rules.shift(m_nightShift).value();
        nightShift.dayChange = QTime(12, 0);
        QVERIFY(rules.updateShift(nightShift));
        QVERIFY(schedules.setUserSchedule(night, {m_nightShift, m_dayShift, 0, 0, 0, 0, 0}));
        punch(night, QStringLiteral("2026-03-16 22:00"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-03-17 07:55"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-03-17 11:30"), QStringLiteral("out"));
        punch(night, QStringLiteral("2026-03-17 12:30"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-03-17 17:00"), QStringLiteral("out"));

        const DayResult monday = dayOf(night, date("2026-03-16"));
        QVERIFY(monday.missingPunch);
        QCOMPARE(monday.punches.size(), 1);
        QCOMPARE(monday.workedMinutes, 0);
        const DayResult tuesday = dayOf(night, date("2026-03-17"));
        QCOMPARE(tuesday.shiftName, QStringLiteral("Day"));
        QVERIFY(!tuesday.missingPunch);
        QCOMPARE(tuesday.firstIn, at(QStringLiteral("2026-03-17 07:55")));
        QCOMPARE(tuesday.lastOut, at(QStringLiteral("2026-03-17 17:00")));
        QCOMPARE(tuesday.punchedBreakMinutes, 60);
        QCOMPARE(tuesday.workedMinutes, 485);
        // The same in a report of Tuesday alone, which reads Monday's punches too.
        const ReportTable daily = report(ReportKind::Daily, date("2026-03-17"), date("2026-03-17"), night);
        QCOMPARE(cell(daily, 0, ColumnId::Worked).toInt(), 485);

        // FirstLast, Monday 23: a punch ten minutes before Tuesday's start is its arrival.
        QVERIFY(rules.setSettings({storage::PairingSetting::FirstLast, 60}));
        punch(night, QStringLiteral("2026-03-23 22:00"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-03-24 07:50"), QStringLiteral("in"));
        punch(night, QStringLiteral("2026-03-24 17:00"), QStringLiteral("out"));
        QVERIFY(dayOf(night, date("2026-03-23")).missingPunch);
        const DayResult firstLast = dayOf(night, date("2026-03-24"));
        QCOMPARE(firstLast.firstIn, at(QStringLiteral("2026-03-24 07:50")));
        QCOMPARE(firstLast.workedMinutes, 490);
    }

    void missingOutPunch()
    {
        const DayResult wednesday = dayOf(day, date("2026-03-04"));
        QVERIFY(wednesday.missingPunch);
        QVERIFY(!wednesday.absent);
        QCOMPARE(wednesday.firstIn, at(QStringLiteral("2026-03-04 08:00")));
        QVERIFY(!wednesday.lastOut.isValid());
        QCOMPARE(wednesday.workedMinutes, 0);
        QCOMPARE(wednesday.punches.at(0).status, PunchStatus::Unpaired);
    }

    void duplicatesNeverDoubleCount()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MAX(resend_count) FROM punches WHERE user_id = '1001' "
                                          "AND io_time = '2026-03-05 17:00:00'")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 1); // pulled twice, stored once
        QCOMPARE(query.value(1).toInt(), 1);

        const DayResult thursday = dayOf(day, date("2026-03-05"));
        QCOMPARE(thursday.punches.size(), 4);
        QCOMPARE(thursday.punches.at(1).status, PunchStatus::Duplicate);
        QCOMPARE(thursday.punches.at(1).duplicateOf, thursday.punches.at(0).punch.id);
        QCOMPARE(thursday.punches.at(3).status, PunchStatus::Duplicate);
        QCOMPARE(thursday.grossMinutes, 540);
        QCOMPARE(thursday.workedMinutes, 480);
        QVERIFY(!thursday.missingPunch);

        const ReportTable card = report(ReportKind::Timecard, date("2026-03-05"), date("2026-03-05"), day);
        QCOMPARE(card.rows.size(), 1);
        QCOMPARE(cell(card, 0, ColumnId::Punches).toString(), QStringLiteral("08:00 17:00"));
    }

    void holidayAndLeave()
    {
        const DayResult holiday = dayOf(day, date("2026-03-06"));
        QVERIFY(holiday.holiday);
        QVERIFY(!holiday.absent);
        QCOMPARE(holiday.expectedMinutes, 0);

        const DayResult leave = dayOf(day, date("2026-03-09"));
        QVERIFY(leave.leave);
        QCOMPARE(leave.leaveKind, QStringLiteral("vacation"));
        QVERIFY(!leave.absent);
        QCOMPARE(leave.expectedMinutes, 0);

        const ReportTable daily = report(ReportKind::Daily, date("2026-03-06"), date("2026-03-09"), day);
        QCOMPARE(daily.rows.size(), 4);
        QCOMPARE(cell(daily, 0, ColumnId::Status).toString(), QStringLiteral("holiday"));
        QCOMPARE(cell(daily, 1, ColumnId::Status).toString(), QStringLiteral("day_off"));
        QCOMPARE(cell(daily, 3, ColumnId::Status).toString(), QStringLiteral("leave"));
        QCOMPARE(cell(daily, 3, ColumnId::Remark).toString(), QStringLiteral("vacation"));
    }

    void correctionsApplyWithoutAlteringPunches()
    {
        const DayResult added = dayOf(day, date("2026-03-10"));
        QCOMPARE(added.workedMinutes, 480);
        QVERIFY(!added.missingPunch);
        QCOMPARE(added.punches.size(), 2);
        QCOMPARE(added.punches.at(1).punch.source, PunchSource::Added);
        QVERIFY(added.punches.at(1).punch.id < 0);

        const DayResult moved = dayOf(day, date("2026-03-11"));
        QCOMPARE(moved.lateMinutes, 0);
        QCOMPARE(moved.firstIn, at(QStringLiteral("2026-03-11 08:00")));
        QCOMPARE(moved.punches.at(0).punch.source, PunchSource::Moved);
        QCOMPARE(moved.workedMinutes, 480);

        const DayResult voided = dayOf(day, date("2026-03-12"));
        QCOMPARE(voided.workedMinutes, 480);
        QVERIFY(!voided.missingPunch);
        QCOMPARE(voided.punches.size(), 3); // the voided punch is still explained
        QCOMPARE(voided.punches.at(1).status, PunchStatus::Voided);

        // The raw punch is as the terminal sent it.
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT io_time FROM punches WHERE id = %1")
                               .arg(m_punchIds.value(day + QStringLiteral(" 2026-03-11 08:20")))) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2026-03-11 08:20:00"));
        query.finish();

        // Revoking the void brings the stray punch back: a missing punch again.
        storage::PunchCorrectionRepository corrections(db());
        const QList<storage::CorrectionRow> history = corrections.history(day);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().kind, storage::CorrectionKind::Void);
        QVERIFY(corrections.revoke(history.first().id, QStringLiteral("it was real"), QStringLiteral("supervisor")));
        const DayResult revoked = dayOf(day, date("2026-03-12"));
        QVERIFY(revoked.missingPunch);
        QCOMPARE(revoked.workedMinutes, 300); // 12:00–17:00; no break below 6 hours
    }

    void voidOutweighsMovesAndTheLatestMoveCounts()
    {
        // Tuesday 17's 16:30 departure: moved to 16:50, then to 17:00 (revoked), voided, and
        // moved to 18:00 after the void.
        storage::PunchCorrectionRepository corrections(db());
        const QString by = QStringLiteral("supervisor");
        const qint64 punchId = m_punchIds.value(day + QStringLiteral(" 2026-03-17 16:30"));
        const auto move = [&](const char *time) {
            return corrections
                .movePunch(punchId, at(QLatin1String(time)), QStringLiteral("out"), QStringLiteral("typo"), by)
                .value_or(0);
        };
        const qint64 first = move("2026-03-17 16:50");
        const qint64 second = move("2026-03-17 17:00");
        QVERIFY(first > 0 && second > 0);
        QVERIFY(corrections.revoke(second, QStringLiteral("wrong"), by));
        const qint64 voided = corrections.voidPunch(punchId, QStringLiteral("not a departure"), by).value_or(0);
        QVERIFY(voided > 0);
        QVERIFY(move("2026-03-17 18:00") > 0);

        // The reports (effective rows, oldest first) and the corrections dialog (the history,
        // newest first) read the same corrections in force.
        for (const QList<storage::CorrectionRow> &rows :
             {corrections.effective(date("2026-03-17"), date("2026-03-17")), corrections.history(day)}) {
            const storage::CorrectionsInForce inForce = storage::correctionsInForce(rows);
            QVERIFY(inForce.stored.contains(punchId));
            QCOMPARE(inForce.stored.value(punchId).shown.id, voided);
            QCOMPARE(inForce.stored.value(punchId).move.id, first);
            QVERIFY(inForce.stored.value(punchId).voided());
        }
        QCOMPARE(storage::correctionsInForce(corrections.history(day)).added.size(), 1);

        const DayResult tuesday = dayOf(day, date("2026-03-17"));
        QCOMPARE(tuesday.punches.size(), 2);
        QCOMPARE(tuesday.punches.at(1).status, PunchStatus::Voided);
        QCOMPARE(tuesday.punches.at(1).punch.time, at(QStringLiteral("2026-03-17 16:50")));
        QVERIFY(tuesday.missingPunch);

        // Without the void the latest move in force counts, the one made after the void too.
        QVERIFY(corrections.revoke(voided, QStringLiteral("it was a departure"), by));
        const DayResult unvoided = dayOf(day, date("2026-03-17"));
        QCOMPARE(unvoided.lastOut, at(QStringLiteral("2026-03-17 18:00")));
        QCOMPARE(unvoided.punches.at(1).punch.source, PunchSource::Moved);
        QVERIFY(!unvoided.missingPunch);
    }

    void pendingTerminalDoesNotCountUntilApproved()
    {
        const DayResult pending = dayOf(day, date("2026-03-13"));
        QVERIFY(pending.absent);
        QCOMPARE(pending.workedMinutes, 0);
        QCOMPARE(pending.punches.size(), 2);
        QCOMPARE(pending.punches.at(0).status, PunchStatus::NotCounting);

        QVERIFY(storage::TerminalRepository(db()).setApproval(devPending, storage::Approval::Approved));
        const DayResult approved = dayOf(day, date("2026-03-13"));
        QVERIFY(!approved.absent);
        QCOMPARE(approved.workedMinutes, 480);
    }

    void changedShiftChangesTheNextReport()
    {
        const ReportTable before = report(ReportKind::Daily, date("2026-03-03"), date("2026-03-03"), day);
        QCOMPARE(cell(before, 0, ColumnId::Late).toInt(), 12);
        QCOMPARE(cell(before, 0, ColumnId::Expected).toInt(), 480);

        storage::AttendanceRepository rules(db());

        storage::ScheduleRepository schedules(db());
        storage::ShiftRow shift = rules.shift(m_dayShift).value();
        shift.start = QTime(8, 30);
        QVERIFY(rules.updateShift(shift));
        const ReportTable after = report(ReportKind::Daily, date("2026-03-03"), date("2026-03-03"), day);
        QCOMPARE(cell(after, 0, ColumnId::Late).toInt(), 0);
        QCOMPARE(cell(after, 0, ColumnId::Expected).toInt(), 450);
    }

    void firstLastPairing()
    {
        // Directions ignored: Thursday 12's stray noon "in" is between first and last.
        storage::AttendanceRepository rules(db());
        storage::ScheduleRepository schedules(db());
        QVERIFY(rules.setSettings({storage::PairingSetting::FirstLast, 60}));
        QVERIFY(storage::PunchCorrectionRepository(db()).revoke(
            storage::PunchCorrectionRepository(db()).history(day).first().id, QStringLiteral("test"),
            QStringLiteral("supervisor")));
        const DayResult thursday = dayOf(day, date("2026-03-12"));
        QCOMPARE(thursday.workedMinutes, 480);
        QCOMPARE(thursday.punches.at(1).status, PunchStatus::BetweenFirstAndLast);
    }

    void monthlySummary()
    {
        // Week of 2 March for the day worker: Monday 485, Tuesday 468 (12 late), Wednesday 0
        // (missing out-punch), Thursday 480, Friday a holiday, weekend off.
        const ReportTable monthly = report(ReportKind::Monthly, date("2026-03-02"), date("2026-03-08"));
        QCOMPARE(monthly.rows.size(), 2);
        QCOMPARE(monthly.sources.at(0).userId, day);
        QVERIFY(!monthly.sources.at(0).date.isValid());
        QCOMPARE(cell(monthly, 0, ColumnId::Name).toString(), QStringLiteral("Müller, \"Jo\""));
        QCOMPARE(cell(monthly, 0, ColumnId::Department).toString(), QStringLiteral("Kitchen"));
        QCOMPARE(cell(monthly, 0, ColumnId::DaysWorked).toInt(), 3); // Wednesday has no time worked
        QCOMPARE(cell(monthly, 0, ColumnId::DaysAbsent).toInt(), 0);
        QCOMPARE(cell(monthly, 0, ColumnId::Expected).toInt(), 4 * 480);
        QCOMPARE(cell(monthly, 0, ColumnId::Worked).toInt(), 485 + 468 + 0 + 480);
        QCOMPARE(cell(monthly, 0, ColumnId::Late).toInt(), 12);
        QCOMPARE(cell(monthly, 0, ColumnId::LateCount).toInt(), 1);
        QCOMPARE(cell(monthly, 0, ColumnId::MissingPunchCount).toInt(), 1);
        // The night worker: Monday's night worked, Friday a holiday, the other five nights absent.
        QCOMPARE(cell(monthly, 1, ColumnId::DaysWorked).toInt(), 1);
        QCOMPARE(cell(monthly, 1, ColumnId::DaysAbsent).toInt(), 5);
        QCOMPARE(cell(monthly, 1, ColumnId::Worked).toInt(), 487);
        QCOMPARE(total(monthly, ColumnId::Worked).toInt(), 1433 + 487);
        QCOMPARE(total(monthly, ColumnId::DaysAbsent).toInt(), 5);
        QVERIFY(!total(monthly, ColumnId::Name).isValid());
    }

    void exceptionsAndScope()
    {
        const ReportTable exceptions = report(ReportKind::Exceptions, date("2026-03-02"), date("2026-03-17"), day);
        QList<QDate> dates;
        for (const RowSource &source : exceptions.sources)
            dates.append(source.date);
        QCOMPARE(dates, (QList<QDate>{date("2026-03-03"), date("2026-03-04"), date("2026-03-13"), date("2026-03-16"),
                                      date("2026-03-17")}));
        QCOMPARE(cell(exceptions, 0, ColumnId::Status).toString(), QStringLiteral("late"));
        QCOMPARE(cell(exceptions, 1, ColumnId::Status).toString(), QStringLiteral("missing_departure"));
        QCOMPARE(cell(exceptions, 3, ColumnId::Status).toString(), QStringLiteral("absent"));
        QCOMPARE(cell(exceptions, 4, ColumnId::Status).toString(), QStringLiteral("early_leave"));

        ReportRequest kitchen;
        kitchen.kind = ReportKind::Daily;
        kitchen.from = date("2026-03-02");
        kitchen.to = date("2026-03-02");
        kitchen.departmentId = m_kitchen;
        const auto table = ReportBuilder(db()).build(kitchen);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->sources.at(0).userId, day);

        ReportError error = ReportError::None;
        kitchen.departmentId = m_kitchen + 100;
        QVERIFY(!ReportBuilder(db()).build(kitchen, &error));
        QCOMPARE(error, ReportError::UnknownDepartment);
        kitchen.departmentId.reset();
        kitchen.to = date("2026-03-01");
        QVERIFY(!ReportBuilder(db()).build(kitchen, &error));
        QCOMPARE(error, ReportError::InvalidPeriod);
        kitchen.to = date("2027-03-03"); // 367 days
        QVERIFY(!ReportBuilder(db()).build(kitchen, &error));
        QCOMPARE(error, ReportError::PeriodTooLong);
        kitchen.to = date("2026-03-02");
        kitchen.userId = QStringLiteral("9999");
        QVERIFY(!ReportBuilder(db()).build(kitchen, &error));
        QCOMPARE(error, ReportError::UnknownUser);
    }

    void whoIsReported()
    {
        // An id the store has no user for, punching on an approved terminal, is reported by its
        // id (no schedule: hours worked, nothing expected, no overtime); a disabled user without
        // punches is not.
        punch(QStringLiteral("3003"), QStringLiteral("2026-03-02 08:00"), QStringLiteral("in"));
        punch(QStringLiteral("3003"), QStringLiteral("2026-03-02 17:00"), QStringLiteral("out"));
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO users (user_id, name, enabled, created_at, updated_at) "
                                          "VALUES ('4004', 'Gone', 0, '', '')")));
        const ReportTable monthly = report(ReportKind::Monthly, date("2026-03-02"), date("2026-03-02"));
        QStringList ids;
        for (const RowSource &source : monthly.sources)
            ids.append(source.userId);
        QCOMPARE(ids, (QStringList{day, night, QStringLiteral("3003")}));
        // Punches of the day before the period are read for a night that ends in it, but put
        // nobody in the report: neither the disabled user nor an unknown id.
        punch(QStringLiteral("4004"), QStringLiteral("2026-03-01 09:00"), QStringLiteral("in"));
        punch(QStringLiteral("5005"), QStringLiteral("2026-03-01 09:00"), QStringLiteral("in"));
        QCOMPARE(report(ReportKind::Monthly, date("2026-03-02"), date("2026-03-02")).rows.size(), 3);
        QCOMPARE(cell(monthly, 2, ColumnId::Name).toString(), QString());
        QCOMPARE(cell(monthly, 2, ColumnId::Worked).toInt(), 540);
        QCOMPARE(cell(monthly, 2, ColumnId::Expected).toInt(), 0);
        QCOMPARE(cell(monthly, 2, ColumnId::Overtime).toInt(), 0);

        punch(QStringLiteral("4004"), QStringLiteral("2026-03-02 09:00"), QStringLiteral("in"));
        QCOMPARE(report(ReportKind::Monthly, date("2026-03-02"), date("2026-03-02")).rows.size(), 4);
    }

    void csvReadBack()
    {
        const ReportTable monthly = report(ReportKind::Monthly, date("2026-03-02"), date("2026-03-08"));
        ReportTexts texts;
        for (qsizetype c = 0; c < monthly.columns.size(); ++c)
            texts.headers.append(QStringLiteral("Column %1").arg(c));
        texts.headers[1] = QStringLiteral("Name, full");
        texts.totalsLabel = QStringLiteral("Total");
        const QString path = m_dir.filePath(QStringLiteral("monthly.csv"));
        QString error;
        QVERIFY2(CsvReportWriter::write(monthly, texts, path, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records.size(), 1 + 2 + 1);
        QCOMPARE(records.at(0), texts.headers);
        for (const QStringList &record : records)
            QCOMPARE(record.size(), monthly.columns.size());
        QCOMPARE(records.at(1).at(0), day);
        QCOMPARE(records.at(1).at(1), QStringLiteral("Müller, \"Jo\""));
        QCOMPARE(records.at(1).at(6), QStringLiteral("23:53")); // Worked: 1433 minutes
        QCOMPARE(records.at(1).at(5), QStringLiteral("32:00")); // Expected
        QCOMPARE(records.at(1).at(8), QStringLiteral("0:12"));  // Late
        QCOMPARE(records.at(3).at(0), QStringLiteral("Total"));
        QCOMPARE(records.at(3).at(6), QStringLiteral("32:00")); // 1433 + 487 = 1920

        const ReportTable daily = report(ReportKind::Daily, date("2026-03-03"), date("2026-03-04"), day);
        texts.headers.clear();
        for (qsizetype c = 0; c < daily.columns.size(); ++c)
            texts.headers.append(QStringLiteral("H%1").arg(c));
        texts.statusWords.insert(QStringLiteral("late"), QStringLiteral("Late"));
        const QList<QStringList> dailyRecords = parseCsv(QString::fromUtf8(CsvReportWriter::toCsv(daily, texts).mid(3)));
        QCOMPARE(dailyRecords.size(), 4);
        QCOMPARE(dailyRecords.at(1).at(3), QStringLiteral("2026-03-03")); // Date
        QCOMPARE(dailyRecords.at(1).at(5), QStringLiteral("08:12"));      // First in
        QCOMPARE(dailyRecords.at(1).at(13), QStringLiteral("Late"));
        QCOMPARE(dailyRecords.at(2).at(6), QString());                     // no last out
        QCOMPARE(dailyRecords.at(2).at(13), QStringLiteral("missing_departure"));

        QVERIFY(!CsvReportWriter::write(monthly, texts, m_dir.filePath(QStringLiteral("no/such/dir.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void csvGuardsAgainstFormulas()
    {
        // Names come from terminals and from anyone who edits users: a spreadsheet program must
        // show them, not run them.
        const QStringList names = {QStringLiteral("=HYPERLINK(\"http://example.com\",\"pay\")"),
                                   QStringLiteral("+1+cmd|' /C calc'!A0"), QStringLiteral("-2+3"),
                                   QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab"), QStringLiteral("O'Neil -")};
        QSqlQuery query(db());
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO users (user_id, name, created_at, updated_at) VALUES (?, ?, '', '')")));
        for (qsizetype i = 0; i < names.size(); ++i) {
            query.addBindValue(QString::number(6001 + i));
            query.addBindValue(names.at(i));
            QVERIFY(query.exec());
        }
        const ReportTable monthly = report(ReportKind::Monthly, date("2026-03-02"), date("2026-03-08"));
        ReportTexts texts;
        for (qsizetype c = 0; c < monthly.columns.size(); ++c)
            texts.headers.append(QStringLiteral("H%1").arg(c));
        texts.headers[0] = QStringLiteral("=ID");
        texts.totalsLabel = QStringLiteral("-Total-");
        const QList<QStringList> records = parseCsv(QString::fromUtf8(CsvReportWriter::toCsv(monthly, texts).mid(3)));
        QCOMPARE(records.size(), 1 + 2 + names.size() + 1);
        QCOMPARE(records.first().at(0), QStringLiteral("'=ID"));
        QCOMPARE(records.last().at(0), QStringLiteral("'-Total-"));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QStringList &record = records.at(3 + i);
            QCOMPARE(record.at(0), QString::number(6001 + i));
            QCOMPARE(record.at(1), i + 1 < names.size() ? QLatin1Char('\'') + names.at(i) : names.at(i));
            QCOMPARE(record.at(6), QStringLiteral("0:00")); // Worked: a number, unguarded
        }
        QCOMPARE(records.at(1).at(6), QStringLiteral("23:53"));

        // Numbers keep their sign: only text is guarded.
        ReportTable signs;
        signs.columns = {{ColumnId::Remark, CellKind::Text}, {ColumnId::Overtime, CellKind::Duration},
                         {ColumnId::LateCount, CellKind::Count}};
        signs.rows = {{QStringLiteral("-30"), -30, -1}};
        signs.totals = {QVariant(), -30, -1};
        texts.headers = {QStringLiteral("Remark"), QStringLiteral("Overtime"), QStringLiteral("Count")};
        texts.totalsLabel = QStringLiteral("Total");
        const QList<QStringList> signed_ = parseCsv(QString::fromUtf8(CsvReportWriter::toCsv(signs, texts).mid(3)));
        QCOMPARE(signed_.at(1), (QStringList{QStringLiteral("'-30"), QStringLiteral("-0:30"), QStringLiteral("-1")}));
        QCOMPARE(signed_.at(2), (QStringList{QStringLiteral("Total"), QStringLiteral("-0:30"), QStringLiteral("-1")}));
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
