// Realtime ingestion under load, the way terminals deliver: one new connection per punch,
// HTTP/1.0, many terminals at once. Every punch counted here was answered "OK", i.e. committed
// with synchronous=FULL; at the end the database is checked to hold every one of them.
//
//   bench_realtime_ingest [--clients 64] [--punches 50000] [--dir DIR]

#include "terminalrequestbuilder.h"

#include "connection.h"
#include "punchrepository.h"
#include "serverhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace punchclock;

namespace {

// One simulated terminal: sends its next punch on a fresh connection once the previous one
// was answered and closed, exactly like firmware that deletes a log only after "OK".
class Terminal : public QObject
{
public:
    Terminal(quint16 port, const std::vector<QByteArray> &requests, int *nextPunch, QObject *parent)
        : QObject(parent)
        , m_port(port)
        , m_requests(requests)
        , m_nextPunch(nextPunch)
    {
    }

    int acknowledged = 0;
    int refused = 0;
    int connectionErrors = 0;
    std::function<void()> onIdle;

    void sendNext()
    {
        if (m_current < 0) {
            if (*m_nextPunch >= int(m_requests.size())) {
                onIdle();
                return;
            }
            m_current = (*m_nextPunch)++;
        }
        m_reply.clear();

        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->write(m_requests[size_t(m_current)]); });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_reply += m_socket->readAll(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError) {
                ++connectionErrors;
                m_socket->abort();
            }
        });
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

private:
    void finish()
    {
        m_reply += m_socket->readAll();
        m_socket->deleteLater();
        m_socket = nullptr;
        if (m_reply.contains("\r\nresponse_code: OK\r\n")) {
            ++acknowledged;
            m_current = -1;
        } else if (!m_reply.isEmpty()) {
            ++refused; // not acknowledged: the terminal keeps the punch and sends it again
        }
        QMetaObject::invokeMethod(this, [this] { sendNext(); }, Qt::QueuedConnection);
    }

    quint16 m_port;
    const std::vector<QByteArray> &m_requests;
    int *m_nextPunch;
    int m_current = -1;
    QByteArray m_reply;
    QTcpSocket *m_socket = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent terminals."),
                                           QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption punchesOption(QStringLiteral("punches"), QStringLiteral("Punches to deliver."),
                                           QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Folder for the database (a real disk)."),
                                       QStringLiteral("DIR"), QDir::currentPath());
    parser.addOptions({clientsOption, punchesOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int total = parser.value(punchesOption).toInt();

    QTemporaryDir dir(parser.value(dirOption) + QStringLiteral("/bench-XXXXXX"));
    const storage::DatabaseConfig database = storage::DatabaseConfig::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    http::ServerHost server(database);
    http::ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.connectionLimits.maxConnections = 4096;
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(error));
        return 1;
    }

    // Built beforehand so that the client's share of the two cores goes to the sockets.
    // Unique punches: 64 terminals, user and time derived from the punch number.
    std::vector<QByteArray> requests;
    requests.reserve(size_t(total));
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = 0; n < total; ++n) {
        test::TerminalRequestBuilder request;
        request.devId = "BENCH" + QByteArray::number(n % 64);
        request.body = test::hs101GlogBody(QString::number(n % 5000),
                                           start.addSecs(n).toString(QStringLiteral("yyyyMMddHHmmss")));
        requests.push_back(request.build());
    }

    int nextPunch = 0;
    int idle = 0;
    std::vector<Terminal *> terminals;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < clients; ++i) {
        auto *terminal = new Terminal(server.port(), requests, &nextPunch, &app);
        terminal->onIdle = [&] {
            if (++idle == clients)
                QCoreApplication::quit();
        };
        terminals.push_back(terminal);
        terminal->sendNext();
    }
    QCoreApplication::exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    server.stop();

    int acknowledged = 0;
    int refused = 0;
    int connectionErrors = 0;
    for (const Terminal *terminal : terminals) {
        acknowledged += terminal->acknowledged;
        refused += terminal->refused;
        connectionErrors += terminal->connectionErrors;
    }
    const auto reader = storage::Connection::open(database, &error);
    const qint64 stored = reader ? storage::PunchRepository(reader->database()).count({}) : -1;

    std::printf("realtime_glog ingestion, %d concurrent terminals, one connection per punch, synchronous=FULL\n", clients);
    std::printf("  acknowledged punches : %d in %.2f s\n", acknowledged, seconds);
    std::printf("  throughput           : %.0f acknowledged punches/s\n", acknowledged / seconds);
    std::printf("  not acknowledged     : %d (re-sent), connection errors: %d\n", refused, connectionErrors);
    std::printf("  stored in database   : %lld, missing acknowledged punches: %lld\n", qlonglong(stored),
                qlonglong(acknowledged - stored));
    return stored == acknowledged ? 0 : 1;
}
