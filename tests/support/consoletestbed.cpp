#include "consoletestbed.h"

#include "settingsrepository.h"

#include <QHostAddress>

namespace punchclock::test {

ConsoleTestbed::~ConsoleTestbed()
{
    // The context watches the server and the database, the server has its own connection
    // to the file in m_dir: take them down in the reverse order of set-up.
    m_context.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_db.reset();
}

bool ConsoleTestbed::open(const Options &options, QString *error)
{
    if (!m_dir.isValid()) {
        *error = m_dir.errorString();
        return false;
    }
    const auto config = storage::DatabaseConfig::sqlite(databasePath());
    m_db = storage::Connection::open(config, error);
    if (!m_db)
        return false;
    storage::SettingsRepository settings(m_db->database());
    for (const auto &setting : options.settings) {
        if (!settings.setValue(setting.first, setting.second)) {
            *error = QStringLiteral("could not write setting %1").arg(setting.first);
            return false;
        }
    }
    if (!options.startServer)
        return true;
    m_server = std::make_unique<http::ServerHost>(config);
    http::ServerOptions serverOptions;
    serverOptions.address = QHostAddress::LocalHost;
    serverOptions.port = 0;
    return m_server->start(serverOptions, error);
}

ui::ConsoleContext &ConsoleTestbed::createContext()
{
    m_context = std::make_unique<ui::ConsoleContext>(*m_db, m_server.get());
    return *m_context;
}

QString ConsoleTestbed::databasePath() const
{
    return m_dir.filePath(QStringLiteral("punchclock.sqlite"));
}

} // namespace punchclock::test
