#include "attendancerepository.h"
#include "connection.h"
#include "punchcorrectionrepository.h"
#include "punchrepository.h"
#include "schedulerepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::storage;

namespace {

QDateTime at(const char *text)
{
    return protocol::walltime::fromStorage(QString::fromLatin1(text));
}

} // namespace

// The rules editors and the correction log stand on these: what they refuse, and that nothing
// is ever lost.
class TestAttendanceRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;

    QSqlDatabase db() const { return m_connection->database(); }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = Connection::open(
            punchclock::test::testDatabaseConfig(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                                  QString::fromLatin1(QTest::currentDataTag()).remove(QLatin1Char(' ')) +
                                                  QStringLiteral(".sqlite"))),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void shiftsRoundTripAndStayWhilePlanned()
    {
        AttendanceRepository repository(db());
        ShiftRow night;
        night.name = QStringLiteral("Night");
        night.start = QTime(22, 0);
        night.end = QTime(6, 0);
        night.lateGraceMinutes = 5;
        night.earlyLeaveGraceMinutes = 3;
        night.breakMinutes = 30;
        night.breakAfterMinutes = 360;
        night.rounding = ShiftRounding::Down;
        night.roundingMinutes = 15;
        night.overtimeThresholdMinutes = 20;
        night.dayChange = QTime(10, 0);
        const qint64 id = repository.addShift(night).value_or(0);
        QVERIFY(id > 0);
        const ShiftRow stored = repository.shift(id).value();
        QCOMPARE(stored.name, night.name);
        QCOMPARE(stored.start, night.start);
        QCOMPARE(stored.end, night.end);
        QCOMPARE(stored.lateGraceMinutes, 5);
        QCOMPARE(stored.earlyLeaveGraceMinutes, 3);
        QCOMPARE(stored.breakMinutes, 30);
        QCOMPARE(stored.breakAfterMinutes, 360);
        QCOMPARE(stored.rounding, ShiftRounding::Down);
        QCOMPARE(stored.roundingMinutes, 15);
        QCOMPARE(stored.overtimeThresholdMinutes, 20);
        QCOMPARE(stored.dayChange, QTime(10, 0));

        AttendanceError error = AttendanceError::None;
        ShiftRow copy = night;
        QVERIFY(!repository.addShift(copy, &error));
        QCOMPARE(error, AttendanceError::DuplicateName);

        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Gate') RETURNING id")) && query.next());
        const qint64 gate = query.value(0).toLongLong();
        query.finish(); // RETURNING keeps its write open until the statement is done
        ScheduleRepository schedules(db());
        QVERIFY(schedules.setDepartmentSchedule(gate, {id, id, id, id, id, 0, 0}));
        QVERIFY(!schedules.setDepartmentSchedule(gate + 1, {}, {}, {}, &error));
        QCOMPARE(error, AttendanceError::UnknownDepartment);
        QVERIFY(!schedules.setUserSchedule(QStringLiteral("7"), {id + 99, 0, 0, 0, 0, 0, 0}, {}, {}, &error));
        QCOMPARE(error, AttendanceError::UnknownShift);
        QCOMPARE(schedules.departmentSchedule(gate).value(), (WeekShiftIds{id, id, id, id, id, 0, 0}));
        QVERIFY(!schedules.userSchedule(QStringLiteral("7")));

        QVERIFY(!repository.removeShift(id, &error));
        QCOMPARE(error, AttendanceError::ShiftInUse);
        QVERIFY(schedules.clearDepartmentSchedule(gate));
        QVERIFY(repository.removeShift(id, &error));
        QVERIFY(repository.shifts().isEmpty());
    }

    void holidaysLeaveAndSettings()
    {
        AttendanceRepository repository(db());
        QVERIFY(repository.setHoliday({QDate(2026, 12, 25), QStringLiteral("Christmas")}));
        QVERIFY(repository.setHoliday({QDate(2026, 12, 25), QStringLiteral("Christmas Day")}));
        AttendanceError error = AttendanceError::None;
        QVERIFY(!repository.setHoliday({QDate(), QString()}, &error));
        QCOMPARE(error, AttendanceError::InvalidDate);
        const QList<HolidayRow> holidays = repository.holidays(QDate(2026, 12, 1), QDate(2026, 12, 31));
        QCOMPARE(holidays.size(), 1);
        QCOMPARE(holidays.first().name, QStringLiteral("Christmas Day"));

        QVERIFY(repository.setLeave(QStringLiteral("1"), QDate(2026, 8, 3), QDate(2026, 8, 7), QStringLiteral("vacation")));
        QVERIFY(repository.setLeave(QStringLiteral("1"), QDate(2026, 8, 5), QDate(2026, 8, 5), QStringLiteral("sick")));
        QVERIFY(!repository.setLeave(QStringLiteral("1"), QDate(2026, 8, 7), QDate(2026, 8, 3), {}, &error));
        QCOMPARE(error, AttendanceError::InvalidDate);
        QList<LeaveRow> leave = repository.leave(QDate(2026, 8, 1), QDate(2026, 8, 31));
        QCOMPARE(leave.size(), 5);
        QCOMPARE(leave.at(2).kind, QStringLiteral("sick"));
        QVERIFY(repository.removeLeave(QStringLiteral("1"), QDate(2026, 8, 6), QDate(2026, 8, 7)));
        QCOMPARE(repository.leave(QDate(2026, 8, 1), QDate(2026, 8, 31), QStringLiteral("1")).size(), 3);

        QCOMPARE(repository.settings().pairing, PairingSetting::InOut);
        QCOMPARE(repository.settings().duplicateWindowSeconds, 60);
        QVERIFY(repository.setSettings({PairingSetting::FirstLast, 120}));
        QCOMPARE(repository.settings().pairing, PairingSetting::FirstLast);
        QCOMPARE(repository.settings().duplicateWindowSeconds, 120);
        QVERIFY(!repository.setSettings({PairingSetting::InOut, -1}, &error));
        QCOMPARE(error, AttendanceError::InvalidSetting);
    }

    void correctionsKeepWhoWhenAndThePreviousValue()
    {
        const QString devId = QStringLiteral("A000000000000001");
        QVERIFY(TerminalRepository(db()).recordContact({devId, QStringLiteral("127.0.0.1"), Approval::Approved, {}}));
        NewPunch punch;
        punch.devId = devId;
        punch.source = QStringLiteral("realtime");
        punch.record.userId = QStringLiteral("42");
        punch.record.ioTime = at("2026-03-11 08:20:00");
        punch.record.ioMode.direction = protocol::Direction::In;
        QCOMPARE(PunchRepository(db()).insert(punch), PunchRepository::InsertOutcome::Inserted);
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM punches")) && query.next());
        const qint64 punchId = query.value(0).toLongLong();
        query.finish();

        PunchCorrectionRepository corrections(db());
        CorrectionError error = CorrectionError::None;
        QVERIFY(!corrections.movePunch(punchId, at("2026-03-11 08:00:00"), QStringLiteral("in"), QStringLiteral(" "),
                                       QStringLiteral("anna"), &error));
        QCOMPARE(error, CorrectionError::EmptyReason);
        QVERIFY(!corrections.voidPunch(punchId + 1, QStringLiteral("why"), QStringLiteral("anna"), &error));
        QCOMPARE(error, CorrectionError::UnknownPunch);
        QVERIFY(!corrections.addPunch(QStringLiteral("42"), QDateTime(), QStringLiteral("in"), {}, QStringLiteral("why"),
                                      QStringLiteral("anna"), &error));
        QCOMPARE(error, CorrectionError::InvalidTime);
        QVERIFY(corrections.history().isEmpty());

        const qint64 first = corrections.movePunch(punchId, at("2026-03-11 08:00:00"), QStringLiteral("in"),
                                                   QStringLiteral("clock fast"), QStringLiteral("anna"))
                                 .value_or(0);
        const qint64 second = corrections.movePunch(punchId, at("2026-03-11 07:55:00"), QStringLiteral("in"),
                                                    QStringLiteral("clock 25 min fast"), QStringLiteral("ben"))
                                  .value_or(0);
        QVERIFY(first > 0 && second > first);
        QList<CorrectionRow> history = corrections.historyOfPunch(punchId);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).previousTime, at("2026-03-11 08:00:00")); // after the first move
        QCOMPARE(history.at(0).changedBy, QStringLiteral("ben"));
        QCOMPARE(history.at(1).previousTime, at("2026-03-11 08:20:00"));
        QCOMPARE(history.at(1).previousDirection, QStringLiteral("in"));
        QCOMPARE(history.at(1).userId, QStringLiteral("42"));
        QVERIFY(qAbs(history.at(1).changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        QVERIFY(corrections.revoke(second, QStringLiteral("first was right"), QStringLiteral("anna")));
        QVERIFY(!corrections.revoke(second, QStringLiteral("again"), QStringLiteral("anna"), &error));
        QCOMPARE(error, CorrectionError::AlreadyRevoked);
        const QList<CorrectionRow> effective = corrections.effective(QDate(2026, 3, 11), QDate(2026, 3, 11));
        QCOMPARE(effective.size(), 1);
        QCOMPARE(effective.first().id, first);
        history = corrections.history(QStringLiteral("42"));
        QCOMPARE(history.size(), 3); // nothing deleted
        QCOMPARE(history.first().kind, CorrectionKind::Revoke);
        QCOMPARE(history.first().revokedId, second);
        QVERIFY(history.at(1).revoked);

        // The raw punch is untouched; the database itself refuses a correction without reason.
        QVERIFY(query.exec(QStringLiteral("SELECT io_time FROM punches")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2026-03-11 08:20:00"));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO punch_corrections (kind, user_id, reason, changed_by, changed_at) "
                                           "VALUES ('add', '42', '', 'x', 'now')")));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceRepository)
#include "tst_attendancerepository.moc"
