#include "simulatorlauncher.h"

#include "connection.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;

// "Start a simulated terminal": the real punchclock-sim against the real server.
class tst_SimulatorLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulatedTerminalPunches()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto config = storage::DatabaseConfig::sqlite(dir.filePath(QStringLiteral("punchclock.sqlite")));
        QString error;
        std::unique_ptr<storage::Connection> db = storage::Connection::open(config, &error);
        QVERIFY2(db, qPrintable(error));
        http::ServerHost server(config);
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        QVERIFY2(server.start(options, &error), qPrintable(error));

        {
            ui::SimulatorLauncher launcher;
            launcher.setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
            QSignalSpy failures(&launcher, &ui::SimulatorLauncher::failed);
            QVERIFY(launcher.start(server.port()));
            QVERIFY(launcher.isRunning());

            QTRY_VERIFY_WITH_TIMEOUT(storage::TerminalRepository(db->database()).find(ui::SimulatorLauncher::deviceId()),
                                     15000);
            QTRY_VERIFY_WITH_TIMEOUT(storage::PunchRepository(db->database()).count({}) > 0, 30000);
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

    void stopsWithItsOwner()
    {
        auto launcher = std::make_unique<ui::SimulatorLauncher>();
        launcher->setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
        // Nobody listens on this port: the simulator keeps retrying until it is stopped.
        QVERIFY(launcher->start(9));
        QSignalSpy stopped(launcher.get(), &ui::SimulatorLauncher::stopped);
        launcher.reset();
        QCOMPARE(stopped.count(), 1);
    }

    void missingProgramIsReportedInWords()
    {
        ui::SimulatorLauncher launcher;
        launcher.setExecutable(QStringLiteral("/nonexistent/punchclock-sim"));
        QSignalSpy failures(&launcher, &ui::SimulatorLauncher::failed);
        QVERIFY(!launcher.start(8090));
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
        QVERIFY(launcher.start(0));
        QTRY_COMPARE(failures.count(), 1);
        QVERIFY2(failures.at(0).at(0).toString().contains(QStringLiteral("exit code 2")),
                 qPrintable(failures.at(0).at(0).toString()));
    }
};

QTEST_MAIN(tst_SimulatorLauncher)
#include "tst_simulatorlauncher.moc"
