#include "attendancebed.h"
#include "attendancerepository.h"
#include "attendancesettingsdialog.h"
#include "auditrepository.h"
#include "consolecontext.h"
#include "payrollprofiledialog.h"
#include "payrollprofilelist.h"
#include "readerthreadtools.h"
#include "reportspage.h"
#include "schedulerepository.h"
#include "settingsrepository.h"
#include "widgetlookup.h"
#include "workbookcells.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>

#include <memory>

using namespace punchclock;
using engine::reports::PayrollColumn;
using engine::reports::PayrollProfileList;
using test::findWidget;

namespace {

// Monday and Tuesday.
const QDate monday(2026, 10, 5);
const QDate tuesday(2026, 10, 6);

enum Cell { ColumnCell, KindCell, HeaderCell };

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

// Payroll exports from the Reports page and the profile editor, with the console's database work
// on its reader thread as on PostgreSQL: the GUI thread's connection is closed while the
// operator works, so anything read or written there would fail.
class tst_ReportsPayroll : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    std::unique_ptr<ui::ReportsPage> m_page;
    qint64 m_kitchen = 0;
    QString m_path;
    QString m_suggestion;

    QSqlDatabase db() const { return m_bed->database(); }
    PayrollProfileList storedProfiles() const { return PayrollProfileList::read(storage::SettingsRepository(db())); }
    QComboBox *profileCombo() const { return findWidget<QComboBox>(m_page.get(), "payrollProfile"); }

    bool exportPayroll(const char *action, const QString &file)
    {
        m_path = m_bed->filePath(file);
        QSignalSpy finished(m_page.get(), &ui::ReportsPage::workFinished);
        {
            const test::GuiConnectionClosed closed(db());
            findWidget<QAction>(m_page.get(), action)->trigger();
            if (!finished.wait(20000))
                return false;
        }
        return !m_page->isBusy();
    }

    // The editor, once one closed before has gone (it deletes itself on close).
    ui::PayrollProfileDialog *openProfiles()
    {
        if (!QTest::qWaitFor([this] { return !m_page->findChild<ui::PayrollProfileDialog *>(); }))
            return nullptr;
        findWidget<QAction>(m_page.get(), "editPayrollProfiles")->trigger();
        return m_page->findChild<ui::PayrollProfileDialog *>();
    }

