#include "databaselocation.h"
#include "firstrun.h"

#include "freeport.h"
#include "widgetlookup.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "dashboardpage.h"
#include "firstadministratordialog.h"
#include "firstrunwizard.h"
#include "modaldialogs.h"
#include "settingskeys.h"
#include "signindialog.h"
#include "simulatorlauncher.h"

#include "connection.h"
#include "operatoradmin.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace punchclock;

namespace {

constexpr char setupDoneKey[] = "setup/completed";

// Runs `steps` on the wizard once runFirstRun() has shown it; whatever the steps leave open is
// cancelled, so that a failed step ends the test instead of hanging it.
void whenTheWizardShows(std::function<void(ui::FirstRunWizard &)> steps)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, steps = std::move(steps)] {
        auto *wizard = qobject_cast<ui::FirstRunWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        timer->stop();
        timer->deleteLater();
        steps(*wizard);
        if (wizard->isVisible())
            wizard->reject();
    });
    timer->start();
}

template<typename T>
T *child(const ui::FirstRunWizard &wizard, const char *objectName)
{
    return test::findWidget<T>(&wizard, QLatin1String(objectName));
}

// The first administrator's page, filled in and left.
void enterAdministrator(ui::FirstRunWizard &wizard)
{
    child<QLineEdit>(wizard, "accountName")->setText(QStringLiteral("anna"));
    child<QLineEdit>(wizard, "newPassword")->setText(QStringLiteral("correct horse battery"));
    child<QLineEdit>(wizard, "repeatPassword")->setText(QStringLiteral("correct horse battery"));
    wizard.button(QWizard::NextButton)->click();
}

} // namespace

