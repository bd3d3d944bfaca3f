#include "jobtablemodel.h"
#include "mainwindow.h"
#include "punchtablemodel.h"
#include "terminaltablemodel.h"

#include "rawhttpclient.h"
#include "testdata.h"

#include "commandservice.h"
#include "connection.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using storage::Approval;
using ui::PunchTableModel;
using ui::TerminalTableModel;

namespace {

// The terminal of the captured fixtures.
const QString capturedDev = QStringLiteral("D96584729B906B39");

int rowOf(const QAbstractItemModel *model, int role, const QVariant &key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role) == key)
            return row;
    }
    return -1;
}

} // namespace

// The console window against the real server on 127.0.0.1 and a temporary database, driven the
// way a user does: terminals speak raw HTTP, the user clicks.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Connection> m_db; // the window's own connection
    std::unique_ptr<http::ServerHost> m_server;
    std::unique_ptr<ui::MainWindow> m_window;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("punchclock.sqlite")); }

    template<typename T>
    T *widget(const char *objectName) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(objectName));
        if (!found)
            qFatal("no widget named %s", objectName);
        return found;
    }

    QTableView *terminalView() const { return widget<QTableView>("terminalView"); }
    QTableView *punchView() const { return widget<QTableView>("punchView"); }

    void sendFixture(const QString &name)
    {
        const test::RawHttpReply reply = test::sendRaw(m_server->port(), test::readTestData(name));
        QVERIFY(reply.connected);
        QCOMPARE(reply.status, 200);
    }

    QString terminalText(const QString &devId, int column) const
    {
        const QAbstractItemModel *model = terminalView()->model();
        const int row = rowOf(model, TerminalTableModel::DevIdRole, devId);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }

    void clickTerminalRow(const QString &devId)
    {
        QTableView *view = terminalView();
        const int row = rowOf(view->model(), TerminalTableModel::DevIdRole, devId);
        QVERIFY(row >= 0);
        const QModelIndex cell = view->model()->index(row, TerminalTableModel::ApprovalColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        QCOMPARE(view->currentIndex().row(), row);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_db = storage::Connection::open(storage::DatabaseConfig::sqlite(databasePath()), &error);
        QVERIFY2(m_db, qPrintable(error));

        m_server = std::make_unique<http::ServerHost>(m_db->config());
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));

        m_window = std::make_unique<ui::MainWindow>(*m_db, m_server.get(), QString());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_server.reset();
        m_db.reset();
        m_dir.reset();
    }

    void polledTerminalCanBeApprovedAndBlocked()
    {
        QPushButton *approve = widget<QPushButton>("approveButton");
        QPushButton *block = widget<QPushButton>("blockButton");
        QVERIFY(!approve->isEnabled());
        QVERIFY(!block->isEnabled());

        sendFixture(QStringLiteral("capture_hs101_receive_cmd.http"));
        QTRY_COMPARE(terminalText(capturedDev, TerminalTableModel::ApprovalColumn), QStringLiteral("Waiting for approval"));
        QCOMPARE(terminalText(capturedDev, TerminalTableModel::NameColumn), QStringLiteral("fk_device"));

        clickTerminalRow(capturedDev);
        QVERIFY(approve->isEnabled());
        QVERIFY(block->isEnabled());

        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(terminalText(capturedDev, TerminalTableModel::ApprovalColumn), QStringLiteral("Approved"));
        const auto standing = storage::TerminalRepository(m_db->database()).standing(capturedDev);
        QVERIFY(standing);
        QCOMPARE(standing->approval, Approval::Approved);
        QVERIFY(!approve->isEnabled());
        QVERIFY(block->isEnabled());

        // The periodic refresh keeps the selection, so the buttons still fit the terminal.
        m_window->refresh();
        QCOMPARE(terminalView()->currentIndex().data(TerminalTableModel::DevIdRole).toString(), capturedDev);
        QVERIFY(!approve->isEnabled());
        QVERIFY(block->isEnabled());

        QTest::mouseClick(block, Qt::LeftButton);
        QCOMPARE(terminalText(capturedDev, TerminalTableModel::ApprovalColumn), QStringLiteral("Blocked"));
        QCOMPARE(storage::TerminalRepository(m_db->database()).standing(capturedDev)->approval, Approval::Blocked);
        QVERIFY(approve->isEnabled());
        QVERIFY(!block->isEnabled());
    }

    void realtimePunchAppearsLive()
    {
        QSignalSpy stored(m_server.get(), &http::ServerHost::punchesStored);
        sendFixture(QStringLiteral("capture_hs101_realtime_glog.http"));
        QTRY_COMPARE(stored.count(), 1);

        // The window refreshed on the signal itself (it was connected first), not on its timer.
        const QAbstractItemModel *punches = punchView()->model();
        QCOMPARE(punches->rowCount(), 1);
        QCOMPARE(punches->index(0, PunchTableModel::UserColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(punches->index(0, PunchTableModel::TerminalColumn).data().toString(), capturedDev);
        QCOMPARE(punches->index(0, PunchTableModel::DirectionColumn).data().toString(), QStringLiteral("In"));
        QVERIFY(punches->index(0, PunchTableModel::TimeColumn).data().toString().endsWith(QLatin1String("16:59:17")));
        QVERIFY(punches->index(0, PunchTableModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("terminal not approved")));
    }

    void statusBarShowsThePort()
    {
        const QString state = widget<QLabel>("serverState")->text();
        QVERIFY2(state.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(m_server->port()))), qPrintable(state));
    }

    void stoppedServerIsReported()
    {
        QVERIFY(storage::TerminalRepository(m_db->database())
                    .recordContact({capturedDev, QStringLiteral("192.0.2.10"), Approval::Pending, QString()}));
        const QString error = QStringLiteral("Cannot listen on 0.0.0.0:8090: The bound address is already in use");
        ui::MainWindow window(*m_db, nullptr, error);

        const QString state = window.findChild<QLabel *>(QStringLiteral("serverState"))->text();
        QVERIFY2(state.contains(QLatin1String("Server stopped")), qPrintable(state));
        QVERIFY2(state.contains(error), qPrintable(state));
        // Without a server the console still shows what the database holds.
        QCOMPARE(window.terminalModel()->rowCount(), 1);
    }

    void changesFromAnotherConnectionShowUp()
    {
        QSignalSpy terminalsChanged(m_server.get(), &http::ServerHost::terminalsChanged);
        QSignalSpy punchesStored(m_server.get(), &http::ServerHost::punchesStored);

        // The CLI writes through its own connection; nothing tells the window.
        QString error;
        const std::unique_ptr<storage::Connection> cli =
            storage::Connection::open(storage::DatabaseConfig::sqlite(databasePath()), &error);
        QVERIFY2(cli, qPrintable(error));
        storage::TerminalRepository terminals(cli->database());
        QVERIFY(terminals.recordContact({capturedDev, QStringLiteral("192.0.2.10"), Approval::Pending, QString()}));
        QTRY_COMPARE_WITH_TIMEOUT(terminalText(capturedDev, TerminalTableModel::ApprovalColumn),
                                  QStringLiteral("Waiting for approval"), 3000);

        // Later changes to an existing row and new punches are picked up the same way.
        QVERIFY(terminals.setApproval(capturedDev, Approval::Approved));
        storage::NewPunch punch;
        punch.devId = capturedDev;
        punch.source = QStringLiteral("pull");
        punch.record.userId = QStringLiteral("7");
        punch.record.ioTime = protocol::walltime::fromStorage(QStringLiteral("2026-03-26 17:36:10"));
        punch.record.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS101, 2);
        QCOMPARE(storage::PunchRepository(cli->database()).insert(punch),
                 storage::PunchRepository::InsertOutcome::Inserted);
        QTRY_COMPARE_WITH_TIMEOUT(terminalText(capturedDev, TerminalTableModel::ApprovalColumn),
                                  QStringLiteral("Approved"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(punchView()->model()->rowCount(), 1, 3000);
        QCOMPARE(punchView()->model()->index(0, PunchTableModel::UserColumn).data().toString(), QStringLiteral("7"));

        QCOMPARE(terminalsChanged.count(), 0);
        QCOMPARE(punchesStored.count(), 0);
    }

    void jobGoesFromQueuedToSentAndCanBeCancelled()
    {
        sendFixture(QStringLiteral("capture_hs101_receive_cmd.http"));
        QVERIFY(storage::TerminalRepository(m_db->database()).setApproval(capturedDev, Approval::Approved));
        const engine::CommandService::Outcome queued = engine::CommandService(m_db->database())
                                                           .queue(capturedDev, protocol::CommandCode::GetUserIdList, {}, {},
                                                                  QStringLiteral("test"));
        QVERIFY(queued.ok());
        const qint64 id = queued.jobIds.first();
        auto statusShown = [this, id] {
            const QAbstractItemModel *model = widget<QTableView>("jobView")->model();
            const int row = rowOf(model, ui::JobTableModel::JobIdRole, id);
            return row < 0 ? QString() : model->index(row, ui::JobTableModel::StatusColumn).data().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("Queued"), 3000);

        // The terminal polls and is handed the job: the page follows without a refresh click.
        sendFixture(QStringLiteral("capture_hs101_receive_cmd.http"));
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("Sent to terminal"), 3000);

        QTableView *view = widget<QTableView>("jobView");
        const int row = rowOf(view->model(), ui::JobTableModel::JobIdRole, id);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
        auto *cancel = widget<QPushButton>("cancelJobButton");
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(statusShown(), QStringLiteral("Cancelled"));
        QCOMPARE(storage::JobRepository(m_db->database()).find(id)->status, storage::JobStatus::Cancelled);
        QVERIFY(!cancel->isEnabled());
    }

    void autoApprovalCheckboxDecidesForNewTerminals()
    {
        auto *check = widget<QCheckBox>("autoApproveCheck");
        QVERIFY(!check->isChecked()); // off by default
        storage::SettingsRepository settings(m_db->database());
        check->click();
        QCOMPARE(settings.value(QLatin1String(engine::ServerSettings::AutoApproveKey)), QStringLiteral("1"));

        // The server re-reads settings within 2 s; then a new terminal is approved at first contact.
        QTest::qWait(2500);
        sendFixture(QStringLiteral("capture_hs101_receive_cmd.http"));
        QCOMPARE(storage::TerminalRepository(m_db->database()).standing(capturedDev)->approval, Approval::Approved);

        check->click();
        QCOMPARE(settings.value(QLatin1String(engine::ServerSettings::AutoApproveKey)), QStringLiteral("0"));
        // Set from elsewhere (the CLI), the box follows.
        QVERIFY(settings.setValue(QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(check->isChecked(), 3000);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
