#include "attendancebed.h"
#include "attendanceerrortext.h"
#include "attendancerepository.h"
#include "attendancesettingsdialog.h"
#include "closedperiodrepository.h"
#include "reportspage.h"
#include "reporttablemodel.h"
#include "reporttexts.h"
#include "rulehistorytable.h"
#include "schedulerepository.h"
#include "schedulesdialog.h"
#include "shiftsdialog.h"
#include "sitecalendar.h"
#include "widgetlookup.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

#include <memory>

using namespace punchclock;
using punchclock::test::findWidget;
namespace reports = punchclock::engine::reports;

namespace {

const QDate october5(2026, 10, 5);  // a Monday
const QDate november2(2026, 11, 2); // a Monday
const QDate november1(2026, 11, 1);

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QStringLiteral("<no item>");
}

} // namespace

// Shifts and weekly schedules change from a date on: the days before keep their rules, and
// each dialog lists the rule's versions through time. On a real database, through the
// Reports page's Rules menu.
class tst_RulesInTime : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    std::unique_ptr<ui::ReportsPage> m_page;
    qint64 m_kitchen = 0;
    qint64 m_dayShift = 0;

    template <typename Dialog>
    Dialog *openRule(const char *action)
    {
        findWidget<QAction>(m_page.get(), action)->trigger();
        return m_page->findChild<Dialog *>();
    }

    ui::ShiftsDialog *openDayShift()
    {
        auto *shifts = openRule<ui::ShiftsDialog>("editShifts");
        if (shifts)
            shifts->selectShift(m_dayShift);
        return shifts;
    }

    ui::ReportTableModel *model() const { return m_page->findChild<ui::ReportTableModel *>(); }

    QString cell(QDate date, reports::ColumnId column) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->sourceAt(row).date != date)
                continue;
            for (int col = 0; col < model()->columnCount(); ++col) {
                if (model()->report().columns.at(col).id == column)
                    return model()->index(row, col).data().toString();
            }
        }
        return QStringLiteral("<no cell>");
    }

    bool previewAlice(QDate from, QDate to)
    {
        return test::chooseData(findWidget<QComboBox>(m_page.get(), "reportEmployee"), QStringLiteral("1")) &&
               test::previewReport(m_page.get(), reports::ReportKind::Timecard, from, to);
    }

    storage::ClosedPeriodRow closeOctober()
    {
        storage::ClosedPeriodRepository periods(m_bed->database());
        const auto id = periods.close(QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("payroll October"),
                                      QStringLiteral("anna"));
        return id ? *periods.find(*id) : storage::ClosedPeriodRow{};
    }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        const test::AttendanceBed::Kitchen kitchen = m_bed->addKitchen(5);
        m_kitchen = kitchen.department;
        m_dayShift = kitchen.dayShift;
        QVERIFY(m_kitchen && m_dayShift);
        const storage::WeekShiftIds weekdays{m_dayShift, m_dayShift, m_dayShift, m_dayShift, m_dayShift, 0, 0};
        QVERIFY(storage::ScheduleRepository(m_bed->database()).setDepartmentSchedule(m_kitchen, weekdays));
        for (const QDate day : {october5, november2}) {
            QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(day, QTime(9, 12)), protocol::Direction::In));
            QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(day, QTime(17, 0)), protocol::Direction::Out));
        }
        m_bed->createContext();
        m_page = std::make_unique<ui::ReportsPage>(m_bed->context());
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void aShiftChangeAppliesFromItsDate()
    {
        auto *shifts = openDayShift();
        QVERIFY(shifts);
        auto *appliesFrom = findWidget<QWidget>(shifts, "shiftAppliesFrom");
        QVERIFY(appliesFrom->isVisibleTo(shifts));
        QCOMPARE(findWidget<QDateEdit>(appliesFrom, "appliesFromDate")->date(),
                 engine::SiteCalendar::today(m_bed->database()));
        QVERIFY(!findWidget<QCheckBox>(appliesFrom, "appliesFromStart")->isChecked());
        QVERIFY(findWidget<QCheckBox>(appliesFrom, "appliesFromStart")->isEnabled());
        auto *history = findWidget<QTableWidget>(shifts, "shiftHistory");
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::From), QStringLiteral("From the start"));
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::What), QStringLiteral("09:00–17:00"));

        // From 1 November the shift starts half an hour later.
        findWidget<QTimeEdit>(shifts, "shiftStart")->setTime(QTime(9, 30));
        findWidget<QDateEdit>(appliesFrom, "appliesFromDate")->setDate(november1);
        QTest::mouseClick(findWidget<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        QVERIFY2(!findWidget<QLabel>(shifts, "shiftError")->isVisible(),
                 qPrintable(findWidget<QLabel>(shifts, "shiftError")->text()));
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(cellText(history, 1, ui::RuleHistoryTable::From), QStringLiteral("1 Nov 2026"));
        QCOMPARE(cellText(history, 1, ui::RuleHistoryTable::What), QStringLiteral("09:30–17:00"));
        QCOMPARE(cellText(history, 1, ui::RuleHistoryTable::ChangedBy), m_bed->context().operatorName());
        QVERIFY(history->item(1, 0)->font().bold()); // in force today
        shifts->close();

        // Before 1 November the arrival at 09:12 was late against 09:00; after it, it is not.
        QVERIFY(previewAlice(october5, november2));
        QCOMPARE(cell(october5, reports::ColumnId::Late), QStringLiteral("0:12"));
        QCOMPARE(cell(october5, reports::ColumnId::Expected), QStringLiteral("8:00"));
        QCOMPARE(cell(november2, reports::ColumnId::Late), QStringLiteral("0:00"));
        QCOMPARE(cell(november2, reports::ColumnId::Expected), QStringLiteral("7:30"));
    }

    void aChangeFromTheStartIsConfirmedAndRewritesTheHistory()
    {
        storage::ShiftRow later = *storage::AttendanceRepository(m_bed->database()).shift(m_dayShift);
        later.start = QTime(9, 30);
        QVERIFY(storage::AttendanceRepository(m_bed->database())
                    .updateShift(later, nullptr, november1, QStringLiteral("anna")));
        auto *shifts = openDayShift();
        QVERIFY(shifts);
        auto *history = findWidget<QTableWidget>(shifts, "shiftHistory");
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(cellText(history, 1, ui::RuleHistoryTable::ChangedBy), QStringLiteral("anna"));

        findWidget<QTimeEdit>(shifts, "shiftStart")->setTime(QTime(8, 0));
        findWidget<QCheckBox>(shifts, "appliesFromStart")->setChecked(true);
        QVERIFY(!findWidget<QDateEdit>(shifts, "appliesFromDate")->isEnabled());
        QString question;
        test::answerNextMessageBox(this, QMessageBox::Yes, &question);
        QTest::mouseClick(findWidget<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        QVERIFY2(question.startsWith(QStringLiteral("Apply this definition of “Day” from the start?")),
                 qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("its 1 later definition is dropped")), qPrintable(question));
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::What), QStringLiteral("08:00–17:00"));
        QCOMPARE(storage::AttendanceRepository(m_bed->database()).shiftHistory(m_dayShift).size(), 1);
    }

    void aNewShiftStartsFromTheStartWithTheOvertimeThreshold()
    {
        auto *shifts = openRule<ui::ShiftsDialog>("editShifts");
        QVERIFY(shifts);
        QTest::mouseClick(findWidget<QPushButton>(shifts, "newShift"), Qt::LeftButton);
        QCOMPARE(findWidget<QSpinBox>(shifts, "shiftOvertime")->value(), 30);
        QVERIFY(!findWidget<QWidget>(shifts, "shiftAppliesFrom")->isVisibleTo(shifts));
        QVERIFY(!findWidget<QGroupBox>(shifts, "shiftHistoryBox")->isVisibleTo(shifts));
        findWidget<QLineEdit>(shifts, "shiftName")->setText(QStringLiteral("Late"));
        QTest::mouseClick(findWidget<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        const auto late = storage::AttendanceRepository(m_bed->database()).shiftByName(QStringLiteral("Late"));
        QVERIFY(late);
        QCOMPARE(late->overtimeThresholdMinutes, 30);
        // Saved, it is an existing shift: its next change asks from when.
        QVERIFY(findWidget<QWidget>(shifts, "shiftAppliesFrom")->isVisibleTo(shifts));
    }

    // Every rule term says what it means in a line under it, not only in a tooltip.
    void ruleTermsAreExplainedInPlace()
    {
        auto *shifts = openDayShift();
        QVERIFY(shifts);
        const QList<std::pair<const char *, QString>> shiftTerms{
            {"shiftLateGraceCaption", QStringLiteral("An arrival this many minutes after the start is not yet late.")},
            {"shiftEarlyGraceCaption",
             QStringLiteral("A departure this many minutes before the end is not yet early.")},
            {"shiftBreakCaption", QStringLiteral("Minutes taken off each day's worked time for the break.")},
            {"shiftBreakAfterCaption",
             QStringLiteral("The break is taken off only days worked longer than this; 0: every day.")},
            {"shiftRoundingCaption", QStringLiteral("Whether punch times are rounded before worked time is counted.")},
            {"shiftRoundingStepCaption", QStringLiteral("Punch times are rounded to a multiple of this many minutes.")},
            {"shiftOvertimeCaption",
             QStringLiteral("Work beyond the plan counts as overtime once it exceeds this many minutes.")},
            {"shiftDayChangeCaption",
             QStringLiteral("Punches after midnight and before this time belong to the previous day's shift.")},
        };
        shifts->show();
        // The captions do not push the dialog past a 1280×720 screen.
        QVERIFY2(shifts->sizeHint().height() <= 680 && shifts->sizeHint().width() <= 1240,
                 qPrintable(QStringLiteral("%1×%2").arg(shifts->sizeHint().width()).arg(shifts->sizeHint().height())));
        for (const auto &[name, text] : shiftTerms) {
            auto *caption = findWidget<QLabel>(shifts, name);
            QVERIFY2(caption, name);
            QCOMPARE(caption->text(), text);
            QVERIFY2(caption->isVisible(), name);
        }
        shifts->reject();

        auto *settings = openRule<ui::AttendanceSettingsDialog>("editAttendanceSettings");
        QVERIFY(settings);
        settings->show();
        for (const char *name : {"pairingModeCaption", "duplicateWindowCaption"}) {
            auto *caption = findWidget<QLabel>(settings, name);
            QVERIFY2(caption, name);
            QVERIFY2(caption->isVisible() && !caption->text().isEmpty(), name);
        }
        settings->reject();
    }

    void aShiftChangeIntoAClosedPeriodIsRefusedByName()
    {
        const storage::ClosedPeriodRow closed = closeOctober();
        QVERIFY(closed.id);
        auto *shifts = openDayShift();
        QVERIFY(shifts);
        auto *fromStart = findWidget<QCheckBox>(shifts, "appliesFromStart");
        QVERIFY(!fromStart->isEnabled());
        QVERIFY2(fromStart->toolTip().contains(ui::AttendanceErrorText::closedPeriod(closed)),
                 qPrintable(fromStart->toolTip()));

        findWidget<QTimeEdit>(shifts, "shiftStart")->setTime(QTime(9, 30));
        findWidget<QDateEdit>(shifts, "appliesFromDate")->setDate(QDate(2026, 10, 15));
        QTest::mouseClick(findWidget<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        QCOMPARE(findWidget<QLabel>(shifts, "shiftError")->text(),
                 QStringLiteral("1 Oct 2026 – 31 Oct 2026 is closed (anna, %1: payroll October). A manager can reopen "
                                "it under Reports → Periods.")
                     .arg(ui::ReportTexts::date(closed.closedAt.toLocalTime().date())));
        QCOMPARE(storage::AttendanceRepository(m_bed->database()).shiftHistory(m_dayShift).size(), 1);

        // From the first day after it, the change is taken.
        findWidget<QDateEdit>(shifts, "appliesFromDate")->setDate(november1);
        QTest::mouseClick(findWidget<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        QVERIFY(!findWidget<QLabel>(shifts, "shiftError")->isVisible());
        QCOMPARE(storage::AttendanceRepository(m_bed->database()).shiftHistory(m_dayShift).size(), 2);

        // A new name changes no result: taken whatever the date, without a new definition.
        findWidget<QLineEdit>(shifts, "shiftName")->setText(QStringLiteral("Day (kitchen)"));
        findWidget<QDateEdit>(shifts, "appliesFromDate")->setDate(QDate(2026, 10, 15));
        QTest::mouseClick(findWidget<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        QVERIFY2(!findWidget<QLabel>(shifts, "shiftError")->isVisible(),
                 qPrintable(findWidget<QLabel>(shifts, "shiftError")->text()));
        const QList<storage::ShiftRow> history =
            storage::AttendanceRepository(m_bed->database()).shiftHistory(m_dayShift);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().name, QStringLiteral("Day (kitchen)"));
    }

    void anEmployeeFollowsTheirOwnWeekThenTheDepartmentFromADate()
    {
        const qint64 early = m_bed->addShift(QStringLiteral("Early"), QTime(6, 0), QTime(14, 0));
        QVERIFY(early);
        auto *schedules = openRule<ui::SchedulesDialog>("editSchedules");
        QVERIFY(schedules);
        schedules->selectOwner(QStringLiteral("d:%1").arg(m_kitchen));
        auto *history = findWidget<QTableWidget>(schedules, "scheduleHistory");
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::From), QStringLiteral("From the start"));
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::What), QStringLiteral("Mon–Fri Day · Sat–Sun day off"));
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::ChangedBy), QStringLiteral("—"));

        // Alice follows the department; her own week starts on 1 November.
        schedules->selectOwner(QStringLiteral("u:1"));
        QCOMPARE(history->rowCount(), 0);
        auto *appliesFrom = findWidget<QDateEdit>(schedules, "appliesFromDate");
        QCOMPARE(appliesFrom->date(), engine::SiteCalendar::today(m_bed->database()));
        auto *clear = findWidget<QPushButton>(schedules, "clearSchedule");
        QVERIFY(!clear->isEnabled()); // nothing of her own to end
        appliesFrom->setDate(november1);
        auto *saturday = findWidget<QComboBox>(schedules, "scheduleDay6");
        saturday->setCurrentIndex(saturday->findData(early));
        QTest::mouseClick(findWidget<QPushButton>(schedules, "saveSchedule"), Qt::LeftButton);
        QVERIFY2(!findWidget<QLabel>(schedules, "scheduleError")->isVisible(),
                 qPrintable(findWidget<QLabel>(schedules, "scheduleError")->text()));
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::From), QStringLiteral("1 Nov 2026"));
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::What),
                 QStringLiteral("Mon–Fri Day · Sat Early · Sun day off"));
        QCOMPARE(cellText(history, 0, ui::RuleHistoryTable::ChangedBy), m_bed->context().operatorName());

        // From 1 December she follows the department again; the button says from when.
        QVERIFY(clear->isEnabled());
        appliesFrom->setDate(QDate(2026, 12, 1));
        QCOMPARE(clear->text().remove(QLatin1Char('&')), QStringLiteral("Follow the department from 1 Dec 2026"));
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(cellText(history, 1, ui::RuleHistoryTable::From), QStringLiteral("1 Dec 2026"));
        QCOMPARE(cellText(history, 1, ui::RuleHistoryTable::What), QStringLiteral("Follows the department"));
        const QList<storage::ScheduleVersion> stored =
            storage::ScheduleRepository(m_bed->database()).userHistory(QStringLiteral("1"));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.last().kind, storage::ScheduleKind::Department);
        QCOMPARE(stored.last().changedBy, m_bed->context().operatorName());
        QVERIFY(findWidget<QLabel>(schedules, "scheduleSource")->text().contains(QStringLiteral("department")));
    }

    void aDepartmentHasNoScheduleFromADate()
    {
        auto *schedules = openRule<ui::SchedulesDialog>("editSchedules");
        QVERIFY(schedules);
        schedules->selectOwner(QStringLiteral("d:%1").arg(m_kitchen));
        findWidget<QDateEdit>(schedules, "appliesFromDate")->setDate(QDate(2027, 1, 1));
        auto *clear = findWidget<QPushButton>(schedules, "clearSchedule");
        QCOMPARE(clear->text().remove(QLatin1Char('&')), QStringLiteral("No schedule from 1 Jan 2027"));
        QTest::mouseClick(clear, Qt::LeftButton);
        auto *history = findWidget<QTableWidget>(schedules, "scheduleHistory");
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(cellText(history, 1, ui::RuleHistoryTable::What), QStringLiteral("No schedule"));
        QCOMPARE(storage::ScheduleRepository(m_bed->database()).departmentHistory(m_kitchen).last().kind,
                 storage::ScheduleKind::None);
    }

    void aFirstScheduleAppliesFromTheFirstOpenDay()
    {
        const qint64 bakery = m_bed->addDepartment(QStringLiteral("Bakery")).value_or(0);
        QVERIFY(bakery);
        auto *schedules = openRule<ui::SchedulesDialog>("editSchedules");
        QVERIFY(schedules);
        schedules->selectOwner(QStringLiteral("d:%1").arg(bakery));
        // Never planned: from the start, so that every day already punched is counted.
        QVERIFY(findWidget<QCheckBox>(schedules, "appliesFromStart")->isChecked());
        schedules->close();
        QTRY_VERIFY(!m_page->findChild<ui::SchedulesDialog *>());

        // With October closed, from the first day after it.
        QVERIFY(closeOctober().id);
        schedules = openRule<ui::SchedulesDialog>("editSchedules");
        schedules->selectOwner(QStringLiteral("d:%1").arg(bakery));
        QVERIFY(!findWidget<QCheckBox>(schedules, "appliesFromStart")->isChecked());
        QCOMPARE(findWidget<QDateEdit>(schedules, "appliesFromDate")->date(), november1);
        // A change into the closed month is refused by name.
        findWidget<QDateEdit>(schedules, "appliesFromDate")->setDate(QDate(2026, 10, 20));
        QTest::mouseClick(findWidget<QPushButton>(schedules, "saveSchedule"), Qt::LeftButton);
        QVERIFY2(findWidget<QLabel>(schedules, "scheduleError")
                     ->text()
                     .startsWith(QStringLiteral("1 Oct 2026 – 31 Oct 2026 is closed (anna, ")),
                 qPrintable(findWidget<QLabel>(schedules, "scheduleError")->text()));
    }
};

QTEST_MAIN(tst_RulesInTime)
#include "tst_rulesintime.moc"
