#include "firstrun.h"

#include "consolereader.h"
#include "databaselocation.h"

#include "firstadministratordialog.h"
#include "firstrunsetup.h"
#include "firstrunwizard.h"
#include "settingskeys.h"
#include "signindialog.h"
#include "simulatorlauncher.h"

#include "operatoradmin.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>

namespace punchclock::app {

namespace {

constexpr char setupDoneKey[] = "setup/completed";

} // namespace

bool needsFirstRun(const QString &dbOption)
{
    if (!dbOption.isEmpty() || !qEnvironmentVariableIsEmpty("PUNCHCLOCK_DB"))
        return false;
    if (QSettings().value(QLatin1String(setupDoneKey)).toBool())
        return false;
    return !QFileInfo::exists(databasePath(QString()));
}

std::optional<services::Actor> signInAtStart(ui::ConsoleReader &reader, const DialogShown &shown)
{
    const bool needsFirstAdministrator = reader.wait(
        [](const QSqlDatabase &db) { return services::OperatorAdmin(db).needsFirstAdministrator(); });
    if (needsFirstAdministrator) {
        ui::FirstAdministratorDialog first(reader);
        shown(first, "first-administrator dialog");
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        if (first.actor())
            return first.actor();
        // Another console created the first administrator meanwhile: that account signs in.
    }
    ui::SignInDialog signIn(reader);
    shown(signIn, "sign-in dialog");
    if (signIn.exec() != QDialog::Accepted)
        return std::nullopt;
    return signIn.actor();
}

bool quitWhenShown()
{
    return qEnvironmentVariableIntValue("PUNCHCLOCK_QUIT_WHEN_SHOWN") == 1;
}

std::optional<FirstRunResult> runFirstRun(ui::SimulatorLauncher &simulator)
{
    ui::FirstRunSetup setup;
    ui::FirstRunChoices defaults;
    defaults.dataFolder = QFileInfo(databasePath(QString())).absolutePath();
    defaults.timeZoneId = QTimeZone::systemTimeZoneId();
    QHostAddress address;
    quint16 port = 0;
    const auto apply = [&setup, &address, &port](const ui::FirstRunChoices &choices) {
        const ui::FirstRunOutcome outcome = setup.apply(choices);
        address = outcome.boundAddress;
        port = outcome.port;
        return outcome;
    };
    const auto startSimulator = [&simulator, &address, &port] {
        QString reason;
        const QMetaObject::Connection failure =
            QObject::connect(&simulator, &ui::SimulatorLauncher::failed, [&reason](const QString &why) { reason = why; });
        const bool started = simulator.start(address, port);
        QObject::disconnect(failure);
        return started ? QString() : reason;
    };
    ui::FirstRunWizard wizard(defaults, apply, startSimulator);
    QObject::connect(&simulator, &ui::SimulatorLauncher::failed, &wizard, &ui::FirstRunWizard::showSimulatorProblem);
    if (quitWhenShown()) {
        QTimer::singleShot(0, &wizard, [&wizard] {
            std::fprintf(stderr, "punchclock: first-run wizard shown\n");
            wizard.reject();
        });
    }
    wizard.exec();

    FirstRunResult result;
    result.connection = setup.takeConnection();
    result.server = setup.takeServer();
    if (!result.connection || !result.server)
        return std::nullopt;
    result.database = result.connection->config();
    result.administrator = setup.administrator();

    QSettings settings;
    if (result.database.isPostgres()) {
        settings.setValue(QLatin1String(ui::settingskeys::DatabaseUrl), result.database.displayName());
    } else {
        const QString folder = QFileInfo(setup.databasePath()).absolutePath();
        if (QDir(folder) != QDir(defaults.dataFolder))
            settings.setValue(QLatin1String(ui::settingskeys::DatabaseFolder), folder);
    }
    settings.setValue(QLatin1String(setupDoneKey), true);
    if (result.administrator)
        settings.setValue(QLatin1String(ui::SignInDialog::LastNameKey), result.administrator->name);
    return result;
}

} // namespace punchclock::app
