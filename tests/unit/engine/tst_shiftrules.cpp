#include "shiftrules.h"
#include "shiftrows.h"

#include <QTest>

using namespace punchclock;
using engine::attendance::ShiftField;
using engine::attendance::ShiftProblem;
using storage::AttendanceError;
using storage::ShiftRow;
using test::dayShift;

Q_DECLARE_METATYPE(punchclock::storage::ShiftRow)
Q_DECLARE_METATYPE(punchclock::storage::AttendanceError)
Q_DECLARE_METATYPE(punchclock::engine::attendance::ShiftField)

// The one rule the shift editor, `shifts add|change` and ShiftAdmin apply: what it refuses,
// and which field it points at.
class tst_ShiftRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstProblem_data()
    {
        QTest::addColumn<ShiftRow>("shift");
        QTest::addColumn<AttendanceError>("expected");
        QTest::addColumn<ShiftField>("field");
        ShiftRow shift = dayShift();
        shift.name = QStringLiteral("  ");
        QTest::newRow("no name") << shift << AttendanceError::EmptyName << ShiftField::Name;
        shift = dayShift();
        shift.end = shift.start;
        QTest::newRow("start = end") << shift << AttendanceError::InvalidTimes << ShiftField::End;
        shift = dayShift();
        shift.end = QTime(8, 0, 30);
        QTest::newRow("end within the start's minute") << shift << AttendanceError::InvalidTimes << ShiftField::End;
        shift = dayShift();
        shift.start = QTime();
        QTest::newRow("no start") << shift << AttendanceError::InvalidTimes << ShiftField::Start;
        shift = dayShift();
        shift.end = QTime();
        QTest::newRow("no end") << shift << AttendanceError::InvalidTimes << ShiftField::End;
        shift = dayShift();
        shift.lateGraceMinutes = -1;
        QTest::newRow("negative late grace") << shift << AttendanceError::NegativeMinutes << ShiftField::LateGrace;
        shift = dayShift();
        shift.overtimeThresholdMinutes = -1;
        QTest::newRow("negative overtime threshold")
            << shift << AttendanceError::NegativeMinutes << ShiftField::OvertimeThreshold;
        shift = dayShift();
        shift.breakMinutes = 9 * 60;
        QTest::newRow("break as long as the shift") << shift << AttendanceError::BreakTooLong << ShiftField::Break;
        shift.breakMinutes = 9 * 60 - 1;
        QTest::newRow("break a minute shorter") << shift << AttendanceError::None << ShiftField::Name;
        shift = dayShift();
        shift.rounding = storage::ShiftRounding::Nearest;
        shift.roundingMinutes = 1;
        QTest::newRow("rounding by one minute") << shift << AttendanceError::InvalidRounding << ShiftField::Rounding;
        shift.roundingMinutes = 2;
        QTest::newRow("rounding by two minutes") << shift << AttendanceError::None << ShiftField::Name;
        shift = dayShift();
        shift.dayChange = QTime(9, 0);
        QTest::newRow("day change after the start")
            << shift << AttendanceError::InvalidDayChange << ShiftField::DayChange;
        shift.dayChange = QTime(8, 0);
        QTest::newRow("day change at the start") << shift << AttendanceError::None << ShiftField::Name;
        shift = dayShift();
        shift.dayChange = QTime();
        QTest::newRow("no day change") << shift << AttendanceError::InvalidDayChange << ShiftField::DayChange;
        shift = dayShift();
        shift.dayChange = QTime(4, 0);
        QTest::newRow("day shift working past midnight") << shift << AttendanceError::None << ShiftField::Name;
        shift = dayShift();
        shift.start = QTime(22, 0);
        shift.end = QTime(6, 0);
        shift.breakMinutes = 0;
        QTest::newRow("night shift without a day change")
            << shift << AttendanceError::InvalidDayChange << ShiftField::DayChange;
        shift.dayChange = QTime(6, 0);
        QTest::newRow("night shift changing day at its end") << shift << AttendanceError::None << ShiftField::Name;
        shift.dayChange = QTime(10, 0);
        QTest::newRow("night shift") << shift << AttendanceError::None << ShiftField::Name;
        shift.breakMinutes = 8 * 60;
        QTest::newRow("night break as long as the shift")
            << shift << AttendanceError::BreakTooLong << ShiftField::Break;
    }

    void firstProblem()
    {
        QFETCH(ShiftRow, shift);
        QFETCH(AttendanceError, expected);
        QFETCH(ShiftField, field);
        const QList<ShiftProblem> problems = engine::attendance::shiftProblems(shift);
        if (expected == AttendanceError::None) {
            QVERIFY(problems.isEmpty());
            return;
        }
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().error, expected);
        QCOMPARE(problems.first().field, field);
    }

    // The editor marks every field to fix at once, not one per attempt to save.
    void everyProblemIsNamed()
    {
        ShiftRow shift = dayShift();
        shift.name.clear();
        shift.earlyLeaveGraceMinutes = -5;
        shift.rounding = storage::ShiftRounding::Up;
        shift.roundingMinutes = -1;
        shift.dayChange = QTime(12, 0);
        const QList<ShiftProblem> problems = engine::attendance::shiftProblems(shift);
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems.at(0).field, ShiftField::Name);
        QCOMPARE(problems.at(1).field, ShiftField::EarlyLeaveGrace);
        QCOMPARE(problems.at(2).field, ShiftField::Rounding);
        QCOMPARE(problems.at(2).error, AttendanceError::NegativeMinutes);
        QCOMPARE(problems.at(3).field, ShiftField::DayChange);
    }

    // Without a start and an end there is no length to measure a break or a day change against.
    void noTimesNoLengthChecks()
    {
        ShiftRow shift = dayShift();
        shift.start = QTime();
        shift.end = QTime();
        shift.breakMinutes = 24 * 60;
        const QList<ShiftProblem> problems = engine::attendance::shiftProblems(shift);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, ShiftField::Start);
        QCOMPARE(problems.at(1).field, ShiftField::End);
    }

    void fieldKeysMatchTheShiftsJson()
    {
        QCOMPARE(engine::attendance::shiftFieldKey(ShiftField::Break), QStringLiteral("break_min"));
        QCOMPARE(engine::attendance::shiftFieldKey(ShiftField::DayChange), QStringLiteral("day_change"));
        QCOMPARE(engine::attendance::shiftFieldKey(ShiftField::Rounding), QStringLiteral("rounding_min"));
    }
};

QTEST_GUILESS_MAIN(tst_ShiftRules)
#include "tst_shiftrules.moc"
