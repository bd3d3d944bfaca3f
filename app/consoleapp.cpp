#include "consoleapp.h"

#include "databaselocation.h"

#include "connection.h"
#include "consolecontext.h"
#include "mainwindow.h"
#include "serverhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>

namespace punchclock::app {

namespace {

QString consoleStyleSheet()
{
    QFile file(QStringLiteral(":/styles/console.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

int runConsole(int argc, char *argv[])
{
    QApplication application(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Punchclock"));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::tr("Database file."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(application);

    const storage::DatabaseConfig database = storage::DatabaseConfig::sqlite(databasePath(parser.value(dbOption)));
    QString error;
    const std::unique_ptr<storage::Connection> connection = storage::Connection::open(database, &error);
    if (!connection) {
        QMessageBox::critical(nullptr, QApplication::tr("Punchclock cannot start"), error);
        return 1;
    }

    http::ServerHost server(database);
    QString serverError;
    server.start(http::ServerOptions{}, &serverError);

    application.setStyleSheet(consoleStyleSheet());
    ui::ConsoleContext context(*connection, &server);
    context.setServerError(serverError);
    ui::MainWindow window(context);
    window.show();
    const int status = application.exec();
    server.stop();
    return status;
}

} // namespace punchclock::app
