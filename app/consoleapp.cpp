#include "consoleapp.h"

#include "databaselocation.h"
#include "firstrun.h"

#include "backupscheduler.h"
#include "integritycheck.h"
#include "connection.h"
#include "consolecontext.h"
#include "consoleinstance.h"
#include "listenaddress.h"
#include "mainwindow.h"
#include "outboxdeliverer.h"
#include "retentionscheduler.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "simulatorlauncher.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace punchclock::app {

namespace {

QString consoleStyleSheet()
{
    QFile file(QStringLiteral(":/styles/console.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// On the address stored in Settings (`server.listen`), else on every interface, port 8090.
void startServer(http::ServerHost &server, const storage::Connection &connection, QString *error)
{
    http::ServerOptions options;
    const QString listen =
        storage::SettingsRepository(connection.database()).value(QLatin1String(engine::ServerSettings::ListenKey));
    if (!listen.isEmpty()) {
        http::ListenAddress address;
        if (!http::ListenAddress::parse(listen, &address, error))
            return;
        options.address = address.address;
        options.port = address.port;
    }
    server.start(options, error);
}

// PUNCHCLOCK_QUIT_WHEN_SHOWN=1 (scripts/check-fresh-debian.sh): prove that the console starts on
// a machine without a display, then leave. Once its first window (the first-administrator or
// sign-in dialog, or the main window; `what` names a dialog) is shown, `leave` ends it with 0
// when the terminal server listens, 1 when it could not start.
void quitOnceShown(const QWidget &window, const char *what, const http::ServerHost &server, const QString &serverError,
                   std::function<void(int)> leave)
{
    QTimer::singleShot(0, &window, [&window, what, &server, serverError, leave = std::move(leave)] {
        const bool started = window.isVisible() && server.isRunning() && serverError.isEmpty();
        if (what)
            std::fprintf(stderr, "punchclock: %s shown\n", what);
        if (started) {
            std::fprintf(stderr, "punchclock: console shown, terminal server on %s\n",
                         qPrintable(http::ListenAddress::format(server.address(), server.port())));
        } else {
            std::fprintf(stderr, "punchclock: console shown, terminal server not started: %s\n",
                         qPrintable(serverError));
        }
        leave(started ? 0 : 1);
    });
}

// What the log says too (IntegrityCheck::Result::text()), in the console's language.
QString damagedDatabaseText(const engine::IntegrityCheck::Result &integrity)
{
    const QString found = QApplication::tr("The database %1 is damaged:\n%2\n\n").arg(integrity.database, integrity.problem);
    if (integrity.newestBackup.isEmpty())
        return found + QApplication::tr("There is no backup in %1 to restore. Keep a copy of the damaged file and ask "
                                        "for help before anything writes to it.")
                           .arg(integrity.backupFolder);
    return found + QApplication::tr("Keep a copy of the damaged file, then restore the newest backup, %1, with this "
                                    "command and start Punchclock again:\n%2")
                       .arg(integrity.newestBackup, integrity.restoreCommand());
}

// Opens the database; a PostgreSQL server that wants a password ~/.pgpass does not have gets
// one typed here (three tries), kept in *config for the server's connections and never stored.
std::unique_ptr<storage::Connection> openDatabase(storage::DatabaseConfig *config, QString *error)
{
    std::unique_ptr<storage::Connection> connection = storage::Connection::open(*config, error);
    for (int attempt = 0; !connection && attempt < 3 && config->isPostgres() &&
         storage::Connection::wantsPassword(*error);
         ++attempt) {
        bool typed = false;
        const QString password = QInputDialog::getText(
            nullptr, QApplication::tr("Database password"),
            QApplication::tr("The password of %1 on %2:")
                .arg(config->user.isEmpty() ? QApplication::tr("your database account") : config->user,
                     config->displayName()),
            QLineEdit::Password, QString(), &typed);
        if (!typed)
            break;
        config->password = password;
        connection = storage::Connection::open(*config, error);
    }
    return connection;
}

} // namespace

int runConsole(int argc, char *argv[])
{
    QApplication application(argc, argv);
    setApplicationIdentity();
    ui::TranslationLoader::install(ui::TranslationLoader::resolve(
        QSettings().value(QLatin1String(ui::TranslationLoader::LanguageKey)).toString()));
    QApplication::setApplicationDisplayName(QStringLiteral("Punchclock"));
    // The Wayland app id: compositors find the window's icon and name in the desktop entry of
    // this name (packaging/linux).
    QApplication::setDesktopFileName(QStringLiteral("io.punchclock.Punchclock"));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::tr("Database file, or postgresql://user@host:port/dbname."),
                                      QStringLiteral("PATH|URL"));
    parser.addOption(dbOption);
    parser.process(application);
    QString configError;
    std::optional<storage::DatabaseConfig> named = databaseConfig(parser.value(dbOption), &configError);
    if (!named) {
        std::fprintf(stderr, "punchclock: --db: %s\n", qPrintable(configError));
        return 2;
    }

    application.setStyleSheet(consoleStyleSheet());
    // One simulated terminal for the console's life: one the first-run wizard starts goes on
    // running under the Dashboard, which reports how it ends and can stop it.
    ui::SimulatorLauncher simulator;

    // A second console on the same data brings the first to the front and leaves: it could not
    // serve the terminals, whose port the first holds.
    std::unique_ptr<ui::ConsoleInstance> instance;
    QPointer<QWidget> front;
    const auto claimData = [&instance, &front](const QString &path) {
        instance = std::make_unique<ui::ConsoleInstance>(path);
        if (instance->activateRunning())
            return false;
        QString error;
        if (!instance->listen(&error))
            qWarning("punchclock: another console on the same data will not be noticed: %s", qPrintable(error));
        QObject::connect(instance.get(), &ui::ConsoleInstance::activationRequested, [&front] {
            QWidget *modal = QApplication::activeModalWidget();
            ui::ConsoleInstance::bringToFront(modal ? modal : front.data());
        });
        return true;
    };
    // A database on a server is claimed by its URL: one console per database on this PC, as
    // for a file, since each serves the terminals on the same port.
    const QString claimName = named->isPostgres() ? named->displayName() : QDir::toNativeSeparators(named->path);
    if (!needsFirstRun(parser.value(dbOption)) && !claimData(claimName)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::tr("Punchclock is already open on %1: its window was brought to the "
                                                 "front. This copy exits.")
                                    .arg(claimName)));
        return 0;
    }

