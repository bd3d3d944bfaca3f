// "Keypad activity": a terminal's administrator log in the console, from the Terminals page.

#include "consolecontext.h"
#include "consoletestbed.h"
#include "datepresetpicker.h"
#include "jobdescription.h"
#include "keypadactivitydialog.h"
#include "keypadlogtablemodel.h"
#include "modaldialogs.h"
#include "readerthreadtools.h"
#include "terminalspage.h"
#include "widgetlookup.h"

#include "adminlogrecords.h"
#include "jobrepository.h"
#include "keypadlogrepository.h"
#include "pollinfo.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "walltime.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace punchclock;
using protocol::AdminAction;

namespace {

const QString dev = QStringLiteral("FRONT01");

using test::hs101AdminLogRecord;

protocol::UserEnrollment person(const char *id, const char *name, const char *privilege)
{
    protocol::UserEnrollment user;
    user.userId = QLatin1String(id);
    user.name = QLatin1String(name);
    user.privilegeName = QLatin1String(privilege);
    return user;
}

} // namespace

class tst_KeypadActivity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;

    storage::TerminalRow terminal() const { return *storage::TerminalRepository(m_bed->database()).find(dev); }

    // The table's texts, row by row as shown (sorted), the columns joined by " | ".
    static QStringList shownRows(ui::KeypadActivityDialog *dialog)
    {
        auto *table = test::findWidget<QTableView>(dialog, "keypadActivityTable");
        QStringList rows;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->model()->columnCount(); ++column)
                cells << table->model()->index(row, column).data().toString();
            rows << cells.join(QStringLiteral(" | "));
        }
        return rows;
    }

    ui::KeypadActivityDialog *open()
    {
        return ui::KeypadActivityDialog::showFor(m_bed->context(), terminal(), nullptr);
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        QSqlDatabase db = m_bed->database();
        protocol::PollInfo poll;
        poll.name = QStringLiteral("Front door");
        QVERIFY(storage::TerminalRepository(db).recordPoll(
            {dev, QStringLiteral("192.0.2.5"), storage::Approval::Approved, QStringLiteral("FKDataHS101")}, poll, 0));
        storage::UserRepository users(db);
        QVERIFY(users.applyEnrollment(dev, person("1", "Maya Santos", "MANAGER")));
        QVERIFY(users.applyEnrollment(dev, person("15", "Budi", "USER")));
        protocol::AdminLogRecord unreadable;
        unreadable.raw = QByteArray::fromHex("0a0b0c0d");
        QVERIFY(storage::KeypadLogRepository(db)
                    .import(dev,
                            {hs101AdminLogRecord(int(AdminAction::EnrollUser), "1", "15", "2026-03-02 08:10:00", 2),
                             hs101AdminLogRecord(int(AdminAction::DeleteUser), "1", "16", "2026-03-09 12:00:00"),
                             hs101AdminLogRecord(2, "", "", "2026-03-20 17:05:00"), unreadable},
                            1)
                    .ok);
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<ui::KeypadActivityDialog *>(widget))
                delete widget;
        }
        m_bed.reset();
    }

    void theLogReadsInWords()
    {
        m_bed->signInAs(QStringLiteral("otto"), services::Role::Operator);
        m_bed->createContext();
        ui::KeypadActivityDialog *dialog = open();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString march2 = QLocale().toString(
            protocol::walltime::fromStorage(QStringLiteral("2026-03-02 08:10:00")), QLocale::ShortFormat);
        const QStringList rows = shownRows(dialog);
        QCOMPARE(rows.size(), 4);
        // Newest first: an action without a known meaning keeps its number, a manager-less one says so.
        QVERIFY2(rows.at(0).endsWith(QStringLiteral("| Nobody | Action 2 | ")), qPrintable(rows.at(0)));
        QVERIFY2(rows.at(1).endsWith(QStringLiteral("| 1 (Maya Santos) | Deleted the user | 16")),
                 qPrintable(rows.at(1)));
        QCOMPARE(rows.at(2), march2 + QStringLiteral(" | 1 (Maya Santos) | Enrolled finger 3 | 15 (Budi)"));
        // A record of an unknown layout is shown with its bytes rather than left out.
        QVERIFY2(rows.at(3).contains(QStringLiteral("0a 0b 0c 0d")), qPrintable(rows.at(3)));
        QCOMPARE(test::findWidget<QLabel>(dialog, "keypadSummary")->text(), QStringLiteral("4 action(s)"));
    }

    void datesNarrowTheTable()
    {
        m_bed->createContext();
        ui::KeypadActivityDialog *dialog = open();
        QVERIFY(dialog);
        dialog->dates()->setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 5));
        const QStringList rows = shownRows(dialog);
        QCOMPARE(rows.size(), 2); // the enrolment, and the record without a time
        QVERIFY(rows.at(0).contains(QStringLiteral("Enrolled finger 3")));
        dialog->dates()->setCustomRange(QDate(2026, 4, 1), QDate(2026, 4, 30));
        QCOMPARE(shownRows(dialog).size(), 1);
        dialog->dates()->setPreset(ui::DatePresetPicker::Preset::AllTime);
        QCOMPARE(shownRows(dialog).size(), 4);
    }

    void downloadingQueuesTheCommandAndTheTableFollows()
    {
        m_bed->signInAs(QStringLiteral("otto"), services::Role::Operator);
        m_bed->createContext();
        ui::KeypadActivityDialog *dialog = open();
        QVERIFY(dialog);
        auto *download = test::findWidget<QPushButton>(dialog, "keypadDownload");
        QVERIFY(download->isEnabled());
        download->click();
        const QList<storage::JobRow> jobs = storage::JobRepository(m_bed->database()).list({});
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).commandCode, QStringLiteral("GET_SLOG_DATA"));
        QCOMPARE(jobs.at(0).devId, dev);
        QCOMPARE(jobs.at(0).queuedBy, QStringLiteral("otto"));
        QVERIFY(test::findWidget<QLabel>(dialog, "keypadMessage")->isVisible());

        // The terminal answered: its records are stored, and the finished job refreshes the table.
        QVERIFY(storage::KeypadLogRepository(m_bed->database())
                    .import(dev, {hs101AdminLogRecord(int(AdminAction::TimeSettings), "1", "", "2026-03-21 09:00:00")},
                            jobs.at(0).id)
                    .ok);
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QTRY_COMPARE(shownRows(dialog).size(), 5);
        QVERIFY(shownRows(dialog).at(0).contains(QStringLiteral("Changed the date and time")));
    }

    // Across a network the log is read and the download queued on the console's reader thread:
    // with the GUI thread's connection closed, the table and the queued job are its doing.
    void theLogIsReadAndDownloadedOnTheReader()
    {
        m_bed->signInAs(QStringLiteral("otto"), services::Role::Operator);
        ui::ConsoleContext &readers = m_bed->createContext(true);
        const storage::TerminalRow front = terminal();
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        ui::KeypadActivityDialog *dialog = ui::KeypadActivityDialog::showFor(readers, front, nullptr);
        QVERIFY(dialog);
        QTRY_COMPARE(shownRows(dialog).size(), 4);
        dialog->dates()->setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 5));
        QTRY_COMPARE(shownRows(dialog).size(), 2);
        test::findWidget<QPushButton>(dialog, "keypadDownload")->click();
        QVERIFY2(test::findWidget<QLabel>(dialog, "keypadMessage")->text().startsWith(
                     QStringLiteral("Downloading the keypad activity of Front door is queued.")),
                 qPrintable(test::findWidget<QLabel>(dialog, "keypadMessage")->text()));

        closed.reset();
        const QList<storage::JobRow> jobs = storage::JobRepository(m_bed->database()).list({});
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).commandCode, QStringLiteral("GET_SLOG_DATA"));
        QCOMPARE(jobs.at(0).queuedBy, QStringLiteral("otto"));
    }

    void theJobSaysWhatTheDownloadDid()
    {
        using ui::JobDescription;
        QCOMPARE(JobDescription::commandName(protocol::CommandCode::GetSlogData),
                 QStringLiteral("Get keypad activity"));
        QCOMPARE(JobDescription::commandText(protocol::CommandCode::GetSlogData, {}),
                 QStringLiteral("Get all keypad activity"));
        QCOMPARE(JobDescription::commandText(protocol::CommandCode::GetSlogData,
                                             {{QStringLiteral("begin_time"), QStringLiteral("20261101000000")}}),
                 QStringLiteral("Get keypad activity since 2026-11-01"));
        storage::JobRow job;
        job.commandCode = QStringLiteral("GET_SLOG_DATA");
        job.status = storage::JobStatus::Result;
        job.returnCode = QStringLiteral("OK");
        job.summary = QStringLiteral(R"({"duplicates":2,"imported":1,"received":3})");
        QCOMPARE(JobDescription::resultText(job), QStringLiteral("Stored 1 keypad actions, 2 already known"));
        job.summary = QStringLiteral(R"({"duplicates":0,"imported":4,"invalid":1,"received":4,"undecoded":4})");
        QCOMPARE(JobDescription::resultText(job),
                 QStringLiteral("Stored 4 keypad actions, 0 already known; 4 in a layout Punchclock cannot read, kept "
                                "as bytes; 1 unreadable records skipped"));
    }

    void aViewerIsToldWhyNot()
    {
        m_bed->signInAs(QStringLiteral("vera"), services::Role::Viewer);
        m_bed->createContext();
        QString told;
        test::whenModalShows<QMessageBox>([&told](QMessageBox *box) { told = box->text(); });
        QVERIFY(!open());
        QVERIFY2(told.contains(QStringLiteral("keypad")), qPrintable(told));
    }

    void aManagerReadsButCannotDownload()
    {
        m_bed->signInAs(QStringLiteral("mia"), services::Role::Manager);
        m_bed->createContext();
        ui::KeypadActivityDialog *dialog = open();
        QVERIFY(dialog);
        QCOMPARE(shownRows(dialog).size(), 4);
        QVERIFY(!test::findWidget<QPushButton>(dialog, "keypadDownload")->isEnabled());
    }

    void theTerminalsPageOpensIt()
    {
        m_bed->signInAs(QStringLiteral("otto"), services::Role::Operator);
        m_bed->createContext();
        ui::TerminalsPage page(m_bed->context());
        page.show();
        QVERIFY(page.selectTerminal(dev));
        auto *action = page.findChild<QAction *>(QStringLiteral("terminalKeypadActivity"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        auto *details = test::findWidget<QTextBrowser>(&page, "terminalDetails");
        QVERIFY(details->toHtml().contains(QStringLiteral("keypad-activity")));
        action->trigger();
        ui::KeypadActivityDialog *dialog = page.findChild<ui::KeypadActivityDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(shownRows(dialog).size(), 4);
        delete dialog;

        // The details pane's link opens it too.
        Q_EMIT details->anchorClicked(QUrl(QStringLiteral("keypad-activity")));
        QVERIFY(page.findChild<ui::KeypadActivityDialog *>());

        m_bed->context().setActor(m_bed->signInAs(QStringLiteral("vera"), services::Role::Viewer));
        QVERIFY(!action->isEnabled());
        QVERIFY(!details->toHtml().contains(QStringLiteral("keypad-activity")));
    }
};

QTEST_MAIN(tst_KeypadActivity)
#include "tst_keypadactivity.moc"
