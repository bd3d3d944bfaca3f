#include "consoletestbed.h"

#include "consolereads.h"
#include "operatoradmin.h"
#include "settingsrepository.h"

#include <QHostAddress>
#include <QTest>

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

ui::ConsoleContext &ConsoleTestbed::createContext(bool readsOnReaderThread)
{
    m_context = std::make_unique<ui::ConsoleContext>(*m_db, m_server.get(), readsOnReaderThread);
    if (m_actor.operatorId != 0)
        m_context->setActor(m_actor);
    return *m_context;
}

void ConsoleTestbed::waitForReads()
{
    test::waitForReads(m_context->reader());
}

services::Actor ConsoleTestbed::signInAs(const QString &name, services::Role role, const QSet<qint64> &departments)
{
    services::OperatorAdmin operators(database());
    const services::Actor setup = services::Actor::system(QStringLiteral("test set-up"));
    services::Actor actor;
    if (!operators.createOperator(setup, name, OperatorPassword, role, departments.isEmpty(), departments).ok() ||
        !operators.signIn(name, OperatorPassword, ui::ConsoleContext::origin(), &actor).ok())
        return {};
    m_actor = actor;
    if (m_context)
        m_context->setActor(actor);
    return actor;
}

QString ConsoleTestbed::databasePath() const
{
    return m_dir.filePath(QStringLiteral("punchclock.sqlite"));
}

std::unique_ptr<ConsoleTestbed> openServerlessBed(QString *error)
{
    QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
    QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
    auto bed = std::make_unique<ConsoleTestbed>();
    ConsoleTestbed::Options options;
    options.startServer = false;
    if (!bed->open(options, error))
        bed.reset();
    return bed;
}

} // namespace punchclock::test
