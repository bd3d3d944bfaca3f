#include "simulatedterminal.h"
#include "simulator.h"
#include "terminalhttpclient.h"
#include "testdatabase.h"

#include "bscommframe.h"
#include "connection.h"
#include "logrecordcodec.h"
#include "pollinfo.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walltime.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::BsCommFrame;

namespace {

// One request as the fake server received it, headers in their order.
struct RecordedRequest
{
    QByteArray requestLine;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const char *name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QByteArray requestCode() const { return header("request_code"); }
};

QByteArray terminalReply(const QByteArray &responseCode, const QByteArray &transId = {},
                         const QByteArray &commandCode = {}, const QByteArray &body = {})
{
    QByteArray out = "HTTP/1.1 200 OK\r\nresponse_code: " + responseCode + "\r\ntrans_id: " + transId + "\r\n";
    if (!commandCode.isEmpty())
        out += "cmd_code: " + commandCode + "\r\n";
    out += "Content-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
    return out;
}

// A terminal server stand-in that records every request and answers what the test tells it;
// an empty answer leaves the terminal waiting (to test timeouts).
class FakeServer : public QObject
{
public:
    using Responder = std::function<QByteArray(const RecordedRequest &)>;

    explicit FakeServer(Responder responder)
        : m_responder(std::move(responder))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QList<RecordedRequest> requests;

    QList<RecordedRequest> withCode(const QByteArray &requestCode) const
    {
        QList<RecordedRequest> matching;
        for (const RecordedRequest &request : requests) {
            if (request.requestCode() == requestCode)
                matching.append(request);
        }
        return matching;
    }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            RecordedRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            request.requestLine = lines.first().trimmed();
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                const QByteArray name = lines.at(i).left(colon);
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests.append(request);
            const QByteArray answer = m_responder(request);
            if (!answer.isEmpty()) {
                socket->write(answer);
                socket->disconnectFromHost();
            }
        });
    }

    QTcpServer m_server;
    Responder m_responder;
};

} // namespace

