#include "attendancebed.h"
#include "attendancerepository.h"
#include "consolecontext.h"
#include "dayexplanationdialog.h"
#include "mainwindow.h"
#include "reportspage.h"
#include "reporttablemodel.h"
#include "readerthreadtools.h"
#include "reporttexts.h"
#include "schedulerepository.h"
#include "sitecalendar.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace punchclock;
using punchclock::test::findWidget;
namespace reports = punchclock::engine::reports;

namespace {

const QDate monday(2026, 10, 5);

} // namespace

// What the Reports page's preview says beside the figures, in the words a manager reads: each
// day's status, a night's departure on the next day, how far the period is counted, who has no
// schedule, the rule behind each figure of a day, and that new punches put it out of date, also
// when the page reads as on PostgreSQL (on the console's reader thread). On a real database.
class tst_ReportPreview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    std::unique_ptr<ui::ReportsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_kitchen = 0;

    ui::ReportTableModel *model() const { return m_page->findChild<ui::ReportTableModel *>(); }

    QString cell(const QString &userId, reports::ColumnId column) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->sourceAt(row).userId != userId)
                continue;
            for (int col = 0; col < model()->columnCount(); ++col) {
                if (model()->report().columns.at(col).id == column)
                    return model()->index(row, col).data().toString();
            }
        }
        return QStringLiteral("<no cell>");
    }

    // The explanation of one employee's row, opened the way a user does: Enter on the row.
    ui::DayExplanationDialog *explain(const QString &userId)
    {
        auto *table = findWidget<QTableView>(m_page.get(), "reportTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ui::ReportTableModel::UserIdRole).toString() == userId)
                table->setCurrentIndex(table->model()->index(row, 0));
        }
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        const QList<ui::DayExplanationDialog *> open = m_page->findChildren<ui::DayExplanationDialog *>();
        return open.isEmpty() ? nullptr : open.constLast();
    }

    // The page again, reading as on PostgreSQL: on the console's reader thread, with a
    // connection of its own (to the same file).
    void reopenReadingOnReaderThread()
    {
        m_tester.reset();
        m_page.reset();
        m_bed->createContext(true);
        QCOMPARE(m_bed->context().reader().mode(), ui::ConsoleReader::Mode::OnReaderThread);
        m_page = std::make_unique<ui::ReportsPage>(m_bed->context());
        m_page->resize(1280, 800);
        m_page->show();
        m_bed->waitForReads();
    }

    bool finishWork(const std::function<void()> &start)
    {
        QSignalSpy finished(m_page.get(), &ui::ReportsPage::workFinished);
        start();
        return finished.wait(20000) && !m_page->isBusy();
    }

    // A punch of Alice's on Monday, stored as the server stores one, and the console told.
    void deliverPunch(QTime time)
    {
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, time), protocol::Direction::In));
        m_bed->context().notifyChanged(ui::ConsoleContext::Punches);
    }

    QLabel *outOfDate() const { return findWidget<QLabel>(m_page.get(), "reportOutOfDate"); }

    // The line says one punch came in since the preview.
    void saysOneNewPunch() const
    {
        QVERIFY(outOfDate()->isVisible());
        QVERIFY2(outOfDate()->text().startsWith(QStringLiteral("1 new punch for the period shown")),
                 qPrintable(outOfDate()->text()));
    }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        m_kitchen = m_bed->addDepartment(QStringLiteral("Kitchen")).value_or(0);
        QVERIFY(m_kitchen);
        QVERIFY(m_bed->addUser(QStringLiteral("1"), QStringLiteral("Alice"), m_kitchen));
        QVERIFY(m_bed->addUser(QStringLiteral("2"), QStringLiteral("Bruno"), m_kitchen));
        QVERIFY(m_bed->addUser(QStringLiteral("3"), QStringLiteral("Chen"), m_kitchen));
        QVERIFY(m_bed->addUser(QStringLiteral("4"), QStringLiteral("Owl"), std::nullopt));
        QVERIFY(m_bed->addUser(QStringLiteral("5"), QStringLiteral("Drifter"), std::nullopt));

        const qint64 day = m_bed->addShift(QStringLiteral("Day"), QTime(9, 0), QTime(17, 0), 5);
        storage::ShiftRow nightShift;
        nightShift.name = QStringLiteral("Night");
        nightShift.start = QTime(22, 0);
        nightShift.end = QTime(6, 0);
        nightShift.dayChange = QTime(12, 0);
        const qint64 night = storage::AttendanceRepository(m_bed->database()).addShift(nightShift).value_or(0);
        QVERIFY(day && night);
        storage::ScheduleRepository schedules(m_bed->database());
        QVERIFY(schedules.setDepartmentSchedule(m_kitchen, {day, day, day, day, day, 0, 0}));
        QVERIFY(schedules.setUserSchedule(QStringLiteral("4"), {night, night, night, night, night, 0, 0}));

        using protocol::Direction;
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(9, 0)), Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("1"), QDateTime(monday, QTime(17, 0)), Direction::Out));
        QVERIFY(m_bed->punch(QStringLiteral("2"), QDateTime(monday, QTime(17, 2)), Direction::Out));
        QVERIFY(m_bed->punch(QStringLiteral("3"), QDateTime(monday, QTime(9, 1)), Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("4"), QDateTime(monday, QTime(21, 58)), Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("4"), QDateTime(monday.addDays(1), QTime(6, 2)), Direction::Out));
        QVERIFY(m_bed->punch(QStringLiteral("5"), QDateTime(monday, QTime(10, 0)), Direction::In));
        QVERIFY(m_bed->punch(QStringLiteral("5"), QDateTime(monday, QTime(14, 0)), Direction::Out));

        m_bed->createContext();
        m_page = std::make_unique<ui::ReportsPage>(m_bed->context());
        m_tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1280, 800);
        m_page->show();
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
        m_bed.reset();
    }

    void statusesReadInWords()
    {
        QVERIFY(test::previewReport(m_page.get(), reports::ReportKind::Daily, monday, monday));
        QCOMPARE(cell(QStringLiteral("1"), reports::ColumnId::Status), QStringLiteral("Present"));
        QCOMPARE(cell(QStringLiteral("2"), reports::ColumnId::Status), QStringLiteral("Missing arrival"));
        QCOMPARE(cell(QStringLiteral("3"), reports::ColumnId::Status), QStringLiteral("Missing departure"));

        QVERIFY(
            test::previewReport(m_page.get(), reports::ReportKind::Monthly, QDate(2026, 10, 1), QDate(2026, 10, 31)));
        QVERIFY2(cell(QStringLiteral("5"), reports::ColumnId::Status).contains(QStringLiteral("No schedule")),
                 qPrintable(cell(QStringLiteral("5"), reports::ColumnId::Status)));
    }

    // Ids that are numbers sort by value in the preview, as the report lists them: 2 before 10.
    void userIdsSortAsNumbers()
    {
        QVERIFY(m_bed->addUser(QStringLiteral("10"), QStringLiteral("Zed"), m_kitchen));
        QVERIFY(m_bed->addUser(QStringLiteral("B7"), QStringLiteral("Yves"), m_kitchen));
        QVERIFY(
            test::previewReport(m_page.get(), reports::ReportKind::Monthly, QDate(2026, 10, 1), QDate(2026, 10, 31)));
        auto *table = findWidget<QTableView>(m_page.get(), "reportTable");
        int idColumn = -1;
        for (int col = 0; col < model()->columnCount(); ++col) {
            if (model()->report().columns.at(col).id == reports::ColumnId::UserId)
                idColumn = col;
        }
        QVERIFY(idColumn >= 0);
        const auto shownIds = [table] {
            QStringList ids;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                ids << table->model()->index(row, 0).data(ui::ReportTableModel::UserIdRole).toString();
            return ids;
        };
        const QStringList ascending{QStringLiteral("1"), QStringLiteral("2"),  QStringLiteral("3"), QStringLiteral("4"),
                                    QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("B7")};
        QCOMPARE(shownIds(), ascending);
        table->sortByColumn(idColumn, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(shownIds(), descending);
        table->sortByColumn(idColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(), ascending);
    }

    void aNightsDepartureShowsItsDay()
    {
        QVERIFY(test::previewReport(m_page.get(), reports::ReportKind::Daily, monday, monday));
        QCOMPARE(cell(QStringLiteral("4"), reports::ColumnId::FirstIn), QStringLiteral("21:58"));
        QCOMPARE(cell(QStringLiteral("4"), reports::ColumnId::LastOut), QStringLiteral("06:02 +1"));
        QCOMPARE(cell(QStringLiteral("4"), reports::ColumnId::Worked), QStringLiteral("8:04"));
    }

    void thePeriodSaysHowFarItIsCountedAndWhoHasNoSchedule()
    {
        const QDate today = engine::SiteCalendar::today(m_bed->database());
        const QDate firstOfMonth(today.year(), today.month(), 1);
        QVERIFY(test::previewReport(m_page.get(), reports::ReportKind::Monthly, firstOfMonth, today.addDays(10)));
        const QString summary = findWidget<QLabel>(m_page.get(), "pageSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("(to date: %1)").arg(ui::ReportTexts::date(today))),
                 qPrintable(summary));
        auto *notes = findWidget<QLabel>(m_page.get(), "reportNotes");
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().startsWith(QStringLiteral("No schedule on some days: 5 Drifter.")),
                 qPrintable(notes->text()));

        // A past period is counted whole; everyone with a schedule leaves the notes empty.
        QVERIFY(test::chooseData(findWidget<QComboBox>(m_page.get(), "reportDepartment"), m_kitchen));
        QVERIFY(
            test::previewReport(m_page.get(), reports::ReportKind::Monthly, QDate(2026, 10, 1), QDate(2026, 10, 31)));
        QVERIFY(!findWidget<QLabel>(m_page.get(), "pageSummary")->text().contains(QStringLiteral("to date")));
        QVERIFY(!notes->isVisible());
    }

    void aDayExplainsTheRuleOfEachFigure()
    {
        QVERIFY(test::previewReport(m_page.get(), reports::ReportKind::Daily, monday, monday));
        auto *present = explain(QStringLiteral("1"));
        QVERIFY(present);
        QCOMPARE(findWidget<QLabel>(present, "explanationFigures")->text().split(QLatin1Char('\n')),
                 QStringList({QStringLiteral("Expected 8:00: the shift's length less its break"),
                              QStringLiteral("Worked 8:00: 1 complete in→out pair, 8:00 in all"),
                              QStringLiteral("Late 0:00: arrived at or before the shift's start"),
                              QStringLiteral("Left early 0:00: left at or after the shift's end"),
                              QStringLiteral("Overtime 0:00: no time beyond the plan")}));
        present->close();

        auto *missing = explain(QStringLiteral("2"));
        QVERIFY(missing);
        const QString figures = findWidget<QLabel>(missing, "explanationFigures")->text();
        QVERIFY2(figures.contains(QStringLiteral("Worked 0:00: nothing can be measured: a punch is missing")),
                 qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("Late 0:00: the arrival is missing: nothing is counted against it")),
                 qPrintable(figures));
        missing->close();

        auto *unplanned = explain(QStringLiteral("5"));
        QVERIFY(unplanned);
        const QString unplannedFigures = findWidget<QLabel>(unplanned, "explanationFigures")->text();
        QVERIFY2(unplannedFigures.contains(
                     QStringLiteral("Expected 0:00: nothing is planned: no schedule applies on this day")),
                 qPrintable(unplannedFigures));
        QVERIFY(
            unplannedFigures.contains(QStringLiteral("Overtime 0:00: without a schedule there is no plan to exceed")));
    }

    void aReloadOnTheReaderThreadReadsNothingOnTheGuiThread()
    {
        reopenReadingOnReaderThread();
        QVERIFY(test::previewReport(m_page.get(), reports::ReportKind::Daily, monday, monday));
        const qint64 bakery = m_bed->addDepartment(QStringLiteral("Bakery")).value_or(0);
        QVERIFY(bakery);
        QVERIFY(m_bed->addUser(QStringLiteral("6"), QStringLiteral("Baker"), bakery));
        {
            const test::GuiConnectionClosed closed(m_bed->database());
            QVERIFY(finishWork([this] { m_page->reload(); }));
        }
        QVERIFY(findWidget<QComboBox>(m_page.get(), "reportDepartment")->findData(bakery) >= 0);
        QVERIFY(findWidget<QComboBox>(m_page.get(), "reportEmployee")->findData(QStringLiteral("6")) >= 0);
        QCOMPARE(cell(QStringLiteral("1"), reports::ColumnId::Status), QStringLiteral("Present"));

        deliverPunch(QTime(12, 0));
        {
            const test::GuiConnectionClosed closed(m_bed->database());
            m_bed->waitForReads();
            saysOneNewPunch();
            QVERIFY(explain(QStringLiteral("1")) == nullptr); // shown once read
            m_bed->waitForReads();
        }
        QVERIFY(m_page->findChild<ui::DayExplanationDialog *>());
    }

    void aLookForAPreviewNoLongerShownIsDropped()
    {
        reopenReadingOnReaderThread();
        QVERIFY(test::previewReport(m_page.get(), reports::ReportKind::Daily, monday, monday));
        {
            // The look at a new punch waits on the reader while the operator previews again,
            // and the new preview counts the punch already.
            const test::ReaderHold hold(m_bed->context().reader(), m_page.get());
            deliverPunch(QTime(12, 0));
            QVERIFY(finishWork([this] { m_page->preview(); }));
        }
        m_bed->waitForReads();
        QVERIFY(!outOfDate()->isVisible());

        deliverPunch(QTime(12, 30));
        m_bed->waitForReads();
        saysOneNewPunch();
    }

    void theWindowHoldsAt1366x768WithLongNames_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "es", "zh_CN"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void theWindowHoldsAt1366x768WithLongNames()
    {
        QFETCH(QString, language);
        test::useLanguage(language);
        const auto backToEnglish = qScopeGuard([] { test::useEnglishWording(); });
        const QString longName = QStringLiteral("Maximiliana Alexandrina ").repeated(13); // ~300 characters
        const QString longDepartment = QStringLiteral("Central kitchen, pastry and night bakery, north ").repeated(2);
        const qint64 department = m_bed->addDepartment(longDepartment).value_or(0);
        QVERIFY(department);
        QVERIFY(m_bed->addUser(QStringLiteral("77"), longName, department));
        QVERIFY(m_bed->punch(QStringLiteral("77"), QDateTime(monday, QTime(9, 0)), protocol::Direction::In));
        m_page.reset();
        m_tester.reset();

        ui::MainWindow window(m_bed->context());
        window.resize(1366, 768);
        window.show();
        m_bed->context().showPage(ui::PageId::Reports);
        auto *page = window.findChild<ui::ReportsPage *>();
        QVERIFY(page);
        QVERIFY(test::chooseData(findWidget<QComboBox>(page, "reportDepartment"), department));
        QVERIFY(test::chooseData(findWidget<QComboBox>(page, "reportEmployee"), QStringLiteral("77")));
        QVERIFY(test::previewReport(page, reports::ReportKind::Daily, monday, monday));
        QVERIFY2(window.minimumSizeHint().width() <= 1366,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY2(window.minimumSizeHint().height() <= 768,
                 qPrintable(QString::number(window.minimumSizeHint().height())));
        QCOMPARE(window.size(), QSize(1366, 768));
        // The page itself fits beside the navigation on a 1280-pixel screen too: its filters
        // take a second row.
        const int besideThePage = window.width() - page->width();
        QVERIFY2(page->minimumSizeHint().width() + besideThePage <= 1280,
                 qPrintable(QString::number(page->minimumSizeHint().width() + besideThePage)));
        // The long name elides in the table, its column no wider than a third of the window.
        auto *table = findWidget<QTableView>(page, "reportTable");
        for (int column = 0; column < table->model()->columnCount(); ++column)
            QVERIFY(table->columnWidth(column) <= 1366 / 3);
        QCOMPARE(table->model()->index(0, 1).data(Qt::ToolTipRole).toString(), longName);
    }
};

QTEST_MAIN(tst_ReportPreview)
#include "tst_reportpreview.moc"
