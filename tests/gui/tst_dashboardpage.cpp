#include "attentionlist.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "consoletestbed.h"
#include "dashboardpage.h"
#include "dashboardtile.h"
#include "jobspage.h"
#include "pageheader.h"
#include "readerpagetests.h"
#include "recentpunchmodel.h"
#include "simulatorlauncher.h"

#include "connection.h"
#include "dashboardqueries.h"
#include "freeport.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "rawhttpclient.h"
#include "serverhost.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "terminalrequestbuilder.h"
#include "testdata.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "walltime.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace punchclock;

namespace {

// The device ID in the captured HS101 poll (tests/data/capture_hs101_receive_cmd.http).
const QString capturedDev = QStringLiteral("D96584729B906B39");

} // namespace

// The dashboard against the real server on 127.0.0.1 and a temporary database: terminals and
// punches arrive as raw HTTP, byte for byte like a terminal.
class tst_DashboardPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::SimulatorLauncher> m_simulator;
    std::unique_ptr<ui::DashboardPage> m_page;

    template<typename T>
    T *widget(const QString &objectName) const
    {
        return m_page->findChild<T *>(objectName);
    }

    QString tileValue(const char *tile) const
    {
        auto *found = widget<ui::DashboardTile>(QLatin1String(tile));
        return found ? found->value() : QString();
    }

    void sendPunch(const QString &userId, const QDateTime &ioTime, int ioMode)
    {
        test::TerminalRequestBuilder request;
        request.devId = capturedDev.toLatin1();
        request.body = test::hs101GlogBody(userId, ioTime.toString(QStringLiteral("yyyyMMddHHmmss")), ioMode);
        const test::RawHttpReply reply = test::sendRaw(m_bed->server()->port(), request.build());
        QCOMPARE(reply.status, 200);
    }

    // The text of the attention row `rowName` ("offline_<dev_id>", "failed_<job id>").
    QLabel *attentionText(const QString &rowName) const
    {
        auto *row = widget<QWidget>(rowName);
        return row ? row->findChild<QLabel *>(QStringLiteral("attentionText")) : nullptr;
    }

    // As if the terminal had last polled `secondsAgo` ago, polling every `interval` seconds.
    void setLastSeen(qint64 secondsAgo, qint64 interval)
    {
        QSqlQuery query(m_bed->database());
        QVERIFY(query.prepare(QStringLiteral("UPDATE terminals SET last_seen = ?, poll_interval_s = ? WHERE dev_id = ?")));
        query.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo).toString(Qt::ISODateWithMs));
        query.addBindValue(interval);
        query.addBindValue(capturedDev);
        QVERIFY(query.exec());
        m_page->reload();
    }

    // A job for the captured terminal that the terminal refused with `returnCode`, or left
    // unanswered when that is empty; the dashboard is told.
    std::optional<qint64> failedJob(const QString &commandCode, const QString &returnCode)
    {
        storage::JobRepository jobs(m_bed->database());
        storage::NewJob job;
        job.devId = capturedDev;
        job.commandCode = commandCode;
        const std::optional<qint64> id = jobs.enqueue(job);
        const bool ended = id && jobs.markSent(*id, {})
            && (returnCode.isEmpty()
                    ? jobs.transition(*id, {storage::JobStatus::Run}, storage::JobStatus::Timeout)
                    : jobs.recordResult(*id, {storage::JobStatus::Run}, returnCode, {}, {}));
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        return ended ? id : std::nullopt;
    }

    // The page again, on a simulated terminal the console hands over, as the first-run
    // wizard's is.
    void useTheConsolesSimulator()
    {
        m_page.reset();
        m_simulator = std::make_unique<ui::SimulatorLauncher>();
        m_simulator->setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
        m_bed->context().setSimulator(m_simulator.get());
        m_page = std::make_unique<ui::DashboardPage>(m_bed->context());
        m_page->resize(1200, 800);
        m_page->show();
    }

    // The page again, reading on the console's reader thread as on PostgreSQL.
    void readOnTheReaderThread()
    {
        m_page.reset();
        QCOMPARE(m_bed->createContext(true).reader().mode(), ui::ConsoleReader::Mode::OnReaderThread);
        m_page = std::make_unique<ui::DashboardPage>(m_bed->context());
        m_page->show();
        m_bed->waitForReads();
    }

    void approveCapturedTerminal()
    {
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.recordContact({capturedDev, QStringLiteral("127.0.0.1"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.setApproval(capturedDev, storage::Approval::Approved));
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
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
        m_page = std::make_unique<ui::DashboardPage>(m_bed->context());
        m_page->resize(1200, 800);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_simulator.reset();
        m_bed.reset();
    }

    void emptyDatabaseShowsWhatToTypeIntoATerminal()
    {
        auto *views = widget<QStackedWidget>(QStringLiteral("dashboardViews"));
        QVERIFY(views);
        QCOMPARE(views->currentWidget()->objectName(), QStringLiteral("gettingStarted"));
        QCOMPARE(widget<QLabel>(QStringLiteral("serverPort"))->text(), QString::number(m_bed->server()->port()));
        // Bound to 127.0.0.1, that is the one address a terminal could use.
        QCOMPARE(widget<QLabel>(QStringLiteral("serverAddresses"))->text(), QStringLiteral("127.0.0.1"));
        QVERIFY(widget<QPushButton>(QStringLiteral("copyServerAddress"))->isEnabled());
        QVERIFY(widget<QPushButton>(QStringLiteral("startSimulator"))->isEnabled());
        QCOMPARE(m_page->badge(), 0);
    }

    void stoppedServerIsExplainedInsteadOfAnAddress()
    {
        m_bed->server()->stop();
        m_bed->context().setServerError(QStringLiteral("port 8090 is in use by another program"));
        m_page->reload();
        auto *problem = widget<QLabel>(QStringLiteral("serverProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("port 8090 is in use")), qPrintable(problem->text()));
        QVERIFY(!widget<QPushButton>(QStringLiteral("startSimulator"))->isEnabled());
    }

    // Settings restarts the server on another address: the simulated terminal goes there too,
    // instead of polling the old one for ever.
    void theSimulatedTerminalFollowsTheServerAndStopsFromTheHeader()
    {
        useTheConsolesSimulator();
        QSignalSpy connected(m_simulator.get(), &ui::SimulatorLauncher::connected);
        QSignalSpy failures(m_simulator.get(), &ui::SimulatorLauncher::failed);
        auto *stop = widget<QPushButton>(QStringLiteral("stopSimulator"));
        QVERIFY(!stop->isVisible());
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("startSimulator")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        // Registered, it turns the page to the overview; the Stop button is in the header.
        QTRY_COMPARE(widget<QStackedWidget>(QStringLiteral("dashboardViews"))->currentWidget()->objectName(),
                     QStringLiteral("dashboardOverview"));
        QVERIFY(stop->isVisible());

        // What ServerSection::apply does.
        http::ServerHost *server = m_bed->server();
        const quint16 oldPort = server->port();
        http::ServerOptions options;
        options.address = server->address();
        options.port = test::freePort();
        QVERIFY(options.port != oldPort);
        server->stop();
        QString error;
        QVERIFY2(server->start(options, &error), qPrintable(error));
        m_bed->context().setServerError({});
        // Nothing listens on the old port: only the new one can answer.
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 15000);
        QVERIFY(m_simulator->isRunning());
        QVERIFY(stop->isVisible());
        QCOMPARE(failures.count(), 0);

        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!m_simulator->isRunning());
        QVERIFY(!stop->isVisible());
        QCOMPARE(failures.count(), 0);
        // Restarting the server where it was leaves a stopped terminal stopped.
        m_bed->context().setServerError({});
        QVERIFY(!m_simulator->isRunning());
    }

    void newTerminalIsApprovedFromTheAttentionList()
    {
        const test::RawHttpReply reply =
            test::sendRaw(m_bed->server()->port(), test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http")));
        QCOMPARE(reply.status, 200);

        QTRY_VERIFY(widget<QPushButton>(QStringLiteral("approve_") + capturedDev));
        QCOMPARE(widget<QStackedWidget>(QStringLiteral("dashboardViews"))->currentWidget()->objectName(),
                 QStringLiteral("dashboardOverview"));
        QCOMPARE(m_page->badge(), 1);
        QCOMPARE(tileValue("attentionTile"), QStringLiteral("1"));
        QVERIFY(widget<QPushButton>(QStringLiteral("block_") + capturedDev));

        QTest::mouseClick(widget<QPushButton>(QStringLiteral("approve_") + capturedDev), Qt::LeftButton);
        QCOMPARE(storage::TerminalRepository(m_bed->database()).find(capturedDev)->approval, storage::Approval::Approved);
        QTRY_VERIFY(!widget<QPushButton>(QStringLiteral("approve_") + capturedDev));
        QCOMPARE(tileValue("terminalsOnlineTile"), QStringLiteral("1/1"));
        // The captured terminal's clock was reset to 2019: approved, that is what needs attention now.
        QVERIFY(widget<QPushButton>(QStringLiteral("sync_") + capturedDev));
        QCOMPARE(m_page->badge(), 1);
    }

    // As on PostgreSQL: the attention list's actions run on the console's reader thread too.
    // With the GUI thread's connection closed, the approval and the retry are the reader's doing.
    void attentionActionsRunOnTheReaderThread()
    {
        const test::RawHttpReply reply =
            test::sendRaw(m_bed->server()->port(), test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http")));
        QCOMPARE(reply.status, 200);
        // Named in the message as stored: looked up on the reader too.
        const QString name = storage::TerminalRepository(m_bed->database()).find(capturedDev)->name;
        QVERIFY(!name.isEmpty());
        readOnTheReaderThread();
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        m_page->reload();
        QTRY_VERIFY(widget<QPushButton>(QStringLiteral("approve_") + capturedDev));
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("approve_") + capturedDev), Qt::LeftButton);
        auto *message = widget<QLabel>(QStringLiteral("dashboardMessage"));
        QCOMPARE(message->text(), QStringLiteral("%1 is approved.").arg(name));
        QTRY_VERIFY(!widget<QPushButton>(QStringLiteral("approve_") + capturedDev));

        closed.reset();
        const std::optional<qint64> id = failedJob(QStringLiteral("GET_DEVICE_STATUS"), QString());
        QVERIFY(id);
        closed.emplace(m_bed->database());
        const QString retryName = QStringLiteral("retry_%1").arg(*id);
        QTRY_VERIFY(widget<QPushButton>(retryName));
        QTest::mouseClick(widget<QPushButton>(retryName), Qt::LeftButton);
        QVERIFY2(message->text().startsWith(QStringLiteral("Job %1 is queued again.").arg(*id)),
                 qPrintable(message->text()));

        closed.reset();
        QCOMPARE(storage::TerminalRepository(m_bed->database()).find(capturedDev)->approval, storage::Approval::Approved);
        QCOMPARE(storage::JobRepository(m_bed->database()).list({}).size(), 2);
    }

    void tilesCountPunchesTodayAndWhoIsIn()
    {
        approveCapturedTerminal();
        const QDateTime today(QDate::currentDate(), QTime(0, 0, 10));
        sendPunch(QStringLiteral("1"), today, 1);                 // in
        sendPunch(QStringLiteral("2"), today, 1);                 // in …
        sendPunch(QStringLiteral("2"), today.addSecs(60), 2);     // … and out again
        sendPunch(QStringLiteral("3"), today.addSecs(5), 1);      // in
        // No direction from the terminal: an odd number of punches today means in.
        sendPunch(QStringLiteral("4"), today, 0);
        sendPunch(QStringLiteral("5"), today, 0);
        sendPunch(QStringLiteral("5"), today.addSecs(30), 0);
        // Yesterday's punch counts for neither tile.
        sendPunch(QStringLiteral("6"), today.addDays(-1), 1);

        QTRY_COMPARE(tileValue("punchesTodayTile"), QStringLiteral("7"));
        QCOMPARE(tileValue("inNowTile"), QStringLiteral("3"));
        QCOMPARE(storage::DashboardQueries(m_bed->database()).presentOn(QDate::currentDate()),
                 (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")}));

        // The feed shows the latest first.
        auto *feed = m_page->findChild<ui::RecentPunchModel *>();
        QVERIFY(feed);
        QTRY_COMPARE(feed->rowCount(), 8);
        QCOMPARE(feed->index(0, 0).data(ui::RecentPunchModel::UserIdRole).toString(), QStringLiteral("6"));
        // A terminal without a name is shown by its device ID.
        QCOMPARE(feed->index(0, ui::RecentPunchModel::TerminalColumn).data().toString(), capturedDev);
    }

    // One rule for every tile, said in each tooltip: a terminal waiting for approval counts for
    // none of them until it is approved; then its punches count.
    void tilesAgreeOnTerminalsWaitingForApproval()
    {
        const QDateTime today(QDate::currentDate(), QTime(0, 0, 10));
        sendPunch(QStringLiteral("1"), today, 1);
        sendPunch(QStringLiteral("2"), today.addSecs(5), 1);
        QCOMPARE(storage::TerminalRepository(m_bed->database()).find(capturedDev)->approval,
                 storage::Approval::Pending);
        m_page->reload();
        QCOMPARE(tileValue("punchesTodayTile"), QStringLiteral("0"));
        QCOMPARE(tileValue("inNowTile"), QStringLiteral("0"));
        QCOMPARE(tileValue("terminalsOnlineTile"), QStringLiteral("0/0"));
        for (const char *tile : {"punchesTodayTile", "inNowTile", "terminalsOnlineTile"}) {
            const QString toolTip = widget<ui::DashboardTile>(QLatin1String(tile))->toolTip();
            QVERIFY2(toolTip.endsWith(QStringLiteral("Terminals waiting for approval count for no tile until you "
                                                     "approve them.")),
                     qPrintable(toolTip));
        }

        approveCapturedTerminal();
        QTRY_COMPARE(tileValue("punchesTodayTile"), QStringLiteral("2"));
        QCOMPARE(tileValue("inNowTile"), QStringLiteral("2"));
        QCOMPARE(tileValue("terminalsOnlineTile"), QStringLiteral("1/1"));
    }

    // The feed is in order of arrival and shows the arrival; a punch whose terminal time is far
    // off (resent after an outage) shows that time beside it. People and terminals by name.
    void theFeedShowsArrivalsInOrderWithNames()
    {
        approveCapturedTerminal();
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.setName(capturedDev, QStringLiteral("Front door")));
        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("1");
        alice.name = QStringLiteral("Alice Smith");
        alice.privilegeName = QStringLiteral("USER");
        QVERIFY(storage::UserRepository(m_bed->database()).saveUser(alice));
        // A site far from this PC's zone: arrivals are shown on the site's clock, as punches are.
        QVERIFY(storage::SettingsRepository(m_bed->database())
                    .setValue(QLatin1String(storage::SettingsRepository::SiteTimeZoneKey),
                              QStringLiteral("Pacific/Auckland")));
        const QDateTime siteNow = protocol::walltime::now(QTimeZone("Pacific/Auckland"));
        const QDateTime resent = siteNow.addSecs(-3 * 3600);
        sendPunch(QStringLiteral("1"), resent, 1);
        sendPunch(QStringLiteral("2"), siteNow, 1);
        m_bed->context().notifyChanged(ui::ConsoleContext::Punches | ui::ConsoleContext::Users);

        auto *feed = m_page->findChild<ui::RecentPunchModel *>();
        QTRY_COMPARE(feed->rowCount(), 2);
        QTRY_COMPARE(feed->index(1, ui::RecentPunchModel::UserColumn).data().toString(), QStringLiteral("Alice Smith"));
        QCOMPARE(feed->index(0, ui::RecentPunchModel::UserColumn).data().toString(),
                 QStringLiteral("ID 2, not in the user list"));
        QCOMPARE(feed->index(0, ui::RecentPunchModel::TerminalColumn).data().toString(), QStringLiteral("Front door"));
        QCOMPARE(feed->headerData(ui::RecentPunchModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Arrived"));

        const QLocale locale;
        const QString newest = feed->index(0, ui::RecentPunchModel::TimeColumn).data().toString();
        const QString older = feed->index(1, ui::RecentPunchModel::TimeColumn).data().toString();
        QVERIFY2(!newest.contains(QLatin1Char('(')), qPrintable(newest));
        const QString punched = resent.date() == siteNow.date() ? locale.toString(resent.time(), QLocale::ShortFormat)
                                                                : locale.toString(resent, QLocale::ShortFormat);
        QVERIFY2(older.endsWith(QStringLiteral(" (punched %1)").arg(punched)), qPrintable(older));
        // Shown times follow the order: the newer arrival is not earlier than the older one.
        const QTime newestArrival = locale.toTime(newest, QLocale::ShortFormat);
        const QTime olderArrival = locale.toTime(older.section(QStringLiteral(" ("), 0, 0), QLocale::ShortFormat);
        QVERIFY(newestArrival.isValid() && olderArrival.isValid());
        QVERIFY(newestArrival >= olderArrival || newestArrival.hour() == 0);
        const QString toolTip = feed->index(1, ui::RecentPunchModel::TimeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(toolTip.contains(QStringLiteral("the terminal's clock said")), qPrintable(toolTip));
        QVERIFY2(toolTip.contains(QStringLiteral("(Pacific/Auckland, UTC+")), qPrintable(toolTip));
    }

    void timedOutJobIsRetriedFromTheAttentionList()
    {
        approveCapturedTerminal();
        storage::JobRepository jobs(m_bed->database());
        const std::optional<qint64> id = failedJob(QStringLiteral("GET_DEVICE_STATUS"), QString());
        QVERIFY(id);

        const QString retryName = QStringLiteral("retry_%1").arg(*id);
        QTRY_VERIFY(widget<QPushButton>(retryName));
        QVERIFY(m_page->badge() >= 1);
        QTest::mouseClick(widget<QPushButton>(retryName), Qt::LeftButton);

        const QList<storage::JobRow> all = jobs.list({});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().commandCode, QStringLiteral("GET_DEVICE_STATUS"));
        QCOMPARE(all.first().status, storage::JobStatus::Wait);
        QCOMPARE(all.first().devId, capturedDev);
        // Sent again, it no longer needs attention; the message offers the new job.
        QTRY_VERIFY(!widget<QPushButton>(retryName));
        QVERIFY(widget<QLabel>(QStringLiteral("dashboardMessage"))->text().contains(QStringLiteral("job:%1").arg(all.first().id)));
    }

    void silentTerminalNeedsAttentionAfterThreePollIntervals()
    {
        approveCapturedTerminal();
        QVERIFY(storage::TerminalRepository(m_bed->database()).setName(capturedDev, QStringLiteral("Front door")));
        setLastSeen(80, 30);
        QVERIFY(!widget<QWidget>(QStringLiteral("offline_") + capturedDev));
        QCOMPARE(tileValue("terminalsOnlineTile"), QStringLiteral("1/1"));
        QCOMPARE(m_page->badge(), 0);
        auto *header = widget<ui::PageHeader>(QStringLiteral("dashboardHeader"));
        QVERIFY(header);
        QCOMPARE(header->summary(), QStringLiteral("Everything is fine."));

        setLastSeen(100, 30);
        QLabel *text = attentionText(QStringLiteral("offline_") + capturedDev);
        QVERIFY(text);
        QCOMPARE(text->text(), QStringLiteral("Front door is offline: last heard from 1 min ago."));
        QCOMPARE(tileValue("terminalsOnlineTile"), QStringLiteral("0/1"));
        QCOMPARE(tileValue("attentionTile"), QStringLiteral("1"));
        QCOMPARE(m_page->badge(), 1);
        QCOMPARE(header->summary(), QStringLiteral("One thing needs your attention."));
        QSignalSpy shown(&m_bed->context(), &ui::ConsoleContext::terminalRequested);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("show_") + capturedDev), Qt::LeftButton);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.at(0).at(0).toString(), capturedDev);
    }

    void failedJobIsExplainedInWordsWithTheCodeInTheTooltip()
    {
        approveCapturedTerminal();
        QVERIFY(storage::TerminalRepository(m_bed->database()).setName(capturedDev, QStringLiteral("Front door")));
        const std::optional<qint64> id = failedJob(QStringLiteral("GET_USER_INFO"), QStringLiteral("ERROR_NOT_EXIST"));
        QVERIFY(id);

        QTRY_VERIFY(attentionText(QStringLiteral("failed_%1").arg(*id)));
        QLabel *text = attentionText(QStringLiteral("failed_%1").arg(*id));
        QCOMPARE(text->text(), QStringLiteral("“Get user” on Front door failed: Not enrolled on the terminal."));
        QVERIFY2(text->toolTip().contains(QStringLiteral("GET_USER_INFO ERROR_NOT_EXIST")), qPrintable(text->toolTip()));
        QVERIFY(text->toolTip().startsWith(QStringLiteral("Job %1, ").arg(*id)));
        QVERIFY(widget<QPushButton>(QStringLiteral("retry_%1").arg(*id)));
        QCOMPARE(m_page->badge(), 1);
    }

    // One rule of "failed" here and on the Jobs page: no answer, a refusal and an answer that
    // could not be read need attention, and the Jobs badge counts the same; a job that did what
    // it was asked does not.
    void failedJobsAreTheJobsPagesFailures()
    {
        approveCapturedTerminal();
        QVERIFY(storage::TerminalRepository(m_bed->database()).setName(capturedDev, QStringLiteral("Front door")));
        const std::optional<qint64> silent = failedJob(QStringLiteral("GET_DEVICE_STATUS"), QString());
        const std::optional<qint64> refused = failedJob(QStringLiteral("GET_USER_INFO"), QStringLiteral("ERROR_NOT_EXIST"));
        QVERIFY(silent && refused);
        storage::JobRepository jobs(m_bed->database());
        const auto answered = [&](const char *commandCode, const QString &summary) {
            storage::NewJob job;
            job.devId = capturedDev;
            job.commandCode = QLatin1String(commandCode);
            const std::optional<qint64> id = jobs.enqueue(job);
            const bool ended = id && jobs.markSent(*id, {})
                && jobs.recordResult(*id, {storage::JobStatus::Run}, QStringLiteral("OK"), {}, summary);
            return ended ? *id : -1;
        };
        const qint64 unreadable = answered("GET_USER_ID_LIST", QStringLiteral(R"({"error":"TRUNCATED"})"));
        const qint64 fine = answered("GET_LOG_DATA", QStringLiteral(R"({"imported":4,"duplicates":0})"));
        QVERIFY(unreadable > 0 && fine > 0);
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);

        QTRY_VERIFY(attentionText(QStringLiteral("failed_%1").arg(unreadable)));
        QLabel *text = attentionText(QStringLiteral("failed_%1").arg(unreadable));
        QCOMPARE(text->text(), QStringLiteral("“Get user list” on Front door answered, but its answer could not be read."));
        QVERIFY2(text->toolTip().contains(QStringLiteral("GET_USER_ID_LIST OK {\"error\":\"TRUNCATED\"}")),
                 qPrintable(text->toolTip()));
        QVERIFY(attentionText(QStringLiteral("failed_%1").arg(*silent)));
        QVERIFY(attentionText(QStringLiteral("failed_%1").arg(*refused)));
        QVERIFY(!attentionText(QStringLiteral("failed_%1").arg(fine)));
        QCOMPARE(m_page->badge(), 3);
        ui::JobsPage jobsPage(m_bed->context());
        QCOMPARE(jobsPage.badge(), 3);
    }

    void recentPunchModelUnderTester()
    {
        ui::RecentPunchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        int photoReads = 0;
        model.setPhotoSource([&photoReads](qint64) {
            ++photoReads;
            return QByteArray("not an image");
        });
        storage::RecentPunch with;
        with.id = 7;
        with.devId = capturedDev;
        with.userId = QStringLiteral("12");
        with.userName = QStringLiteral("Alice Smith");
        with.direction = QStringLiteral("in");
        with.hasPhoto = true;
        with.ioTime = protocol::walltime::make(QDate(2026, 11, 24), QTime(8, 1));
        storage::RecentPunch without = with;
        without.id = 8;
        without.userName.clear();
        without.direction.clear();
        without.hasPhoto = false;
        model.setPunches({without, with});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::RecentPunchModel::UserColumn).data().toString(),
                 QStringLiteral("ID 12, not in the user list"));
        QCOMPARE(model.index(1, ui::RecentPunchModel::UserColumn).data().toString(), QStringLiteral("Alice Smith"));
        QCOMPARE(model.index(1, ui::RecentPunchModel::DirectionColumn).data().toString(), QStringLiteral("In"));
        QCOMPARE(model.index(1, ui::RecentPunchModel::TerminalColumn).data().toString(), capturedDev);
        // The photo is read once however often the view asks, and only for a punch that has one.
        model.index(1, ui::RecentPunchModel::UserColumn).data(Qt::DecorationRole);
        model.index(1, ui::RecentPunchModel::UserColumn).data(Qt::DecorationRole);
        model.index(0, ui::RecentPunchModel::UserColumn).data(Qt::DecorationRole);
        QCOMPARE(photoReads, 1);

        // A newer punch goes on top and the oldest drops off, without a reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        storage::RecentPunch newest = with;
        newest.id = 9;
        model.setPunches({newest, without});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 0);
        QCOMPARE(model.index(0, 0).data(ui::RecentPunchModel::PunchIdRole).toLongLong(), qint64(9));
        QCOMPARE(model.index(1, 0).data(ui::RecentPunchModel::PunchIdRole).toLongLong(), qint64(8));
        model.setPunches({});
        QCOMPARE(model.rowCount(), 0);
    }

    // As on PostgreSQL: the page reads on the console's reader thread, with a connection of its
    // own. Everything it shows is read there, the feed's photos too.
    void everythingShownIsReadOffTheGuiThread()
    {
        approveCapturedTerminal();
        const QDateTime today(QDate::currentDate(), QTime(0, 0, 10));
        sendPunch(QStringLiteral("1"), today, 1);
        QSqlQuery photo(m_bed->database());
        QVERIFY(
            photo.prepare(QStringLiteral("INSERT INTO punch_photos (punch_id, image) SELECT MAX(id), ? FROM punches")));
        photo.addBindValue(test::jpegPhoto(90, 120));
        QVERIFY(photo.exec());
        readOnTheReaderThread();

        const test::GuiConnectionClosed closed(m_bed->database());
        m_page->reload();
        m_bed->waitForReads();
        QCOMPARE(tileValue("punchesTodayTile"), QStringLiteral("1"));
        QCOMPARE(tileValue("inNowTile"), QStringLiteral("1"));
        QCOMPARE(tileValue("terminalsOnlineTile"), QStringLiteral("1/1"));
        auto *feed = m_page->findChild<ui::RecentPunchModel *>();
        QCOMPARE(feed->rowCount(), 1);
        QTRY_VERIFY(
            !feed->index(0, ui::RecentPunchModel::UserColumn).data(Qt::DecorationRole).value<QPixmap>().isNull());
    }

    // As on PostgreSQL, where the console's reader delivers a punch's photo after the view asked:
    // the thumbnail is empty meanwhile, asked for once, and its cell says it changed when it comes;
    // one that comes after its punch left the feed is dropped.
    void feedPhotosThatComeLaterChangeTheirCell()
    {
        ui::RecentPunchModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QHash<qint64, std::function<void(const QByteArray &)>> waiting;
        int asked = 0;
        model.setPhotoSource(
            ui::PhotoFetch<qint64>([&](const qint64 &punchId, std::function<void(const QByteArray &)> deliver) {
                ++asked;
                waiting.insert(punchId, std::move(deliver));
            }));
        storage::RecentPunch older;
        older.id = 7;
        older.userId = QStringLiteral("12");
        older.hasPhoto = true;
        older.ioTime = protocol::walltime::make(QDate(2026, 11, 24), QTime(8, 1));
        storage::RecentPunch newer = older;
        newer.id = 8;
        model.setPunches({newer, older});
        const QModelIndex olderUser = model.index(1, ui::RecentPunchModel::UserColumn);
        QVERIFY(olderUser.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QVERIFY(olderUser.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(asked, 1);

        const QByteArray jpeg = test::jpegPhoto(240, 320);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        waiting.take(7)(jpeg);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).toModelIndex(), olderUser);
        QCOMPARE(olderUser.data(Qt::DecorationRole).value<QPixmap>().height(), ui::RecentPunchModel::thumbnailSize);

        model.index(0, ui::RecentPunchModel::UserColumn).data(Qt::DecorationRole);
        model.setPunches({older});
        changes.clear();
        waiting.take(8)(jpeg);
        QCOMPARE(changes.count(), 0);
        QCOMPARE(asked, 2);
    }

    // What was read for the operator before is not shown to the one who signs in next: a
    // manager of one department never sees another's punches in the feed, not even for a moment.
    void aReadForTheOperatorBeforeIsNotShownToTheNext()
    {
        const test::PlantManager manager = test::signInPlantManager(*m_bed);
        QVERIFY(manager.mona.operatorId != 0);
        protocol::UserEnrollment bruno;
        bruno.userId = QStringLiteral("8");
        bruno.name = QStringLiteral("Bruno");
        QVERIFY(storage::UserRepository(m_bed->database()).saveUser(bruno));
        QVERIFY(storage::DepartmentRepository(m_bed->database()).assign(bruno.userId, manager.plant));
        approveCapturedTerminal();
        const QDateTime now = QDateTime::currentDateTime();
        sendPunch(QStringLiteral("7"), now, 1);
        sendPunch(QStringLiteral("8"), now, 1);
        readOnTheReaderThread();
        auto *feed = m_page->findChild<ui::RecentPunchModel *>();
        QCOMPARE(feed->rowCount(), 1);

        QVERIFY(test::nothingShownOfABriefAdministrator(*m_bed, m_page.get(), manager.mona, feed));
        QCOMPARE(feed->rowCount(), 1);
        QCOMPARE(feed->punchAt(0)->userId, QStringLiteral("8"));
        QCOMPARE(tileValue("punchesTodayTile"), QStringLiteral("1"));
    }

    void chartsSitBetweenTheTilesAndTheFeed()
    {
        approveCapturedTerminal();
        m_page->reload();
        auto *tiles = widget<QWidget>(QStringLiteral("attentionTile"));
        auto *charts = widget<QWidget>(QStringLiteral("dashboardCharts"));
        auto *feed = widget<QWidget>(QStringLiteral("punchFeed"));
        QVERIFY(tiles && charts && feed);
        const auto top = [this](QWidget *child) { return child->mapTo(m_page.get(), QPoint(0, 0)).y(); };
        QTRY_VERIFY(charts->isVisible() && charts->height() > 0);
        QVERIFY(top(charts) >= top(tiles) + tiles->height());
        QVERIFY(top(feed) >= top(charts) + charts->height());
        // While no terminal has called, the steps to connect one show instead.
        QVERIFY(QSqlQuery(m_bed->database()).exec(QStringLiteral("DELETE FROM terminals")));
        m_page->reload();
        QVERIFY(!charts->isVisible());
    }
};

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
