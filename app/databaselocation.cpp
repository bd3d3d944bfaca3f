#include "databaselocation.h"

#include "settingskeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    const QString movedTo = QSettings().value(QLatin1String(ui::settingskeys::DatabaseFolder)).toString();
    if (!movedTo.isEmpty())
        return QDir(movedTo).filePath(QStringLiteral("punchclock.sqlite"));
    // ~/.local/share/punchclock/punchclock.sqlite, spelled out: AppDataLocation would add the
    // organisation name as a second folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/punchclock/punchclock.sqlite");
}

std::optional<storage::DatabaseConfig> databaseConfig(const QString &option, QString *error)
{
    QString named = option.isEmpty() ? qEnvironmentVariable("PUNCHCLOCK_DB") : option;
    if (named.isEmpty())
        named = QSettings().value(QLatin1String(ui::settingskeys::DatabaseUrl)).toString();
    if (storage::DatabaseConfig::looksLikeUrl(named))
        return storage::DatabaseConfig::fromUrl(named, error);
    return storage::DatabaseConfig::sqlite(databasePath(option));
}

QString unavailableDataFolder(const QString &option)
{
    if (!option.isEmpty() || !qEnvironmentVariableIsEmpty("PUNCHCLOCK_DB") ||
        QSettings().contains(QLatin1String(ui::settingskeys::DatabaseUrl)))
        return {};
    const QString movedTo = QSettings().value(QLatin1String(ui::settingskeys::DatabaseFolder)).toString();
    return movedTo.isEmpty() || QFileInfo(movedTo).isDir() ? QString() : movedTo;
}

void setApplicationIdentity()
{
    // Settings go to ~/.config/punchclock/punchclock.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("punchclock"));
    QCoreApplication::setApplicationName(QStringLiteral("punchclock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PUNCHCLOCK_VERSION));
}

} // namespace punchclock::app
