#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace punchclock::app {

QString databasePath(const QString &option)
{
    if (!option.isEmpty())
        return QDir::current().absoluteFilePath(option);
    const QString fromEnvironment = qEnvironmentVariable("PUNCHCLOCK_DB");
    if (!fromEnvironment.isEmpty())
        return QDir::current().absoluteFilePath(fromEnvironment);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/punchclock.sqlite");
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("punchclock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PUNCHCLOCK_VERSION));
}

} // namespace punchclock::app
