#include "databaselocation.h"

#include "datasection.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace punchclock::app {

QString databasePath(const QString &option)
{
    if (!option.isEmpty())
        return QDir::current().absoluteFilePath(option);
    const QString fromEnvironment = qEnvironmentVariable("PUNCHCLOCK_DB");
    if (!fromEnvironment.isEmpty())
        return QDir::current().absoluteFilePath(fromEnvironment);
    const QString movedTo = QSettings().value(QLatin1String(ui::DataSection::DatabaseFolderKey)).toString();
    if (!movedTo.isEmpty())
        return QDir(movedTo).filePath(QStringLiteral("punchclock.sqlite"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/punchclock.sqlite");
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("punchclock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PUNCHCLOCK_VERSION));
}

} // namespace punchclock::app
