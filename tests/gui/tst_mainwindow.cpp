#include "consolecontext.h"
#include "consoletestbed.h"
#include "widgetlookup.h"
#include "mainwindow.h"
#include "navigationlist.h"
#include "page.h"

#include "connection.h"
#include "serverhost.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QApplication>
#include <QCompleter>
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
        QCOMPARE(pages->count(), 7);
        for (int page = pages->count() - 1; page >= 0; --page) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(pages->currentIndex(), page);
            QCOMPARE(widget<ui::NavigationList>("navigation")->currentRow(), page);
        }
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

    void badgesFollowThePages()
    {
        auto *navigation = widget<ui::NavigationList>("navigation");
        ui::Page *terminals = m_window->page(ui::PageId::Terminals);
        QCOMPARE(navigation->badge(int(ui::PageId::Terminals)), terminals->badge());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
