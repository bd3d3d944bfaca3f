#include "attendancebed.h"
#include "modaldialogs.h"
#include "readerthreadtools.h"
#include "widgetlookup.h"

#include "attendancesettingsdialog.h"
#include "closedperiodtablemodel.h"
#include "consolecontext.h"
#include "correctionsdialog.h"
#include "holidaysleavedialog.h"
#include "periodchangedialog.h"
#include "periodsdialog.h"
#include "reportcellformat.h"
#include "rulehistorytable.h"
#include "schedulesdialog.h"
#include "shiftsdialog.h"
#include "weekshiftseditor.h"
#include "workingdaypunchtable.h"

#include "attendancerepository.h"
#include "closedperiodrepository.h"
#include "punchcorrectionrepository.h"
#include "schedulerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

#include <memory>

using namespace punchclock;
using punchclock::test::findWidget;

// The rule editors as they work on PostgreSQL: what they open with, what they show on a
// choice and the changes the operator makes run on the console's reader thread, with a
// connection of its own (here to the same SQLite file). The GUI thread's connection is closed
// meanwhile, so anything done there would fail and show nothing or store nothing.
class tst_RuleEditorsOnReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    test::AttendanceBed::Kitchen m_kitchen;

    QSqlDatabase db() const { return m_bed->database(); }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        m_kitchen = m_bed->addKitchen();
        QVERIFY(m_kitchen.department && m_kitchen.dayShift);
        QVERIFY(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator).operatorId != 0);
        QCOMPARE(m_bed->createContext(true).reader().mode(), ui::ConsoleReader::Mode::OnReaderThread);
    }

    void cleanup() { m_bed.reset(); }

    void aShiftIsShownAndChangedOffTheGuiThread()
    {
        {
            const test::GuiConnectionClosed closed(db());
            ui::ShiftsDialog dialog(m_bed->context());
            auto *list = findWidget<QListWidget>(&dialog, "shiftList");
            QCOMPARE(list->count(), 1);
            QCOMPARE(findWidget<QLineEdit>(&dialog, "shiftName")->text(), QStringLiteral("Day"));
            QCOMPARE(findWidget<ui::RuleHistoryTable>(&dialog, "shiftHistory")->rowCount(), 1);

            findWidget<QTimeEdit>(&dialog, "shiftEnd")->setTime(QTime(16, 0));
            findWidget<QPushButton>(&dialog, "saveShift")->click();
            QVERIFY2(findWidget<QLabel>(&dialog, "shiftError")->isHidden(),
                     qPrintable(findWidget<QLabel>(&dialog, "shiftError")->text()));
            QCOMPARE(list->item(0)->text(), QStringLiteral("Day (09:00–16:00)"));
            QCOMPARE(findWidget<ui::RuleHistoryTable>(&dialog, "shiftHistory")->rowCount(), 2);
        }
        const auto shift = storage::AttendanceRepository(db()).shift(m_kitchen.dayShift);
        QVERIFY(shift);
        QCOMPARE(shift->end, QTime(16, 0));
        QCOMPARE(shift->changedBy, QStringLiteral("anna"));
    }

    void aWeekIsShownAndSavedOffTheGuiThread()
    {
        const qint64 day = m_kitchen.dayShift;
        const storage::WeekShiftIds weekdays{day, day, day, day, day, 0, 0};
        {
            const test::GuiConnectionClosed closed(db());
            ui::SchedulesDialog dialog(m_bed->context());
            const QString kitchen = QStringLiteral("d:%1").arg(m_kitchen.department);
            QVERIFY(findWidget<QComboBox>(&dialog, "scheduleOwner")->findData(kitchen) >= 0);
            dialog.selectOwner(kitchen);
            QCOMPARE(findWidget<QLabel>(&dialog, "scheduleSource")->text(),
                     QStringLiteral("No week planned yet: nothing is expected of its employees until one is saved."));

            dialog.findChild<ui::WeekShiftsEditor *>()->setWeek(weekdays);
            findWidget<QPushButton>(&dialog, "saveSchedule")->click();
            QVERIFY2(findWidget<QLabel>(&dialog, "scheduleError")->isHidden(),
                     qPrintable(findWidget<QLabel>(&dialog, "scheduleError")->text()));
            QCOMPARE(findWidget<ui::RuleHistoryTable>(&dialog, "scheduleHistory")->rowCount(), 1);
            QCOMPARE(findWidget<QLabel>(&dialog, "scheduleSource")->text(), QString());
        }
        QCOMPARE(storage::ScheduleRepository(db()).departmentSchedule(m_kitchen.department), weekdays);
    }

    void holidaysAndLeaveAreListedAndAddedOffTheGuiThread()
    {
        const int year = QDate::currentDate().year();
        QVERIFY(storage::AttendanceRepository(db()).setHoliday({QDate(year, 12, 25), QStringLiteral("Christmas")}));
        {
            const test::GuiConnectionClosed closed(db());
            ui::HolidaysLeaveDialog dialog(m_bed->context());
            m_bed->waitForReads();
            auto *holidays = findWidget<QTableWidget>(&dialog, "holidayList");
            QCOMPARE(holidays->rowCount(), 1);
            QCOMPARE(holidays->item(0, 1)->text(), QStringLiteral("Christmas"));
            QCOMPARE(findWidget<QComboBox>(&dialog, "leaveEmployee")->currentData().toString(), QStringLiteral("1"));

            findWidget<QDateEdit>(&dialog, "holidayDate")->setDate(QDate(year, 1, 1));
            findWidget<QLineEdit>(&dialog, "holidayName")->setText(QStringLiteral("New Year"));
            findWidget<QPushButton>(&dialog, "addHoliday")->click();
            findWidget<QDateEdit>(&dialog, "leaveFrom")->setDate(QDate(year, 8, 3));
            findWidget<QDateEdit>(&dialog, "leaveTo")->setDate(QDate(year, 8, 4));
            findWidget<QPushButton>(&dialog, "addLeave")->click();
            QVERIFY2(findWidget<QLabel>(&dialog, "holidaysError")->isHidden(),
                     qPrintable(findWidget<QLabel>(&dialog, "holidaysError")->text()));
            m_bed->waitForReads();
            QCOMPARE(holidays->rowCount(), 2);
            auto *leave = findWidget<QTableWidget>(&dialog, "leaveList");
            QCOMPARE(leave->rowCount(), 2);
            QCOMPARE(leave->item(0, 0)->text(), QStringLiteral("Alice Smith (1)"));
        }
        const storage::AttendanceRepository stored(db());
        QCOMPARE(stored.holidays(QDate(year, 1, 1), QDate(year, 12, 31)).size(), 2);
        QCOMPARE(stored.leave(QDate(year, 1, 1), QDate(year, 12, 31)).size(), 2);
    }

    void aPunchIsCorrectedOffTheGuiThread()
    {
        const QDate monday(2026, 10, 5);
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(9, 12)), protocol::Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(17, 0)), protocol::Direction::Out));
        {
            const test::GuiConnectionClosed closed(db());
            ui::CorrectionsDialog dialog(m_bed->context());
            dialog.showDay(QStringLiteral("1"), monday);
            auto *punches = findWidget<QTableWidget>(&dialog, "correctionPunches");
            QCOMPARE(punches->rowCount(), 2);
            QCOMPARE(punches->item(0, ui::WorkingDayPunchTable::Time)->text(),
                     ui::ReportCellFormat::time(QTime(9, 12)));

            punches->selectRow(0);
            findWidget<QDateTimeEdit>(&dialog, "correctionTime")->setTime(QTime(8, 58));
            findWidget<QLineEdit>(&dialog, "correctionReason")->setText(QStringLiteral("badge reader was down"));
            findWidget<QPushButton>(&dialog, "movePunch")->click();
            QVERIFY2(findWidget<QLabel>(&dialog, "correctionError")->isHidden(),
                     qPrintable(findWidget<QLabel>(&dialog, "correctionError")->text()));
            QCOMPARE(punches->item(0, ui::WorkingDayPunchTable::Time)->text(),
                     ui::ReportCellFormat::time(QTime(8, 58)));
            QCOMPARE(findWidget<QTableWidget>(&dialog, "correctionHistory")->rowCount(), 1);
        }
        const auto history = storage::PunchCorrectionRepository(db()).history(QStringLiteral("1"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().kind, storage::CorrectionKind::Move);
        QCOMPARE(history.first().changedBy, QStringLiteral("anna"));
    }

    void attendanceSettingsAreShownAndSavedOffTheGuiThread()
    {
        storage::AttendanceSettings firstLast;
        firstLast.pairing = storage::PairingSetting::FirstLast;
        firstLast.duplicateWindowSeconds = 30;
        QVERIFY(storage::AttendanceRepository(db()).setSettings(firstLast));
        {
            const test::GuiConnectionClosed closed(db());
            ui::AttendanceSettingsDialog dialog(m_bed->context());
            QCOMPARE(findWidget<QComboBox>(&dialog, "pairingMode")->currentData().toInt(),
                     int(storage::PairingSetting::FirstLast));
            QCOMPARE(findWidget<QSpinBox>(&dialog, "duplicateWindow")->value(), 30);
            findWidget<QSpinBox>(&dialog, "duplicateWindow")->setValue(90);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(storage::AttendanceRepository(db()).settings().duplicateWindowSeconds, 90);
    }

    void aPeriodClosedOffTheGuiThreadIsListedAndSelected()
    {
        const auto closedOctober = storage::ClosedPeriodRepository(db()).close(
            QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("payroll October"), QStringLiteral("anna"));
        QVERIFY(closedOctober);
        // Counted from now on, after October was closed: it arrived late.
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() >
                    storage::ClosedPeriodRepository(db()).find(*closedOctober)->closedAt);
        QVERIFY(
            m_bed->punch(QStringLiteral("1"), QDateTime(QDate(2026, 10, 6), QTime(8, 57)), protocol::Direction::In));
        qint64 selected = 0;
        {
            const test::GuiConnectionClosed closed(db());
            ui::PeriodsDialog dialog(m_bed->context());
            dialog.show();
            const QAbstractItemModel *periods = findWidget<QTableView>(&dialog, "closedPeriods")->model();
            QCOMPARE(periods->rowCount(), 1);
            m_bed->waitForReads();
            QCOMPARE(findWidget<QTableWidget>(&dialog, "latePunches")->rowCount(), 1);
            QCOMPARE(findWidget<QLabel>(&dialog, "latePunchesCaption")->text(),
                     QStringLiteral("1 punch of its days arrived after it was closed: kept, not counted in it."));

            findWidget<QPushButton>(&dialog, "closePeriod")->click();
            auto *change = dialog.findChild<ui::PeriodChangeDialog *>();
            QVERIFY(change);
            findWidget<QDateEdit>(change, "closeFrom")->setDate(QDate(2026, 9, 1));
            findWidget<QDateEdit>(change, "closeTo")->setDate(QDate(2026, 9, 30));
            findWidget<QLineEdit>(change, "periodReason")->setText(QStringLiteral("payroll September"));
            // Looked for until it shows: the check before it waits for the reader.
            test::whenModalShows<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            findWidget<QPushButton>(change, "confirmPeriodChange")->click();
            QVERIFY2(findWidget<QLabel>(change, "periodError")->isHidden(),
                     qPrintable(findWidget<QLabel>(change, "periodError")->text()));
            m_bed->waitForReads();
            QCOMPARE(periods->rowCount(), 2);
            const QModelIndexList rows =
                findWidget<QTableView>(&dialog, "closedPeriods")->selectionModel()->selectedRows();
            QCOMPARE(rows.size(), 1);
            selected = rows.first().data(ui::ClosedPeriodTableModel::IdRole).toLongLong();
            QCOMPARE(findWidget<QTableWidget>(&dialog, "latePunches")->rowCount(), 0);
        }
        const auto september = storage::ClosedPeriodRepository(db()).covering(QDate(2026, 9, 15));
        QVERIFY(september);
        QCOMPARE(selected, september->id);
        QCOMPARE(september->closeReason, QStringLiteral("payroll September"));
        QCOMPARE(september->closedBy, QStringLiteral("anna"));
    }
};

QTEST_MAIN(tst_RuleEditorsOnReader)
#include "tst_ruleeditorsonreader.moc"
