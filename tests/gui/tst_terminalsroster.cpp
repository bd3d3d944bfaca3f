// The Terminals page against the real server and simulated terminals: Download users brings
// every user whole with progress, Stop keeps what arrived, several selected terminals are each
// acted on, the message follows its job to done or failed, and the copy dialog leaves out the
// terminal it reads from.

#include "consolecontext.h"
#include "consoletestbed.h"
#include "fetchuserdialog.h"
#include "readerthreadtools.h"
#include "rosterdownloaddialog.h"
#include "terminalpickerdialog.h"
#include "terminalspage.h"
#include "userspage.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "bscommframe.h"
#include "departmentrepository.h"
#include "jobrepository.h"
#include "pollinfo.h"
#include "rawhttpclient.h"
#include "rosterdownload.h"
#include "serverhost.h"
#include "serversettings.h"
#include "simulatedterminal.h"
#include "terminalrepository.h"
#include "terminalrequestbuilder.h"
#include "userrepository.h"
#include "walltime.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace punchclock;

namespace {

constexpr int WaitMs = 30000;
const QString devA = QStringLiteral("SIMA001");
const QString devB = QStringLiteral("SIMB001");

} // namespace

class tst_TerminalsRoster : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::vector<std::unique_ptr<simulator::SimulatedTerminal>> m_terminals;
    std::unique_ptr<ui::TerminalsPage> m_page;

    QSqlDatabase db() const { return m_bed->database(); }

    QAction *action(const char *name) const
    {
        auto *found = m_page->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qFatal("no action named %s", name);
        return found;
    }

    QLabel *message() const { return test::findWidget<QLabel>(m_page.get(), "terminalsMessage"); }

    // A simulated terminal polling every 100 ms, approved on its first poll.
    simulator::SimulatedTerminal *startTerminal(const QString &devId, int users)
    {
        simulator::TerminalConfig config;
        config.deviceId = devId;
        config.fkName = devId == devA ? QStringLiteral("Front door") : QStringLiteral("Back door");
        config.server = {QStringLiteral("127.0.0.1"), m_bed->server()->port()};
        config.seed.users = users;
        config.seed.logs = 0;
        config.pollIntervalMs = 100;
        config.punchesPerMinute = 0;
        m_terminals.push_back(std::make_unique<simulator::SimulatedTerminal>(config));
        m_terminals.back()->start();
        return m_terminals.back().get();
    }

    bool terminalKnown(const QString &devId) const
    {
        const auto terminal = storage::TerminalRepository(db()).find(devId);
        return terminal && !terminal->recordLibrary.isEmpty();
    }

    ui::RosterDownloadDialog *rosterDialog() const
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ui::RosterDownloadDialog *>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    int usersReadWhole() const
    {
        const QList<storage::UserRow> users = storage::UserRepository(db()).list();
        return int(
            std::count_if(users.cbegin(), users.cend(), [](const storage::UserRow &user) { return !user.incomplete; }));
    }

    // Download users from a terminal of `users` users, from the Terminals page; the dialog it opened.
    ui::RosterDownloadDialog *startDownload(int users, simulator::SimulatedTerminal **started = nullptr)
    {
        simulator::SimulatedTerminal *terminal = startTerminal(devA, users);
        if (started)
            *started = terminal;
        if (!QTest::qWaitFor([this] { return terminalKnown(devA); }, WaitMs))
            return nullptr;
        showPage();
        if (!m_page->selectTerminal(devA))
            return nullptr;
        action("downloadUsers")->trigger();
        return rosterDialog();
    }

    void showPage()
    {
        m_page = std::make_unique<ui::TerminalsPage>(m_bed->context());
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        m_bed = std::make_unique<test::ConsoleTestbed>();
        // Only the test of the automatic refresh has it: the others count the jobs they queue.
        const bool refresh = QTest::currentTestFunction() == QByteArrayLiteral("countsArriveOnceApproved");
        test::ConsoleTestbed::Options options;
        options.settings = {{QLatin1String(engine::ServerSettings::AutoApproveKey),
                             refresh ? QStringLiteral("0") : QStringLiteral("1")},
                            {QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0")},
                            {QLatin1String(engine::ServerSettings::StatusRefreshKey),
                             refresh ? QStringLiteral("30") : QStringLiteral("0")}};
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        m_bed->createContext();
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                delete widget;
        }
        m_page.reset();
        for (auto &terminal : m_terminals)
            terminal->stop();
        m_terminals.clear();
        m_bed.reset();
    }

    void downloadUsersBringsEveryUserWhole()
    {
        simulator::SimulatedTerminal *terminal = nullptr;
        ui::RosterDownloadDialog *dialog = startDownload(12, &terminal);
        QVERIFY(dialog);
        auto *bar = test::findWidget<QProgressBar>(dialog, "rosterProgressBar");
        QSignalSpy progress(bar, &QProgressBar::valueChanged);
        auto *summary = test::findWidget<QLabel>(dialog, "rosterSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), WaitMs);

        QCOMPARE(test::findWidget<QLabel>(dialog, "rosterStatus")->text(),
                 QStringLiteral("Front door: 12 of 12 users"));
        QCOMPARE(summary->text(), QStringLiteral("Front door: users fetched: 12 of 12."));
        QCOMPARE(bar->maximum(), 12);
        QCOMPARE(bar->value(), 12);
        // Counted up as users arrived, not jumped from nothing to everything.
        QVERIFY2(progress.size() >= 3, qPrintable(QString::number(progress.size())));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).constFirst().toInt() >= progress.at(i - 1).constFirst().toInt());

        storage::UserRepository users(db());
        const QList<simulator::SimulatedUser> onTerminal = terminal->state().users();
        QCOMPARE(onTerminal.size(), 12);
        for (const simulator::SimulatedUser &expected : onTerminal) {
            const auto stored = users.load(expected.userId);
            QVERIFY2(stored, qPrintable(expected.userId));
            QCOMPARE(stored->name, expected.name);
            QCOMPARE(stored->privilegeName, protocol::privilegeName(expected.privilege));
            QCOMPARE(stored->credentials.size(), expected.credentials.size());
            QVERIFY(!users.isIncomplete(expected.userId));
        }
        // The simulator's user 1 is a manager, as on real terminals.
        QCOMPARE(users.load(QStringLiteral("1"))->privilegeName, protocol::privilegeName(protocol::Privilege::Manager));

        storage::AuditFilter filter;
        filter.action = QStringLiteral("roster.download");
        const QList<storage::AuditEntry> audit = storage::AuditRepository(db()).list(filter);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().actor, m_bed->context().actor().name);
        QCOMPARE(audit.constFirst().objectId, devA);
    }

    // Across a network the download starts, advances and stops on the console's reader thread:
    // with the GUI thread's connection closed, it still brings every user and says so.
    void theDownloadRunsOnTheReader()
    {
        startTerminal(devA, 12);
        QTRY_VERIFY_WITH_TIMEOUT(terminalKnown(devA), WaitMs);
        m_bed->createContext(true);
        showPage();
        std::optional<test::GuiConnectionClosed> closed(db());
        m_bed->waitForReads();
        QVERIFY(m_page->selectTerminal(devA));
        action("downloadUsers")->trigger();
        ui::RosterDownloadDialog *dialog = rosterDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->operations().size(), 1);
        auto *summary = test::findWidget<QLabel>(dialog, "rosterSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), WaitMs);
        QCOMPARE(summary->text(), QStringLiteral("Front door: users fetched: 12 of 12."));
        closed.reset();
        QCOMPARE(usersReadWhole(), 12);
    }

    void stopKeepsWhatArrivedAndAsksNoMore()
    {
        ui::RosterDownloadDialog *dialog = startDownload(40);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(usersReadWhole() >= 3, WaitMs);
        test::findWidget<QPushButton>(dialog, "rosterStopButton")->click();
        auto *summary = test::findWidget<QLabel>(dialog, "rosterSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), WaitMs);

        const services::RosterDownload::Progress progress =
            services::RosterDownload(db()).progress(dialog->operations().constFirst());
        QCOMPARE(progress.listed.size(), 40);
        QVERIFY(progress.queued < 40);
        QCOMPARE(progress.outstanding(), 0);
        QCOMPARE(usersReadWhole(), progress.fetched);
        QCOMPARE(summary->text(), QStringLiteral("Front door: users fetched: %1 of 40; not fetched, stopped: %2.")
                                      .arg(progress.fetched)
                                      .arg(40 - progress.fetched));
        // The users not read stay on the list, marked as such.
        QCOMPARE(storage::UserRepository(db()).list().size(), 40);
        QVERIFY(!test::findWidget<QPushButton>(dialog, "rosterStopButton")->isEnabled());
    }

    void aUserGoneBeforeItsReadIsReportedWithWhy()
    {
        simulator::SimulatedTerminal *terminal = nullptr;
        ui::RosterDownloadDialog *dialog = startDownload(12, &terminal);
        QVERIFY(dialog);
        const qint64 operation = dialog->operations().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(!services::RosterDownload(db()).progress(operation).listed.isEmpty(), WaitMs);
        QVERIFY(terminal->state().removeUser(QStringLiteral("12")));
        auto *summary = test::findWidget<QLabel>(dialog, "rosterSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), WaitMs);
        QCOMPARE(
            summary->text(),
            QStringLiteral("Front door: users fetched: 11 of 12; failed: user 12 (Not enrolled on the terminal)."));
    }

    void anAccountOfSomeDepartmentsMayNotDownloadUsers()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {devA, QStringLiteral("192.0.2.9"), storage::Approval::Approved, QString()}));
        const std::optional<qint64> plant = storage::DepartmentRepository(db()).create(QStringLiteral("Plant"));
        QVERIFY(plant);
        QVERIFY(m_bed->signInAs(QStringLiteral("olga"), services::Role::Operator, {*plant}).operatorId != 0);
        showPage();
        QVERIFY(m_page->selectTerminal(devA));
        // The terminal's own commands stay hers; the users it holds belong to no department yet.
        QVERIFY(action("pullLogs")->isEnabled());
        QVERIFY(!action("downloadUsers")->isEnabled());
        QVERIFY(!action("downloadUsers")->toolTip().isEmpty());
        QCOMPARE(services::RosterDownload(db()).start(m_bed->context().actor(), devA).status,
                 services::Outcome::Status::NotAllowed);
    }

    void severalSelectedTerminalsAreEachPulled()
    {
        startTerminal(devA, 2);
        startTerminal(devB, 2);
        QTRY_VERIFY_WITH_TIMEOUT(terminalKnown(devA) && terminalKnown(devB), WaitMs);
        showPage();
        test::findWidget<QTableView>(m_page.get(), "terminalsTable")->selectAll();
        QCOMPARE(m_page->selectedTerminals().size(), 2);
        // One at a time only: disabled, saying so.
        QVERIFY(!action("renameTerminal")->isEnabled());
        QCOMPARE(action("renameTerminal")->toolTip(),
                 QStringLiteral("Select one terminal: this acts on one at a time."));
        QVERIFY(action("pullUserList")->isEnabled());

        action("pullUserList")->trigger();
        storage::JobFilter filter;
        filter.commandCode = QStringLiteral("GET_USER_ID_LIST");
        const QList<storage::JobRow> jobs = storage::JobRepository(db()).list(filter);
        QCOMPARE(jobs.size(), 2);
        QCOMPARE((QSet<QString>{jobs.at(0).devId, jobs.at(1).devId}), (QSet<QString>{devA, devB}));
        QVERIFY(message()->text().contains(QStringLiteral("Pulling the user list of Front door is queued.")));
        QVERIFY(message()->text().contains(QStringLiteral("Pulling the user list of Back door is queued.")));
        QTRY_VERIFY_WITH_TIMEOUT(message()->text().count(QStringLiteral("Done: ")) == 2, WaitMs);

        action("getStatus")->trigger();
        filter.commandCode = QStringLiteral("GET_DEVICE_STATUS");
        QCOMPARE(storage::JobRepository(db()).list(filter).size(), 2);
    }

    void severalSelectedTerminalsAreBlockedAfterOneQuestion()
    {
        storage::TerminalRepository terminals(db());
        for (const QString &dev : {devA, devB})
            QVERIFY(terminals.recordContact({dev, QStringLiteral("192.0.2.9"), storage::Approval::Approved, QString()}));
        showPage();
        test::findWidget<QTableView>(m_page.get(), "terminalsTable")->selectAll();
        QVERIFY(action("blockTerminal")->isEnabled());
        int questions = 0;
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!question)
                return;
            ++questions;
            asked = question->text();
            question->button(QMessageBox::Yes)->click();
        });
        action("blockTerminal")->trigger();
        QCOMPARE(questions, 1);
        QVERIFY2(asked.contains(devA) && asked.contains(devB), qPrintable(asked));
        for (const QString &dev : {devA, devB})
            QCOMPARE(terminals.find(dev)->approval, storage::Approval::Blocked);
    }

    void messageFollowsItsJobToDone()
    {
        startTerminal(devA, 3);
        QTRY_VERIFY_WITH_TIMEOUT(terminalKnown(devA), WaitMs);
        showPage();
        QVERIFY(m_page->selectTerminal(devA));
        action("getStatus")->trigger();
        QVERIFY(message()->text().startsWith(QStringLiteral("Asking Front door for its counts is queued.")));
        QTRY_VERIFY_WITH_TIMEOUT(message()->text().startsWith(QStringLiteral("Done: ")), WaitMs);
        QVERIFY(message()->text().contains(QStringLiteral("Front door")));
        QVERIFY(message()->property("role").toString().isEmpty());
    }

    void messageFollowsItsJobToFailed()
    {
        // A terminal spoken for byte by byte, so that it can refuse the command.
        const QString dev = QStringLiteral("RAW0001");
        protocol::PollInfo poll;
        poll.name = QStringLiteral("Gate");
        QVERIFY(storage::TerminalRepository(db()).recordPoll(
            {dev, QStringLiteral("127.0.0.1"), storage::Approval::Approved, QString()}, poll, 0));
        showPage();
        QVERIFY(m_page->selectTerminal(dev));
        action("getStatus")->trigger();
        QVERIFY(message()->text().startsWith(QStringLiteral("Asking Gate for its counts is queued.")));

        test::TerminalRequestBuilder request;
        request.requestCode = "receive_cmd";
        request.transId = "ReceiveCommandAction";
        request.devId = dev.toLatin1();
        poll.clock = protocol::walltime::now(QTimeZone::systemTimeZone());
        request.body = poll.encode();
        const test::RawHttpReply sent = test::sendRaw(m_bed->server()->port(), request.build());
        QCOMPARE(sent.header("cmd_code"), QByteArray("GET_DEVICE_STATUS"));
        test::TerminalRequestBuilder refusal;
        refusal.requestCode = "send_cmd_result";
        refusal.devId = dev.toLatin1();
        refusal.transId = sent.header("trans_id");
        refusal.commandReturnCode = "ERROR_NOT_SUPPORTED";
        QCOMPARE(test::sendRaw(m_bed->server()->port(), refusal.build()).header("response_code"), QByteArray("OK"));

        QTRY_VERIFY_WITH_TIMEOUT(message()->text().startsWith(QStringLiteral("Failed: ")), WaitMs);
        QVERIFY(message()->text().contains(QStringLiteral("on Gate")));
        QCOMPARE(message()->property("role").toString(), QStringLiteral("fieldError"));
    }

    void countsArriveOnceApproved()
    {
        simulator::SimulatedTerminal *terminal = startTerminal(devA, 7);
        QTRY_VERIFY_WITH_TIMEOUT(storage::TerminalRepository(db()).find(devA).has_value(), WaitMs);
        showPage();
        QVERIFY(m_page->selectTerminal(devA));
        // Waiting for approval: nothing is sent, so nothing is asked.
        QTRY_VERIFY_WITH_TIMEOUT(terminal->statistics().polls >= 3, WaitMs);
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());

        action("approveTerminal")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!storage::TerminalRepository(db()).find(devA)->deviceStatus.isEmpty(), WaitMs);
        QVERIFY(storage::TerminalRepository(db()).find(devA)->deviceStatus.contains("\"total_user_count\":7"));
        const QList<storage::JobRow> jobs = storage::JobRepository(db()).list({});
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.constFirst().queuedBy, QStringLiteral("automatic status refresh"));
        storage::AuditFilter filter;
        filter.action = QStringLiteral("command.queue");
        const QList<storage::AuditEntry> audit = storage::AuditRepository(db()).list(filter);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().actorKind, QStringLiteral("system"));

        // Fresh counts are not asked for again at the next polls.
        const int polls = terminal->statistics().polls;
        QTRY_VERIFY_WITH_TIMEOUT(terminal->statistics().polls >= polls + 5, WaitMs);
        QCOMPARE(storage::JobRepository(db()).list({}).size(), 1);
    }

    void emptyUsersPageDownloadsFromEveryApprovedTerminal()
    {
        startTerminal(devA, 3);
        startTerminal(devB, 2);
        QTRY_VERIFY_WITH_TIMEOUT(terminalKnown(devA) && terminalKnown(devB), WaitMs);
        ui::UsersPage page(m_bed->context());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *button = test::findWidget<QPushButton>(&page, "downloadUsersButton");
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        button->click();
        ui::RosterDownloadDialog *dialog = rosterDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->operations().size(), 2);
        auto *summary = test::findWidget<QLabel>(dialog, "rosterSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), WaitMs);
        QCOMPARE(summary->text(),
                 QStringLiteral("Back door: users fetched: 2 of 2.\nFront door: users fetched: 3 of 3."));
        QCOMPARE(usersReadWhole(), 3); // both seed users 1 and 2
        // With users in the store the page is no longer empty: the button goes.
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        QVERIFY(!button->isVisible());
    }

    void copyDialogLeavesOutTheSource()
    {
        storage::TerminalRepository terminals(db());
        for (const QString &dev : {devA, devB, QStringLiteral("SIMC001")})
            QVERIFY(
                terminals.recordContact({dev, QStringLiteral("192.0.2.9"), storage::Approval::Approved, QString()}));
        ui::TerminalPickerDialog dialog(m_bed->context(), QStringLiteral("Copy"), QString(), QStringLiteral("Copy"),
                                        {devB});
        dialog.askForSource({devA, devB});
        auto *list = test::findWidget<QListWidget>(&dialog, "terminalList");
        auto *source = test::findWidget<QComboBox>(&dialog, "sourceCombo");
        const auto offered = [list] {
            QStringList devIds;
            for (int row = 0; row < list->count(); ++row) {
                if (!list->item(row)->isHidden())
                    devIds << list->item(row)->data(Qt::UserRole).toString();
            }
            return devIds;
        };
        source->setCurrentIndex(source->findData(devA));
        QCOMPARE(offered(), (QStringList{devB, QStringLiteral("SIMC001")}));
        QCOMPARE(dialog.checkedDevIds(), QStringList{devB});
        // Reading from B instead: B is no target any more, and no longer ticked; A is offered again.
        source->setCurrentIndex(source->findData(devB));
        QCOMPARE(offered(), (QStringList{devA, QStringLiteral("SIMC001")}));
        QVERIFY(dialog.checkedDevIds().isEmpty());
        dialog.setChecked(devB, true);
        QVERIFY(dialog.checkedDevIds().isEmpty());
    }

    // Across a network the dialogs that choose a terminal open with the terminals read on the
    // console's reader thread: so with the GUI thread's connection closed.
    void terminalChoicesAreReadOnTheReader()
    {
        storage::TerminalRepository terminals(db());
        for (const QString &dev : {devA, devB})
            QVERIFY(terminals.recordContact({dev, QStringLiteral("192.0.2.9"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.setApproval(devB, storage::Approval::Blocked));
        ui::ConsoleContext &readers = m_bed->createContext(true);
        const test::GuiConnectionClosed closed(db());
        ui::TerminalPickerDialog picker(readers, QStringLiteral("Send"), QString(), QStringLiteral("Send"), {devA});
        auto *list = test::findWidget<QListWidget>(&picker, "terminalList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(picker.checkedDevIds(), QStringList{devA});
        ui::FetchUserDialog fetch(readers, devA, QStringLiteral("7"));
        auto *combo = test::findWidget<QComboBox>(&fetch, "terminalCombo");
        QCOMPARE(combo->count(), 1); // a blocked terminal answers nothing
        QCOMPARE(fetch.devId(), devA);
    }
};

QTEST_MAIN(tst_TerminalsRoster)
#include "tst_terminalsroster.moc"
