#include "simulatorlauncher.h"

#include "freeport.h"

#include "connection.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;

// "Start a simulated terminal": the real punchclock-sim against the real server.
class tst_SimulatorLauncher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    storage::DatabaseConfig m_config;
    std::unique_ptr<storage::Connection> m_db;

    // The simulated terminal started against a server on `address` registers and punches.
    void punchesAgainstAServerOn(const QHostAddress &address)
    {
        QString error;
        http::ServerHost server(m_config);
        http::ServerOptions options;
        options.address = address;
        options.port = 0;
        QVERIFY2(server.start(options, &error), qPrintable(error));

        {
            ui::SimulatorLauncher launcher;
            launcher.setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
            QSignalSpy failures(&launcher, &ui::SimulatorLauncher::failed);
            QSignalSpy connected(&launcher, &ui::SimulatorLauncher::connected);
            QVERIFY(launcher.start(server.address(), server.port()));
            QVERIFY(launcher.isRunning());

            QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(storage::TerminalRepository(m_db->database()).find(ui::SimulatorLauncher::deviceId()),
                                     15000);
            QTRY_VERIFY_WITH_TIMEOUT(storage::PunchRepository(m_db->database()).count({}) > 0, 30000);
            QCOMPARE(failures.count(), 0);

            QSignalSpy stopped(&launcher, &ui::SimulatorLauncher::stopped);
            launcher.stop();
            QVERIFY(!launcher.isRunning());
            QCOMPARE(stopped.count(), 1);
            // Stopping on purpose is no failure.
            QCOMPARE(failures.count(), 0);
        }
        server.stop();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = storage::DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("punchclock.sqlite")));
        QString error;
        m_db = storage::Connection::open(m_config, &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void simulatedTerminalPunches() { punchesAgainstAServerOn(QHostAddress::LocalHost); }

    // A server that listens on one address only (the wizard and Settings offer a LAN address)
    // is not on 127.0.0.1. 127.0.0.2 is such an address on every Linux machine.
    void simulatedTerminalReachesAServerOnOneAddress() { punchesAgainstAServerOn(QHostAddress(QStringLiteral("127.0.0.2"))); }

    void theServerIsReachedWhereItListens_data()
    {
        QTest::addColumn<QHostAddress>("listen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("every interface") << QHostAddress(QHostAddress::Any) << QStringLiteral("127.0.0.1:8090");
        QTest::newRow("every IPv4 interface") << QHostAddress(QStringLiteral("0.0.0.0")) << QStringLiteral("127.0.0.1:8090");
        QTest::newRow("every IPv6 interface") << QHostAddress(QStringLiteral("::")) << QStringLiteral("[::1]:8090");
        QTest::newRow("loopback") << QHostAddress(QHostAddress::LocalHost) << QStringLiteral("127.0.0.1:8090");
        QTest::newRow("one LAN address") << QHostAddress(QStringLiteral("192.168.1.20"))
                                         << QStringLiteral("192.168.1.20:8090");
        QTest::newRow("one IPv6 address") << QHostAddress(QStringLiteral("fd00::20")) << QStringLiteral("[fd00::20]:8090");
    }

    void theServerIsReachedWhereItListens()
    {
        QFETCH(QHostAddress, listen);
        QFETCH(QString, expected);
        QCOMPARE(ui::SimulatorLauncher::serverAddress(listen, 8090), expected);
    }

    void aServerThatIsNotThereIsReportedAndTheTerminalStopped()
    {
        const quint16 port = test::freePort();
        ui::SimulatorLauncher launcher;
        launcher.setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
        QSignalSpy failures(&launcher, &ui::SimulatorLauncher::failed);
        QSignalSpy stopped(&launcher, &ui::SimulatorLauncher::stopped);
        QVERIFY(launcher.start(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 15000);
        const QString reason = failures.at(0).at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("cannot reach the server at 127.0.0.1:%1").arg(port)), qPrintable(reason));
        // Whoever hears the failure finds it stopped.
        QVERIFY(!launcher.isRunning());
        QCOMPARE(stopped.count(), 1);
    }

    void aServerThatNeverAnswersIsReportedAndTheTerminalStopped()
    {
        // Accepts the terminal's connections and never says a word.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ui::SimulatorLauncher launcher;
        launcher.setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
        launcher.setAnswerTimeout(std::chrono::seconds(1));
        QSignalSpy failures(&launcher, &ui::SimulatorLauncher::failed);
        QVERIFY(launcher.start(QHostAddress::LocalHost, silent.serverPort()));
        // Well before the simulator's own 10 s request timeout.
        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 8000);
        const QString reason = failures.at(0).at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("no answer from the server at 127.0.0.1:%1 within 1 second")
                                     .arg(silent.serverPort())),
                 qPrintable(reason));
        QVERIFY(!launcher.isRunning());
    }

    void stopsWithItsOwner()
    {
        auto launcher = std::make_unique<ui::SimulatorLauncher>();
        launcher->setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
        QVERIFY(launcher->start(QHostAddress::LocalHost, test::freePort()));
        QSignalSpy stopped(launcher.get(), &ui::SimulatorLauncher::stopped);
        QSignalSpy failures(launcher.get(), &ui::SimulatorLauncher::failed);
        launcher.reset();
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(failures.count(), 0);
    }

    void missingProgramIsReportedInWords()
    {
        ui::SimulatorLauncher launcher;
        launcher.setExecutable(QStringLiteral("/nonexistent/punchclock-sim"));
        QSignalSpy failures(&launcher, &ui::SimulatorLauncher::failed);
        QVERIFY(!launcher.start(QHostAddress::LocalHost, 8090));
        QCOMPARE(failures.count(), 1);
        QVERIFY2(failures.at(0).at(0).toString().contains(QStringLiteral("not installed")),
                 qPrintable(failures.at(0).at(0).toString()));
        QVERIFY(!launcher.isRunning());
    }

    void programThatEndsWithAnErrorIsReported()
    {
        ui::SimulatorLauncher launcher;
        // A wrong command line makes punchclock-sim exit with status 2 at once: port 0 is refused.
        launcher.setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
        QSignalSpy failures(&launcher, &ui::SimulatorLauncher::failed);
        QVERIFY(launcher.start(QHostAddress::LocalHost, 0));
        QTRY_COMPARE(failures.count(), 1);
        QVERIFY2(failures.at(0).at(0).toString().contains(QStringLiteral("exit code 2")),
                 qPrintable(failures.at(0).at(0).toString()));
    }
};

QTEST_MAIN(tst_SimulatorLauncher)
#include "tst_simulatorlauncher.moc"