class tst_Simulator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<http::ServerHost> m_server;

    void startServer()
    {
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(
                m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")),
                test::TestSchema::Current),
            &error);
        QVERIFY2(m_db, qPrintable(error));
        m_server = std::make_unique<http::ServerHost>(m_db->config());
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
    }

    // Fast terminals: tests wait for behaviour, not for firmware timing.
    static TerminalConfig fastConfig(quint16 port, protocol::RecordLibrary library = protocol::RecordLibrary::HS101)
    {
        TerminalConfig config;
        config.deviceId = QStringLiteral("SIMTEST01");
        config.server = {QStringLiteral("127.0.0.1"), port};
        config.library = library;
        config.seed.seed = 7;
        config.seed.users = 10;
        config.seed.logs = 20;
        config.seed.logsUntil = QDate(2026, 3, 1);
        config.pollIntervalMs = 100;
        config.restartDelayMs = 0;
        config.retryDelayMs = 20;
        config.maxRetryDelayMs = 100;
        config.requestTimeoutMs = 3000;
        return config;
    }

    std::optional<storage::TerminalRow> storedTerminal(const QString &devId) const
    {
        return storage::TerminalRepository(m_db->database()).find(devId);
    }

    qint64 punchCount() const { return storage::PunchRepository(m_db->database()).count({}); }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void pollRegistersTheTerminal()
    {
        startServer();
        TerminalConfig config = fastConfig(m_server->port(), protocol::RecordLibrary::HS103);
        config.fkName = QStringLiteral("Front door");
        SimulatedTerminal terminal(config);
        terminal.start();
        QTRY_VERIFY_WITH_TIMEOUT(storedTerminal(config.deviceId).has_value(), 10000);
        const storage::TerminalRow row = *storedTerminal(config.deviceId);
        QCOMPARE(row.name, QStringLiteral("Front door"));
        QCOMPARE(row.firmware, QStringLiteral("A102D2S2K1Wfs01 v1.14"));
        QCOMPARE(row.recordLibrary, QStringLiteral("FKDataHS103"));
        QCOMPARE(row.faceDataVersion, 528);
        QVERIFY(row.supportedEnrollData.contains(QStringLiteral("FACE")));
        QVERIFY(row.clockDriftSeconds && qAbs(*row.clockDriftSeconds) <= 5);
        QTRY_VERIFY(terminal.statistics().polls >= 3); // idle polls keep coming
        QCOMPARE(terminal.statistics().pollFailures, 0);
    }

    void burstOfPunchesIsStoredExactlyOnce()
    {
        startServer();
        SimulatedTerminal terminal(fastConfig(m_server->port()));
        terminal.start();
        QCOMPARE(terminal.queuePunches(50), 50);
        QTRY_COMPARE_WITH_TIMEOUT(terminal.statistics().punchesAcknowledged, 50, 30000);
        QCOMPARE(terminal.pendingPunches(), 0);
        QCOMPARE(punchCount(), qint64(50));
        QCOMPARE(terminal.state().logs().size(), 20 + 50); // stored in the terminal too
    }

    void blockedTerminalKeepsPunchesUntilUnblocked()
    {
        startServer();
        const TerminalConfig config = fastConfig(m_server->port());
        SimulatedTerminal terminal(config);
        terminal.start();
        QTRY_VERIFY_WITH_TIMEOUT(storedTerminal(config.deviceId).has_value(), 10000);
        QVERIFY(storage::TerminalRepository(m_db->database()).setApproval(config.deviceId, storage::Approval::Blocked));

        QCOMPARE(terminal.queuePunches(5), 5);
        QTRY_VERIFY_WITH_TIMEOUT(terminal.statistics().punchesRetried >= 5, 10000);
        QCOMPARE(punchCount(), qint64(0));
        QCOMPARE(terminal.pendingPunches(), 5);
        QCOMPARE(terminal.statistics().punchesAcknowledged, 0);

        QVERIFY(
            storage::TerminalRepository(m_db->database()).setApproval(config.deviceId, storage::Approval::Approved));
        QTRY_COMPARE_WITH_TIMEOUT(punchCount(), qint64(5), 10000);
        QTRY_COMPARE(terminal.pendingPunches(), 0);
        QCOMPARE(terminal.statistics().punchesAcknowledged, 5);
    }

    void enrolmentPushCreatesTheUser()
    {
        startServer();
        SimulatedTerminal terminal(fastConfig(m_server->port()));
        terminal.start();
        QVERIFY(terminal.enrollUser(QStringLiteral("77"), QStringLiteral("Keypad Person"),
                                    {{0, QByteArray(1184, 'f')}, {11, QByteArray("0012345678")}}));
        QTRY_COMPARE_WITH_TIMEOUT(terminal.statistics().enrollmentsAcknowledged, 1, 10000);
        const QList<storage::UserRow> users = storage::UserRepository(m_db->database()).list();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().userId, QStringLiteral("77"));
        QCOMPARE(users.first().name, QStringLiteral("Keypad Person"));
        QCOMPARE(users.first().fingers, 1);
        QVERIFY(users.first().card);
        QVERIFY(users.first().terminals.contains(QStringLiteral("SIMTEST01")));
    }

    void simulatorRunsSeveralTerminals()
    {
        startServer();
        SimulatorConfig config;
        config.terminals = 3;
        config.deviceIdPrefix = QStringLiteral("LOAD_");
        config.terminal = fastConfig(m_server->port());
        QVERIFY(Simulator::validate(config).isEmpty());
        Simulator simulator(config);
        simulator.start();
        for (SimulatedTerminal *terminal : simulator.terminals())
            terminal->queuePunches(4);
        QTRY_COMPARE_WITH_TIMEOUT(simulator.totals().punchesAcknowledged, 12, 20000);
        QCOMPARE(punchCount(), qint64(12));
        for (const QString &devId :
             {QStringLiteral("LOAD_0001"), QStringLiteral("LOAD_0002"), QStringLiteral("LOAD_0003")})
            QTRY_VERIFY(storedTerminal(devId).has_value());
        QVERIFY(simulator.summary().contains(QStringLiteral("12 acknowledged")));

        // One staff on every terminal, exactly as a terminal seeded alone gets it; own log histories.
        TerminalState alone(*TerminalModel::forLibrary(protocol::RecordLibrary::HS101));
        alone.seed(config.terminal.seed);
        const QList<SimulatedUser> expected = alone.users();
        for (SimulatedTerminal *terminal : simulator.terminals()) {
            const QList<SimulatedUser> users = terminal->state().users();
            QCOMPARE(users.size(), expected.size());
            for (int i = 0; i < users.size(); ++i) {
                QCOMPARE(users.at(i).name, expected.at(i).name);
                QCOMPARE(users.at(i).credentials, expected.at(i).credentials);
            }
        }
        QCOMPARE(simulator.terminal(0)->state().logs().first().ioTime, alone.logs().first().ioTime);
        QVERIFY(simulator.terminal(1)->state().logs().first().ioTime != alone.logs().first().ioTime ||
                simulator.terminal(1)->state().logs().first().userId != alone.logs().first().userId);

        config.deviceIdPrefix = QStringLiteral("BAD-PREFIX");
        QVERIFY(!Simulator::validate(config).isEmpty());
        config.deviceIdPrefix = QStringLiteral("A_VERY_LONG_PREFIX_OF_22");
        QVERIFY(!Simulator::validate(config).isEmpty());
    }

    void requestHasTheRealTerminalHeaderBlock()
    {
        FakeServer server([](const RecordedRequest &) { return terminalReply("ERROR_NO_CMD"); });
        SimulatedTerminal terminal(fastConfig(server.port()));
        terminal.start();
        QTRY_VERIFY(!server.requests.isEmpty());
        const RecordedRequest &poll = server.requests.first();
        QCOMPARE(poll.requestLine, QByteArray("POST / HTTP/1.0"));
        QList<QByteArray> names;
        for (const auto &header : poll.headers)
            names.append(header.first);
        QCOMPARE(names, (QList<QByteArray>{"Accept", "Accept-Language", "Accept-Encoding", "User-Agent", "Content-Type",
                                           "Connection", "request_code", "Content-Type", "Content-Length", "trans_id",
                                           "dev_id", "blk_no", "blk_len", "HOST"}));
        QCOMPARE(poll.header("request_code"), QByteArray("receive_cmd"));
        QCOMPARE(poll.header("trans_id"), QByteArray("ReceiveCommandAction"));
        QCOMPARE(poll.header("blk_no"), QByteArray("0"));
        QCOMPARE(poll.header("blk_len"), QByteArray::number(poll.body.size()));
        QCOMPARE(poll.header("HOST"), QByteArray("127.0.0.1:") + QByteArray::number(server.port()));
        QVERIFY(poll.body.endsWith(QByteArray("}\n\0", 3))); // terminals put '\n' before the NUL

        const protocol::PollInfo info = protocol::PollInfo::parse(BsCommFrame::decode(poll.body).frame);
        QCOMPARE(info.libraryName, QStringLiteral("FKDataHS101"));
        QCOMPARE(info.firmware, QStringLiteral("ZFKL101HS100 V2.69 MG BS2A"));
        QCOMPARE(info.fpDataVersion, 128);
        QVERIFY(qAbs(info.clock.secsTo(TerminalState::hostWallClock())) <= 5);

        terminal.queuePunches(1);
        QTRY_COMPARE(server.withCode("realtime_glog").size(), 1);
        QCOMPARE(server.withCode("realtime_glog").first().header("trans_id"), QByteArray("RTLogSendAction"));
    }

    void largeResultIsUploadedInBlocks()
    {
        FakeServer server([&](const RecordedRequest &request) {
            if (request.requestCode() == "receive_cmd") {
                if (server.withCode("receive_cmd").size() == 1)
                    return terminalReply("OK", "1001", "GET_LOG_DATA");
                return terminalReply("ERROR_NO_CMD");
            }
            return terminalReply("OK", request.header("trans_id"));
        });
        TerminalConfig config = fastConfig(server.port(), protocol::RecordLibrary::HS103);
        config.seed.logs = 500; // 500 × 48 bytes
        config.blockSize = 4096;
        config.pollIntervalMs = 60000; // a second poll can only be the immediate one after a command
        SimulatedTerminal terminal(config);
        terminal.start();
        QTRY_COMPARE_WITH_TIMEOUT(terminal.statistics().resultsSent, 1, 10000);
        QTRY_COMPARE(server.withCode("receive_cmd").size(), 2);

        const QList<RecordedRequest> blocks = server.withCode("send_cmd_result");
        QByteArray body;
        for (int i = 0; i < blocks.size(); ++i) {
            const RecordedRequest &block = blocks.at(i);
            const bool last = i == blocks.size() - 1;
            QCOMPARE(block.header("blk_no").toInt(), last ? 0 : i + 1);
            QCOMPARE(block.header("trans_id"), QByteArray("1001"));
            QCOMPARE(block.header("cmd_return_code"), QByteArray("OK"));
            QCOMPARE(block.header("blk_len").toInt(), block.body.size());
            QVERIFY(block.body.size() <= 4096);
            body += block.body;
        }
        QCOMPARE(blocks.size(), int((body.size() + 4095) / 4096));
        QVERIFY(blocks.size() >= 6);
        const BsCommFrame result = BsCommFrame::decode(body).frame;
        QCOMPARE(result.json().value(QLatin1String("log_count")).toInt(), 500);
        const auto decoded = protocol::decodeLogRecords(
            protocol::RecordLibrary::HS103, result.binaryFor(result.json().value(QLatin1String("log_array"))), 500,
            result.json().value(QLatin1String("one_log_size")).toInt());
        QCOMPARE(decoded.records.size(), 500);
    }

    void refusedBlockAbandonsTheUpload()
    {
        FakeServer server([&](const RecordedRequest &request) {
            if (request.requestCode() == "receive_cmd") {
                if (server.withCode("receive_cmd").size() == 1)
                    return terminalReply("OK", "1002", "GET_USER_ID_LIST");
                return terminalReply("ERROR_NO_CMD");
            }
            if (request.header("blk_no") == "2")
                return terminalReply("ERROR_ADD_BLOCK_DATA", request.header("trans_id"));
            return terminalReply("OK", request.header("trans_id"));
        });
        TerminalConfig config = fastConfig(server.port(), protocol::RecordLibrary::HS103);
        config.blockSize = 64;
        config.pollIntervalMs = 60000;
        SimulatedTerminal terminal(config);
        terminal.start();
        QTRY_COMPARE(terminal.statistics().uploadsAbandoned, 1);
        QTRY_COMPARE(server.withCode("receive_cmd").size(), 2);
        QCOMPARE(server.withCode("send_cmd_result").size(), 2);
        QCOMPARE(terminal.statistics().resultsSent, 0);
    }

    void resetFkRestartsWithoutResult_data()
    {
        QTest::addColumn<bool>("asCommand");
        QTest::newRow("response_code RESET_FK") << false;
        QTest::newRow("OK + cmd_code RESET_FK") << true;
    }
    void resetFkRestartsWithoutResult()
    {
        QFETCH(bool, asCommand);
        FakeServer server([&](const RecordedRequest &request) {
            if (server.withCode("receive_cmd").size() == 1 && request.requestCode() == "receive_cmd")
                return asCommand ? terminalReply("OK", "1003", "RESET_FK") : terminalReply("RESET_FK", "1003");
            return terminalReply("ERROR_NO_CMD");
        });
        TerminalConfig config = fastConfig(server.port());
        config.pollIntervalMs = 60000;
        SimulatedTerminal terminal(config);
        QSignalSpy restarts(&terminal, &SimulatedTerminal::restarted);
        terminal.start();
        const qint64 offset = 3600;
        terminal.state().setClock(terminal.state().now().addSecs(offset));
        QTRY_COMPARE(restarts.size(), 1);
        QTRY_COMPARE(server.withCode("receive_cmd").size(), 2); // polls again right after the restart
        QVERIFY(server.withCode("send_cmd_result").isEmpty());
        QCOMPARE(terminal.statistics().restarts, 1);
        QCOMPARE(terminal.state().userCount(), 10); // data and clock survive
        QVERIFY(qAbs(terminal.state().clockOffsetSeconds() - offset) <= 2);
    }

    void commandResultThenImmediateRePoll()
    {
        const QByteArray setTime =
            BsCommFrame(QJsonObject{{QStringLiteral("time"), QStringLiteral("20300102030405")}}).encode();
        FakeServer server([&](const RecordedRequest &request) {
            if (request.requestCode() == "receive_cmd") {
                const int polls = int(server.withCode("receive_cmd").size());
                if (polls == 1)
                    return terminalReply("OK", "2001", "SET_TIME", setTime);
                if (polls == 2)
                    return terminalReply("OK", "2002", "UPDATE_FIRMWARE",
                                         BsCommFrame(QJsonObject{{QStringLiteral("firmware_file_name"),
                                                                  QStringLiteral("fw.bin")}})
                                             .encode());
                return terminalReply("ERROR_NO_CMD");
            }
            return terminalReply("OK", request.header("trans_id"));
        });
        TerminalConfig config = fastConfig(server.port());
        config.pollIntervalMs = 60000;
        SimulatedTerminal terminal(config);
        terminal.start();
        QTRY_COMPARE(server.withCode("receive_cmd").size(), 3);
        // SET_TIME answered OK with an empty body; UPDATE_FIRMWARE (unknown to the firmware) not at all.
        const QList<RecordedRequest> results = server.withCode("send_cmd_result");
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().header("trans_id"), QByteArray("2001"));
        QCOMPARE(results.first().header("cmd_return_code"), QByteArray("OK"));
        QVERIFY(results.first().body.isEmpty());
        QCOMPARE(terminal.statistics().commandsByCode.value(QStringLiteral("UPDATE_FIRMWARE")), 1);
        const protocol::PollInfo info =
            protocol::PollInfo::parse(BsCommFrame::decode(server.withCode("receive_cmd").last().body).frame);
        QVERIFY(qAbs(info.clock.secsTo(protocol::walltime::fromProtocol(QStringLiteral("20300102030405")))) <= 5);
    }

    void webServerInfoSwitchesServerAfterRestart()
    {
        FakeServer second([](const RecordedRequest &) { return terminalReply("ERROR_NO_CMD"); });
        const QByteArray parameters =
            BsCommFrame(QJsonObject{{QStringLiteral("ip_address"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), QString::number(second.port())}})
                .encode();
        FakeServer first([&](const RecordedRequest &request) {
            if (request.requestCode() != "receive_cmd")
                return terminalReply("OK", request.header("trans_id"));
            const int polls = int(first.withCode("receive_cmd").size());
            if (polls == 1)
                return terminalReply("OK", "3001", "SET_WEB_SERVER_INFO", parameters);
            if (polls == 2)
                return terminalReply("RESET_FK", "3002");
            return terminalReply("ERROR_NO_CMD");
        });
        SimulatedTerminal terminal(fastConfig(first.port()));
        terminal.start();
        QTRY_VERIFY(!second.requests.isEmpty());
        QCOMPARE(first.withCode("receive_cmd").size(), 2);
        QCOMPARE(first.withCode("send_cmd_result").size(), 1);
        QCOMPARE(terminal.state().server().port, second.port());
    }

    void silentServerTimesOutAndPunchesAreRetried()
    {
        FakeServer server([](const RecordedRequest &) { return QByteArray(); });
        TerminalConfig config = fastConfig(server.port());
        config.requestTimeoutMs = 200;
        SimulatedTerminal terminal(config);
        terminal.start();
        terminal.queuePunches(1);
        QTRY_VERIFY(terminal.statistics().punchesRetried >= 2);
        QVERIFY(terminal.statistics().pollFailures >= 1);
        QCOMPARE(terminal.pendingPunches(), 1);
        // Every attempt re-sends the same bytes.
        const QList<RecordedRequest> attempts = server.withCode("realtime_glog");
        QVERIFY(attempts.size() >= 2);
        QCOMPARE(attempts.at(0).body, attempts.at(1).body);
    }

    void bareReplyWithoutResponseCodeIsAFailure()
    {
        const ServerReply reply =
            ServerReply::parse("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QCOMPARE(reply.failure, ServerReply::Failure::NoResponseCode);
        const ServerReply ok = ServerReply::parse(terminalReply("OK", "7", "SET_TIME", "abc"));
        QVERIFY(ok.isOk());
        QCOMPARE(ok.transId, QByteArray("7"));
        QCOMPARE(ok.commandCode, QByteArray("SET_TIME"));
        QCOMPARE(ok.body, QByteArray("abc"));
    }
};

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess();
    QCoreApplication application(argc, argv);
    tst_Simulator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_simulator.moc"
