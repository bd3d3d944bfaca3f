#include "consolecontext.h"
#include "consoletestbed.h"
#include "modaldialogs.h"
#include "readerthreadtools.h"
#include "terminalpickerdialog.h"
#include "userbulkactions.h"
#include "userbulkdepartmentdialog.h"
#include "userbulkresultdialog.h"
#include "userbulkscheduledialog.h"
#include "userspage.h"
#include "usertablemodel.h"
#include "widgetlookup.h"

#include "attendancerepository.h"
#include "departmentadmin.h"
#include "departmentrepository.h"
#include "jobrepository.h"
#include "schedulerepository.h"
#include "servicecall.h"
#include "terminalrepository.h"
#include "userrepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace punchclock;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");
const QString devB = QStringLiteral("C2610000000000AB");

} // namespace

// Several employees at once on the Users page: Ctrl/Shift/Ctrl+A select them, each action asks
// one question naming how many, acts on everyone through the services (one audit record per
// person changed) and lists everyone in a summary, refusals included.
class tst_UserBulkActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::UsersPage> m_page;
    QHash<QString, qint64> m_departments; // name → id

    QAction *action(const char *name) const { return test::findWidget<QAction>(m_page.get(), name); }
    QTableView *table() const { return test::findWidget<QTableView>(m_page.get(), "usersTable"); }
    QSqlDatabase db() const { return m_bed->database(); }

    void addPerson(const QString &userId, const QString &name, const QString &department, const QStringList &terminals)
    {
        storage::UserRepository users(db());
        protocol::UserEnrollment person;
        person.userId = userId;
        person.name = name;
        person.privilegeName = QStringLiteral("USER");
        person.credentials = {{0, QByteArray(800, 'f')}};
        QVERIFY(users.applyEnrollment(terminals.first(), person));
        for (const QString &devId : terminals.mid(1))
            QVERIFY(users.addMembership(devId, userId, QStringLiteral("USER")));
        QVERIFY(storage::DepartmentRepository(db()).assign(userId, m_departments.value(department)));
    }

    // `readerThread`: the console reads and acts on its reader thread, as on PostgreSQL.
    void openPage(bool readerThread = false)
    {
        m_bed->createContext(readerThread);
        m_page = std::make_unique<ui::UsersPage>(m_bed->context());
        m_page->resize(1366, 768);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_bed->waitForReads();
    }

    // Moves the selected to `department` through the dialog, and lists the results. `apply`: the
    // text of the dialog's button.
    QStringList moveSelectedTo(const QString &department, QString *apply = nullptr)
    {
        test::whenModalShows<ui::UserBulkDepartmentDialog>([department, apply](ui::UserBulkDepartmentDialog *dialog) {
            auto *combo = test::findWidget<QComboBox>(dialog, "bulkDepartment");
            combo->setCurrentIndex(combo->findText(department));
            auto *button = test::findWidget<QPushButton>(dialog, "bulkDepartmentApply");
            if (apply)
                *apply = button->text();
            button->click();
        });
        action("setDepartmentAction")->trigger();
        return takeResults();
    }

    // Gives the selected the early shift from Monday to Friday through the dialog, and lists the
    // results. `apply`: the text of the dialog's button.
    QStringList giveSelectedTheEarlyWeek(QString *apply = nullptr)
    {
        test::whenModalShows<ui::UserBulkScheduleDialog>([apply](ui::UserBulkScheduleDialog *dialog) {
            for (int day = 1; day <= 5; ++day) {
                auto *combo = test::findWidget<QComboBox>(dialog, QStringLiteral("scheduleDay%1").arg(day));
                combo->setCurrentIndex(combo->findText(QStringLiteral("Early")));
            }
            auto *button = test::findWidget<QPushButton>(dialog, "bulkScheduleApply");
            if (apply)
                *apply = button->text();
            button->click();
        });
        action("setScheduleAction")->trigger();
        return takeResults();
    }

    qint64 addEarlyShift()
    {
        storage::ShiftRow shift;
        shift.name = QStringLiteral("Early");
        shift.start = QTime(6, 0);
        shift.end = QTime(14, 0);
        return storage::AttendanceRepository(db()).addShift(shift).value_or(0);
    }

    // Selects these users as Ctrl+click would, the first one current.
    void select(const QStringList &userIds)
    {
        table()->clearSelection();
        for (const QString &userId : userIds) {
            for (int row = 0; row < table()->model()->rowCount(); ++row) {
                const QModelIndex index = table()->model()->index(row, ui::UserTableModel::NameColumn);
                if (index.data(ui::UserTableModel::UserIdRole).toString() != userId)
                    continue;
                const auto flags = QItemSelectionModel::Select | QItemSelectionModel::Rows;
                if (userId == userIds.first())
                    table()->selectionModel()->setCurrentIndex(index, flags);
                else
                    table()->selectionModel()->select(index, flags);
            }
        }
        QCOMPARE(table()->selectionModel()->selectedRows().size(), userIds.size());
    }

    int auditRows(const QString &action) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    // The summary's lines as "who: result", and closes it.
    QStringList takeResults()
    {
        auto *dialog = m_page->findChild<ui::UserBulkResultDialog *>(QStringLiteral("bulkResultDialog"));
        if (!dialog)
            return {QStringLiteral("no summary shown")};
        auto *results = test::findWidget<QTableWidget>(dialog, "bulkResults");
        QStringList lines;
        for (int row = 0; row < results->rowCount(); ++row)
            lines << results->item(row, 0)->text() + QStringLiteral(": ") + results->item(row, 1)->text();
        dialog->close();
        delete dialog;
        return lines;
    }

    // Clicks the button named `accept` of every QMessageBox that shows until `stop`, counting them.
    std::shared_ptr<int> acceptEveryQuestion(const QString &accept)
    {
        auto count = std::make_shared<int>(0);
        auto *timer = new QTimer(m_page.get());
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, timer, [count, accept] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->property("answered").toBool())
                return;
            box->setProperty("answered", true);
            ++*count;
            if (auto *button = box->findChild<QPushButton *>(accept))
                button->click();
            else
                box->reject();
        });
        timer->start();
        return count;
    }

    // Clicks the button named `accept` of the next QMessageBox.
    static void answerNextQuestion(const QString &accept)
    {
        test::whenModalShows<QMessageBox>([accept](QMessageBox *box) {
            if (auto *button = box->findChild<QPushButton *>(accept))
                button->click();
        });
    }

    int jobsOf(const QString &commandCode) const
    {
        const QList<storage::JobRow> rows = storage::JobRepository(db()).list({});
        return int(std::count_if(rows.cbegin(), rows.cend(), [&commandCode](const storage::JobRow &row) {
            return row.commandCode == commandCode;
        }));
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_bed->folder());
        QString error;
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        storage::TerminalRepository terminals(db());
        for (const QString &devId : {devA, devB})
            QVERIFY(
                terminals.recordContact({devId, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        m_departments.clear();
        for (const QString &name : {QStringLiteral("Plant"), QStringLiteral("Warehouse"), QStringLiteral("Office")})
            m_departments.insert(name, storage::DepartmentRepository(db()).create(name).value_or(0));
        addPerson(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("Plant"), {devA, devB});
        addPerson(QStringLiteral("2"), QStringLiteral("Ben"), QStringLiteral("Plant"), {devA});
        addPerson(QStringLiteral("3"), QStringLiteral("Cem"), QStringLiteral("Warehouse"), {devB});
        addPerson(QStringLiteral("4"), QStringLiteral("Dora"), QStringLiteral("Office"), {devA});
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void severalSelectedKeepOnlyWhatActsOnAll()
    {
        openPage();
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 4);
        for (const char *name : {"pushUserAction", "copyUserAction", "removeUserAction", "disableUserAction",
                                 "setDepartmentAction", "setScheduleAction", "exportPersonAction"})
            QVERIFY2(action(name)->isEnabled(), name);
        for (const char *name :
             {"editUserAction", "renameUserAction", "privilegeAction", "enrollUserAction", "fetchUserAction",
              "importCredentialAction", "sendCommandAction", "userHistoryAction", "erasePersonAction"})
            QVERIFY2(!action(name)->isEnabled(), name);
        // The details pane shows one person: nobody while several are selected.
        select({QStringLiteral("2")});
        QVERIFY(action("editUserAction")->isEnabled());
    }

    void setDepartmentOfThreeIsThreeRecords()
    {
        openPage();
        select({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        QString apply;
        const QStringList results = moveSelectedTo(QStringLiteral("Office"), &apply);
        QVERIFY2(apply.startsWith(QStringLiteral("&Move 3 employee")), qPrintable(apply));
        for (const QString &userId : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
            QCOMPARE(services::departmentOfUser(db(), userId),
                     std::optional(m_departments.value(QStringLiteral("Office"))));
        QCOMPARE(auditRows(QStringLiteral("user.department")), 3);
        QCOMPARE(results, (QStringList{QStringLiteral("Ann (1): Moved."), QStringLiteral("Ben (2): Moved."),
                                       QStringLiteral("Cem (3): Moved.")}));
    }

    void scopedOperatorSeesRefusalsListed()
    {
        // An operator of Plant and Warehouse; meanwhile someone at another console moved Cem to Office.
        m_bed->signInAs(
            QStringLiteral("otto"), services::Role::Operator,
            {m_departments.value(QStringLiteral("Plant")), m_departments.value(QStringLiteral("Warehouse"))});
        openPage();
        select({QStringLiteral("2"), QStringLiteral("3")});
        services::Actor administrator = services::Actor::system(QStringLiteral("another console"));
        QVERIFY(services::DepartmentAdmin(db())
                    .assign(administrator, QStringLiteral("3"), m_departments.value(QStringLiteral("Office")))
                    .ok());
        test::whenModalShows<ui::UserBulkDepartmentDialog>([](ui::UserBulkDepartmentDialog *dialog) {
            auto *department = test::findWidget<QComboBox>(dialog, "bulkDepartment");
            QCOMPARE(department->findText(QStringLiteral("Office")), -1); // not his to offer
            department->setCurrentIndex(department->findText(QStringLiteral("Warehouse")));
            test::findWidget<QPushButton>(dialog, "bulkDepartmentApply")->click();
        });
        action("setDepartmentAction")->trigger();
        const QStringList results = takeResults();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.first(), QStringLiteral("Ben (2): Moved."));
        QVERIFY2(results.last().startsWith(QStringLiteral("Cem (3): ")) &&
                     results.last().contains(QStringLiteral("Office")),
                 qPrintable(results.last()));
        QCOMPARE(services::departmentOfUser(db(), QStringLiteral("3")),
                 std::optional(m_departments.value(QStringLiteral("Office"))));
        QVERIFY(test::findWidget<QLabel>(m_page.get(), "userStatus")
                    ->text()
                    .contains(QStringLiteral("not for 1 employee")));
    }

    void removeAsksOnceForAll()
    {
        openPage();
        select({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        const std::shared_ptr<int> questions = acceptEveryQuestion(QStringLiteral("bulkRemoveConfirmationAccept"));
        action("removeUserAction")->trigger();
        QCOMPARE(*questions, 1);
        // Ann is on both terminals, Ben and Cem on one each.
        QCOMPARE(jobsOf(QStringLiteral("DELETE_USER")), 4);
        const QStringList results = takeResults();
        QCOMPARE(results.size(), 3);
        for (const auto &[line, expected] : {std::pair{0, "Ann (1): Removal queued for 2 terminal"},
                                             std::pair{1, "Ben (2): Removal queued for 1 terminal"},
                                             std::pair{2, "Cem (3): Removal queued for 1 terminal"}})
            QVERIFY2(results.at(line).startsWith(QLatin1String(expected)), qPrintable(results.at(line)));
    }

    void copyListsWhoIsNotOnTheSource()
    {
        openPage();
        select({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        test::whenModalShows<ui::TerminalPickerDialog>([](ui::TerminalPickerDialog *picker) {
            auto *source = test::findWidget<QComboBox>(picker, "sourceCombo");
            source->setCurrentIndex(source->findData(devA));
            picker->setChecked(devB, true);
            test::findWidget<QDialogButtonBox>(picker, "terminalPickerButtons")->button(QDialogButtonBox::Ok)->click();
        });
        action("copyUserAction")->trigger();
        const QStringList results = takeResults();
        QCOMPARE(results.size(), 3);
        QVERIFY2(results.at(0).startsWith(QStringLiteral("Ann (1): Queued for")), qPrintable(results.at(0)));
        QVERIFY2(results.at(1).startsWith(QStringLiteral("Ben (2): Queued for")), qPrintable(results.at(1)));
        QCOMPARE(results.at(2), QStringLiteral("Cem (3): Not on %1: nothing to copy from there.").arg(devA));
        // Read from the source once per person copied, then written to the target.
        QCOMPARE(jobsOf(QStringLiteral("GET_USER_INFO")), 2);
    }

    void disableAsksOnceNamingTheCount()
    {
        openPage();
        select({QStringLiteral("2"), QStringLiteral("4")});
        QString question;
        test::whenModalShows<QMessageBox>([&question](QMessageBox *box) {
            question = box->text();
            box->findChild<QPushButton *>(QStringLiteral("bulkDisableConfirmationAccept"))->click();
        });
        action("disableUserAction")->trigger();
        QVERIFY2(question.startsWith(QStringLiteral("Disable 2 employee")), qPrintable(question));
        QCOMPARE(auditRows(QStringLiteral("user.disable")), 2);
        for (const QString &userId : {QStringLiteral("2"), QStringLiteral("4")})
            QVERIFY(!storage::UserRepository(db()).load(userId)->enabled);
        QVERIFY(storage::UserRepository(db()).load(QStringLiteral("1"))->enabled);
        QCOMPARE(takeResults().size(), 2);
    }

    void scheduleAppliesToAllSelected()
    {
        const qint64 early = addEarlyShift();
        QVERIFY(early > 0);
        openPage();
        select({QStringLiteral("1"), QStringLiteral("3")});
        QString apply;
        const QStringList results = giveSelectedTheEarlyWeek(&apply);
        QCOMPARE(apply, QStringLiteral("&Apply to 2 selected"));
        const storage::WeekShiftIds week{early, early, early, early, early, 0, 0};
        const storage::ScheduleRepository schedules(db());
        QCOMPARE(schedules.userSchedule(QStringLiteral("1")), std::optional(week));
        QCOMPARE(schedules.userSchedule(QStringLiteral("3")), std::optional(week));
        QCOMPARE(schedules.userSchedule(QStringLiteral("2")), std::nullopt);
        QCOMPARE(auditRows(QStringLiteral("schedule.set")), 2);
        QCOMPARE(results.size(), 2);
    }

    void withoutShiftsOnlyTheDepartmentsWeek()
    {
        openPage();
        select({QStringLiteral("1"), QStringLiteral("2")});
        bool ownOffered = true;
        test::whenModalShows<ui::UserBulkScheduleDialog>([&ownOffered](ui::UserBulkScheduleDialog *dialog) {
            ownOffered = test::findWidget<QRadioButton>(dialog, "bulkOwnWeek")->isEnabled();
            QVERIFY(test::findWidget<QRadioButton>(dialog, "bulkFollowDepartment")->isChecked());
            dialog->reject();
        });
        action("setScheduleAction")->trigger();
        QVERIFY(!ownOffered);
        QCOMPARE(auditRows(QStringLiteral("schedule.clear")), 0);
    }

    void exportWritesEverySelected()
    {
        openPage();
        select({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")});
        const QString folder = m_bed->filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        m_page->findChild<ui::UserBulkActions *>()->setExportFolderForTests(folder);
        action("exportPersonAction")->trigger();
        for (const QString &userId : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4")})
            QVERIFY2(QFileInfo::exists(folder + QStringLiteral("/person-%1.json").arg(userId)), qPrintable(userId));
        QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/person-3.json")));
        QCOMPARE(takeResults().size(), 3);
    }

    // As on PostgreSQL: the dialogs' choices are read, and the changes made, on the console's
    // reader thread. The GUI thread's connection is closed meanwhile: nothing of it is used.
    void departmentAndScheduleChangeOnTheReaderThread()
    {
        const qint64 early = addEarlyShift();
        QVERIFY(early > 0);
        openPage(true);
        std::optional<test::GuiConnectionClosed> closed(db());
        select({QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(moveSelectedTo(QStringLiteral("Office")),
                 (QStringList{QStringLiteral("Ann (1): Moved."), QStringLiteral("Ben (2): Moved.")}));
        QCOMPARE(giveSelectedTheEarlyWeek(),
                 (QStringList{QStringLiteral("Ann (1): Week saved."), QStringLiteral("Ben (2): Week saved.")}));
        QCOMPARE(test::findWidget<QLabel>(m_page.get(), "userStatus")->text(),
                 QStringLiteral("Done for all 2 employee(s)."));
        closed.reset();
        for (const QString &userId : {QStringLiteral("1"), QStringLiteral("2")}) {
            QCOMPARE(services::departmentOfUser(db(), userId),
                     std::optional(m_departments.value(QStringLiteral("Office"))));
            QCOMPARE(storage::ScheduleRepository(db()).userSchedule(userId),
                     std::optional(storage::WeekShiftIds{early, early, early, early, early, 0, 0}));
        }
        QCOMPARE(auditRows(QStringLiteral("user.department")), 2);
    }

    // As on PostgreSQL: disabling, removing from terminals and exporting several run on the
    // reader thread, the GUI thread's connection closed meanwhile.
    void disableRemoveAndExportOnTheReaderThread()
    {
        openPage(true);
        const QString folder = m_bed->filePath(QStringLiteral("export"));
        QVERIFY(QDir().mkpath(folder));
        m_page->findChild<ui::UserBulkActions *>()->setExportFolderForTests(folder);
        std::optional<test::GuiConnectionClosed> closed(db());
        select({QStringLiteral("1"), QStringLiteral("3")});
        answerNextQuestion(QStringLiteral("bulkDisableConfirmationAccept"));
        action("disableUserAction")->trigger();
        QCOMPARE(takeResults(), (QStringList{QStringLiteral("Ann (1): Disabled; queued for 2 terminal(s)."),
                                             QStringLiteral("Cem (3): Disabled; queued for 1 terminal(s).")}));
        answerNextQuestion(QStringLiteral("bulkRemoveConfirmationAccept"));
        action("removeUserAction")->trigger();
        QCOMPARE(takeResults(), (QStringList{QStringLiteral("Ann (1): Removal queued for 2 terminal(s)."),
                                             QStringLiteral("Cem (3): Removal queued for 1 terminal(s).")}));
        action("exportPersonAction")->trigger();
        QCOMPARE(takeResults(), (QStringList{QStringLiteral("Ann (1): 1 file(s) written."),
                                             QStringLiteral("Cem (3): 1 file(s) written.")}));
        closed.reset();
        QCOMPARE(jobsOf(QStringLiteral("DELETE_USER")), 3);
        QCOMPARE(auditRows(QStringLiteral("user.disable")), 2);
        for (const QString &userId : {QStringLiteral("1"), QStringLiteral("3")})
            QVERIFY2(QFileInfo::exists(folder + QStringLiteral("/person-%1.json").arg(userId)), qPrintable(userId));
    }
};

QTEST_MAIN(tst_UserBulkActions)
#include "tst_userbulkactions.moc"
