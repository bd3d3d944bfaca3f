#include "consolecontext.h"
#include "consoletestbed.h"
#include "jobspage.h"
#include "jobtablemodel.h"
#include "mainwindow.h"
#include "punchespage.h"
#include "punchtablemodel.h"

#include "simulatedterminal.h"

#include "commandservice.h"
#include "connection.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"

#include <QApplication>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace punchclock;
using storage::JobStatus;

// The console as a whole, the way a new site meets it: a simulated terminal talks to the
// console's own server over 127.0.0.1, the operator approves it from the Dashboard, its punch
// shows up live on the Punches page, and a command follows WAIT → RUN → RESULT on the Jobs page.
class tst_ConsoleEndToEnd : public QObject
{
    Q_OBJECT

private:
    static constexpr int WaitMs = 15000;
    const QString dev = QStringLiteral("SIMDOOR1");
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<simulator::SimulatedTerminal> m_terminal;

    template<typename T>
    T *widget(const QString &objectName) const
    {
        return m_window->findChild<T *>(objectName);
    }

    ui::JobsPage *jobsPage() const { return static_cast<ui::JobsPage *>(m_window->page(ui::PageId::Jobs)); }
    ui::PunchesPage *punchesPage() const
    {
        return static_cast<ui::PunchesPage *>(m_window->page(ui::PageId::Punches));
    }

    storage::Approval approvalOf(const QString &devId) const
    {
        const auto standing = storage::TerminalRepository(m_bed->database()).standing(devId);
        return standing ? standing->approval : storage::Approval::Blocked;
    }

    QString jobStatusShown(qint64 jobId) const
    {
        const ui::JobTableModel *model = jobsPage()->model();
        const int row = model->rowOf(jobId);
        return row < 0 ? QString() : model->index(row, ui::JobTableModel::StatusColumn).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        test::ConsoleTestbed::Options options;
        // The simulated clock is right; an automatic SET_TIME would only add a job to the story.
        options.settings.append({QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0")});
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        m_bed->createContext();
        m_window = std::make_unique<ui::MainWindow>(m_bed->context());
        m_window->show();
    }

    void cleanup()
    {
        if (m_terminal)
            m_terminal->stop();
        m_terminal.reset();
        m_window.reset();
        m_bed.reset();
    }

    void simulatedTerminalIsApprovedPunchesAndAnswersACommand()
    {
        simulator::TerminalConfig config;
        config.deviceId = dev;
        config.fkName = QStringLiteral("Front door");
        config.server = {QStringLiteral("127.0.0.1"), m_bed->server()->port()};
        config.seed.users = 5;
        config.seed.logs = 10;
        config.pollIntervalMs = 300;
        m_terminal = std::make_unique<simulator::SimulatedTerminal>(config);
        m_terminal->start();

        // 1. It waits for approval on the Dashboard, and one click approves it.
        m_window->showPage(ui::PageId::Dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(widget<QPushButton>(QStringLiteral("approve_") + dev), WaitMs);
        QCOMPARE(approvalOf(dev), storage::Approval::Pending);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("approve_") + dev), Qt::LeftButton);
        QCOMPARE(approvalOf(dev), storage::Approval::Approved);
        QTRY_VERIFY(!widget<QPushButton>(QStringLiteral("approve_") + dev));

        // 2. A punch on the terminal appears at the top of the Punches page without a reload.
        m_window->showPage(ui::PageId::Punches);
        ui::PunchTableModel *punches = punchesPage()->model();
        const QString userId = m_terminal->state().users().constFirst().userId;
        QVERIFY(m_terminal->punch(userId));
        QTRY_VERIFY_WITH_TIMEOUT(punches->rowCount() > 0
                                     && punches->index(0, 0).data(ui::PunchTableModel::UserIdRole).toString() == userId
                                     && punches->index(0, 0).data(ui::PunchTableModel::DevIdRole).toString() == dev,
                                 WaitMs);

        // 3. A command queued by the operator goes WAIT → RUN → RESULT on the Jobs page. While
        // the terminal works on it, a second connection holds the write lock so that RUN (already
        // committed when the command left) stays on screen until the test has seen it.
        m_window->showPage(ui::PageId::Jobs);
        std::unique_ptr<storage::Connection> locker = storage::Connection::open(m_bed->config(), nullptr);
        QVERIFY(locker);
        bool locked = false;
        qint64 jobId = 0;
        // Only once this job is RUN: the terminal also receives commands the server queued by
        // itself (a status refresh after the approval), and a lock taken then would keep this
        // job from ever being sent.
        connect(m_terminal.get(), &simulator::SimulatedTerminal::eventOccurred, this, [&](const QString &text) {
            if (locked || jobId == 0 || !text.endsWith(QLatin1String(" received")))
                return;
            QSqlQuery status(locker->database());
            if (!status.exec(QStringLiteral("SELECT status FROM jobs WHERE id = %1").arg(jobId)) || !status.next() ||
                status.value(0).toString() != QLatin1String("RUN"))
                return;
            status.finish();
            locked = QSqlQuery(locker->database()).exec(QStringLiteral("BEGIN IMMEDIATE"));
        });
        const services::CommandService::Outcome outcome = services::CommandService(m_bed->database())
                                                            .queue(dev, protocol::CommandCode::GetDeviceStatus, {}, {},
                                                                   m_bed->context().actor());
        QVERIFY(outcome.ok());
        jobId = outcome.jobIds.constFirst();
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QTRY_COMPARE(jobStatusShown(jobId), QStringLiteral("Queued"));
        QTRY_VERIFY_WITH_TIMEOUT(locked, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(jobStatusShown(jobId), QStringLiteral("Sent to terminal"), WaitMs);
        QVERIFY(QSqlQuery(locker->database()).exec(QStringLiteral("ROLLBACK")));
        QTRY_COMPARE_WITH_TIMEOUT(jobStatusShown(jobId), QStringLiteral("Done"), WaitMs);
        const int row = jobsPage()->model()->rowOf(jobId);
        QCOMPARE(jobsPage()->model()->index(row, 0).data(ui::JobTableModel::StatusRole).toInt(), int(JobStatus::Result));
    }
};

QTEST_MAIN(tst_ConsoleEndToEnd)
#include "tst_consoleendtoend.moc"
