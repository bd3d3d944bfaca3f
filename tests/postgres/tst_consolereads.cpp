#include "consolereads.h"
#include "consoleseed.h"
#include "latencyproxy.h"
#include "shareddatabase.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "mainwindow.h"
#include "page.h"
#include "punchtablemodel.h"
#include "terminaltablemodel.h"
#include "usertablemodel.h"

#include "connection.h"
#include "terminalrepository.h"

#include <QAction>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;

// A console whose PostgreSQL database is across a network: every round trip on the GUI thread
// would hold the window for the link's latency. Between the console and the database sits a
// proxy that counts the round trips of each connection; the console's own connection (the GUI
// thread's) is its first. Showing and reloading every page, and the refresh after a change made
// elsewhere, must make none there (the reader thread's connection makes them), and the pages
// must still show what the database holds.
class tst_ConsoleReads : public QObject
{
    Q_OBJECT

private:
    static constexpr int Terminals = 4;
    static constexpr int Users = 30;

    QTemporaryDir m_dir;
    storage::DatabaseConfig m_direct;
    std::unique_ptr<test::LatencyProxy> m_proxy;
    std::unique_ptr<storage::Connection> m_console;
    std::unique_ptr<ui::ConsoleContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;

    qint64 guiRoundTrips() const { return m_proxy->roundTrips(0); }

    void waitForReads() { test::waitForReads(m_context->reader(), 20000); }

    template <typename Model>
    int rowsOf(ui::PageId page) const
    {
        const auto *model = m_window->page(page)->findChild<Model *>();
        return model ? model->rowCount() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PUNCHCLOCK_REQUIRE_POSTGRES();
        m_direct = test::testDatabaseConfig(m_dir.filePath(QStringLiteral("console.sqlite")));
        QString error;
        QVERIFY2(test::seedConsoleData(m_direct, Terminals, Users, &error), qPrintable(error));

        const int port = m_direct.port > 0 ? m_direct.port : 5432;
        m_proxy = std::make_unique<test::LatencyProxy>(m_direct.host + QStringLiteral("/.s.PGSQL.%1").arg(port), 2);
        storage::DatabaseConfig throughProxy = m_direct;
        throughProxy.host = QStringLiteral("127.0.0.1");
        throughProxy.port = m_proxy->start();
        QVERIFY(throughProxy.port != 0);
        m_console = storage::Connection::open(throughProxy, &error);
        QVERIFY2(m_console, qPrintable(error));

        m_context = std::make_unique<ui::ConsoleContext>(*m_console, nullptr);
        QCOMPARE(m_context->reader().mode(), ui::ConsoleReader::Mode::OnReaderThread);
    }

    void theWindowOpensWithoutReadingOnTheGuiThread()
    {
        const qint64 before = guiRoundTrips();
        m_window = std::make_unique<ui::MainWindow>(*m_context);
        m_window->show();
        waitForReads();
        QCOMPARE(guiRoundTrips() - before, 0);
        QVERIFY(m_proxy->connections() >= 2); // the GUI thread's and the reader's
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
        m_console.reset();
    }

    void everyPageShowsAndReloadsWithoutReadingOnTheGuiThread_data()
    {
        QTest::addColumn<ui::PageId>("page");
        QTest::newRow("Dashboard") << ui::PageId::Dashboard;
        QTest::newRow("Terminals") << ui::PageId::Terminals;
        QTest::newRow("Users") << ui::PageId::Users;
        QTest::newRow("Punches") << ui::PageId::Punches;
        QTest::newRow("Jobs") << ui::PageId::Jobs;
        QTest::newRow("Reports") << ui::PageId::Reports;
        QTest::newRow("Integrations") << ui::PageId::Integrations;
        QTest::newRow("Settings") << ui::PageId::Settings;
        QTest::newRow("Audit trail") << ui::PageId::Audit;
    }

    void everyPageShowsAndReloadsWithoutReadingOnTheGuiThread()
    {
        QFETCH(ui::PageId, page);
        const qint64 before = guiRoundTrips();
        m_window->showPage(page);
        m_window->page(page)->reload();
        waitForReads();
        QCOMPARE(guiRoundTrips() - before, 0);
    }

    void thePagesShowWhatTheDatabaseHolds()
    {
        QCOMPARE(rowsOf<ui::TerminalTableModel>(ui::PageId::Terminals), Terminals);
        QCOMPARE(rowsOf<ui::UserTableModel>(ui::PageId::Users), Users);
        QVERIFY(rowsOf<ui::PunchTableModel>(ui::PageId::Punches) > 0);
    }

    // An operator's action: the service call and what follows it run on the reader's thread,
    // the window painting meanwhile; the job is queued and shown.
    void anActionChangesWithoutReadingOnTheGuiThread()
    {
        m_window->showPage(ui::PageId::Terminals);
        auto *table = m_window->page(ui::PageId::Terminals)->findChild<QTableView *>(QStringLiteral("terminalsTable"));
        QVERIFY(table);
        table->selectRow(0);
        auto *getStatus = m_window->page(ui::PageId::Terminals)->findChild<QAction *>(QStringLiteral("getStatus"));
        QVERIFY(getStatus);
        QVERIFY(getStatus->isEnabled());
        const qint64 before = guiRoundTrips();
        getStatus->trigger();
        waitForReads();
        QCOMPARE(guiRoundTrips() - before, 0);
        const int queued = m_context->reader().wait([](const QSqlDatabase &db) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE cmd_code = 'GET_DEVICE_STATUS'")) &&
                    query.next()
                ? query.value(0).toInt()
                : -1;
        });
        QCOMPARE(queued, 1);
    }

    // Another PC registers a terminal: its change notice reaches the console, and the pages read
    // it on the reader's thread.
    void aChangeFromElsewhereIsShownWithoutReadingOnTheGuiThread()
    {
        const qint64 before = guiRoundTrips();
        QString error;
        const auto elsewhere = storage::Connection::open(m_direct, &error);
        QVERIFY2(elsewhere, qPrintable(error));
        storage::TerminalContact contact;
        contact.devId = QStringLiteral("ELSEWHERE0000001");
        contact.remoteAddress = QStringLiteral("192.0.2.200");
        contact.approvalIfNew = storage::Approval::Approved;
        QVERIFY(storage::TerminalRepository(elsewhere->database()).recordContact(contact));
        QTRY_COMPARE_WITH_TIMEOUT(rowsOf<ui::TerminalTableModel>(ui::PageId::Terminals), Terminals + 1, 10000);
        waitForReads();
        QCOMPARE(guiRoundTrips() - before, 0);
    }
};

QTEST_MAIN(tst_ConsoleReads)
#include "tst_consolereads.moc"
