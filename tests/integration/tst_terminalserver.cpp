#include "rawhttpclient.h"
#include "terminalrequestbuilder.h"
#include "testdata.h"
#include "testdatabase.h"

#include "bscommframe.h"
#include "connection.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "walltime.h"

#include "realtimelog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace punchclock;
using test::RawHttpReply;
using test::TerminalRequestBuilder;

// The real server on 127.0.0.1, spoken to byte for byte like a terminal; every test checks the
// reply and what ended up in the database.
class tst_TerminalServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<http::ServerHost> m_server;

    void startServer(http::ServerOptions options = {})
    {
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        m_server = std::make_unique<http::ServerHost>(m_db->config());
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
    }

    RawHttpReply send(const QByteArray &request, int timeoutMs = 5000)
    {
        return test::sendRaw(m_server->port(), request, timeoutMs);
    }

    RawHttpReply sendPunch(const QString &userId, const QString &ioTime, const QByteArray &devId = "D96584729B906B39")
    {
        TerminalRequestBuilder request;
        request.devId = devId;
        request.body = test::hs101GlogBody(userId, ioTime);
        return send(request.build());
    }

    QList<storage::PunchRow> punches(const QString &userId = {})
    {
        storage::PunchFilter filter;
        filter.userId = userId;
        return storage::PunchRepository(m_db->database()).query(filter);
    }

    qint64 punchCount() { return storage::PunchRepository(m_db->database()).count({}); }

    void setApproval(const QByteArray &devId, storage::Approval approval)
    {
        storage::TerminalRepository terminals(m_db->database());
        storage::TerminalContact contact;
        contact.devId = QString::fromLatin1(devId);
        QVERIFY(terminals.recordContact(contact));
        QVERIFY(terminals.setApproval(contact.devId, approval));
    }

    static void verifyTerminalReply(const RawHttpReply &reply, const QByteArray &responseCode, const QByteArray &transId)
    {
        QVERIFY(reply.connected);
        QVERIFY2(reply.closedByServer, "the server must close every terminal connection");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("response_code"), responseCode);
        QCOMPARE(reply.header("trans_id"), transId);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(reply.header("Content-Length").toInt(), reply.body.size());
        QCOMPARE(reply.headerCount("Location"), 0);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(
                m_dir.filePath(
                    QStringLiteral("%1-%2.sqlite")
                        .arg(QString::fromLatin1(QTest::currentTestFunction()))
                        .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')))),
                test::TestSchema::Current),
            &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void capturedRealtimeLogIsStoredAndAcknowledged()
    {
        startServer();
        const RawHttpReply reply = send(test::readTestData(QStringLiteral("capture_hs101_realtime_glog.http")));
        verifyTerminalReply(reply, "OK", "RTLogSendAction");
        QVERIFY(reply.body.isEmpty());

        const QList<storage::PunchRow> stored = punches();
        QCOMPARE(stored.size(), 1);
        const storage::PunchRow &punch = stored.first();
        QCOMPARE(punch.devId, QStringLiteral("D96584729B906B39"));
        QCOMPARE(punch.userId, QStringLiteral("1"));
        QCOMPARE(protocol::walltime::toStorage(punch.ioTime), QStringLiteral("2018-10-05 16:59:17"));
        QCOMPARE(punch.direction, QStringLiteral("in"));
        QCOMPARE(punch.verifyMethods, QStringLiteral("IDCARD"));
        QCOMPARE(punch.source, QStringLiteral("realtime"));
        // A terminal nobody approved yet: stored and acknowledged, but flagged.
        QCOMPARE(punch.flags, int(storage::FromPendingTerminal));
    }

    void capturedPollRegistersTheTerminal()
    {
        startServer();
        const RawHttpReply reply = send(test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http")));
        verifyTerminalReply(reply, "ERROR_NO_CMD", "ReceiveCommandAction");

        const auto terminal = storage::TerminalRepository(m_db->database()).find(QStringLiteral("D96584729B906B39"));
        QVERIFY(terminal);
        QCOMPARE(terminal->name, QStringLiteral("fk_device"));
        QCOMPARE(terminal->approval, storage::Approval::Pending);
        QCOMPARE(terminal->firmware, QStringLiteral("ZFKL101HS100 V2.69 MG BS2A"));
        QCOMPARE(terminal->recordLibrary, QStringLiteral("FKDataHS101"));
        QCOMPARE(terminal->supportedEnrollData,
                 (QStringList{QStringLiteral("PASSWORD"), QStringLiteral("IDCARD"), QStringLiteral("FP")}));
        QCOMPARE(terminal->fpDataVersion, 128);
        QCOMPARE(terminal->remoteAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(protocol::walltime::toStorage(terminal->terminalClock), QStringLiteral("2019-01-03 13:01:59"));
        QVERIFY(terminal->clockDriftSeconds);
        QVERIFY(*terminal->clockDriftSeconds < -200 * 24 * 3600); // its clock is years behind
        QVERIFY(terminal->lastPoll.isValid());
    }

    void everyPathIsServedWithoutRedirect_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("root") << QByteArray("/");
        QTest::newRow("double slash (WS535)") << QByteArray("//");
        QTest::newRow("hdata.aspx (Biomax)") << QByteArray("/hdata.aspx");
        QTest::newRow("legacy folder") << QByteArray("/fkwebserver/");
    }

    void everyPathIsServedWithoutRedirect()
    {
        QFETCH(QByteArray, path);
        startServer();
        TerminalRequestBuilder request;
        request.path = path;
        request.body = test::hs101GlogBody(QStringLiteral("42"), QStringLiteral("20261124080000"));
        verifyTerminalReply(send(request.build()), "OK", "RTLogSendAction");
        QCOMPARE(punches(QStringLiteral("42")).size(), 1);
    }

    void cmdIdHeaderCarriesTheTransactionId()
    {
        startServer();
        TerminalRequestBuilder request;
        request.requestCode = "send_cmd_result";
        request.transIdHeader = "cmd_id";
        request.transId = "1001";
        request.commandReturnCode = "OK";
        verifyTerminalReply(send(request.build()), "OK", "1001");
    }

    void duplicatesAreAcknowledgedAndStoredOnce()
    {
        startServer();
        for (int i = 0; i < 3; ++i)
            verifyTerminalReply(sendPunch(QStringLiteral("7"), QStringLiteral("20261124081500")), "OK", "RTLogSendAction");
        const QList<storage::PunchRow> stored = punches(QStringLiteral("7"));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().resendCount, 2);
        // The same user and time on another terminal is another punch.
        verifyTerminalReply(sendPunch(QStringLiteral("7"), QStringLiteral("20261124081500"), "OTHERTERMINAL"), "OK",
                            "RTLogSendAction");
        QCOMPARE(punches(QStringLiteral("7")).size(), 2);
    }

    void acknowledgedPunchIsAlreadyCommitted()
    {
        startServer();
        // Our own connection sees each punch the moment its OK arrives: OK means committed.
        for (int i = 0; i < 20; ++i) {
            const QString time = QStringLiteral("202611240900%1").arg(i, 2, 10, QLatin1Char('0'));
            verifyTerminalReply(sendPunch(QStringLiteral("5"), time), "OK", "RTLogSendAction");
            QCOMPARE(punchCount(), qint64(i + 1));
        }
    }

    void approvedTerminalPunchesAreNotFlagged()
    {
        setApproval("APPROVED01", storage::Approval::Approved);
        startServer();
        verifyTerminalReply(sendPunch(QStringLiteral("3"), QStringLiteral("20261124070000"), "APPROVED01"), "OK",
                            "RTLogSendAction");
        QCOMPARE(punches(QStringLiteral("3")).first().flags, 0);
    }

    void implausibleClockIsStoredButFlagged()
    {
        setApproval("APPROVED01", storage::Approval::Approved);
        startServer();
        verifyTerminalReply(sendPunch(QStringLiteral("3"), QStringLiteral("20000101000512"), "APPROVED01"), "OK",
                            "RTLogSendAction");
        QCOMPARE(punches(QStringLiteral("3")).first().flags, int(storage::ImplausibleTime));
    }

    void blockedTerminalIsRefusedAndNothingStored()
    {
        setApproval("BLOCKED01", storage::Approval::Blocked);
        startServer();
        verifyTerminalReply(sendPunch(QStringLiteral("3"), QStringLiteral("20261124070000"), "BLOCKED01"), "ERROR",
                            "RTLogSendAction");
        QCOMPARE(punchCount(), 0);
    }

    void autoApprovalSettingApprovesNewTerminals()
    {
        storage::SettingsRepository(m_db->database())
            .setValue(QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1"));
        startServer();
        verifyTerminalReply(sendPunch(QStringLiteral("3"), QStringLiteral("20261124070000"), "NEWDEVICE"), "OK",
                            "RTLogSendAction");
        QCOMPARE(storage::TerminalRepository(m_db->database()).find(QStringLiteral("NEWDEVICE"))->approval,
                 storage::Approval::Approved);
        QCOMPARE(punches().first().flags, 0);
    }

    void badInputGetsItsErrorCodeAndTheServerGoesOn_data()
    {
        QTest::addColumn<QByteArray>("requestCode");
        QTest::addColumn<QByteArray>("devId");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("responseCode");

        auto glog = [](const char *json) {
            return protocol::BsCommFrame(QJsonDocument::fromJson(json).object())
                .encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        };
        QTest::newRow("unknown request_code") << QByteArray("realtime_barcode") << QByteArray("DEV1")
                                              << QByteArray() << QByteArray("ERROR_INVLAID_REQUEST_CODE");
        QTest::newRow("invalid dev_id") << QByteArray("realtime_glog") << QByteArray("DEV-1;")
                                        << test::hs101GlogBody(QStringLiteral("1"), QStringLiteral("20261124080000"))
                                        << QByteArray("ERROR");
        QTest::newRow("invalid user id")
            << QByteArray("realtime_glog") << QByteArray("DEV1")
            << glog(R"({"fk_bin_data_lib":"FKDataHS101","io_mode":1,"io_time":"20261124080000","user_id":"1 OR 1=1","verify_mode":1})")
            << QByteArray("ERROR_INVALID_USER_ID");
        QTest::newRow("invalid io_time")
            << QByteArray("realtime_glog") << QByteArray("DEV1")
            << glog(R"({"fk_bin_data_lib":"FKDataHS101","io_mode":1,"io_time":"181124080000","user_id":"1","verify_mode":1})")
            << QByteArray("ERROR_INVALID_IO_TIME");
        QTest::newRow("unknown record library")
            << QByteArray("realtime_glog") << QByteArray("DEV1")
            << glog(R"({"fk_bin_data_lib":"FKDataXX","io_mode":1,"io_time":"20261124080000","user_id":"1","verify_mode":1})")
            << QByteArray("ERROR_INVALID_LIB_NAME");
        QTest::newRow("body that does not frame") << QByteArray("realtime_glog") << QByteArray("DEV1")
                                                  << QByteArray("\xff\xff\xff\x7f{}") << QByteArray("ERROR_INVALID_LOG");
        QTest::newRow("empty glog body") << QByteArray("realtime_glog") << QByteArray("DEV1") << QByteArray()
                                         << QByteArray("ERROR_INVALID_LOG");
        QTest::newRow("enrollment that does not frame") << QByteArray("realtime_enroll_data") << QByteArray("DEV1")
                                                        << QByteArray("\x05\x00") << QByteArray("ERROR_INVALID_USER_DATA");
    }

    void badInputGetsItsErrorCodeAndTheServerGoesOn()
    {
        QFETCH(QByteArray, requestCode);
        QFETCH(QByteArray, devId);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, responseCode);
        startServer();
        TerminalRequestBuilder request;
        request.requestCode = requestCode;
        request.devId = devId;
        request.body = body;
        verifyTerminalReply(send(request.build()), responseCode, "RTLogSendAction");
        QCOMPARE(punchCount(), 0);
        verifyTerminalReply(sendPunch(QStringLiteral("9"), QStringLiteral("20261124080000")), "OK", "RTLogSendAction");
        QCOMPARE(punchCount(), 1);
    }

    void headerNameWithSpaceIsRefusedCleanly()
    {
        startServer();
        TerminalRequestBuilder request;
        request.extraHeaders = {{"dev id", "D1"}};
        request.body = test::hs101GlogBody(QStringLiteral("1"), QStringLiteral("20261124080000"));
        const RawHttpReply reply = send(request.build());
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.closedByServer);
        QCOMPARE(punchCount(), 0);
    }

    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        http::ServerOptions options;
        options.connectionLimits.headers.maxBodyBytes = 1024 * 1024;
        startServer(options);
        TerminalRequestBuilder request;
        request.body = test::hs101GlogBody(QStringLiteral("1"), QStringLiteral("20261124080000"));
        QByteArray bytes = request.build();
        bytes.replace(QByteArray("Content-Length: " + QByteArray::number(request.body.size())),
                      QByteArray("Content-Length: 1000000000000"));
        const RawHttpReply reply = send(bytes);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.header("response_code"), QByteArray("ERROR"));
        QVERIFY(reply.closedByServer);
    }

    void truncatedBodyIsAbortedAtTheDeadline()
    {
        http::ServerOptions options;
        options.connectionLimits.deadlineMs = 500;
        startServer(options);
        TerminalRequestBuilder request;
        request.body = test::hs101GlogBody(QStringLiteral("1"), QStringLiteral("20261124080000"));
        const QByteArray bytes = request.build();
        QElapsedTimer timer;
        timer.start();
        const RawHttpReply reply = send(bytes.left(bytes.size() - 40), 5000);
        QVERIFY(reply.closedByServer);
        QVERIFY(reply.raw.isEmpty());
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(punchCount(), 0);
        verifyTerminalReply(sendPunch(QStringLiteral("1"), QStringLiteral("20261124080000")), "OK", "RTLogSendAction");
    }

    void stalledTerminalDoesNotHoldUpOthers()
    {
        http::ServerOptions options;
        options.connectionLimits.deadlineMs = 3000;
        startServer(options);
        std::atomic<bool> stalledClosed{false};
        std::thread stalled([&] {
            // Sends half a header block, then nothing.
            const RawHttpReply reply = test::sendRaw(m_server->port(), "POST / HTTP/1.0\r\nrequest_code: real", 10000);
            stalledClosed = reply.closedByServer;
        });
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        verifyTerminalReply(sendPunch(QStringLiteral("2"), QStringLiteral("20261124080000")), "OK", "RTLogSendAction");
        QVERIFY(timer.elapsed() < 1000);
        stalled.join();
        QVERIFY(stalledClosed);
    }

    void headerSplitAcrossSegmentsIsServed()
    {
        startServer();
        TerminalRequestBuilder request;
        request.body = test::hs101GlogBody(QStringLiteral("11"), QStringLiteral("20261124080000"));
        const QByteArray bytes = request.build();
        const RawHttpReply reply =
            test::sendRawInPieces(m_server->port(), {bytes.left(30), bytes.mid(30, 200), bytes.mid(230)}, 60);
        verifyTerminalReply(reply, "OK", "RTLogSendAction");
        QCOMPARE(punches(QStringLiteral("11")).size(), 1);
    }

    void expectContinueDoesNotStall()
    {
        startServer();
        TerminalRequestBuilder request;
        request.extraHeaders = {{"Expect", "100-continue"}};
        request.body = test::hs101GlogBody(QStringLiteral("12"), QStringLiteral("20261124080000"));
        const RawHttpReply reply = send(request.build());
        QVERIFY(reply.raw.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK"));
        QCOMPARE(punches(QStringLiteral("12")).size(), 1);
    }

    void browserCheckGetsAPlainAnswer()
    {
        startServer();
        const RawHttpReply reply = send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("Punchclock"));
        QVERIFY(reply.closedByServer);
    }

    void enrollmentStoresUserPhotoAndCredentials()
    {
        startServer();
        protocol::UserEnrollment user;
        user.userId = QStringLiteral("857");
        user.name = QStringLiteral("ARIF");
        user.privilegeName = QStringLiteral("USER");
        user.photo = QByteArray(2648, '\xd8');
        user.credentials = {{0, QByteArray(1184, 'a')}, {1, QByteArray(1184, 'b')}};
        TerminalRequestBuilder request;
        request.requestCode = "realtime_enroll_data";
        request.transId = "RTEnrollDataAction";
        request.body = user.toFrame().encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        verifyTerminalReply(send(request.build()), "OK", "RTEnrollDataAction");

        storage::UserRepository users(m_db->database());
        const QList<storage::UserRow> rows = users.list();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().name, QStringLiteral("ARIF"));
        QCOMPARE(rows.first().fingers, 2);
        QVERIFY(rows.first().hasPhoto);
        QCOMPARE(rows.first().terminals, QStringList{QStringLiteral("D96584729B906B39")});
        QCOMPARE(users.credential(QStringLiteral("857"), 1), QByteArray(1184, 'b'));
    }

    void chunkedUploadIsReassembled()
    {
        startServer();
        protocol::UserEnrollment user;
        user.userId = QStringLiteral("900");
        user.name = QStringLiteral("Face");
        user.credentials = {{12, QByteArray(20000, 'f')}, {0, QByteArray(800, 'p')}};
        const QByteArray body = user.toFrame().encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        const QList<QByteArray> blocks{body.left(8192), body.mid(8192, 8192), body.mid(16384)};
        const QList<int> numbers{1, 2, 0};
        for (int i = 0; i < blocks.size(); ++i) {
            TerminalRequestBuilder request;
            request.requestCode = "realtime_enroll_data";
            request.transId = "RTEnrollDataAction";
            request.blockNumber = numbers.at(i);
            request.body = blocks.at(i);
            verifyTerminalReply(send(request.build()), "OK", "RTEnrollDataAction");
            QCOMPARE(storage::UserRepository(m_db->database()).list().size(), numbers.at(i) == 0 ? 1 : 0);
        }
        QCOMPARE(storage::UserRepository(m_db->database()).credential(QStringLiteral("900"), 12), QByteArray(20000, 'f'));
    }

    void blockGapIsRefused()
    {
        startServer();
        TerminalRequestBuilder request;
        request.requestCode = "send_cmd_result";
        request.transId = "1005";
        request.commandReturnCode = "OK";
        request.blockNumber = 1;
        request.body = QByteArray(100, 'a');
        verifyTerminalReply(send(request.build()), "OK", "1005");
        request.blockNumber = 3;
        verifyTerminalReply(send(request.build()), "ERROR_ADD_BLOCK_DATA", "1005");
    }

    void photoOfAPunchIsKept()
    {
        startServer();
        protocol::LogRecord record;
        record.userId = QStringLiteral("15");
        record.ioTime = protocol::walltime::fromProtocol(QStringLiteral("20261124080000"));
        record.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS103, 16777216);
        record.verifyModeRaw = 0x40000000;
        record.photo = QByteArray("\xff\xd8\xff\xe0 JPEG", 10);
        TerminalRequestBuilder request;
        request.body = protocol::RealtimeLog::encode(protocol::RecordLibrary::HS103, record);
        verifyTerminalReply(send(request.build()), "OK", "RTLogSendAction");
        const storage::PunchRow punch = punches(QStringLiteral("15")).first();
        QVERIFY(punch.hasPhoto);
        QCOMPARE(punch.verifyMethods, QStringLiteral("FACE"));
        QCOMPARE(storage::PunchRepository(m_db->database()).photo(punch.id), record.photo);
    }

    void concurrentTerminalsAreAllStored()
    {
        startServer();
        constexpr int threads = 16;
        constexpr int perThread = 25;
        std::atomic<int> acknowledged{0};
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (int i = 0; i < perThread; ++i) {
                    TerminalRequestBuilder request;
                    request.devId = "DEV" + QByteArray::number(t);
                    request.body = test::hs101GlogBody(QString::number(i),
                                                       QStringLiteral("2026112410%1").arg(i, 4, 10, QLatin1Char('0')));
                    if (test::sendRaw(m_server->port(), request.build()).header("response_code") == "OK")
                        ++acknowledged;
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        QCOMPARE(acknowledged.load(), threads * perThread);
        QCOMPARE(punchCount(), qint64(threads * perThread));
    }

    void stopCommitsWhatWasAcknowledged()
    {
        startServer();
        for (int i = 0; i < 10; ++i)
            sendPunch(QStringLiteral("4"), QStringLiteral("202611241100%1").arg(i, 2, 10, QLatin1Char('0')));
        m_server->stop();
        QVERIFY(!m_server->isRunning());
        QCOMPARE(punchCount(), qint64(10));
    }

    void randomRequestsNeverBringItDown()
    {
        http::ServerOptions options;
        options.connectionLimits.deadlineMs = 300;
        startServer(options);
        const quint16 port = m_server->port();
        auto randomBytes = [](QRandomGenerator &random, int maxLength) {
            QByteArray bytes(int(random.bounded(maxLength + 1)), '\0');
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            return bytes;
        };
        std::vector<std::thread> workers;
        std::atomic<int> answered{0};
        for (int t = 0; t < 8; ++t) {
            workers.emplace_back([&, t] {
                QRandomGenerator random(quint32(1000 + t));
                for (int i = 0; i < 40; ++i) {
                    QByteArray request;
                    switch (i % 4) {
                    case 0: // noise
                        request = randomBytes(random, 400);
                        break;
                    case 1: { // a terminal's headers, a random body
                        TerminalRequestBuilder builder;
                        const QList<QByteArray> codes{"realtime_glog", "realtime_enroll_data", "receive_cmd", "send_cmd_result"};
                        builder.requestCode = codes.at(int(random.bounded(4)));
                        builder.body = randomBytes(random, 2000);
                        request = builder.build();
                        break;
                    }
                    case 2: { // random block numbers and transaction ids
                        TerminalRequestBuilder builder;
                        builder.requestCode = "send_cmd_result";
                        builder.transId = QByteArray::number(random.bounded(5));
                        builder.blockNumber = int(random.bounded(7)) - 1;
                        builder.body = randomBytes(random, 600);
                        request = builder.build();
                        break;
                    }
                    default: { // a valid header block cut anywhere
                        TerminalRequestBuilder builder;
                        builder.body = test::hs101GlogBody(QStringLiteral("1"), QStringLiteral("20261124080000"));
                        const QByteArray whole = builder.build();
                        request = whole.left(int(random.bounded(int(whole.size()))));
                        break;
                    }
                    }
                    if (test::sendRaw(port, request, 2000).closedByServer)
                        ++answered;
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        // Every connection was closed by the server (an answer, a refusal or the deadline).
        QCOMPARE(answered.load(), 8 * 40);
        verifyTerminalReply(sendPunch(QStringLiteral("77"), QStringLiteral("20261124090000")), "OK", "RTLogSendAction");
        QCOMPARE(punches(QStringLiteral("77")).size(), 1);
    }

    void portInUseIsReported()
    {
        startServer();
        http::ServerHost second(m_db->config());
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = m_server->port();
        QString error;
        QVERIFY(!second.start(options, &error));
        QVERIFY2(error.contains(QString::number(m_server->port())), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_TerminalServer)
#include "tst_terminalserver.moc"
