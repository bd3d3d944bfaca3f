#include "commandbuilderdialog.h"
#include "commandforms/commandform.h"
#include "consolecontext.h"
#include "consoletestbed.h"
#include "widgetlookup.h"
#include "mainwindow.h"
#include "navigationlist.h"
#include "page.h"

#include "connection.h"
#include "jobrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace punchclock;

// The window itself: navigation, keyboard, search and the status bar, against the real
// server on 127.0.0.1 and a temporary database.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::MainWindow> m_window;

    template<typename T>
    T *widget(const char *objectName) const
    {
        return test::findWidget<T>(m_window.get(), objectName);
    }

    void addTerminal(const QString &devId, storage::Approval approval)
    {
        QVERIFY(storage::TerminalRepository(m_bed->database())
                    .recordContact({devId, QStringLiteral("192.0.2.5"), approval, QString()}));
    }

    // The builder the last request opened; null when none is open.
    ui::CommandBuilderDialog *openBuilder() const
    {
        const QList<ui::CommandBuilderDialog *> open = m_window->findChildren<ui::CommandBuilderDialog *>();
        return open.isEmpty() || !open.constLast()->isVisible() ? nullptr : open.constLast();
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QString error;
        QVERIFY2(m_bed->open(&error), qPrintable(error));
        m_bed->createContext();
        m_window = std::make_unique<ui::MainWindow>(m_bed->context());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_bed.reset();
    }

    void everyPageIsReachableByKeyboard()
    {
        auto *pages = widget<QStackedWidget>("pages");
        QCOMPARE(pages->count(), 9); // the Audit trail's is the administrators', as the testbed's actor
        for (int page = pages->count() - 1; page >= 0; --page) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(pages->currentIndex(), page);
            QCOMPARE(widget<ui::NavigationList>("navigation")->currentRow(), page);
        }
    }

    // The whole audit trail names everyone's changes: a manager neither sees its page nor reaches it.
    void theAuditTrailIsTheAdministrators()
    {
        auto *navigation = widget<ui::NavigationList>("navigation");
        QVERIFY(!navigation->item(int(ui::PageId::Audit))->isHidden());
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), ui::PageId::Audit);

        m_bed->context().setActor(m_bed->signInAs(QStringLiteral("mona"), services::Role::Manager));
        QVERIFY(navigation->item(int(ui::PageId::Audit))->isHidden());
        // Integrations, like Settings, stay in sight: a manager sees what is sent, and cannot change it.
        QVERIFY(!navigation->item(int(ui::PageId::Integrations))->isHidden());
        QCOMPARE(m_window->currentPage(), ui::PageId::Dashboard);
        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), ui::PageId::Dashboard);
        m_bed->context().showPage(ui::PageId::Audit);
        QCOMPARE(m_window->currentPage(), ui::PageId::Dashboard);
    }

    void pagesAskForOtherPages()
    {
        m_bed->context().showPage(ui::PageId::Settings);
        QCOMPARE(m_window->currentPage(), ui::PageId::Settings);
        m_bed->context().showJob(42);
        QCOMPARE(m_window->currentPage(), ui::PageId::Jobs);
        m_bed->context().showTerminal(QStringLiteral("X"));
        QCOMPARE(m_window->currentPage(), ui::PageId::Terminals);
    }

    void statusBarTellsWhereTerminalsConnect()
    {
        const QString text = widget<QLabel>("serverState")->text();
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(m_bed->server()->port())), qPrintable(text));
        QCOMPARE(widget<QLabel>("terminalState")->text(), QStringLiteral("No terminals yet"));
    }

    void statusBarCountsTerminalsWaitingForApproval()
    {
        addTerminal(QStringLiteral("PEND01"), storage::Approval::Pending);
        addTerminal(QStringLiteral("PEND02"), storage::Approval::Pending);
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        // "2 terminals …" once the English plural forms are loaded; the test runs on the source text.
        const QString waiting = widget<QLabel>("terminalState")->text();
        QVERIFY2(waiting.startsWith(QStringLiteral("2 terminal")) && waiting.endsWith(QStringLiteral(" waiting for approval")),
                 qPrintable(waiting));
        QVERIFY(storage::TerminalRepository(m_bed->database()).setApproval(QStringLiteral("PEND01"), storage::Approval::Approved));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QCOMPARE(widget<QLabel>("terminalState")->text(), QStringLiteral("1/1 terminals online"));
    }

    void newCommandShortcutOpensTheBuilder()
    {
        QVERIFY(!openBuilder());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        ui::CommandBuilderDialog *builder = openBuilder();
        QVERIFY(builder);
        QCOMPARE(builder->objectName(), QStringLiteral("commandBuilder"));
        QVERIFY(builder->terminalDevId().isEmpty());
        QCOMPARE(builder->currentForm()->code(), protocol::CommandCode::GetDeviceStatus);
        builder->close();
    }

    void terminalsAndUsersOpenTheBuilderPreset()
    {
        addTerminal(QStringLiteral("FRONT01"), storage::Approval::Approved);
        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("12");
        alice.name = QStringLiteral("Alice");
        storage::UserRepository users(m_bed->database());
        QVERIFY(users.saveUser(alice));
        QVERIFY(users.addMembership(QStringLiteral("FRONT01"), QStringLiteral("12"), QStringLiteral("USER")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Users | ui::ConsoleContext::Terminals);

        // The Terminals page's "Send command…", for the selected terminal.
        m_bed->context().showTerminal(QStringLiteral("FRONT01"));
        m_window->page(ui::PageId::Terminals)->findChild<QAction *>(QStringLiteral("sendCommand"))->trigger();
        ui::CommandBuilderDialog *builder = openBuilder();
        QVERIFY(builder);
        QCOMPARE(builder->terminalDevId(), QStringLiteral("FRONT01"));
        builder->close();

        // The Users page's, sending the selected user to a terminal holding it.
        m_bed->context().showUser(QStringLiteral("12"));
        m_window->page(ui::PageId::Users)->findChild<QAction *>(QStringLiteral("sendCommandAction"))->trigger();
        builder = openBuilder();
        QVERIFY(builder);
        QCOMPARE(builder->terminalDevId(), QStringLiteral("FRONT01"));
        QCOMPARE(builder->currentForm()->code(), protocol::CommandCode::SetUserInfo);
        const QJsonObject preview = QJsonDocument::fromJson(builder->previewText().toUtf8()).object();
        QCOMPARE(preview.value(QStringLiteral("user_id")).toString(), QStringLiteral("12"));
        QCOMPARE(preview.value(QStringLiteral("user_name")).toString(), QStringLiteral("Alice"));
        QVERIFY(builder->canSend());
        builder->close();
    }

    void statusBarSaysWhyTheServerIsNotRunning()
    {
        m_bed->server()->stop();
        m_bed->context().setServerError(QStringLiteral("port 8090 is in use by another program"));
        QCOMPARE(widget<QLabel>("serverState")->text(),
                 QStringLiteral("Server not running: port 8090 is in use by another program"));
    }

    void searchFindsUsersAndTerminalsAndOpensThem()
    {
        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("12");
        alice.name = QStringLiteral("Alice Smith");
        QVERIFY(storage::UserRepository(m_bed->database()).saveUser(alice));
        storage::TerminalContact contact;
        contact.devId = QStringLiteral("FRONT01");
        contact.remoteAddress = QStringLiteral("192.0.2.5");
        QVERIFY(storage::TerminalRepository(m_bed->database()).recordContact(contact));
        m_bed->context().notifyChanged(ui::ConsoleContext::Users | ui::ConsoleContext::Terminals);

        auto *search = widget<QLineEdit>("globalSearch");
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QSignalSpy userRequests(&m_bed->context(), &ui::ConsoleContext::userRequested);
        QCompleter *completer = search->completer();
        completer->setCompletionPrefix(QStringLiteral("smith"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Alice Smith (12)"));
        Q_EMIT completer->activated(completer->currentIndex());
        QCOMPARE(userRequests.count(), 1);
        QCOMPARE(userRequests.at(0).at(0).toString(), QStringLiteral("12"));
        QCOMPARE(m_window->currentPage(), ui::PageId::Users);

        completer->setCompletionPrefix(QStringLiteral("front"));
        QCOMPARE(completer->completionCount(), 1);
        Q_EMIT completer->activated(completer->currentIndex());
        QCOMPARE(m_window->currentPage(), ui::PageId::Terminals);
    }

    void badgesCountPendingTerminalsAndFailedJobs()
    {
        auto *navigation = widget<ui::NavigationList>("navigation");
        const int terminals = int(ui::PageId::Terminals);
        const int jobs = int(ui::PageId::Jobs);
        QCOMPARE(navigation->badge(terminals), 0);
        QCOMPARE(navigation->badge(jobs), 0);

        addTerminal(QStringLiteral("PEND01"), storage::Approval::Pending);
        addTerminal(QStringLiteral("FRONT01"), storage::Approval::Approved);
        storage::JobRepository queue(m_bed->database());
        storage::NewJob job;
        job.devId = QStringLiteral("FRONT01");
        job.commandCode = QStringLiteral("GET_DEVICE_STATUS");
        const std::optional<qint64> id = queue.enqueue(job);
        QVERIFY(id);
        QVERIFY(queue.markSent(*id, {}));
        QVERIFY(queue.transition(*id, {storage::JobStatus::Run}, storage::JobStatus::Timeout));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals | ui::ConsoleContext::Jobs);
        QCOMPARE(navigation->badge(terminals), 1);
        QCOMPARE(navigation->badge(jobs), 1);

        QVERIFY(storage::TerminalRepository(m_bed->database()).setApproval(QStringLiteral("PEND01"), storage::Approval::Approved));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QCOMPARE(navigation->badge(terminals), 0);
        QCOMPARE(navigation->badge(jobs), 1);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
