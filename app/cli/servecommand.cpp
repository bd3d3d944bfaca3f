#include "commands.h"
#include "output.h"
#include "signalwatcher.h"

#include "backupscheduler.h"
#include "connection.h"
#include "integritycheck.h"
#include "listenaddress.h"
#include "outboxdeliverer.h"
#include "retentionscheduler.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace punchclock::cli {

int runServe(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run the terminal server without a display until SIGINT or SIGTERM."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port terminals connect to (default 0.0.0.0:8090)."),
                                    QStringLiteral("HOST:PORT"));
    parser.addOption(listen);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("serve takes options only"));

    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd HH:mm:ss.zzz} %{if-warning}warning %{endif}%{if-critical}error "
                                      "%{endif}%{category}: %{message}"));
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    // Better found now than by a write that fails: the log names the backup to restore.
    if (engine::IntegrityCheck::run(*connection).damaged)
        return Failure;

    QString listenText = parser.value(listen);
    if (listenText.isEmpty())
        listenText = storage::SettingsRepository(connection->database()).value(QLatin1String(engine::ServerSettings::ListenKey));
    http::ServerOptions options;
    if (!listenText.isEmpty()) {
        http::ListenAddress address;
        QString error;
        if (!http::ListenAddress::parse(listenText, &address, &error))
            return context.usageError(QStringLiteral("--listen: %1").arg(error));
        options.address = address.address;
        options.port = address.port;
    }

    // Before the server takes its first request: a SIGTERM that follows an answer at once must
    // stop it cleanly, not end it with the signal's default action.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int number) {
        qInfo("signal %d received, stopping", number);
        QCoreApplication::quit();
    });
    http::ServerHost server(connection->config());
    QString error;
    if (!server.start(options, &error))
        return context.failure(error);
    // Beside the server, not inside ServerHost: the console restarts its server on another
    // port without interrupting the daily backup, and tests start servers without one.
    engine::BackupScheduler backups(connection->config());
    backups.start();
    // Biometrics of people who left go after their retention (off unless set), also on a
    // server nobody opens the console on; the scheduler logs what it removed.
    services::RetentionScheduler retention(connection->config());
    retention.start();
    // Punches reach the systems they are sent to (docs/integrations.md); with several servers
    // on one database, each destination is delivered by one of them at a time.
    integrations::OutboxDeliverer deliveries(connection->config());
    deliveries.start();

    QCoreApplication::exec();
    deliveries.stop();
    retention.stop();
    backups.stop();
    server.stop();
    return Success;
}

} // namespace punchclock::cli
