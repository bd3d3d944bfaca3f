#include "attendancebed.h"
#include "attendanceerrortext.h"
#include "attendancesettingsdialog.h"
#include "closedperiodrepository.h"
#include "closedperiodtablemodel.h"
#include "correctionsdialog.h"
#include "holidaysleavedialog.h"
#include "periodchangedialog.h"
#include "periodsdialog.h"
#include "punchcorrectionrepository.h"
#include "reportspage.h"
#include "reporttexts.h"
#include "schedulerepository.h"
#include "sitecalendar.h"
#include "terminalrepository.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace punchclock;
using punchclock::test::findWidget;

namespace {

// Monday of the month that is closed in these tests.
const QDate monday(2026, 10, 5);
const QDate october(2026, 10, 1);
const QDate endOfOctober(2026, 10, 31);

} // namespace

// Closing and reopening periods in the console, and what a closed period refuses: on a real
// database, through the dialogs a manager uses.
class tst_PeriodsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    std::unique_ptr<ui::PeriodsDialog> m_dialog;

    ui::PeriodsDialog *openDialog()
    {
        m_dialog = std::make_unique<ui::PeriodsDialog>(m_bed->context());
        m_dialog->show();
        return m_dialog.get();
    }

    // The close or reopen dialog that `buttonName` opened.
    ui::PeriodChangeDialog *openChange(const char *buttonName)
    {
        QTest::mouseClick(findWidget<QPushButton>(m_dialog.get(), buttonName), Qt::LeftButton);
        return m_dialog->findChild<ui::PeriodChangeDialog *>();
    }

    storage::ClosedPeriodRow closeOctober(const QString &by = QStringLiteral("anna"))
    {
        storage::ClosedPeriodRepository periods(m_bed->database());
        const auto id = periods.close(october, endOfOctober, QStringLiteral("payroll October"), by);
        return id ? *periods.find(*id) : storage::ClosedPeriodRow{};
    }

    QString periodCell(int row, int column) const
    {
        return findWidget<QTableView>(m_dialog.get(), "closedPeriods")->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        QVERIFY(m_bed->addUser(QStringLiteral("1"), QStringLiteral("Alice Smith"),
                               m_bed->addDepartment(QStringLiteral("Kitchen"))));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(9, 12)), protocol::Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(17, 0)), protocol::Direction::Out));
        m_bed->createContext();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_bed.reset();
    }

    void theReportsPageOpensIt()
    {
        ui::ReportsPage page(m_bed->context());
        page.show();
        QTest::mouseClick(findWidget<QPushButton>(&page, "periodsButton"), Qt::LeftButton);
        auto *dialog = page.findChild<ui::PeriodsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(findWidget<QLabel>(dialog, "latePunchesCaption")->text(),
                 QStringLiteral("No period has been closed yet."));
        QVERIFY(!findWidget<QPushButton>(dialog, "reopenPeriod")->isEnabled());
    }

    void aPeriodIsClosedWithAReasonAfterConfirmation()
    {
        QSignalSpy attendance(&m_bed->context(), &ui::ConsoleContext::attendanceChanged);
        openDialog();
        QAbstractItemModelTester tester(m_dialog->findChild<ui::ClosedPeriodTableModel *>(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *change = openChange("closePeriod");
        QVERIFY(change);
        QTRY_VERIFY(change->isVisible());

        // Last month in the site's calendar, to start with.
        const QDate today = engine::SiteCalendar::today(m_bed->database());
        const QDate thisMonth(today.year(), today.month(), 1);
        QCOMPARE(findWidget<QDateEdit>(change, "closeFrom")->date(), thisMonth.addMonths(-1));
        QCOMPARE(findWidget<QDateEdit>(change, "closeTo")->date(), thisMonth.addDays(-1));

        // Without a reason: refused before anything is asked or stored.
        findWidget<QDateEdit>(change, "closeFrom")->setDate(october);
        findWidget<QDateEdit>(change, "closeTo")->setDate(endOfOctober);
        QTest::mouseClick(findWidget<QPushButton>(change, "confirmPeriodChange"), Qt::LeftButton);
        QVERIFY(findWidget<QLabel>(change, "periodError")->isVisible());
        QCOMPARE(findWidget<QLabel>(change, "periodError")->text(),
                 QStringLiteral("Enter a reason: it is kept with the period for whoever reads its results later."));
        QVERIFY(storage::ClosedPeriodRepository(m_bed->database()).history().isEmpty());

        // Declined: nothing stored, the form stays.
        findWidget<QLineEdit>(change, "periodReason")->setText(QStringLiteral("payroll October"));
        QString question;
        test::answerNextMessageBox(this, QMessageBox::No, &question);
        QTest::mouseClick(findWidget<QPushButton>(change, "confirmPeriodChange"), Qt::LeftButton);
        QVERIFY2(question.startsWith(QStringLiteral("Close 1 Oct 2026 – 31 Oct 2026?")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("Its results become final")));
        QVERIFY(question.contains(QStringLiteral("kept and listed, but not counted")));
        QVERIFY(storage::ClosedPeriodRepository(m_bed->database()).history().isEmpty());
        QVERIFY(change->isVisible());

        test::answerNextMessageBox(this, QMessageBox::Yes);
        QTest::mouseClick(findWidget<QPushButton>(change, "confirmPeriodChange"), Qt::LeftButton);
        const QList<storage::ClosedPeriodRow> closed = storage::ClosedPeriodRepository(m_bed->database()).closed();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().from, october);
        QCOMPARE(closed.first().to, endOfOctober);
        QCOMPARE(closed.first().closeReason, QStringLiteral("payroll October"));
        QCOMPARE(closed.first().closedBy, m_bed->context().operatorName());
        QTRY_VERIFY(m_dialog->findChild<ui::PeriodChangeDialog *>() == nullptr);
        QVERIFY(attendance.count() >= 1);

        // Listed and selected, with who and why.
        using Model = ui::ClosedPeriodTableModel;
        QCOMPARE(periodCell(0, Model::FromColumn), QStringLiteral("1 Oct 2026"));
        QCOMPARE(periodCell(0, Model::ToColumn), QStringLiteral("31 Oct 2026"));
        QCOMPARE(periodCell(0, Model::StateColumn), QStringLiteral("Closed"));
        QCOMPARE(periodCell(0, Model::ClosedByColumn), m_bed->context().operatorName());
        QCOMPARE(periodCell(0, Model::CloseReasonColumn), QStringLiteral("payroll October"));
        QCOMPARE(periodCell(0, Model::ReopenedByColumn), QString());
        QVERIFY(findWidget<QPushButton>(m_dialog.get(), "reopenPeriod")->isEnabled());
    }

    void anOverlappingCloseIsRefusedWithThePeriodsName()
    {
        const storage::ClosedPeriodRow october = closeOctober();
        QVERIFY(october.id);
        openDialog();
        auto *change = openChange("closePeriod");
        QVERIFY(change);
        findWidget<QDateEdit>(change, "closeFrom")->setDate(QDate(2026, 10, 15));
        findWidget<QDateEdit>(change, "closeTo")->setDate(QDate(2026, 11, 15));
        findWidget<QLineEdit>(change, "periodReason")->setText(QStringLiteral("mid-month payroll"));
        QTest::mouseClick(findWidget<QPushButton>(change, "confirmPeriodChange"), Qt::LeftButton);
        const QString expected = QStringLiteral("It overlaps a period that is already closed: 1 Oct 2026 – 31 Oct 2026 "
                                                "is closed (anna, %1: payroll October). A manager can reopen it under "
                                                "Reports → Periods.")
                                     .arg(ui::ReportTexts::date(october.closedAt.toLocalTime().date()));
        QCOMPARE(findWidget<QLabel>(change, "periodError")->text(), expected);
        QCOMPARE(storage::ClosedPeriodRepository(m_bed->database()).history().size(), 1);
    }

    void aPeriodIsReopenedWithAReasonAfterConfirmation()
    {
        QVERIFY(closeOctober().id);
        openDialog();
        QAbstractItemModelTester tester(m_dialog->findChild<ui::ClosedPeriodTableModel *>(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *reopen = findWidget<QPushButton>(m_dialog.get(), "reopenPeriod");
        QVERIFY(reopen->isEnabled()); // the newest close is selected
        auto *change = openChange("reopenPeriod");
        QVERIFY(change);
        QCOMPARE(findWidget<QLabel>(change, "reopenDays")->text(), QStringLiteral("1 Oct 2026 – 31 Oct 2026"));

        QTest::mouseClick(findWidget<QPushButton>(change, "confirmPeriodChange"), Qt::LeftButton);
        QVERIFY(findWidget<QLabel>(change, "periodError")->isVisible());
        QVERIFY(storage::ClosedPeriodRepository(m_bed->database()).history().first().closed());

        findWidget<QLineEdit>(change, "periodReason")->setText(QStringLiteral("a forgotten leave day"));
        QString question;
        test::answerNextMessageBox(this, QMessageBox::Yes, &question);
        QTest::mouseClick(findWidget<QPushButton>(change, "confirmPeriodChange"), Qt::LeftButton);
        QVERIFY2(question.startsWith(QStringLiteral("Reopen 1 Oct 2026 – 31 Oct 2026?")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("calculated with the attendance settings in force now")));
        const storage::ClosedPeriodRow reopened = storage::ClosedPeriodRepository(m_bed->database()).history().first();
        QVERIFY(!reopened.closed());
        QCOMPARE(reopened.reopenReason, QStringLiteral("a forgotten leave day"));
        QCOMPARE(reopened.reopenedBy, m_bed->context().operatorName());

        using Model = ui::ClosedPeriodTableModel;
        QTRY_COMPARE(periodCell(0, Model::StateColumn), QStringLiteral("Reopened"));
        QCOMPARE(periodCell(0, Model::ClosedByColumn), QStringLiteral("anna"));
        QCOMPARE(periodCell(0, Model::ReopenedByColumn), m_bed->context().operatorName());
        QCOMPARE(periodCell(0, Model::ReopenReasonColumn), QStringLiteral("a forgotten leave day"));
        QVERIFY(!reopen->isEnabled());
        // The days can change again.
        QVERIFY(storage::AttendanceRepository(m_bed->database())
                    .setHoliday({QDate(2026, 10, 12), QStringLiteral("Fiesta")}));
    }

    void punchesThatArrivedAfterClosingAreListed()
    {
        // A terminal still waiting for approval keeps a punch of 6 October; it counts only once
        // the terminal is approved, after October was closed.
        const QString late = QStringLiteral("LATE01");
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.recordContact({late, QStringLiteral("192.0.2.9"), storage::Approval::Pending, {}}));
        QVERIFY(terminals.setName(late, QStringLiteral("Back door")));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday.addDays(1), QTime(8, 57)), protocol::Direction::In,
                             late, 1));
        const storage::ClosedPeriodRow closed = closeOctober();
        QVERIFY(closed.id);
        QTRY_VERIFY(QDateTime::currentDateTimeUtc() > closed.closedAt); // approval comes strictly later
        QVERIFY(terminals.setApproval(late, storage::Approval::Approved));

        openDialog();
        auto *punches = findWidget<QTableWidget>(m_dialog.get(), "latePunches");
        QCOMPARE(punches->rowCount(), 1);
        QCOMPARE(punches->item(0, ui::PeriodsDialog::Employee)->text(), QStringLiteral("Alice Smith (1)"));
        QCOMPARE(punches->item(0, ui::PeriodsDialog::Terminal)->text(), QStringLiteral("Back door (LATE01)"));
        QCOMPARE(punches->item(0, ui::PeriodsDialog::PunchTime)->text(), QStringLiteral("6 Oct 2026 08:57"));
        QVERIFY(!punches->item(0, ui::PeriodsDialog::CountedFrom)->text().isEmpty());
        QCOMPARE(findWidget<QLabel>(m_dialog.get(), "latePunchesCaption")->text(),
                 QStringLiteral("1 punch of its days arrived after it was closed: kept, not counted in it."));

        // One that arrives while the list is open joins it.
        QVERIFY(
            m_bed->punch(QStringLiteral("1"), QDateTime(monday.addDays(2), QTime(17, 3)), protocol::Direction::Out));
        m_bed->context().notifyChanged(ui::ConsoleContext::Punches);
        QTRY_COMPARE(punches->rowCount(), 2);
        QCOMPARE(findWidget<QLabel>(m_dialog.get(), "latePunchesCaption")->text(),
                 QStringLiteral("2 punches of its days arrived after it was closed: kept, not counted in it."));
    }

    void aCorrectionInAClosedPeriodIsRefusedWithItsName()
    {
        const storage::ClosedPeriodRow closed = closeOctober();
        QVERIFY(closed.id);
        ui::CorrectionsDialog corrections(m_bed->context());
        corrections.show();
        corrections.showDay(QStringLiteral("1"), monday);
        auto *punches = findWidget<QTableWidget>(&corrections, "correctionPunches");
        QCOMPARE(punches->rowCount(), 2);
        // Said before a reason is typed.
        QVERIFY(findWidget<QLabel>(&corrections, "correctionClosedNote")->isVisible());
        QCOMPARE(findWidget<QLabel>(&corrections, "correctionClosedNote")->text(),
                 ui::AttendanceErrorText::closedPeriod(closed));
        punches->selectRow(0);
        findWidget<QLineEdit>(&corrections, "correctionReason")->setText(QStringLiteral("badge reader was down"));
        QTest::mouseClick(findWidget<QPushButton>(&corrections, "movePunch"), Qt::LeftButton);
        const QString expected = QStringLiteral("1 Oct 2026 – 31 Oct 2026 is closed (anna, %1: payroll October). A "
                                                "manager can reopen it under Reports → Periods.")
                                     .arg(ui::ReportTexts::date(closed.closedAt.toLocalTime().date()));
        QCOMPARE(findWidget<QLabel>(&corrections, "correctionError")->text(), expected);
        QCOMPARE(ui::AttendanceErrorText::closedPeriod(closed), expected);
        QVERIFY(storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1")).isEmpty());

        // A day after it has nothing to say.
        findWidget<QDateEdit>(&corrections, "correctionDate")->setDate(endOfOctober.addDays(2));
        QVERIFY(!findWidget<QLabel>(&corrections, "correctionClosedNote")->isVisible());
    }

    void holidaysAndLeaveInAClosedPeriodAreRefusedWithItsName()
    {
        const storage::ClosedPeriodRow closed = closeOctober();
        QVERIFY(closed.id);
        const QString expected = ui::AttendanceErrorText::closedPeriod(closed);
        ui::HolidaysLeaveDialog holidays(m_bed->context());
        holidays.show();
        findWidget<QDateEdit>(&holidays, "holidayDate")->setDate(QDate(2026, 10, 12));
        findWidget<QLineEdit>(&holidays, "holidayName")->setText(QStringLiteral("Fiesta"));
        QTest::mouseClick(findWidget<QPushButton>(&holidays, "addHoliday"), Qt::LeftButton);
        QCOMPARE(findWidget<QLabel>(&holidays, "holidaysError")->text(), expected);

        // Leave that only begins in the closed month is refused for it too.
        findWidget<QTabWidget>(&holidays, "holidaysLeaveTabs")->setCurrentIndex(1);
        findWidget<QDateEdit>(&holidays, "leaveFrom")->setDate(QDate(2026, 10, 30));
        findWidget<QDateEdit>(&holidays, "leaveTo")->setDate(QDate(2026, 11, 3));
        QTest::mouseClick(findWidget<QPushButton>(&holidays, "addLeave"), Qt::LeftButton);
        QCOMPARE(findWidget<QLabel>(&holidays, "holidaysError")->text(), expected);
        QVERIFY(storage::AttendanceRepository(m_bed->database()).leave(october, QDate(2026, 11, 30)).isEmpty());

        // After it, leave is taken.
        findWidget<QDateEdit>(&holidays, "leaveFrom")->setDate(QDate(2026, 11, 2));
        QTest::mouseClick(findWidget<QPushButton>(&holidays, "addLeave"), Qt::LeftButton);
        QVERIFY(!findWidget<QLabel>(&holidays, "holidaysError")->isVisible());
        QCOMPARE(storage::AttendanceRepository(m_bed->database()).leave(october, QDate(2026, 11, 30)).size(), 2);
    }

    void theSettingsSayClosedPeriodsKeepTheirs()
    {
        ui::AttendanceSettingsDialog settings(m_bed->context());
        QVERIFY(findWidget<QLabel>(&settings, "settingsClosedPeriods")
                    ->text()
                    .contains(QStringLiteral("A closed period keeps the settings it was closed with")));
    }
};

QTEST_MAIN(tst_PeriodsDialog)
#include "tst_periodsdialog.moc"
