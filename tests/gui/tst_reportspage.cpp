#include "attendancebed.h"
#include "attendancerepository.h"
#include "attendancesettingsdialog.h"
#include "calendaradmin.h"
#include "connection.h"
#include "consolecontext.h"
#include "consoletestbed.h"
#include "correctionsdialog.h"
#include "dayexplanationdialog.h"
#include "departmentrepository.h"
#include "holidaysleavedialog.h"
#include "punchcorrectionrepository.h"
#include "reportcellformat.h"
#include "reportspage.h"
#include "reporttablemodel.h"
#include "schedulerepository.h"
#include "schedulesdialog.h"
#include "shiftsdialog.h"
#include "walltime.h"
#include "widgetlookup.h"
#include "workingdaypunchtable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimeEdit>

#include <ctime>

#include <memory>

using namespace punchclock;
namespace reports = punchclock::engine::reports;

namespace {

// Monday.
const QDate day(2026, 10, 5);

// This process's local time zone for the life of the object: the console must not depend on
// the zone of the PC it runs on.
class LocalZone
{
public:
    explicit LocalZone(const char *zone)
        : m_previous(qgetenv("TZ"))
        , m_hadPrevious(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        if (m_hadPrevious)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalZone(const LocalZone &) = delete;
    LocalZone &operator=(const LocalZone &) = delete;

private:
    QByteArray m_previous;
    bool m_hadPrevious;
};

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The Reports page against a real database: punches stored as the server stores them, rules
// entered through the repositories and through the page's own rule editors.
class tst_ReportsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    std::unique_ptr<ui::ReportsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_kitchen = 0;
    qint64 m_dayShift = 0;
    qint64 m_aliceOut = 0; // Alice's 17:00 departure on `day`

    template<typename T>
    T *child(QObject *parent, const char *objectName) const
    {
        return test::findWidget<T>(parent, objectName);
    }

    ui::ReportTableModel *model() const { return m_page->findChild<ui::ReportTableModel *>(); }

    ui::CorrectionsDialog *openCorrections(const QString &userId, QDate workingDay)
    {
        child<QAction>(m_page.get(), "editCorrections")->trigger();
        auto *corrections = m_page->findChild<ui::CorrectionsDialog *>();
        if (corrections)
            corrections->showDay(userId, workingDay);
        return corrections;
    }

    // Replaces the editor's text key by key, as a user types it.
    static void typeInto(QDateTimeEdit *edit, const QString &text)
    {
        edit->setFocus();
        const QStringList parts = text.split(QRegularExpression(QStringLiteral("[- :]")));
        for (int section = 0; section < parts.size() && section < edit->sectionCount(); ++section) {
            edit->setSelectedSection(edit->sectionAt(section));
            QTest::keyClicks(edit, parts.at(section));
        }
        QCOMPARE(edit->text(), text);
    }

    void answerNextQuestion(QMessageBox::StandardButton answer) { test::answerNextMessageBox(this, answer); }

    qint64 punch(const QString &userId, const QDateTime &time, protocol::Direction direction)
    {
        return m_bed->punch(userId, time, direction);
    }

    void addUser(const QString &userId, const QString &name, std::optional<qint64> department)
    {
        QVERIFY(m_bed->addUser(userId, name, department));
    }

    void setPeriod(QDate from, QDate to)
    {
        child<QDateEdit>(m_page.get(), "reportFrom")->setDate(from);
        child<QDateEdit>(m_page.get(), "reportTo")->setDate(to);
    }

    void choose(const char *comboName, const QVariant &data)
    {
        auto *combo = child<QComboBox>(m_page.get(), comboName);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, comboName);
        combo->setCurrentIndex(index);
    }

    bool finishWork(const std::function<void()> &start)
    {
        QSignalSpy finished(m_page.get(), &ui::ReportsPage::workFinished);
        start();
        return finished.wait(20000) && !m_page->isBusy();
    }