    static void choose(QComboBox *combo, const QVariant &data) { QVERIFY(test::chooseData(combo, data)); }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        const test::AttendanceBed::Kitchen kitchen = m_bed->addKitchen();
        QVERIFY(kitchen.department > 0 && kitchen.dayShift > 0);
        m_kitchen = kitchen.department;
        const qint64 bar = m_bed->addDepartment(QStringLiteral("Bar")).value_or(0);
        QVERIFY(m_bed->addUser(QStringLiteral("2"), QStringLiteral("Bob"), bar));
        const qint64 shift = kitchen.dayShift;
        for (const qint64 department : {m_kitchen, bar})
            QVERIFY(storage::ScheduleRepository(db()).setDepartmentSchedule(department,
                                                                            {shift, shift, shift, shift, shift, 0, 0}));
        // Monday 09:00–17:00, Tuesday 09:10–17:00: 15:50 worked, late once by 10 minutes.
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(9, 0)), protocol::Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(17, 0)), protocol::Direction::Out));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(tuesday, QTime(9, 10)), protocol::Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(tuesday, QTime(17, 0)), protocol::Direction::Out));

        m_bed->createContext(true);
        m_page = std::make_unique<ui::ReportsPage>(m_bed->context());
        m_page->setSavePathChooser([this](const QString &suggested, const QString &) {
            m_suggestion = suggested;
            return m_path;
        });
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_bed->waitForReads();
        findWidget<QDateEdit>(m_page.get(), "reportFrom")->setDate(monday);
        findWidget<QDateEdit>(m_page.get(), "reportTo")->setDate(tuesday);
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void exportsThePeriodAndPeopleChosenWithTheProfileChosen()
    {
        QTRY_COMPARE(profileCombo()->count(), 2);
        choose(findWidget<QComboBox>(m_page.get(), "reportDepartment"), m_kitchen);
        choose(profileCombo(), QStringLiteral("hours-as-decimal"));
        QVERIFY(exportPayroll("exportPayrollCsv", QStringLiteral("payroll.csv")));
        QVERIFY2(m_suggestion.endsWith(QStringLiteral("Payroll hours-as-decimal 2026-10-05 to 2026-10-06.csv")),
                 qPrintable(m_suggestion));
        QVERIFY2(
            findWidget<QLabel>(m_page.get(), "reportStatus")->text().contains(QStringLiteral("1 employee exported")),
            qPrintable(findWidget<QLabel>(m_page.get(), "reportError")->text()));
        const QStringList lines = csvLines(m_path);
        QCOMPARE(lines.size(), 2); // Bob is in the Bar
        QVERIFY(
            lines.at(0).startsWith(QStringLiteral("employee_id,name,department,period_from,period_to,regular_hours")));
        QCOMPARE(lines.at(1),
                 QStringLiteral("1,Alice Smith,Kitchen,2026-10-05,2026-10-06,15.83,0.00,0.00,0.00,0,0,0,0,0,1,10"));

        // Everyone, in Excel: Bob absent both days.
        findWidget<QComboBox>(m_page.get(), "reportDepartment")->setCurrentIndex(0);
        QVERIFY(exportPayroll("exportPayrollXlsx", QStringLiteral("payroll.xlsx")));
        const QString strings = test::workbookEntry(m_path, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY2(strings.contains(QStringLiteral("Bob")) && strings.contains(QStringLiteral("regular_hours")),
                 qPrintable(strings));
    }

    void anExportThatCannotBeWrittenSaysSo()
    {
        QVERIFY(exportPayroll("exportPayrollCsv", QStringLiteral("missing-folder/payroll.csv")));
        QVERIFY(findWidget<QLabel>(m_page.get(), "reportError")->isVisible());
        QVERIFY(
            findWidget<QLabel>(m_page.get(), "reportError")->text().contains(QStringLiteral("could not be written")));
    }

    void aProfileIsComposedSavedChosenAndRemoved()
    {
        QTRY_COMPARE(profileCombo()->count(), 2);
        {
            const test::GuiConnectionClosed closed(db());
            ui::PayrollProfileDialog *dialog = openProfiles();
            QVERIFY(dialog);
            auto *columns = findWidget<QTableWidget>(dialog, "payrollColumns");
            QCOMPARE(columns->rowCount(), 16); // the default profile's
            findWidget<QLineEdit>(dialog, "payrollProfileName")->setText(QStringLiteral("Sage"));
            while (columns->rowCount() > 0) {
                columns->setCurrentCell(0, ColumnCell);
                findWidget<QPushButton>(dialog, "removePayrollColumn")->click();
            }
            auto *newColumn = findWidget<QComboBox>(dialog, "payrollNewColumn");
            for (const PayrollColumn column :
                 {PayrollColumn::RegularHours, PayrollColumn::EmployeeId, PayrollColumn::LeaveDays}) {
                choose(newColumn, int(column));
                findWidget<QPushButton>(dialog, "addPayrollColumn")->click();
            }
            // The employee id first.
            columns->setCurrentCell(1, ColumnCell);
            findWidget<QPushButton>(dialog, "movePayrollColumnUp")->click();
            QCOMPARE(columns->currentRow(), 0);
            QVERIFY(!findWidget<QPushButton>(dialog, "movePayrollColumnUp")->isEnabled());
            columns->item(0, HeaderCell)->setText(QStringLiteral("Personnel no"));
            columns->item(1, HeaderCell)->setText(QStringLiteral("Hours"));
            columns->item(2, KindCell)->setText(QStringLiteral("sick"));
            columns->item(2, HeaderCell)->setText(QStringLiteral("Sick days"));
            QVERIFY(!(columns->item(1, KindCell)->flags() & Qt::ItemIsEditable));
            choose(findWidget<QComboBox>(dialog, "payrollHoursFormat"), int(engine::reports::HoursFormat::Decimal));
            findWidget<QSpinBox>(dialog, "payrollDecimalPlaces")->setValue(1);
            choose(findWidget<QComboBox>(dialog, "payrollDecimalSeparator"), QStringLiteral(","));
            choose(findWidget<QComboBox>(dialog, "payrollDelimiter"), QStringLiteral(";"));
            findWidget<QComboBox>(dialog, "payrollDateFormat")->setCurrentText(QStringLiteral("dd.MM.yyyy"));
            QCOMPARE(findWidget<QLabel>(dialog, "payrollDateExample")->text(), QStringLiteral("e.g. 31.03.2026"));

            QSignalSpy changed(dialog, &ui::PayrollProfileDialog::profilesChanged);
            findWidget<QPushButton>(dialog, "savePayrollProfile")->click();
            QVERIFY2(findWidget<QLabel>(dialog, "payrollProfileProblem")->isHidden(),
                     qPrintable(findWidget<QLabel>(dialog, "payrollProfileProblem")->text()));
            QCOMPARE(changed.size(), 1);
            QTRY_COMPARE(profileCombo()->currentText(), QStringLiteral("Sage"));
            dialog->close();
        }
        const auto saved = storedProfiles().find(QStringLiteral("Sage"));
        QVERIFY(saved);
        QCOMPARE(saved->columns.size(), 3);
        QCOMPARE(saved->columns.at(0).column, PayrollColumn::EmployeeId);
        QCOMPARE(saved->columns.at(2).leaveKind, QStringLiteral("sick"));
        QCOMPARE(saved->decimalSeparator, QLatin1Char(','));
        QCOMPARE(saved->delimiter, QLatin1Char(';'));
        const auto trail = storage::AuditRepository(db()).list({});
        QCOMPARE(trail.first().action, QStringLiteral("payroll_profile.save"));
        QCOMPARE(trail.first().objectId, QStringLiteral("Sage"));

        choose(findWidget<QComboBox>(m_page.get(), "reportDepartment"), m_kitchen);
        QVERIFY(exportPayroll("exportPayrollCsv", QStringLiteral("sage.csv")));
        QCOMPARE(csvLines(m_path),
                 (QStringList{QStringLiteral("Personnel no;Hours;Sick days"), QStringLiteral("1;15,8;0")}));

        {
            const test::GuiConnectionClosed closed(db());
            ui::PayrollProfileDialog *dialog = openProfiles();
            QVERIFY(dialog);
            QCOMPARE(findWidget<QLineEdit>(dialog, "payrollProfileName")->text(), QStringLiteral("Sage"));
            test::answerNextMessageBox(this, QMessageBox::Yes);
            findWidget<QPushButton>(dialog, "removePayrollProfile")->click();
            QTRY_COMPARE(profileCombo()->count(), 2);
            QCOMPARE(profileCombo()->currentText(), QStringLiteral("default"));
            QVERIFY(!findWidget<QPushButton>(dialog, "removePayrollProfile")->isEnabled()); // the default is shipped
        }
        QVERIFY(!storedProfiles().find(QStringLiteral("Sage")));
    }

    void whatCannotBeSavedIsSaidWhere()
    {
        const test::GuiConnectionClosed closed(db());
        // Nothing is stored by the refusals below: the page's combo offers the shipped two only.
        QTRY_COMPARE(profileCombo()->count(), 2);
        ui::PayrollProfileDialog *dialog = openProfiles();
        QVERIFY(dialog);
        auto *problem = findWidget<QLabel>(dialog, "payrollProfileProblem");
        findWidget<QPushButton>(dialog, "savePayrollProfile")->click();
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("cannot be changed or removed")), qPrintable(problem->text()));

        findWidget<QLineEdit>(dialog, "payrollProfileName")->setText(QStringLiteral("Mine"));
        auto *columns = findWidget<QTableWidget>(dialog, "payrollColumns");
        columns->item(5, HeaderCell)->setText(QString());
        findWidget<QPushButton>(dialog, "savePayrollProfile")->click();
        QCOMPARE(problem->text(), QStringLiteral("Column 6 (Regular hours): The header is empty."));
        QCOMPARE(columns->currentRow(), 5);
        columns->item(5, HeaderCell)->setText(QStringLiteral("regular"));

        findWidget<QComboBox>(dialog, "payrollDateFormat")->setCurrentText(QStringLiteral("d MMMM yyyy"));
        QVERIFY(findWidget<QLabel>(dialog, "payrollDateExample")->text().isEmpty());
        findWidget<QPushButton>(dialog, "savePayrollProfile")->click();
        QVERIFY2(problem->text().contains(QStringLiteral("is not a date format")), qPrintable(problem->text()));
    }

    void aViewerSeesTheProfilesOnly()
    {
        QVERIFY(m_bed->signInAs(QStringLiteral("vera"), services::Role::Viewer).operatorId > 0);
        {
            const test::GuiConnectionClosed closed(db());
            ui::PayrollProfileDialog *dialog = openProfiles();
            QVERIFY(dialog);
            QVERIFY(!findWidget<QPushButton>(dialog, "savePayrollProfile")->isEnabled());
            QVERIFY(!findWidget<QPushButton>(dialog, "addPayrollColumn")->isEnabled());
            QVERIFY(findWidget<QLabel>(dialog, "payrollProfilesReadOnly")->isVisible());
            dialog->close();
        }
        // Exporting is reading: a viewer may.
        QVERIFY(exportPayroll("exportPayrollCsv", QStringLiteral("viewer.csv")));
        QCOMPARE(csvLines(m_path).size(), 3);
    }

    void storedProfilesThatCannotBeReadLeaveTheShippedOnes()
    {
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(PayrollProfileList::SettingsKey),
                                                           QStringLiteral("[{\"name\": ")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        QTRY_VERIFY(profileCombo()->toolTip().contains(QStringLiteral("cannot be read")));
        QCOMPARE(profileCombo()->count(), 2);
        const test::GuiConnectionClosed closed(db());
        ui::PayrollProfileDialog *dialog = openProfiles();
        QVERIFY(dialog);
        QVERIFY(findWidget<QLabel>(dialog, "payrollProfileProblem")->isVisible());
    }

    void theNightWindowIsAnAttendanceSetting()
    {
        {
            const test::GuiConnectionClosed closed(db());
            ui::AttendanceSettingsDialog dialog(m_bed->context());
            QCOMPARE(findWidget<QTimeEdit>(&dialog, "nightStart")->time(), QTime(22, 0));
            QCOMPARE(findWidget<QTimeEdit>(&dialog, "nightEnd")->time(), QTime(6, 0));
            findWidget<QTimeEdit>(&dialog, "nightStart")->setTime(QTime(23, 0));
            findWidget<QTimeEdit>(&dialog, "nightEnd")->setTime(QTime(23, 0));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!findWidget<QLabel>(&dialog, "settingsError")->isHidden());
            findWidget<QTimeEdit>(&dialog, "nightEnd")->setTime(QTime(5, 0));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(storage::AttendanceRepository(db()).settings().nightStart, QTime(23, 0));
        QCOMPARE(storage::AttendanceRepository(db()).settings().nightEnd, QTime(5, 0));
    }
};

QTEST_MAIN(tst_ReportsPayroll)
#include "tst_reportspayroll.moc"
