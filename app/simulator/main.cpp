#include "commandlineoptions.h"
#include "simulator.h"

#include "../cli/signalwatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>

using namespace punchclock;

// punchclock-sim: terminals without hardware, for demos, integration tests and load runs.
int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("punchclock-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PUNCHCLOCK_VERSION));
    QTextStream err(stderr);

    simulator::CommandLineOptions options;
    QString error;
    if (!options.parse(QCoreApplication::arguments(), &error)) {
        err << "punchclock-sim: " << error << Qt::endl;
        return 2;
    }

    simulator::Simulator simulation(options.config());
    if (!options.quiet()) {
        QObject::connect(&simulation, &simulator::Simulator::eventOccurred, &application,
                         [&err](const QString &deviceId, const QString &text) {
                             err << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")) << ' '
                                 << deviceId << ' ' << text << Qt::endl;
                         });
    }

    cli::SignalWatcher terminationWatcher;
    QObject::connect(&terminationWatcher, &cli::SignalWatcher::terminationRequested, &application,
                     [] { QCoreApplication::quit(); });
    if (options.durationSeconds() > 0)
        QTimer::singleShot(options.durationSeconds() * 1000, &application, [] { QCoreApplication::quit(); });

    simulation.start();
    QCoreApplication::exec();
    simulation.stop();
    err << simulation.summary() << Qt::endl;
    return 0;
}