// Whether the console opens with the first-run wizard, and what the wizard leaves behind for
// the next start: the remembered setup and data folder, or nothing at all when cancelled.
class tst_FirstRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;

    QString defaultDatabase() const { return app::databasePath(QString()); }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        // The default database lives in the data folder of XDG_DATA_HOME: a fresh one per test.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
        qunsetenv("PUNCHCLOCK_DB");
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QSettings().clear();
    }

    void cleanup()
    {
        QSettings().clear();
        qunsetenv("PUNCHCLOCK_DB");
        m_home.reset();
    }

    void aNewUserGetsTheWizardAndNobodyElse()
    {
        QCOMPARE(defaultDatabase(), m_home->filePath(QStringLiteral("data/punchclock/punchclock.sqlite")));
        QVERIFY(app::needsFirstRun(QString()));

        // A database named on the command line or in the environment is used as it is.
        QVERIFY(!app::needsFirstRun(QStringLiteral("/srv/punchclock.sqlite")));
        qputenv("PUNCHCLOCK_DB", "/srv/punchclock.sqlite");
        QVERIFY(!app::needsFirstRun(QString()));
        qunsetenv("PUNCHCLOCK_DB");
        QVERIFY(app::needsFirstRun(QString()));

        // A database at the default place: Punchclock was used before the wizard existed.
        QString error;
        QVERIFY(QDir().mkpath(QFileInfo(defaultDatabase()).absolutePath()));
        QVERIFY2(storage::Connection::open(storage::DatabaseConfig::sqlite(defaultDatabase()), &error), qPrintable(error));
        QVERIFY(!app::needsFirstRun(QString()));
        QVERIFY(QFile::remove(defaultDatabase()));
        QVERIFY(app::needsFirstRun(QString()));

        // A finished setup, whose database lives elsewhere.
        QSettings().setValue(QLatin1String(setupDoneKey), true);
        QVERIFY(!app::needsFirstRun(QString()));
    }

    void finishingRemembersTheSetupAndTheChosenFolder()
    {
        const QString folder = m_home->filePath(QStringLiteral("office/punchclock"));
        const quint16 port = test::freePort();
        ui::SimulatorLauncher simulator;
        simulator.setExecutable(QStringLiteral(PUNCHCLOCK_SIM_BINARY));
        QSignalSpy connected(&simulator, &ui::SimulatorLauncher::connected);
        whenTheWizardShows([&](ui::FirstRunWizard &wizard) {
            child<QLineEdit>(wizard, "dataFolderEdit")->setText(folder);
            wizard.button(QWizard::NextButton)->click();
            child<QSpinBox>(wizard, "portSpin")->setValue(port);
            wizard.button(QWizard::NextButton)->click();
            enterAdministrator(wizard);
            wizard.button(QWizard::CommitButton)->click();
            // The simulated terminal reaches the server the wizard started.
            child<QPushButton>(wizard, "startSimulatorButton")->click();
            QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
            wizard.button(QWizard::FinishButton)->click();
        });
        std::optional<app::FirstRunResult> result = app::runFirstRun(simulator);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(result);
        QVERIFY(result->connection && result->server);
        QVERIFY(result->server->isRunning());
        QCOMPARE(result->server->port(), port);
        // The console opens signed in as the administrator the wizard created.
        QVERIFY(result->administrator);
        QCOMPARE(result->administrator->name, QStringLiteral("anna"));
        QCOMPARE(result->administrator->role, services::Role::Administrator);
        QCOMPARE(result->database.path, QDir(folder).filePath(QStringLiteral("punchclock.sqlite")));
        QCOMPARE(storage::SettingsRepository(result->connection->database())
                     .value(QLatin1String(engine::ServerSettings::ListenKey)),
                 QStringLiteral("*:%1").arg(port));
        // The simulated terminal goes on running in the console.
        QVERIFY(simulator.isRunning());

        // The next start opens the console on the chosen folder, without the wizard.
        QCOMPARE(QSettings().value(QLatin1String(setupDoneKey)).toBool(), true);
        QCOMPARE(QSettings().value(QLatin1String(ui::settingskeys::DatabaseFolder)).toString(), folder);
        QCOMPARE(QSettings().value(QLatin1String(ui::SignInDialog::LastNameKey)).toString(), QStringLiteral("anna"));
        QVERIFY(!app::needsFirstRun(QString()));
        QCOMPARE(defaultDatabase(), result->database.path);
        simulator.stop();
        result->server->stop();
    }

    // Finish is clicked before the simulated terminal's first poll is answered, and the poll
    // never is: the console's Dashboard, not the closed wizard, tells the user and can start
    // it again.
    void aSimulatorFromTheWizardThatFailsLaterIsReportedOnTheDashboard()
    {
        // Accepts the terminal's connections and never says a word. The real simulator is
        // pointed there by a wrapper: punchclock-sim takes the last --server it is given.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString wrapper = m_home->filePath(QStringLiteral("punchclock-sim"));
        QFile script(wrapper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nexec '%1' \"$@\" --server 127.0.0.1:%2\n")
                         .arg(QStringLiteral(PUNCHCLOCK_SIM_BINARY))
                         .arg(silent.serverPort())
                         .toLocal8Bit());
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));

        ui::SimulatorLauncher simulator;
        simulator.setExecutable(wrapper);
        simulator.setAnswerTimeout(std::chrono::seconds(1));
        QSignalSpy failures(&simulator, &ui::SimulatorLauncher::failed);
        whenTheWizardShows([&](ui::FirstRunWizard &wizard) {
            child<QSpinBox>(wizard, "portSpin")->setValue(test::freePort());
            wizard.button(QWizard::NextButton)->click();
            wizard.button(QWizard::NextButton)->click();
            enterAdministrator(wizard);
            wizard.button(QWizard::CommitButton)->click();
            child<QPushButton>(wizard, "startSimulatorButton")->click();
            QVERIFY(simulator.isRunning());
            wizard.button(QWizard::FinishButton)->click();
        });
        std::optional<app::FirstRunResult> result = app::runFirstRun(simulator);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(result);
        QVERIFY(simulator.isRunning());
        QCOMPARE(failures.count(), 0);

        // As the console hands it over.
        ui::ConsoleContext context(*result->connection, result->server.get());
        context.setSimulator(&simulator);
        ui::DashboardPage dashboard(context);
        dashboard.show();
        auto *status = dashboard.findChild<QLabel *>(QStringLiteral("simulatorStatus"));
        auto *start = dashboard.findChild<QPushButton *>(QStringLiteral("startSimulator"));
        auto *stop = dashboard.findChild<QPushButton *>(QStringLiteral("stopSimulator"));
        QVERIFY(status && start && stop);
        QVERIFY2(status->text().contains(QStringLiteral("is running")), qPrintable(status->text()));
        QVERIFY(stop->isVisible());
        // A reload while it runs offers no second start.
        dashboard.reload();
        QVERIFY(!start->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 8000);
        QVERIFY(!simulator.isRunning());
        QVERIFY2(status->text().contains(QStringLiteral("no answer from the server")), qPrintable(status->text()));
        QVERIFY(!stop->isVisible());
        QVERIFY(start->isEnabled());
        result->server->stop();
    }

    void theDefaultFolderIsNotRememberedAsAMove()
    {
        whenTheWizardShows([](ui::FirstRunWizard &wizard) {
            child<QSpinBox>(wizard, "portSpin")->setValue(test::freePort());
            wizard.button(QWizard::NextButton)->click();
            wizard.button(QWizard::NextButton)->click();
            enterAdministrator(wizard);
            wizard.button(QWizard::CommitButton)->click();
            wizard.button(QWizard::FinishButton)->click();
        });
        ui::SimulatorLauncher simulator;
        std::optional<app::FirstRunResult> result = app::runFirstRun(simulator);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(result);
        QCOMPARE(result->database.path, defaultDatabase());
        QVERIFY(QFile::exists(defaultDatabase()));
        QVERIFY(!QSettings().contains(QLatin1String(ui::settingskeys::DatabaseFolder)));
        QVERIFY(!app::needsFirstRun(QString()));
        result->server->stop();
    }

    void anInstallationWithoutAccountsIsAskedForItsAdministratorOnce()
    {
        QString error;
        const auto connection = storage::Connection::open(
            storage::DatabaseConfig::sqlite(m_home->filePath(QStringLiteral("older.sqlite"))), &error);
        QVERIFY2(connection, qPrintable(error));
        ui::ConsoleReader reader(*connection, ui::ConsoleReader::Mode::OnReaderThread);
        QStringList shown;
        const auto noteShown = [&shown](QDialog &, const char *what) { shown << QString::fromLatin1(what); };
        const QString password = QStringLiteral("correct horse battery");

        test::whenModalShows<ui::FirstAdministratorDialog>([&password](ui::FirstAdministratorDialog *dialog) {
            test::findWidget<QLineEdit>(dialog, "accountName")->setText(QStringLiteral("anna"));
            test::findWidget<QLineEdit>(dialog, "newPassword")->setText(password);
            test::findWidget<QLineEdit>(dialog, "repeatPassword")->setText(password);
            test::findWidget<QPushButton>(dialog, "createAdministrator")->click();
        });
        std::optional<services::Actor> actor = app::signInAtStart(reader, noteShown);
        QVERIFY(actor);
        QCOMPARE(actor->name, QStringLiteral("anna"));
        QCOMPARE(actor->role, services::Role::Administrator);
        QCOMPARE(shown, QStringList{QStringLiteral("first-administrator dialog")});

        // The next start asks who signs in, and only that.
        test::whenModalShows<ui::SignInDialog>([&password](ui::SignInDialog *dialog) {
            test::findWidget<QLineEdit>(dialog, "operatorPassword")->setText(password);
            test::findWidget<QPushButton>(dialog, "signInButton")->click();
        });
        actor = app::signInAtStart(reader, noteShown);
        QVERIFY(actor);
        QCOMPARE(actor->name, QStringLiteral("anna"));
        QCOMPARE(shown.constLast(), QStringLiteral("sign-in dialog"));

        // Quitting there quits the console.
        test::whenModalShows<ui::SignInDialog>([](ui::SignInDialog *dialog) { dialog->reject(); });
        QVERIFY(!app::signInAtStart(reader, noteShown));
        QCOMPARE(shown.size(), 3);
    }

    void quittingTheFirstAdministratorDialogQuits()
    {
        QString error;
        const auto connection = storage::Connection::open(
            storage::DatabaseConfig::sqlite(m_home->filePath(QStringLiteral("older.sqlite"))), &error);
        QVERIFY2(connection, qPrintable(error));
        ui::ConsoleReader reader(*connection, ui::ConsoleReader::Mode::OnReaderThread);
        test::whenModalShows<ui::FirstAdministratorDialog>(
            [](ui::FirstAdministratorDialog *dialog) { test::findWidget<QPushButton>(dialog, "quitButton")->click(); });
        QVERIFY(!app::signInAtStart(reader, [](QDialog &, const char *) {}));
        QVERIFY(services::OperatorAdmin(connection->database()).needsFirstAdministrator());
    }

    void cancellingLeavesNothingBehind()
    {
        const QString folder = m_home->filePath(QStringLiteral("office/punchclock"));
        whenTheWizardShows([&](ui::FirstRunWizard &wizard) {
            child<QLineEdit>(wizard, "dataFolderEdit")->setText(folder);
            wizard.button(QWizard::NextButton)->click();
            // Something was entered: the wizard asks before it discards it.
            test::whenModalShows<QMessageBox>([](QMessageBox *box) {
                QCOMPARE(box->objectName(), QStringLiteral("discardSetup"));
                test::findWidget<QPushButton>(box, "discardSetupButton")->click();
            });
            wizard.button(QWizard::CancelButton)->click();
        });
        ui::SimulatorLauncher simulator;
        QVERIFY(!app::runFirstRun(simulator));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("punchclock.sqlite"))));
        QVERIFY(!QFile::exists(defaultDatabase()));
        QVERIFY(!QSettings().contains(QLatin1String(setupDoneKey)));
        QVERIFY(!QSettings().contains(QLatin1String(ui::settingskeys::DatabaseFolder)));
        // The next start asks again.
        QVERIFY(app::needsFirstRun(QString()));
    }
};

QTEST_MAIN(tst_FirstRun)
#include "tst_firstrun.moc"
