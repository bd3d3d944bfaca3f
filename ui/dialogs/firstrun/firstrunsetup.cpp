#include "firstrunsetup.h"

#include "connection.h"
#include "listenaddress.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QCoreApplication>
#include <QDir>

namespace punchclock::ui {

FirstRunSetup::FirstRunSetup() = default;

FirstRunSetup::~FirstRunSetup()
{
    if (m_server)
        m_server->stop();
}

FirstRunOutcome FirstRunSetup::apply(const FirstRunChoices &choices)
{
    FirstRunOutcome outcome;
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
    m_connection.reset();

    if (!QDir().mkpath(choices.dataFolder)) {
        outcome.error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(choices.dataFolder));
        return outcome;
    }
    m_databasePath = QDir(choices.dataFolder).filePath(QLatin1String(DatabaseFileName));
    const storage::DatabaseConfig config = storage::DatabaseConfig::sqlite(m_databasePath);
    QString error;
    m_connection = storage::Connection::open(config, &error);
    if (!m_connection) {
        outcome.error = tr("The database could not be opened: %1").arg(error);
        return outcome;
    }

    storage::SettingsRepository settings(m_connection->database());
    using engine::ServerSettings;
    const bool saved = settings.setValue(QLatin1String(ServerSettings::ListenKey),
                                         http::ListenAddress::format(choices.listenAddress, choices.port))
        && settings.setValue(QLatin1String(ServerSettings::SiteTimeZoneKey), QString::fromLatin1(choices.timeZoneId))
        && settings.setValue(QLatin1String(ServerSettings::AutoApproveKey),
                             choices.autoApprove ? QStringLiteral("1") : QStringLiteral("0"));
    if (!saved) {
        outcome.error = tr("The settings could not be saved in %1.").arg(QDir::toNativeSeparators(m_databasePath));
        return outcome;
    }

    m_server = std::make_unique<http::ServerHost>(config);
    http::ServerOptions options;
    options.address = choices.listenAddress;
    options.port = choices.port;
    if (!m_server->start(options, &error)) {
        m_server.reset();
        outcome.error = tr("The server could not start: %1").arg(error);
        return outcome;
    }
    outcome.ok = true;
    outcome.boundAddress = m_server->address();
    outcome.port = m_server->port();
    return outcome;
}

std::unique_ptr<storage::Connection> FirstRunSetup::takeConnection()
{
    return std::move(m_connection);
}

std::unique_ptr<http::ServerHost> FirstRunSetup::takeServer()
{
    return std::move(m_server);
}

} // namespace punchclock::ui
