#include "serverhost.h"

#include "terminalhttpserver.h"

#include "terminalengine.h"
#include "walcheckpointer.h"

#include <QLoggingCategory>

#include <csignal>
#include <malloc.h>

Q_LOGGING_CATEGORY(lcServer, "punchclock.server", QtInfoMsg)

namespace punchclock::http {

namespace {

template<typename Function>
void runIn(QObject *context, Function &&function)
{
    QMetaObject::invokeMethod(context, std::forward<Function>(function), Qt::BlockingQueuedConnection);
}

} // namespace

ServerHost::ServerHost(storage::DatabaseConfig database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    qRegisterMetaType<engine::RequestBatch>();
    qRegisterMetaType<engine::ReplyBatch>();
    m_engineThread.setObjectName(QStringLiteral("punchclock-engine"));
    m_httpThread.setObjectName(QStringLiteral("punchclock-http"));
    m_checkpointThread.setObjectName(QStringLiteral("punchclock-checkpoint"));
}

ServerHost::~ServerHost()
{
    stop();
}

void ServerHost::prepareProcess()
{
    if (qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    // A write past a file-size limit (ulimit -f) fails like a full disk: SQLite refuses the
    // commit, terminals are answered with errors and send again. The default would kill the
    // server instead.
    signal(SIGXFSZ, SIG_IGN);
}

bool ServerHost::start(const ServerOptions &options, QString *error)
{
    if (isRunning())
        return true;
    // Every request allocates in one thread and frees in another. glibc would hand the freed
    // memory back to the kernel after each burst and fault it in again on the next, with a
    // TLB shootdown across both cores each time; keep up to 64 MiB of it instead.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);

    m_engineThread.start();
    m_engine = new engine::TerminalEngine(m_database);
    m_engine->moveToThread(&m_engineThread);
    bool opened = false;
    runIn(m_engine, [this, &opened, error] { opened = m_engine->open(error); });
    if (!opened) {
        stop();
        return false;
    }

    m_checkpointThread.start(QThread::LowPriority);
    m_checkpointer = new storage::WalCheckpointer(m_database);
    m_checkpointer->moveToThread(&m_checkpointThread);
    runIn(m_checkpointer, [this, &opened, error] { opened = m_checkpointer->open(error); });
    if (!opened) {
        stop();
        return false;
    }

    m_httpThread.start();
    auto *http = new TerminalHttpServer(options.blockLimits);
    auto *guard = new ConnectionGuard(options.connectionLimits);
    http->moveToThread(&m_httpThread);
    guard->moveToThread(&m_httpThread);
    // Before listening: terminals waiting for the server (a restart) connect at once, and a
    // request handed on before these connections existed would never be answered.
    connect(http, &TerminalHttpServer::requestsReady, m_engine, &engine::TerminalEngine::handleRequests);
    connect(m_engine, &engine::TerminalEngine::repliesReady, http, &TerminalHttpServer::sendReplies);
    bool listening = false;
    runIn(http, [&] {
        listening = guard->listen(options.address, options.port);
        if (!listening) {
            *error = QStringLiteral("Cannot listen on %1:%2: %3")
                         .arg(options.address.toString())
                         .arg(options.port)
                         .arg(guard->errorString());
            delete guard;
            delete http;
            return;
        }
        http->bind(guard);
        m_port = guard->serverPort();
        m_address = guard->serverAddress();
    });
    if (!listening) {
        stop();
        return false;
    }
    m_http = http;
    m_guard = guard;

    connect(m_engine, &engine::TerminalEngine::punchesStored, this, &ServerHost::punchesStored);
    connect(m_engine, &engine::TerminalEngine::terminalsChanged, this, &ServerHost::terminalsChanged);
    connect(m_engine, &engine::TerminalEngine::usersChanged, this, &ServerHost::usersChanged);
    connect(m_engine, &engine::TerminalEngine::jobsChanged, this, &ServerHost::jobsChanged);
    connect(m_engine, &engine::TerminalEngine::databaseUnreachable, this, [this](const QDateTime &sinceUtc) {
        m_databaseUnreachableSince = sinceUtc;
        Q_EMIT databaseUnreachable(sinceUtc);
    });
    connect(m_engine, &engine::TerminalEngine::databaseReachable, this, [this] {
        m_databaseUnreachableSince = {};
        Q_EMIT databaseReachable();
    });
    qCInfo(lcServer).noquote() << "terminal server listening on" << m_address.toString() << "port" << m_port;
    return true;
}

void ServerHost::stop()
{
    if (m_http) {
        runIn(m_http, [this] {
            if (m_guard)
                m_guard->close();
        });
    }
    if (m_engine) {
        // Commit what is queued; its replies are posted to the HTTP thread before it is torn down.
        runIn(m_engine, [this] {
            m_engine->flush();
            delete m_engine;
        });
        m_engine = nullptr;
    }
    if (m_http) {
        runIn(m_http, [this] { delete m_http; });
        m_http = nullptr;
        qCInfo(lcServer) << "terminal server stopped";
    }
    if (m_checkpointer) {
        runIn(m_checkpointer, [this] { delete m_checkpointer; });
        m_checkpointer = nullptr;
    }
    m_checkpointThread.quit();
    m_checkpointThread.wait();
    m_engineThread.quit();
    m_engineThread.wait();
    m_httpThread.quit();
    m_httpThread.wait();
    m_port = 0;
}

} // namespace punchclock::http