    storage::DatabaseConfig database;
    std::unique_ptr<storage::Connection> connection;
    std::unique_ptr<http::ServerHost> server;
    QString serverError;
    std::optional<services::Actor> actor;
    if (needsFirstRun(parser.value(dbOption))) {
        std::optional<FirstRunResult> firstRun = runFirstRun(simulator);
        if (!firstRun)
            return 0;
        database = firstRun->database;
        // Only now is the data's place known; a console started meanwhile was a first run too.
        const QString claimed = database.isPostgres() ? database.displayName() : database.path;
        if (!claimData(claimed))
            qWarning("punchclock: another console opened %s meanwhile", qPrintable(claimed));
        connection = std::move(firstRun->connection);
        server = std::move(firstRun->server);
        actor = firstRun->administrator;
    } else {
        const QString missingFolder = unavailableDataFolder(parser.value(dbOption));
        if (!missingFolder.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::tr("Punchclock cannot start"),
                                  QApplication::tr("The data folder %1 is not available. Connect the disk that "
                                                   "holds it and start Punchclock again, or start it with --db "
                                                   "to open another database.")
                                      .arg(missingFolder));
            return 1;
        }
        database = *named;
        QString error;
        connection = openDatabase(&database, &error);
        if (!connection) {
            QMessageBox::critical(nullptr, QApplication::tr("Punchclock cannot start"), error);
            return 1;
        }
        const engine::IntegrityCheck::Result integrity = engine::IntegrityCheck::run(*connection);
        if (integrity.damaged) {
            QMessageBox::critical(nullptr, QApplication::tr("Punchclock cannot start"), damagedDatabaseText(integrity));
            return 1;
        }
        server = std::make_unique<http::ServerHost>(database);
        startServer(*server, *connection, &serverError);
    }

    // Like the server, the daily removal of old biometrics (off unless set) needs no one signed in:
    // a console left at its sign-in overnight still does it.
    services::RetentionScheduler retention(database);
    retention.start();
    // Punches reach the systems they are sent to (docs/integrations.md) while the server runs.
    integrations::OutboxDeliverer deliveries(database);
    deliveries.start();

    // Before the sign-in: its dialogs check on the context's reader.
    ui::ConsoleContext context(*connection, server.get());
    // The server runs meanwhile: terminals deliver while nobody is signed in.
    if (!actor) {
        int leftWith = 0;
        actor = signInAtStart(context.reader(), [&](QDialog &dialog, const char *what) {
            if (quitWhenShown())
                quitOnceShown(dialog, what, *server, serverError, [&leftWith, &dialog](int status) {
                    leftWith = status;
                    dialog.reject();
                });
        });
        if (!actor) {
            deliveries.stop();
            simulator.stop();
            server->stop();
            return leftWith;
        }
    }

    // Beside the server, not inside ServerHost: Settings restarts the server on another port
    // without interrupting the daily backup, and tests start servers without one.
    engine::BackupScheduler backups(database);
    backups.start();

    context.setServerError(serverError);
    context.setSimulator(&simulator);
    context.setActor(*actor);
    // The Dashboard and the Users page hear of each purge at once rather than at the next check
    // for outside commits.
    QObject::connect(&retention, &services::RetentionScheduler::purgeRan, &context,
                     [&context] { context.notifyChanged(ui::ConsoleContext::Users | ui::ConsoleContext::Settings); },
                     Qt::QueuedConnection);
    ui::MainWindow window(context);
    front = &window;
    window.show();
    if (quitWhenShown())
        quitOnceShown(window, nullptr, *server, serverError, [](int status) { QApplication::exit(status); });
    const int status = application.exec();
    deliveries.stop();
    retention.stop();
    backups.stop();
    simulator.stop();
    server->stop();
    return status;
}

} // namespace punchclock::app
