#include "firstrunsetup.h"

#include "consolecontext.h"
#include "outcometext.h"
#include "servertexts.h"

#include "connection.h"
#include "listenaddress.h"
#include "operatoradmin.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsadmin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

    if (!choices.databaseUrl.isEmpty()) {
        QString urlError;
        const std::optional<storage::DatabaseConfig> server = storage::DatabaseConfig::fromUrl(choices.databaseUrl, &urlError);
        if (!server) {
            outcome.error = urlError;
            return outcome;
        }
        m_config = *server;
        m_config.password = choices.databasePassword;
    } else {
        if (!QDir().mkpath(choices.dataFolder)) {
            outcome.error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(choices.dataFolder));
            return outcome;
        }
        m_config = storage::DatabaseConfig::sqlite(QDir(choices.dataFolder).filePath(QLatin1String(DatabaseFileName)));
    }
    const storage::DatabaseConfig &config = m_config;
    QString error;
    m_connection = storage::Connection::open(config, &error);
    if (!m_connection) {
        outcome.error = config.isPostgres() && storage::Connection::wantsPassword(error)
            ? tr("The server asks for the password of %1: type it in the Password field, or put it in ~/.pgpass.")
                  .arg(config.user.isEmpty() ? tr("your database account") : config.user)
            : tr("The database could not be opened: %1").arg(error);
        return outcome;
    }

    using engine::ServerSettings;
    const services::Outcome saved =
        services::SettingsAdmin(m_connection->database())
            .set(services::Actor::system(QStringLiteral("first-run set-up")),
                 {{QLatin1String(ServerSettings::ListenKey),
                   http::ListenAddress::format(choices.listenAddress, choices.port)},
                  {QLatin1String(ServerSettings::SiteTimeZoneKey), QString::fromLatin1(choices.timeZoneId)},
                  {QLatin1String(ServerSettings::AutoApproveKey),
                   choices.autoApprove ? QStringLiteral("1") : QStringLiteral("0")}});
    if (!saved.ok()) {
        outcome.error = tr("The settings could not be saved in %1.").arg(placeName());
        return outcome;
    }
    outcome.error = signInAdministrator(choices);
    if (!outcome.error.isEmpty())
        return outcome;

    m_server = std::make_unique<http::ServerHost>(config);
    http::ServerOptions options;
    options.address = choices.listenAddress;
    options.port = choices.port;
    if (!m_server->start(options, &error)) {
        m_server.reset();
        outcome.error = tr("The server could not start: %1").arg(ServerTexts::serverError(error));
        return outcome;
    }
    outcome.ok = true;
    outcome.boundAddress = m_server->address();
    outcome.port = m_server->port();
    return outcome;
}

QString FirstRunSetup::signInAdministrator(const FirstRunChoices &choices)
{
    m_administrator.reset();
    services::OperatorAdmin operators(m_connection->database());
    const services::Outcome created = operators.createFirstAdministrator(
        choices.administratorName, choices.administratorPassword, ConsoleContext::origin());
    // Created by an earlier try on this database (the server then failed to start): signed in below.
    const bool existed = created.status == services::Outcome::Status::Refused &&
                         created.error<services::OperatorError>() == services::OperatorError::FirstAdministratorExists;
    if (!created.ok() && !existed)
        return tr("The administrator could not be created: %1").arg(OutcomeText::operatorAccount(created));
    services::Actor actor;
    const services::Outcome signedIn =
        operators.signIn(choices.administratorName, choices.administratorPassword, ConsoleContext::origin(), &actor);
    if (!signedIn.ok())
        return existed ? tr("The database in %1 already has operator accounts. Go back and enter the name and "
                            "password of one of its administrators, or choose another data folder.")
                             .arg(placeName())
                       : OutcomeText::operatorAccount(signedIn);
    m_administrator = actor;
    return {};
}

QString FirstRunSetup::placeName() const
{
    return m_config.isPostgres() ? m_config.displayName()
                                 : QDir::toNativeSeparators(QFileInfo(m_config.path).absolutePath());
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
