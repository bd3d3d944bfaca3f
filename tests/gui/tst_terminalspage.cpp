#include "auditrepository.h"
#include "confirmbynamedialog.h"
#include "consoletestbed.h"
#include "consolecontext.h"
#include "modaldialogs.h"
#include "pageheader.h"
#include "pulllogsdialog.h"
#include "readerthreadtools.h"
#include "renameterminaldialog.h"
#include "serveraddressdialog.h"
#include "terminalspage.h"
#include "terminaltablemodel.h"
#include "widgetlookup.h"

#include "bscommframe.h"
#include "connection.h"
#include "jobrepository.h"
#include "pollinfo.h"
#include "serverhost.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QComboBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace punchclock;

namespace {

const QString approvedDev = QStringLiteral("FRONT01");
const QString pendingDev = QStringLiteral("PEND01");

} // namespace

// The Terminals page queues what its actions promise, checked in the job queue itself.
class tst_TerminalsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::TerminalsPage> m_page;
    bool m_dialogHandled = false;

    QAction *action(const char *name) const
    {
        auto *found = m_page->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qFatal("no action named %s", name);
        return found;
    }

    QList<storage::JobRow> jobs() const { return storage::JobRepository(m_bed->database()).list({}); }

    static QJsonObject parametersOf(const storage::JobRow &job)
    {
        return protocol::BsCommFrame::decode(job.parameters).frame.json();
    }

    // Runs `handle` on the modal dialog the next action opens.
    template<typename Dialog>
    void whenDialogOpens(std::function<void(Dialog *)> handle)
    {
        m_dialogHandled = false;
        QTimer::singleShot(0, this, [this, handle] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            handle(dialog);
            // A failed check inside `handle` returns early: never leave the test hanging on the dialog.
            m_dialogHandled = !QTest::currentTestFailed();
            if (dialog->isVisible())
                dialog->reject();
        });
    }

    static QPushButton *okButton(QDialog *dialog, const char *buttonBox)
    {
        return test::findWidget<QDialogButtonBox>(dialog, buttonBox)->button(QDialogButtonBox::Ok);
    }

    static void clickOk(QDialog *dialog, const char *buttonBox)
    {
        QPushButton *ok = okButton(dialog, buttonBox);
        QVERIFY(ok->isEnabled());
        ok->click();
    }

    // The job the last action queued: exactly one more than before.
    storage::JobRow queuedBy(const char *actionName)
    {
        const qsizetype before = jobs().size();
        action(actionName)->trigger();
        const QList<storage::JobRow> after = jobs();
        if (after.size() != before + 1)
            return {};
        return after.first();
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QString error;
        QVERIFY2(m_bed->open(&error), qPrintable(error));

        storage::TerminalRepository terminals(m_bed->database());
        protocol::PollInfo poll;
        poll.name = QStringLiteral("Front door");
        QVERIFY(terminals.recordPoll({approvedDev, QStringLiteral("192.0.2.5"), storage::Approval::Approved, QString()},
                                     poll, 0));
        QVERIFY(terminals.recordContact({pendingDev, QStringLiteral("192.0.2.6"), storage::Approval::Pending, QString()}));

        m_bed->createContext();
        m_page = std::make_unique<ui::TerminalsPage>(m_bed->context());
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(m_page->selectTerminal(approvedDev));
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void badgeCountsPendingTerminals()
    {
        QCOMPARE(m_page->badge(), 1);
        action("approveTerminal")->trigger(); // already approved: nothing to do
        QVERIFY(m_page->selectTerminal(pendingDev));
        action("approveTerminal")->trigger();
        QCOMPARE(storage::TerminalRepository(m_bed->database()).find(pendingDev)->approval, storage::Approval::Approved);
        QCOMPARE(m_page->badge(), 0);
    }

    void blockAsksFirst()
    {
        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        action("blockTerminal")->trigger();
        QVERIFY(m_dialogHandled);
        QCOMPARE(storage::TerminalRepository(m_bed->database()).find(approvedDev)->approval, storage::Approval::Approved);

        whenDialogOpens<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        action("blockTerminal")->trigger();
        QVERIFY(m_dialogHandled);
        QCOMPARE(storage::TerminalRepository(m_bed->database()).find(approvedDev)->approval, storage::Approval::Blocked);
    }

    void simpleActionsQueueTheirCommand_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QString>("commandCode");
        QTest::newRow("get status") << QStringLiteral("getStatus") << QStringLiteral("GET_DEVICE_STATUS");
        QTest::newRow("restart") << QStringLiteral("restartTerminal") << QStringLiteral("RESET_FK");
        QTest::newRow("pull user list") << QStringLiteral("pullUserList") << QStringLiteral("GET_USER_ID_LIST");
        QTest::newRow("sync time") << QStringLiteral("syncTime") << QStringLiteral("SET_TIME");
    }

    void simpleActionsQueueTheirCommand()
    {
        QFETCH(QString, actionName);
        QFETCH(QString, commandCode);
        const storage::JobRow job = queuedBy(actionName.toLatin1().constData());
        QCOMPARE(job.commandCode, commandCode);
        QCOMPARE(job.devId, approvedDev);
        QCOMPARE(job.status, storage::JobStatus::Wait);
        QCOMPARE(job.queuedBy, m_bed->context().operatorName());
        // The user is told, with a way to the job.
        const QString message = m_page->findChild<QLabel *>(QStringLiteral("terminalsMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("job:%1").arg(job.id)), qPrintable(message));
    }

    void renameGoesOutAsSetFkName()
    {
        whenDialogOpens<ui::RenameTerminalDialog>([](ui::RenameTerminalDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("terminalName"));
            QCOMPARE(name->text(), QStringLiteral("Front door"));
            // Terminals take English only: refused as typed.
            name->setText(QStringLiteral("Tür"));
            QVERIFY(!okButton(dialog, "renameTerminalButtons")->isEnabled());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("terminalNameError"))->text().isEmpty());
            name->setText(QStringLiteral("Warehouse gate"));
            clickOk(dialog, "renameTerminalButtons");
        });
        const storage::JobRow job = queuedBy("renameTerminal");
        QVERIFY(m_dialogHandled);
        QCOMPARE(job.commandCode, QStringLiteral("SET_FK_NAME"));
        QCOMPARE(parametersOf(job).value(QStringLiteral("fk_name")).toString(), QStringLiteral("Warehouse gate"));
        QCOMPARE(storage::TerminalRepository(m_bed->database()).find(approvedDev)->name, QStringLiteral("Warehouse gate"));
    }

    void pullLogsForADateRange()
    {
        whenDialogOpens<ui::PullLogsDialog>([](ui::PullLogsDialog *dialog) {
            dialog->setRange(QDate(2026, 11, 1), QDate(2026, 11, 3));
            clickOk(dialog, "pullLogsButtons");
        });
        const storage::JobRow job = queuedBy("pullLogs");
        QVERIFY(m_dialogHandled);
        QCOMPARE(job.commandCode, QStringLiteral("GET_LOG_DATA"));
        QCOMPARE(parametersOf(job).value(QStringLiteral("begin_time")).toString(), QStringLiteral("20261101000000"));
        QCOMPARE(parametersOf(job).value(QStringLiteral("end_time")).toString(), QStringLiteral("20261103235959"));
    }

    void pullLogsPresets()
    {
        ui::PullLogsDialog dialog(QStringLiteral("Front door"), QDate(2026, 3, 15));
        dialog.setPreset(ui::PullLogsDialog::Preset::LastMonth);
        QCOMPARE(dialog.from(), QDate(2026, 2, 1));
        QCOMPARE(dialog.to(), QDate(2026, 2, 28));
        dialog.setPreset(ui::PullLogsDialog::Preset::ThisMonth);
        QCOMPARE(dialog.from(), QDate(2026, 3, 1));
        QCOMPARE(dialog.to(), QDate(2026, 3, 15));
        dialog.setPreset(ui::PullLogsDialog::Preset::Everything);
        QVERIFY(!dialog.from().isValid());
        dialog.setRange(QDate(2026, 3, 10), QDate(2026, 3, 2));
        QVERIFY(!okButton(&dialog, "pullLogsButtons")->isEnabled());
    }

    // The address dialog filled in with a LAN address, then the confirmation handled by `confirm`.
    void setServerAddressTo(const QString &address, std::function<void(QMessageBox *)> confirm)
    {
        whenDialogOpens<ui::ServerAddressDialog>([address, confirm](ui::ServerAddressDialog *dialog) {
            dialog->findChild<QComboBox *>(QStringLiteral("serverAddress"))->setEditText(address);
            test::whenModalShows<QMessageBox>(confirm);
            clickOk(dialog, "serverAddressButtons");
        });
        action("setServerAddress")->trigger();
        QVERIFY(m_dialogHandled);
    }

    void setServerAddressAsksShowingWhatIsSent()
    {
        // Cancel is the default: Enter on the question sends nothing.
        const qsizetype before = jobs().size();
        QString question;
        bool cancelIsDefault = false;
        setServerAddressTo(QStringLiteral("192.168.1.20"), [&](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("serverAddressConfirmation"));
            question = box->text() + QLatin1Char(' ') + box->detailedText();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            QTest::keyClick(box, Qt::Key_Return);
        });
        QVERIFY(cancelIsDefault);
        QVERIFY2(question.contains(QStringLiteral("192.168.1.20")), qPrintable(question));
        QVERIFY2(question.contains(QString::number(m_bed->server()->port())), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("\"ip_address\": \"192.168.1.20\"")), qPrintable(question));
        QCOMPARE(jobs().size(), before);
    }

    void setServerAddressIsPrefilledAndRestarts()
    {
        test::whenModalShows<QMessageBox>([](QMessageBox *box) {
            box->findChild<QPushButton *>(QStringLiteral("confirmServerAddress"))->click();
        });
        whenDialogOpens<ui::ServerAddressDialog>([this](ui::ServerAddressDialog *dialog) {
            QCOMPARE(dialog->address(), QStringLiteral("127.0.0.1"));
            QCOMPARE(dialog->port(), int(m_bed->server()->port()));
            QVERIFY(dialog->restartAfterwards());
            // A terminal cannot reach this PC at its loopback address: refused as shown.
            QVERIFY(!okButton(dialog, "serverAddressButtons")->isEnabled());
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("serverAddressError"))->text().isEmpty());
            dialog->findChild<QComboBox *>(QStringLiteral("serverAddress"))->setEditText(QStringLiteral("192.168.1.20"));
            clickOk(dialog, "serverAddressButtons");
        });
        const qsizetype before = jobs().size();
        action("setServerAddress")->trigger();
        QVERIFY(m_dialogHandled);
        const QList<storage::JobRow> after = jobs();
        QCOMPARE(after.size(), before + 2);
        const storage::JobRow &address = after.at(1);
        QCOMPARE(address.commandCode, QStringLiteral("SET_WEB_SERVER_INFO"));
        QCOMPARE(parametersOf(address).value(QStringLiteral("server_ip")).toString(), QStringLiteral("192.168.1.20"));
        QCOMPARE(parametersOf(address).value(QStringLiteral("server_port")).toInt(), int(m_bed->server()->port()));
        QCOMPARE(after.at(0).commandCode, QStringLiteral("RESET_FK"));
    }

    void clearingNeedsTheTerminalsName_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<QString>("commandCode");
        QTest::newRow("logs") << QStringLiteral("clearLogs") << QStringLiteral("CLEAR_LOG_DATA");
        QTest::newRow("enrollments") << QStringLiteral("clearEnrollments") << QStringLiteral("CLEAR_ENROLL_DATA");
    }

    void clearingNeedsTheTerminalsName()
    {
        QFETCH(QString, actionName);
        QFETCH(QString, commandCode);
        const QByteArray name = actionName.toLatin1();

        whenDialogOpens<ui::ConfirmByNameDialog>([](ui::ConfirmByNameDialog *dialog) {
            auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("confirmName"));
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
            typed->setText(QStringLiteral("Front"));
            QVERIFY(!confirm->isEnabled());
            typed->setText(QStringLiteral("front door"));
            QVERIFY(!confirm->isEnabled());
            // Enter on a wrong name does not confirm either.
            QTest::keyClick(typed, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            dialog->reject();
        });
        const qsizetype before = jobs().size();
        action(name.constData())->trigger();
        QVERIFY(m_dialogHandled);
        QCOMPARE(jobs().size(), before);

        whenDialogOpens<ui::ConfirmByNameDialog>([](ui::ConfirmByNameDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("confirmName"))->setText(QStringLiteral("Front door"));
            dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        });
        const storage::JobRow job = queuedBy(name.constData());
        QVERIFY(m_dialogHandled);
        QCOMPARE(job.commandCode, commandCode);
        QCOMPARE(job.devId, approvedDev);
    }

    void pendingTerminalsGetNoCommands()
    {
        m_bed->context().showTerminal(pendingDev);
        QCOMPARE(m_page->selectedTerminal()->devId, pendingDev);
        for (const char *name : {"renameTerminal", "syncTime", "getStatus", "pullLogs", "pullUserList", "restartTerminal",
                                 "setServerAddress", "clearLogs", "clearEnrollments"}) {
            QVERIFY2(!action(name)->isEnabled(), name);
            QVERIFY2(action(name)->toolTip().contains(QStringLiteral("Approve")), name);
        }
        QVERIFY(action("approveTerminal")->isEnabled());
        const qsizetype before = jobs().size();
        action("getStatus")->trigger();
        QCOMPARE(jobs().size(), before);

        m_bed->context().showTerminal(approvedDev);
        QVERIFY(action("getStatus")->isEnabled());
        QVERIFY(!action("approveTerminal")->isEnabled());
    }

    // Pinning refuses a copy of the dev_id elsewhere; both ways are in the audit trail and the
    // details say so. A viewer may not.
    void pinningTiesATerminalToItsAddress()
    {
        QAction *pin = action("pinTerminal");
        QVERIFY(pin->isEnabled());
        QVERIFY(!pin->isChecked());
        pin->trigger();
        QVERIFY(storage::TerminalRepository(m_bed->database()).find(approvedDev)->pinned);
        QVERIFY(pin->isChecked());
        auto *details = m_page->findChild<QWidget *>(QStringLiteral("terminalDetails"));
        QVERIFY(details->property("plainText").toString().contains(QStringLiteral("192.0.2.5 (pinned")));
        pin->trigger();
        QVERIFY(!storage::TerminalRepository(m_bed->database()).find(approvedDev)->pinned);
        storage::AuditFilter filter;
        filter.terminal = approvedDev;
        QStringList actions;
        for (const storage::AuditEntry &entry : storage::AuditRepository(m_bed->database()).list(filter))
            actions << entry.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("terminal.unpin_address"), QStringLiteral("terminal.pin_address")}));

        m_bed->context().setActor(m_bed->signInAs(QStringLiteral("vera"), services::Role::Viewer));
        QVERIFY(!pin->isEnabled());
    }

    void detailsShowTheSelectedTerminal()
    {
        auto *details = m_page->findChild<QWidget *>(QStringLiteral("terminalDetails"));
        QVERIFY(details);
        QVERIFY(details->property("plainText").toString().contains(approvedDev));
        m_bed->context().showTerminal(pendingDev);
        QVERIFY(details->property("plainText").toString().contains(QStringLiteral("192.0.2.6")));
    }

    // The terminal's clock is the site's wall time: labelled with the site's zone, not "UTC".
    void detailsLabelTheClockWithTheSitesZone()
    {
        QVERIFY(storage::SettingsRepository(m_bed->database())
                    .setValue(QLatin1String(storage::SettingsRepository::SiteTimeZoneKey),
                              QStringLiteral("Pacific/Auckland")));
        protocol::PollInfo poll;
        poll.name = QStringLiteral("Front door");
        poll.clock = protocol::walltime::make(QDate(2026, 12, 7), QTime(18, 30));
        QVERIFY(storage::TerminalRepository(m_bed->database())
                    .recordPoll({approvedDev, QStringLiteral("192.0.2.5"), storage::Approval::Approved, QString()},
                                poll, 0));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        m_bed->context().showTerminal(pendingDev);
        m_bed->context().showTerminal(approvedDev);
        auto *details = m_page->findChild<QWidget *>(QStringLiteral("terminalDetails"));
        QTRY_VERIFY2(
            details->property("plainText").toString().contains(QStringLiteral("(Pacific/Auckland, UTC+13:00)")),
            qPrintable(details->property("plainText").toString()));
    }

    void contextMenuOpensTheCommandBuilderForThatTerminal()
    {
        auto *view = test::findWidget<QTableView>(m_page.get(), "terminalsTable");
        QList<ui::CommandDraft> builder;
        connect(&m_bed->context(), &ui::ConsoleContext::commandBuilderRequested, this,
                [&builder](const ui::CommandDraft &draft) { builder << draft; });
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *send = nullptr;
            for (QAction *action : menu->actions()) {
                offered << action->objectName();
                if (action->objectName() == QLatin1String("sendCommand"))
                    send = action;
            }
            menu->close();
            if (send)
                send->trigger();
        });
        Q_EMIT view->customContextMenuRequested(view->visualRect(view->currentIndex()).center());
        QVERIFY2(offered.contains(QStringLiteral("sendCommand")), qPrintable(offered.join(QLatin1Char(' '))));
        QCOMPARE(builder.count(), 1);
        QCOMPARE(builder.at(0).devId, approvedDev);

        // The header's button opens it for the selected terminal too.
        m_bed->context().showTerminal(pendingDev);
        QTest::mouseClick(test::findWidget<QWidget>(m_page.get(), "sendCommandButton"), Qt::LeftButton);
        QCOMPARE(builder.count(), 2);
        QCOMPARE(builder.at(1).devId, pendingDev);
    }

    void reloadKeepsTheSelectionAndUpdatesRowsInPlace()
    {
        auto *view = test::findWidget<QTableView>(m_page.get(), "terminalsTable");
        auto *model = m_page->findChild<ui::TerminalTableModel *>();
        QVERIFY(model);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex current = view->currentIndex();
        QVERIFY(storage::TerminalRepository(m_bed->database()).setName(pendingDev, QStringLiteral("Back door")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex().data(ui::TerminalTableModel::DevIdRole).toString(), pendingDev);
        QCOMPARE(view->currentIndex(), QModelIndex(current));
        QCOMPARE(m_page->selectedTerminal()->devId, approvedDev);
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row()));
    }

    void approvalByAnotherProgramShowsWithinTwoSeconds()
    {
        auto *model = m_page->findChild<ui::TerminalTableModel *>();
        auto *header = test::findWidget<ui::PageHeader>(m_page.get(), "terminalsHeader");
        QCOMPARE(header->summary(), QStringLiteral("1 of 2 online, 1 waiting for approval"));
        // Another connection, as the CLI or a second console would make it.
        QString error;
        std::unique_ptr<storage::Connection> other = storage::Connection::open(m_bed->config(), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(storage::TerminalRepository(other->database()).setApproval(pendingDev, storage::Approval::Approved));

        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(pendingDev), 0).data(ui::TerminalTableModel::ApprovalRole).toInt(),
                                  int(storage::Approval::Approved), 2500);
        QCOMPARE(m_page->badge(), 0);
        QCOMPARE(header->summary(), QStringLiteral("2 of 2 online"));
    }

    // Across a network the actions run on the console's reader thread (here on the SQLite file):
    // with the GUI thread's connection closed, what they change and say is the reader's doing.
    void actionsRunOnTheReaderThread()
    {
        m_page.reset();
        ui::ConsoleContext &readers = m_bed->createContext(true);
        m_page = std::make_unique<ui::TerminalsPage>(readers);
        m_page->show();
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        m_bed->waitForReads();
        auto *message = test::findWidget<QLabel>(m_page.get(), "terminalsMessage");

        QVERIFY(m_page->selectTerminal(pendingDev));
        action("approveTerminal")->trigger();
        QCOMPARE(message->text(), QStringLiteral("PEND01 is approved."));
        m_bed->waitForReads();
        QCOMPARE(m_page->badge(), 0);

        QVERIFY(m_page->selectTerminal(approvedDev));
        action("getStatus")->trigger();
        QVERIFY2(message->text().startsWith(QStringLiteral("Asking Front door for its counts is queued.")),
                 qPrintable(message->text()));
        action("pinTerminal")->trigger();
        QVERIFY2(message->text().startsWith(QStringLiteral("Front door is pinned to 192.0.2.5")),
                 qPrintable(message->text()));
        m_bed->waitForReads();

        closed.reset();
        storage::TerminalRepository terminals(m_bed->database());
        QCOMPARE(terminals.find(pendingDev)->approval, storage::Approval::Approved);
        QVERIFY(terminals.find(approvedDev)->pinned);
        const QList<storage::JobRow> queued = jobs();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().commandCode, QStringLiteral("GET_DEVICE_STATUS"));
        QCOMPARE(queued.first().queuedBy, readers.operatorName());
    }

    void autoApproveSettingIsShownWithALinkToSettings()
    {
        auto *hint = m_page->findChild<QLabel *>(QStringLiteral("autoApproveHint"));
        QVERIFY(hint->text().contains(QStringLiteral("wait for your approval")));
        QSignalSpy pages(&m_bed->context(), &ui::ConsoleContext::pageRequested);
        Q_EMIT hint->linkActivated(QStringLiteral("settings"));
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.at(0).at(0).value<ui::PageId>(), ui::PageId::Settings);
    }
};

QTEST_MAIN(tst_TerminalsPage)
#include "tst_terminalspage.moc"