    int rowOf(const QString &userId) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->sourceAt(row).userId == userId)
                return row;
        }
        return -1;
    }

    QString cell(int row, reports::ColumnId column) const
    {
        for (int col = 0; col < model()->columnCount(); ++col) {
            if (model()->report().columns.at(col).id == column)
                return model()->index(row, col).data().toString();
        }
        return QStringLiteral("<no column>");
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        const QSqlDatabase db = m_bed->database();

        m_kitchen = storage::DepartmentRepository(db).create(QStringLiteral("Kitchen")).value_or(0);
        QVERIFY(m_kitchen > 0);
        addUser(QStringLiteral("1"), QStringLiteral("Alice Smith"), m_kitchen);
        addUser(QStringLiteral("2"), QStringLiteral("张伟"), m_kitchen);
        addUser(QStringLiteral("3"), QStringLiteral("Night Owl"), std::nullopt);

        storage::AttendanceRepository rules(db);

        storage::ScheduleRepository schedules(db);
        storage::ShiftRow dayShift;
        dayShift.name = QStringLiteral("Day");
        dayShift.start = QTime(9, 0);
        dayShift.end = QTime(17, 0);
        dayShift.lateGraceMinutes = 5;
        m_dayShift = rules.addShift(dayShift).value_or(0);
        QVERIFY(m_dayShift > 0);
        storage::ShiftRow night;
        night.name = QStringLiteral("Night");
        night.start = QTime(22, 0);
        night.end = QTime(6, 0);
        night.dayChange = QTime(12, 0);
        const qint64 nightShift = rules.addShift(night).value_or(0);
        QVERIFY(nightShift > 0);
        const storage::WeekShiftIds weekdays{m_dayShift, m_dayShift, m_dayShift, m_dayShift, m_dayShift, 0, 0};
        QVERIFY(schedules.setDepartmentSchedule(m_kitchen, weekdays));
        const storage::WeekShiftIds nights{nightShift, nightShift, nightShift, nightShift, nightShift, 0, 0};
        QVERIFY(schedules.setUserSchedule(QStringLiteral("3"), nights));

        QVERIFY(punch(QStringLiteral("1"), QDateTime(day, QTime(9, 12)), protocol::Direction::In));
        m_aliceOut = punch(QStringLiteral("1"), QDateTime(day, QTime(17, 0)), protocol::Direction::Out);
        QVERIFY(m_aliceOut);
        QVERIFY(punch(QStringLiteral("2"), QDateTime(day, QTime(8, 55)), protocol::Direction::In));
        QVERIFY(punch(QStringLiteral("2"), QDateTime(day, QTime(17, 5)), protocol::Direction::Out));
        QVERIFY(punch(QStringLiteral("3"), QDateTime(day, QTime(21, 58)), protocol::Direction::In));
        QVERIFY(punch(QStringLiteral("3"), QDateTime(day.addDays(1), QTime(6, 2)), protocol::Direction::Out));

        m_bed->createContext();
        m_page = std::make_unique<ui::ReportsPage>(m_bed->context());
        m_tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_bed.reset();
    }

    void previewShowsTheDepartmentsDays()
    {
        choose("reportKind", int(reports::ReportKind::Daily));
        setPeriod(day, day);
        QCOMPARE(child<QComboBox>(m_page.get(), "reportPeriod")->currentText(), QStringLiteral("Custom"));
        choose("reportDepartment", m_kitchen);
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(finishWork([this] { QTest::keyClick(m_page.get(), Qt::Key_Return, Qt::ControlModifier); }));

        QVERIFY2(!child<QLabel>(m_page.get(), "reportError")->isVisible(),
                 qPrintable(child<QLabel>(m_page.get(), "reportError")->text()));
        QCOMPARE(model()->rowCount(), 2);
        const int alice = rowOf(QStringLiteral("1"));
        const int zhang = rowOf(QStringLiteral("2"));
        QVERIFY(alice >= 0 && zhang >= 0);
        QCOMPARE(cell(alice, reports::ColumnId::Name), QStringLiteral("Alice Smith"));
        QCOMPARE(cell(alice, reports::ColumnId::Late), QStringLiteral("0:12"));
        QCOMPARE(cell(alice, reports::ColumnId::Worked), QStringLiteral("7:48"));
        QCOMPARE(cell(alice, reports::ColumnId::Status), QStringLiteral("Late"));
        QCOMPARE(cell(zhang, reports::ColumnId::Name), QStringLiteral("张伟"));
        QCOMPARE(cell(zhang, reports::ColumnId::Late), QStringLiteral("0:00"));
        QVERIFY(child<QLabel>(m_page.get(), "pageSummary")->text().contains(QStringLiteral("2 rows")));
        QVERIFY2(child<QLabel>(m_page.get(), "reportTotals")->text().contains(QStringLiteral("Worked 15:58")),
                 qPrintable(child<QLabel>(m_page.get(), "reportTotals")->text()));

        // Sorting by Worked sorts durations as numbers, not as text ("15:58" < "7:48").
        auto *table = child<QTableView>(m_page.get(), "reportTable");
        for (int col = 0; col < model()->columnCount(); ++col) {
            if (model()->report().columns.at(col).id == reports::ColumnId::Worked)
                table->sortByColumn(col, Qt::AscendingOrder);
        }
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Alice Smith"));
    }

    void periodPresetsSetTheDates()
    {
        auto *period = child<QComboBox>(m_page.get(), "reportPeriod");
        const QDate today = QDate::currentDate();
        const QDate firstOfMonth(today.year(), today.month(), 1);
        QCOMPARE(m_page->findChild<QDateEdit *>(QStringLiteral("reportFrom"))->date(), firstOfMonth);
        QCOMPARE(m_page->findChild<QDateEdit *>(QStringLiteral("reportTo"))->date(), firstOfMonth.addMonths(1).addDays(-1));
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Down);
        QCOMPARE(period->currentText(), QStringLiteral("Last month"));
        QCOMPARE(child<QDateEdit>(m_page.get(), "reportFrom")->date(), firstOfMonth.addMonths(-1));
        QCOMPARE(child<QDateEdit>(m_page.get(), "reportTo")->date(), firstOfMonth.addDays(-1));
    }

    void exportsEveryFormatAndReadsItBack()
    {
        choose("reportKind", int(reports::ReportKind::Daily));
        setPeriod(day, day);
        choose("reportDepartment", m_kitchen);
        QString path;
        QString suggestion;
        m_page->setSavePathChooser([&path, &suggestion](const QString &suggested, const QString &) {
            suggestion = suggested;
            return path;
        });

        path = m_bed->filePath(QStringLiteral("day.csv"));
        // Not previewed: the export builds the report itself.
        QVERIFY(finishWork([this] { child<QAction>(m_page.get(), "exportCsv")->trigger(); }));
        QVERIFY2(child<QLabel>(m_page.get(), "reportStatus")->text().contains(QStringLiteral("day.csv")),
                 qPrintable(child<QLabel>(m_page.get(), "reportError")->text()));
        QVERIFY2(suggestion.endsWith(QStringLiteral("Daily attendance 2026-10-05 to 2026-10-05.csv")),
                 qPrintable(suggestion));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QVERIFY(csvText.contains(QStringLiteral("Alice Smith")));
        QVERIFY(csvText.contains(QStringLiteral("张伟")));
        QVERIFY(csvText.contains(QStringLiteral("0:12")));

        QVERIFY(finishWork([this] { m_page->preview(); }));
        path = m_bed->filePath(QStringLiteral("day.xlsx"));
        QVERIFY(finishWork([this] { child<QAction>(m_page.get(), "exportXlsx")->trigger(); }));
        const QString strings = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY2(strings.contains(QStringLiteral("张伟")), qPrintable(strings));
        QVERIFY(strings.contains(QStringLiteral("Daily attendance")));
        QVERIFY(strings.contains(QStringLiteral("Department: Kitchen")));
        const QString sheet = runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(sheet.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(sheet.contains(QStringLiteral("<f>SUM(")));

        path = m_bed->filePath(QStringLiteral("day.pdf"));
        QVERIFY(finishWork([this] { child<QAction>(m_page.get(), "exportPdf")->trigger(); }));
        const QString pdf = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY2(pdf.contains(QStringLiteral("张伟")), qPrintable(pdf));
        QVERIFY(pdf.contains(QStringLiteral("Alice Smith")));
        QVERIFY(pdf.contains(QStringLiteral("Page 1 of 1")));
        QVERIFY(pdf.contains(QStringLiteral("Department: Kitchen")));
    }

    void anExportFollowsTheFiltersNotAnOlderPreview()
    {
        setPeriod(day, day);
        QVERIFY(finishWork([this] { m_page->preview(); }));
        QVERIFY(rowOf(QStringLiteral("3")) >= 0);
        choose("reportDepartment", m_kitchen);
        const QString path = m_bed->filePath(QStringLiteral("kitchen.csv"));
        m_page->setSavePathChooser([path](const QString &, const QString &) { return path; });
        QVERIFY(finishWork([this] { m_page->exportReport(ui::ReportsPage::Format::Csv); }));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("Alice Smith")));
        QVERIFY(!text.contains(QStringLiteral("Night Owl")));
    }

    void anExportThatCannotBeWrittenSaysSo()
    {
        setPeriod(day, day);
        m_page->setSavePathChooser([](const QString &, const QString &) {
            return QStringLiteral("/nonexistent-dir/report.xlsx");
        });
        QVERIFY(finishWork([this] { m_page->exportReport(ui::ReportsPage::Format::Xlsx); }));
        QVERIFY(child<QLabel>(m_page.get(), "reportError")->isVisible());
        QVERIFY(child<QLabel>(m_page.get(), "reportError")->text().contains(QStringLiteral("could not be exported")));
    }

    void aDayExplainsItsPunchesAndTheirWorkingDay()
    {
        choose("reportKind", int(reports::ReportKind::Daily));
        setPeriod(day, day);
        QVERIFY(finishWork([this] { m_page->preview(); }));
        const int owl = rowOf(QStringLiteral("3"));
        QVERIFY(owl >= 0);
        auto *table = child<QTableView>(m_page.get(), "reportTable");
        auto *proxy = table->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(ui::ReportTableModel::UserIdRole).toString() == QLatin1String("3"))
                table->setCurrentIndex(proxy->index(row, 0));
        }
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);

        auto *dialog = m_page->findChild<ui::DayExplanationDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Night Owl")));
        auto *punches = child<QTableWidget>(dialog, "explanationPunches");
        QCOMPARE(punches->rowCount(), 2);
        const QString workingDay = QLocale().toString(day, QLocale::ShortFormat);
        QCOMPARE(punches->item(0, ui::DayExplanationDialog::WorkingDay)->text(), workingDay);
        QCOMPARE(punches->item(1, ui::DayExplanationDialog::WorkingDay)->text(), workingDay);
        QCOMPARE(punches->item(0, ui::DayExplanationDialog::Why)->text(), QStringLiteral("Its own date"));
        QVERIFY2(punches->item(1, ui::DayExplanationDialog::Why)->text().startsWith(
                     QStringLiteral("Before the previous shift's day change")),
                 qPrintable(punches->item(1, ui::DayExplanationDialog::Why)->text()));
        QCOMPARE(punches->item(0, ui::DayExplanationDialog::Outcome)->text(),
                 QStringLiteral("Arrival (as the terminal recorded it)"));
        QCOMPARE(punches->item(1, ui::DayExplanationDialog::Outcome)->text(),
                 QStringLiteral("Departure (as the terminal recorded it)"));
        QVERIFY(child<QLabel>(dialog, "explanationSummary")->text().contains(QStringLiteral("Shift Night")));

        // From the explanation straight to the corrections of that employee's day.
        QTest::mouseClick(child<QPushButton>(dialog, "correctPunches"), Qt::LeftButton);
        auto *corrections = m_page->findChild<ui::CorrectionsDialog *>();
        QVERIFY(corrections);
        QCOMPARE(child<QComboBox>(corrections, "correctionEmployee")->currentData().toString(), QStringLiteral("3"));
        QCOMPARE(child<QDateEdit>(corrections, "correctionDate")->date(), day);
        // The working day, not the calendar date: the out-punch after midnight is listed too.
        auto *listed = child<QTableWidget>(corrections, "correctionPunches");
        QCOMPARE(listed->rowCount(), 2);
        QCOMPARE(listed->item(1, ui::WorkingDayPunchTable::Time)->text(),
                 ui::ReportCellFormat::dateTime(QDateTime(day.addDays(1), QTime(6, 2))));
        corrections->close();
    }

    void anIdWithoutAUserRecordOpensItsOwnTimecard()
    {
        QVERIFY(punch(QStringLiteral("99"), QDateTime(day, QTime(9, 0)), protocol::Direction::In));
        choose("reportKind", int(reports::ReportKind::Monthly));
        setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(finishWork([this] { m_page->preview(); }));
        const int unknown = rowOf(QStringLiteral("99"));
        QVERIFY(unknown >= 0);
        QVERIFY(finishWork([this, unknown] { m_page->explainRow(unknown); }));
        QCOMPARE(child<QComboBox>(m_page.get(), "reportKind")->currentData().toInt(), int(reports::ReportKind::Timecard));
        auto *employee = child<QComboBox>(m_page.get(), "reportEmployee");
        QCOMPARE(employee->currentData().toString(), QStringLiteral("99"));
        QCOMPARE(employee->currentText(), QStringLiteral("99 (no user record)"));
        QCOMPARE(model()->rowCount(), 31);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->sourceAt(row).userId, QStringLiteral("99"));
        // A reload keeps the choice.
        m_page->reload();
        QCOMPARE(employee->currentData().toString(), QStringLiteral("99"));
        QTRY_VERIFY(!m_page->isBusy());
    }

    void anEmployeeRowOpensTheirTimecard()
    {
        choose("reportKind", int(reports::ReportKind::Monthly));
        setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(finishWork([this] { m_page->preview(); }));
        const int alice = rowOf(QStringLiteral("1"));
        QVERIFY(alice >= 0);
        QVERIFY(finishWork([this, alice] { m_page->explainRow(alice); }));
        QCOMPARE(child<QComboBox>(m_page.get(), "reportKind")->currentData().toInt(), int(reports::ReportKind::Timecard));
        QCOMPARE(model()->rowCount(), 31);
        QCOMPARE(model()->sourceAt(0).userId, QStringLiteral("1"));
    }

    void changedDataMarksThePreviewOutOfDate()
    {
        setPeriod(day, day);
        QVERIFY(finishWork([this] { m_page->preview(); }));
        auto *outOfDate = child<QLabel>(m_page.get(), "reportOutOfDate");
        QVERIFY(!outOfDate->isVisible());
        QVERIFY(punch(QStringLiteral("2"), QDateTime(day, QTime(12, 0)), protocol::Direction::Out));
        m_bed->context().notifyChanged(ui::ConsoleContext::Punches);
        QVERIFY(outOfDate->isVisible());
        QVERIFY2(outOfDate->text().contains(QStringLiteral("for the period shown since this preview. "
                                                           "<a href=\"#preview\">Preview again</a>")),
                 qPrintable(outOfDate->text()));
        QVERIFY(finishWork([this] { QTest::mouseClick(child<QPushButton>(m_page.get(), "previewReport"), Qt::LeftButton); }));
        QVERIFY(!outOfDate->isVisible());
    }

    // Terminals deliver all day: only what the preview would have used makes it out of date,
    // and the line says what came in.
    void onlyChangesOfThePeriodAndPeopleShownCount()
    {
        choose("reportEmployee", QStringLiteral("1"));
        setPeriod(day, day);
        QVERIFY(finishWork([this] { m_page->preview(); }));
        auto *outOfDate = child<QLabel>(m_page.get(), "reportOutOfDate");
        const auto deliver = [this](const QString &userId, const QDateTime &time) {
            QVERIFY(punch(userId, time, protocol::Direction::In));
            m_bed->context().notifyChanged(ui::ConsoleContext::Punches);
        };
        deliver(QStringLiteral("1"), QDateTime(day.addDays(1), QTime(9, 0)));  // the next day
        deliver(QStringLiteral("1"), QDateTime(day.addDays(-1), QTime(9, 0))); // the day before
        deliver(QStringLiteral("2"), QDateTime(day, QTime(12, 0)));            // someone else
        QVERIFY(!outOfDate->isVisible());
        // A correction of someone else's day is not news either.
        QVERIFY(storage::PunchCorrectionRepository(m_bed->database())
                    .addPunch(QStringLiteral("2"), QDateTime(day, QTime(13, 0)), QStringLiteral("in"), QString(),
                              QStringLiteral("forgot to punch"), QStringLiteral("tester")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Attendance);
        QVERIFY(!outOfDate->isVisible());

        deliver(QStringLiteral("1"), QDateTime(day, QTime(12, 0)));
        deliver(QStringLiteral("1"), QDateTime(day, QTime(12, 30)));
        QVERIFY(outOfDate->isVisible());
        QVERIFY2(outOfDate->text().startsWith(QStringLiteral("2 new punches for the period shown since this preview.")),
                 qPrintable(outOfDate->text()));
        deliver(QStringLiteral("1"), QDateTime(day, QTime(13, 0)));
        QVERIFY2(outOfDate->text().startsWith(QStringLiteral("3 new punches for the period shown")),
                 qPrintable(outOfDate->text()));
        // A correction of a day shown is counted beside them.
        QVERIFY(storage::PunchCorrectionRepository(m_bed->database())
                    .addPunch(QStringLiteral("1"), QDateTime(day, QTime(14, 0)), QStringLiteral("out"), QString(),
                              QStringLiteral("forgot to punch"), QStringLiteral("tester")));
        QVERIFY(storage::PunchCorrectionRepository(m_bed->database())
                    .addPunch(QStringLiteral("1"), QDateTime(day, QTime(15, 0)), QStringLiteral("in"), QString(),
                              QStringLiteral("forgot to punch"), QStringLiteral("tester")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Attendance);
        const QString both =
            QLocale().createSeparatedList({QStringLiteral("3 new punches"), QStringLiteral("2 corrections")});
        QVERIFY2(outOfDate->text().startsWith(both + QStringLiteral(" for the period shown")),
                 qPrintable(outOfDate->text()));
        QVERIFY2(!outOfDate->text().contains(QStringLiteral("rules")), qPrintable(outOfDate->text()));
        // Nothing refreshes by itself: the preview stays as it was until asked.
        QVERIFY(!m_page->isBusy());

        QVERIFY(finishWork([this] { m_page->preview(); }));
        QVERIFY(!outOfDate->isVisible());
        // Every commit of the server (a poll, a job) refreshes every page: none of them is news.
        m_bed->context().notifyChanged(ui::ConsoleContext::Everything);
        QVERIFY(!outOfDate->isVisible());
        // A change of the calendar, through the services from whichever program, concerns every day shown.
        QVERIFY(services::CalendarAdmin(m_bed->database())
                    .setHoliday(services::Actor::system(QStringLiteral("tester")),
                                {day, QStringLiteral("Founders' day")})
                    .ok());
        m_bed->context().notifyChanged(ui::ConsoleContext::Everything);
        QVERIFY(outOfDate->isVisible());
        QVERIFY2(outOfDate->text().startsWith(QStringLiteral("The rules, schedules or calendar changed since this "
                                                             "preview.")),
                 qPrintable(outOfDate->text()));
    }

    void ruleEditorsStoreWhatIsEntered()
    {
        const QSqlDatabase db = m_bed->database();
        QSignalSpy attendance(&m_bed->context(), &ui::ConsoleContext::attendanceChanged);

        child<QAction>(m_page.get(), "editShifts")->trigger();
        auto *shifts = m_page->findChild<ui::ShiftsDialog *>();
        QVERIFY(shifts);
        QTest::mouseClick(child<QPushButton>(shifts, "newShift"), Qt::LeftButton);
        child<QLineEdit>(shifts, "shiftName")->setText(QStringLiteral("Early"));
        child<QTimeEdit>(shifts, "shiftStart")->setTime(QTime(6, 0));
        child<QTimeEdit>(shifts, "shiftEnd")->setTime(QTime(14, 30));
        child<QSpinBox>(shifts, "shiftLateGrace")->setValue(10);
        child<QSpinBox>(shifts, "shiftBreak")->setValue(30);
        QTest::mouseClick(child<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(shifts, "shiftError")->isVisible());
        std::optional<storage::ShiftRow> early;
        for (const storage::ShiftRow &shift : storage::AttendanceRepository(db).shifts()) {
            if (shift.name == QLatin1String("Early"))
                early = shift;
        }
        QVERIFY(early);
        QCOMPARE(early->start, QTime(6, 0));
        QCOMPARE(early->end, QTime(14, 30));
        QCOMPARE(early->lateGraceMinutes, 10);
        QCOMPARE(early->breakMinutes, 30);
        // The store's refusal is shown, not swallowed.
        QTest::mouseClick(child<QPushButton>(shifts, "newShift"), Qt::LeftButton);
        child<QLineEdit>(shifts, "shiftName")->setText(QStringLiteral("Day"));
        QTest::mouseClick(child<QPushButton>(shifts, "saveShift"), Qt::LeftButton);
        QVERIFY(child<QLabel>(shifts, "shiftError")->isVisible());
        QCOMPARE(child<QLabel>(shifts, "shiftError")->text(), QStringLiteral("Another shift already has this name."));
        shifts->close();

        child<QAction>(m_page.get(), "editSchedules")->trigger();
        auto *schedules = m_page->findChild<ui::SchedulesDialog *>();
        QVERIFY(schedules);
        schedules->selectOwner(QStringLiteral("u:2"));
        QVERIFY(child<QLabel>(schedules, "scheduleSource")->text().contains(QStringLiteral("department")));
        auto *saturday = child<QComboBox>(schedules, "scheduleDay6");
        saturday->setCurrentIndex(saturday->findData(early->id));
        QTest::mouseClick(child<QPushButton>(schedules, "saveSchedule"), Qt::LeftButton);
        const auto week = storage::ScheduleRepository(db).userSchedule(QStringLiteral("2"));
        QVERIFY(week);
        QCOMPARE((*week)[5], early->id);
        QCOMPARE((*week)[0], m_dayShift); // started from the department's week
        schedules->close();

        child<QAction>(m_page.get(), "editHolidays")->trigger();
        auto *holidays = m_page->findChild<ui::HolidaysLeaveDialog *>();
        QVERIFY(holidays);
        child<QDateEdit>(holidays, "holidayDate")->setDate(QDate(2026, 12, 25));
        child<QLineEdit>(holidays, "holidayName")->setText(QStringLiteral("Christmas Day"));
        QTest::mouseClick(child<QPushButton>(holidays, "addHoliday"), Qt::LeftButton);
        const auto stored = storage::AttendanceRepository(db).holidays(QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("Christmas Day"));
        QCOMPARE(child<QTableWidget>(holidays, "holidayList")->rowCount(), 1);
        auto *employee = child<QComboBox>(holidays, "leaveEmployee");
        employee->setCurrentIndex(employee->findData(QStringLiteral("1")));
        child<QDateEdit>(holidays, "leaveFrom")->setDate(QDate(2026, 10, 12));
        child<QDateEdit>(holidays, "leaveTo")->setDate(QDate(2026, 10, 14));
        child<QComboBox>(holidays, "leaveKind")->setCurrentText(QStringLiteral("vacation"));
        QTest::mouseClick(child<QPushButton>(holidays, "addLeave"), Qt::LeftButton);
        const auto leave = storage::AttendanceRepository(db).leave(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QCOMPARE(leave.size(), 3);
        QCOMPARE(leave.first().kind, QStringLiteral("vacation"));
        QCOMPARE(child<QTableWidget>(holidays, "leaveList")->rowCount(), 3);
        holidays->close();

        child<QAction>(m_page.get(), "editAttendanceSettings")->trigger();
        auto *settings = m_page->findChild<ui::AttendanceSettingsDialog *>();
        QVERIFY(settings);
        auto *pairing = child<QComboBox>(settings, "pairingMode");
        pairing->setCurrentIndex(pairing->findData(int(storage::PairingSetting::FirstLast)));
        child<QSpinBox>(settings, "duplicateWindow")->setValue(120);
        settings->accept();
        QCOMPARE(storage::AttendanceRepository(db).settings().pairing, storage::PairingSetting::FirstLast);
        QCOMPARE(storage::AttendanceRepository(db).settings().duplicateWindowSeconds, 120);

        QVERIFY(attendance.count() >= 5);
    }

    void aCorrectionNeedsAReasonAndIsLogged()
    {
        setPeriod(day, day);
        QVERIFY(finishWork([this] { m_page->preview(); }));
        child<QAction>(m_page.get(), "editCorrections")->trigger();
        auto *corrections = m_page->findChild<ui::CorrectionsDialog *>();
        QVERIFY(corrections);
        corrections->showDay(QStringLiteral("1"), day);
        auto *punches = child<QTableWidget>(corrections, "correctionPunches");
        QCOMPARE(punches->rowCount(), 2);
        punches->selectRow(0);
        QCOMPARE(child<QDateTimeEdit>(corrections, "correctionTime")->time(), QTime(9, 12));

        // Move the late arrival to 08:58 without a reason: refused, nothing stored.
        child<QDateTimeEdit>(corrections, "correctionTime")->setTime(QTime(8, 58));
        QTest::mouseClick(child<QPushButton>(corrections, "movePunch"), Qt::LeftButton);
        QVERIFY(child<QLabel>(corrections, "correctionError")->isVisible());
        QCOMPARE(child<QLabel>(corrections, "correctionError")->text(), QStringLiteral("A correction needs a reason."));
        QVERIFY(storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1")).isEmpty());
        QCOMPARE(child<QTableWidget>(corrections, "correctionHistory")->rowCount(), 0);

        child<QLineEdit>(corrections, "correctionReason")->setText(QStringLiteral("badge reader was down"));
        QTest::mouseClick(child<QPushButton>(corrections, "movePunch"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(corrections, "correctionError")->isVisible());
        const auto history = storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().kind, storage::CorrectionKind::Move);
        QCOMPARE(history.first().reason, QStringLiteral("badge reader was down"));
        QCOMPARE(history.first().changedBy, m_bed->context().operatorName());
        QCOMPARE(history.first().previousTime, protocol::walltime::make(day, QTime(9, 12)));
        QCOMPARE(history.first().ioTime, protocol::walltime::make(day, QTime(8, 58)));
        auto *log = child<QTableWidget>(corrections, "correctionHistory");
        QCOMPARE(log->rowCount(), 1);
        QCOMPARE(log->item(0, ui::CorrectionsDialog::Who)->text(), m_bed->context().operatorName());
        QCOMPARE(log->item(0, ui::CorrectionsDialog::Reason)->text(), QStringLiteral("badge reader was down"));
        // The list shows the punch where it now counts, and why.
        QCOMPARE(punches->item(0, ui::WorkingDayPunchTable::Time)->text(), ui::ReportCellFormat::time(QTime(8, 58)));
        QVERIFY2(punches->item(0, ui::WorkingDayPunchTable::Correction)->text().startsWith(QStringLiteral("Moved from ")),
                 qPrintable(punches->item(0, ui::WorkingDayPunchTable::Correction)->text()));
        corrections->close();

        // The preview knows it is stale; the next one has Alice on time.
        QVERIFY(child<QLabel>(m_page.get(), "reportOutOfDate")->isVisible());
        QVERIFY(finishWork([this] { m_page->preview(); }));
        QCOMPARE(cell(rowOf(QStringLiteral("1")), reports::ColumnId::Late), QStringLiteral("0:00"));
    }

    void correctionsKeepTheWallTimeTypedInAnyZone()
    {
        // Berlin: summer time on 5 October, and 02:00–03:00 on 29 March 2026 does not exist.
        const LocalZone berlin("Europe/Berlin");
        QCOMPARE(QDateTime(day, QTime(12, 0)).offsetFromUtc(), 7200); // the zone really changed
        auto *corrections = openCorrections(QStringLiteral("1"), day);
        auto *time = child<QDateTimeEdit>(corrections, "correctionTime");
        child<QTableWidget>(corrections, "correctionPunches")->selectRow(0);
        QCOMPARE(time->time(), QTime(9, 12));
        QCOMPARE(time->text(), QStringLiteral("2026-10-05 09:12"));

        // Typed, not set: the editor gets the keys a user presses.
        typeInto(time, QStringLiteral("2026-10-05 08:58"));
        child<QLineEdit>(corrections, "correctionReason")->setText(QStringLiteral("badge reader was down"));
        QTest::mouseClick(child<QPushButton>(corrections, "movePunch"), Qt::LeftButton);
        QVERIFY2(!child<QLabel>(corrections, "correctionError")->isVisible(),
                 qPrintable(child<QLabel>(corrections, "correctionError")->text()));
        auto history = storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(protocol::walltime::toStorage(history.first().ioTime), QStringLiteral("2026-10-05 08:58:00"));

        // A night worker's punch in the hour the clocks skip is stored as the terminal shows it.
        const QDate springForward(2026, 3, 29);
        child<QDateEdit>(corrections, "correctionDate")->setDate(springForward);
        typeInto(time, QStringLiteral("2026-03-29 02:30"));
        QCOMPARE(time->time(), QTime(2, 30));
        child<QLineEdit>(corrections, "correctionReason")->setText(QStringLiteral("forgot to punch"));
        QTest::mouseClick(child<QPushButton>(corrections, "addCorrectionPunch"), Qt::LeftButton);
        QVERIFY2(!child<QLabel>(corrections, "correctionError")->isVisible(),
                 qPrintable(child<QLabel>(corrections, "correctionError")->text()));
        history = storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().kind, storage::CorrectionKind::Add);
        QCOMPARE(protocol::walltime::toStorage(history.first().ioTime), QStringLiteral("2026-03-29 02:30:00"));
        corrections->close();
    }

    void addedAndVoidedPunchesAreListedAndCorrectable()
    {
        auto *corrections = openCorrections(QStringLiteral("1"), day);
        auto *punches = child<QTableWidget>(corrections, "correctionPunches");
        auto *reason = child<QLineEdit>(corrections, "correctionReason");
        auto *voidButton = child<QPushButton>(corrections, "voidPunch");
        auto *move = child<QPushButton>(corrections, "movePunch");
        QCOMPARE(punches->rowCount(), 2);
        QVERIFY(!voidButton->isEnabled()); // nothing selected

        // Void the departure: it stays listed, struck out, with who, when and why.
        punches->selectRow(1);
        reason->setText(QStringLiteral("pressed by a colleague"));
        QTest::mouseClick(voidButton, Qt::LeftButton);
        QCOMPARE(punches->rowCount(), 2);
        const QString voided = punches->item(1, ui::WorkingDayPunchTable::Correction)->text();
        QVERIFY2(voided.startsWith(QStringLiteral("Voided by %1 on ").arg(m_bed->context().operatorName())),
                 qPrintable(voided));
        QVERIFY(voided.endsWith(QStringLiteral(": pressed by a colleague")));
        QVERIFY(punches->item(1, ui::WorkingDayPunchTable::Time)->font().strikeOut());
        QVERIFY(!punches->item(0, ui::WorkingDayPunchTable::Time)->font().strikeOut());
        QCOMPARE(punches->item(1, ui::WorkingDayPunchTable::CountedAs)->text(),
                 QStringLiteral("Not counted: voided by a correction"));
        punches->selectRow(1);
        QVERIFY(!voidButton->isEnabled());
        QVERIFY(!move->isEnabled());

        // Add the real departure by hand: it is listed like any punch.
        child<QDateTimeEdit>(corrections, "correctionTime")->setTime(QTime(16, 30));
        auto *direction = child<QComboBox>(corrections, "correctionDirection");
        direction->setCurrentIndex(direction->findData(QStringLiteral("out")));
        reason->setText(QStringLiteral("left at 16:30, confirmed by Bob"));
        QTest::mouseClick(child<QPushButton>(corrections, "addCorrectionPunch"), Qt::LeftButton);
        QCOMPARE(punches->rowCount(), 3);
        const int added = 1; // 09:12, 16:30, 17:00 (voided)
        QCOMPARE(punches->item(added, ui::WorkingDayPunchTable::Time)->text(), ui::ReportCellFormat::time(QTime(16, 30)));
        QCOMPARE(punches->item(added, ui::WorkingDayPunchTable::Terminal)->text(), QStringLiteral("By hand"));
        QVERIFY(punches->item(added, ui::WorkingDayPunchTable::Correction)->text().startsWith(QStringLiteral("Added by ")));

        // An added punch moves too: the addition is revoked and the new one added, in one step.
        punches->selectRow(added);
        QVERIFY(move->isEnabled());
        child<QDateTimeEdit>(corrections, "correctionTime")->setTime(QTime(16, 45));
        reason->setText(QStringLiteral("it was 16:45"));
        QTest::mouseClick(move, Qt::LeftButton);
        QVERIFY2(!child<QLabel>(corrections, "correctionError")->isVisible(),
                 qPrintable(child<QLabel>(corrections, "correctionError")->text()));
        QCOMPARE(punches->rowCount(), 3);
        QCOMPARE(punches->item(added, ui::WorkingDayPunchTable::Time)->text(), ui::ReportCellFormat::time(QTime(16, 45)));
        QCOMPARE(punches->item(added, ui::WorkingDayPunchTable::Direction)->text(), QStringLiteral("Out"));
        const auto history = storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1"));
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(0).kind, storage::CorrectionKind::Add);
        QCOMPARE(history.at(1).kind, storage::CorrectionKind::Revoke);
        QVERIFY(history.at(2).revoked);

        // Voiding an added punch withdraws it.
        punches->selectRow(added);
        reason->setText(QStringLiteral("entered for the wrong person"));
        QTest::mouseClick(voidButton, Qt::LeftButton);
        QCOMPARE(punches->rowCount(), 2);
        corrections->close();

        // The report counts what the list shows: Alice has no departure any more.
        setPeriod(day, day);
        QVERIFY(finishWork([this] { m_page->preview(); }));
        QCOMPARE(cell(rowOf(QStringLiteral("1")), reports::ColumnId::Worked), QStringLiteral("0:00"));
    }

    void aCorrectionIsRevokedWithAReasonAfterConfirmation()
    {
        const auto voidId = storage::PunchCorrectionRepository(m_bed->database())
                                .voidPunch(m_aliceOut, QStringLiteral("pressed by a colleague"), QStringLiteral("Anna"));
        QVERIFY(voidId);
        auto *corrections = openCorrections(QStringLiteral("1"), day);
        auto *punches = child<QTableWidget>(corrections, "correctionPunches");
        auto *log = child<QTableWidget>(corrections, "correctionHistory");
        auto *revoke = child<QPushButton>(corrections, "revokeCorrection");
        QVERIFY(!revoke->isEnabled());

        // Selecting the voided punch selects its correction in the log.
        punches->selectRow(1);
        QCOMPARE(log->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(log->item(log->selectionModel()->selectedRows().first().row(), ui::CorrectionsDialog::Who)->text(),
                 QStringLiteral("Anna"));
        QVERIFY(revoke->isEnabled());

        // Without a reason: refused before anything is asked.
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(child<QLabel>(corrections, "correctionError")->text(), QStringLiteral("A correction needs a reason."));

        // Declined: nothing changes.
        child<QLineEdit>(corrections, "correctionReason")->setText(QStringLiteral("it was her own punch after all"));
        answerNextQuestion(QMessageBox::No);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1")).size(), 1);

        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(revoke, Qt::LeftButton);
        const auto history = storage::PunchCorrectionRepository(m_bed->database()).history(QStringLiteral("1"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().kind, storage::CorrectionKind::Revoke);
        QCOMPARE(history.first().revokedId, *voidId);
        QCOMPARE(history.first().reason, QStringLiteral("it was her own punch after all"));
        QCOMPARE(history.first().changedBy, m_bed->context().operatorName());
        QVERIFY(history.last().revoked);

        // The punch counts again; the log keeps both rows, neither can be revoked again.
        QVERIFY(!punches->item(1, ui::WorkingDayPunchTable::Time)->font().strikeOut());
        QCOMPARE(punches->item(1, ui::WorkingDayPunchTable::Correction)->text(), QString());
        QCOMPARE(log->rowCount(), 2);
        QCOMPARE(log->item(0, ui::CorrectionsDialog::What)->text(), QStringLiteral("Revoked: Voided"));
        QCOMPARE(log->item(1, ui::CorrectionsDialog::What)->text(), QStringLiteral("Voided (revoked)"));
        for (int row = 0; row < 2; ++row) {
            log->selectRow(row);
            QVERIFY(!revoke->isEnabled());
        }
        corrections->close();
    }

    void cancellingDropsTheWork()
    {
        setPeriod(day, day);
        QSignalSpy finished(m_page.get(), &ui::ReportsPage::workFinished);
        m_page->preview();
        QVERIFY(m_page->isBusy());
        QVERIFY(child<QPushButton>(m_page.get(), "cancelReport")->isVisible());
        QTest::mouseClick(child<QPushButton>(m_page.get(), "cancelReport"), Qt::LeftButton);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(child<QLabel>(m_page.get(), "reportStatus")->text(), QStringLiteral("Cancelled."));
        // The dropped build does not fill the table when it ends.
        QTRY_VERIFY(m_page->findChildren<QThread *>().isEmpty());
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(finishWork([this] { m_page->preview(); }));
        QVERIFY(model()->rowCount() > 0);
    }

    void theModelFormatsSortsAndTotals()
    {
        ui::ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reports::ReportTable table;
        table.columns = {{reports::ColumnId::Name, reports::CellKind::Text},
                         {reports::ColumnId::Worked, reports::CellKind::Duration},
                         {reports::ColumnId::Status, reports::CellKind::Text}};
        table.rows = {{QStringLiteral("A"), 605, QStringLiteral("late,missing_punch")},
                      {QStringLiteral("B"), -15, QString()}};
        table.sources = {{QStringLiteral("1"), day}, {QStringLiteral("2"), QDate()}};
        table.totals = {QVariant(), 590, QVariant()};
        reports::ReportTexts texts;
        texts.headers = {QStringLiteral("Name"), QStringLiteral("Worked"), QStringLiteral("Status")};
        texts.statusWords = {{QStringLiteral("late"), QStringLiteral("Late")},
                             {QStringLiteral("missing_punch"), QStringLiteral("Missing punch")}};
        model.setReport(table, texts);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Worked"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("10:05"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("-0:15"));
        QCOMPARE(model.index(0, 1).data(ui::ReportTableModel::SortRole).toInt(), 605);
        // A night's departure the next morning sorts after an evening's, not before.
        reports::ReportTable times;
        times.columns = {{reports::ColumnId::LastOut, reports::CellKind::Time}};
        times.rows = {{QVariant::fromValue(reports::DayTime{QTime(6, 2), 1})},
                      {QVariant::fromValue(reports::DayTime{QTime(23, 0), 0})}};
        times.sources = {{QStringLiteral("1"), day}, {QStringLiteral("2"), day}};
        ui::ReportTableModel timeModel;
        timeModel.setReport(times, texts);
        QCOMPARE(timeModel.index(0, 0).data().toString().endsWith(QLatin1String(" +1")), true);
        QVERIFY(timeModel.index(0, 0).data(ui::ReportTableModel::SortRole).toLongLong() >
                timeModel.index(1, 0).data(ui::ReportTableModel::SortRole).toLongLong());
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Late, Missing punch"));
        QVERIFY(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QCOMPARE(model.index(0, 0).data(ui::ReportTableModel::DateRole).toDate(), day);
        QCOMPARE(model.totalsText(), QStringLiteral("Worked 9:50"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_MAIN(tst_ReportsPage)
#include "tst_reportspage.moc"
