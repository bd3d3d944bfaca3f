#include "terminalrequestbuilder.h"
#include "testdatabase.h"

#include "auditrepository.h"
#include "bscommframe.h"
#include "connection.h"
#include "jobrepository.h"
#include "punchrepository.h"
#include "registrationrefusals.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace punchclock;
using test::TerminalRequestBuilder;

namespace {

// Linux routes all of 127.0.0.0/8 to the loopback interface, so a client bound to 127.0.0.2
// reaches the server on 127.0.0.1 as a terminal with another address.
const QString here = QStringLiteral("127.0.0.1");
const QString elsewhere = QStringLiteral("127.0.0.2");
const QByteArray dev = "D96584729B906B39";

struct Answer
{
    QByteArray responseCode; // empty when nothing came back
    QByteArray commandCode;
};

// One request from `source`, like a terminal: one connection, read until the server closes.
// Blocking calls only, so that it works from any thread.
Answer sendFrom(const QString &source, quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(source)))
        return {};
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray raw;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        socket.waitForReadyRead(100);
        raw += socket.readAll();
    }
    raw += socket.readAll();
    Answer answer;
    for (const QByteArray &line : raw.left(raw.indexOf("\r\n\r\n")).split('\n')) {
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
        if (name == "response_code")
            answer.responseCode = value;
        else if (name == "cmd_code")
            answer.commandCode = value;
    }
    return answer;
}

// A punch of user 7, `second` seconds after 08:00, so that each one is a new punch.
QByteArray punchRequest(const QByteArray &devId, int second)
{
    TerminalRequestBuilder request;
    request.devId = devId;
    const QDateTime ioTime = QDateTime(QDate(2026, 11, 24), QTime(8, 0)).addSecs(second);
    request.body = test::hs101GlogBody(QStringLiteral("7"), ioTime.toString(QStringLiteral("yyyyMMddhhmmss")));
    return request.build();
}

// The engine's warnings, caught from its thread.
QMutex logMutex;
QStringList caughtWarnings;
QtMessageHandler previousHandler = nullptr;

void catchWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg) {
        QMutexLocker locker(&logMutex);
        caughtWarnings.append(message);
    }
    previousHandler(type, context, message);
}

int warningsContaining(const QString &text)
{
    QMutexLocker locker(&logMutex);
    return int(std::count_if(caughtWarnings.cbegin(), caughtWarnings.cend(),
                             [&](const QString &message) { return message.contains(text); }));
}

// "median 812 us, longest 2107 us (30 punches)"
QByteArray timings(QList<qint64> micros)
{
    std::sort(micros.begin(), micros.end());
    return QStringLiteral("median %1 us, longest %2 us (%3 punches)")
        .arg(micros.value(micros.size() / 2))
        .arg(micros.value(micros.size() - 1))
        .arg(micros.size())
        .toUtf8();
}

} // namespace

// The terminal endpoint's rules, through the real server: a terminal that moves, a pinned
// terminal, a registration flood, allowed networks.
class tst_TerminalEndpoint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<http::ServerHost> m_server;

    void startServer()
    {
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        m_server = std::make_unique<http::ServerHost>(m_db->config());
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
    }

    Answer send(const QString &source, const QByteArray &request)
    {
        return sendFrom(source, m_server->port(), request);
    }

    QByteArray punch(const QString &source, int second, const QByteArray &devId = dev)
    {
        return send(source, punchRequest(devId, second)).responseCode;
    }

    // A punch from 127.0.0.1 that notes how long its answer took.
    QByteArray timedPunch(int second, const QByteArray &devId, QList<qint64> *micros)
    {
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = punch(here, second, devId);
        micros->append(timer.nsecsElapsed() / 1000);
        return answer;
    }

    Answer poll(const QString &source)
    {
        TerminalRequestBuilder request;
        request.requestCode = "receive_cmd";
        request.devId = dev;
        request.transId = "ReceiveCommandAction";
        request.body = protocol::BsCommFrame(QJsonObject{{QStringLiteral("fk_name"), QStringLiteral("front")}})
                           .encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        return send(source, request.build());
    }

    QByteArray commandResult(const QString &source, qint64 jobId)
    {
        TerminalRequestBuilder request;
        request.requestCode = "send_cmd_result";
        request.devId = dev;
        request.transId = QByteArray::number(jobId);
        request.commandReturnCode = "OK";
        return send(source, request.build()).responseCode;
    }

    void setSetting(const char *key, const QString &value)
    {
        QVERIFY(storage::SettingsRepository(m_db->database()).setValue(QLatin1String(key), value));
    }

    storage::TerminalRepository terminals() { return storage::TerminalRepository(m_db->database()); }
    qint64 punchCount() { return storage::PunchRepository(m_db->database()).count({}); }

private Q_SLOTS:
    void initTestCase() { previousHandler = qInstallMessageHandler(catchWarnings); }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void init()
    {
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(
                m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")),
                test::TestSchema::Current),
            &error);
        QVERIFY2(m_db, qPrintable(error));
        QMutexLocker locker(&logMutex);
        caughtWarnings.clear();
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void aTerminalThatMovesIsRecordedAndLoggedOnce()
    {
        startServer();
        QCOMPARE(punch(here, 1), QByteArray("OK"));
        std::optional<storage::TerminalRow> row = terminals().find(QString::fromLatin1(dev));
        QVERIFY(row);
        QCOMPARE(row->remoteAddress, here);
        QVERIFY(row->previousAddress.isEmpty());
        QVERIFY(!row->addressChangedAt.isValid());

        const QDateTime beforeMove = QDateTime::currentDateTimeUtc().addMSecs(-1);
        for (int second = 2; second < 5; ++second)
            QCOMPARE(punch(elsewhere, second), QByteArray("OK"));
        row = terminals().find(QString::fromLatin1(dev));
        QCOMPARE(row->remoteAddress, elsewhere);
        QCOMPARE(row->previousAddress, here);
        QVERIFY(row->addressChangedAt >= beforeMove);
        QCOMPARE(
            warningsContaining(QStringLiteral("terminal D96584729B906B39 now talks from 127.0.0.2, was 127.0.0.1")), 1);

        const QList<storage::TerminalAddressChange> changes = terminals().addressChanges(beforeMove);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().devId, QString::fromLatin1(dev));
        QCOMPARE(changes.first().previousAddress, here);
        QCOMPARE(changes.first().currentAddress, elsewhere);
        QCOMPARE(changes.first().changedAt, row->addressChangedAt);
        QVERIFY(terminals().addressChanges(QDateTime::currentDateTimeUtc().addSecs(60)).isEmpty());

        // A poll records a move as well, back to where it was.
        QCOMPARE(poll(here).responseCode, QByteArray("ERROR_NO_CMD"));
        QCOMPARE(terminals().find(QString::fromLatin1(dev))->previousAddress, elsewhere);
        QCOMPARE(warningsContaining(QStringLiteral("now talks from 127.0.0.1, was 127.0.0.2")), 1);

        // Each move is in the audit trail, as the terminal's doing, newest first.
        storage::AuditFilter moves;
        moves.action = QStringLiteral("terminal.address_change");
        const QList<storage::AuditEntry> recorded = storage::AuditRepository(m_db->database()).list(moves);
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.at(1).actorKind, QStringLiteral("terminal"));
        QCOMPARE(recorded.at(1).objectId, QString::fromLatin1(dev));
        QCOMPARE(recorded.at(1).oldValue.value(QStringLiteral("address")).toString(), here);
        QCOMPARE(recorded.at(1).newValue.value(QStringLiteral("address")).toString(), elsewhere);
        QCOMPARE(recorded.at(0).newValue.value(QStringLiteral("address")).toString(), here);

        // A copied dev_id talking in turns with the real terminal is recorded once a minute, not
        // at every request.
        for (int second = 5; second < 11; ++second)
            QCOMPARE(punch(second % 2 ? elsewhere : here, second), QByteArray("OK"));
        QCOMPARE(storage::AuditRepository(m_db->database()).list(moves).size(), 2);
        QCOMPARE(warningsContaining(QStringLiteral("now talks from")), 2);
        QVERIFY(storage::AuditRepository(m_db->database()).verify().ok);
    }

    void aPinnedTerminalIsServedFromItsOwnAddressOnly()
    {
        startServer();
        QCOMPARE(punch(here, 1), QByteArray("OK"));
        QVERIFY(terminals().setApproval(QString::fromLatin1(dev), storage::Approval::Approved));
        QVERIFY(terminals().setAddressPinned(QString::fromLatin1(dev), true));
        QVERIFY(!terminals().setAddressPinned(QStringLiteral("NOSUCHTERMINAL"), true));
        QVERIFY(terminals().find(QString::fromLatin1(dev))->pinned);
        storage::NewJob newJob;
        newJob.devId = QString::fromLatin1(dev);
        newJob.commandCode = QStringLiteral("GET_DEVICE_STATUS");
        newJob.queuedBy = QStringLiteral("test");
        const std::optional<qint64> jobId = storage::JobRepository(m_db->database()).enqueue(newJob);
        QVERIFY(jobId);
        auto jobStatus = [&] { return storage::JobRepository(m_db->database()).find(*jobId)->status; };
        const QDateTime lastSeen = terminals().find(QString::fromLatin1(dev))->lastSeen;

        // From elsewhere: refused, and nothing stored, no command handed out.
        QCOMPARE(punch(elsewhere, 2), QByteArray("ERROR"));
        const Answer refusedPoll = poll(elsewhere);
        QCOMPARE(refusedPoll.responseCode, QByteArray("ERROR"));
        QVERIFY(refusedPoll.commandCode.isEmpty());
        QCOMPARE(jobStatus(), storage::JobStatus::Wait);
        QCOMPARE(punchCount(), qint64(1));
        std::optional<storage::TerminalRow> row = terminals().find(QString::fromLatin1(dev));
        QCOMPARE(row->remoteAddress, here);
        QCOMPARE(row->lastSeen, lastSeen);
        QVERIFY(row->previousAddress.isEmpty());
        QCOMPARE(warningsContaining(
                     QStringLiteral("refused terminal D96584729B906B39 from 127.0.0.2: it is pinned to 127.0.0.1")),
                 1);

        // From its own address: served; a result from elsewhere is not stored.
        QCOMPARE(punch(here, 3), QByteArray("OK"));
        const Answer delivered = poll(here);
        QCOMPARE(delivered.responseCode, QByteArray("OK"));
        QCOMPARE(delivered.commandCode, QByteArray("GET_DEVICE_STATUS"));
        QCOMPARE(jobStatus(), storage::JobStatus::Run);
        QCOMPARE(commandResult(elsewhere, *jobId), QByteArray("ERROR"));
        QCOMPARE(jobStatus(), storage::JobStatus::Run);
        QCOMPARE(commandResult(here, *jobId), QByteArray("OK"));
        QCOMPARE(jobStatus(), storage::JobStatus::Result);
        QCOMPARE(punchCount(), qint64(2));
        QCOMPARE(warningsContaining(QStringLiteral("it is pinned to")), 1);

        // Unpinned, it may move.
        QVERIFY(terminals().setAddressPinned(QString::fromLatin1(dev), false));
        QCOMPARE(punch(elsewhere, 4), QByteArray("OK"));
        QCOMPARE(terminals().find(QString::fromLatin1(dev))->remoteAddress, elsewhere);
    }

    void aRegistrationFloodIsCappedAndRealTerminalsGoOn()
    {
        // An approved terminal and one waiting for approval, both on the flood's address.
        QVERIFY(terminals().recordContact({QStringLiteral("REALTERM01"), here, storage::Approval::Approved, {}}));
        startServer();
        QCOMPARE(punch(here, 0, "PENDING01"), QByteArray("OK"));

        QList<qint64> before;
        for (int i = 1; i <= 30; ++i)
            QCOMPARE(timedPunch(i, "REALTERM01", &before), QByteArray("OK"));

        constexpr int floodThreads = 8;
        constexpr int perThread = 1250; // 10,000 made-up dev_ids in all
        std::atomic<int> accepted{0};
        std::atomic<int> refused{0};
        std::atomic<int> running{floodThreads};
        std::vector<std::thread> flood;
        const quint16 port = m_server->port();
        for (int t = 0; t < floodThreads; ++t) {
            flood.emplace_back([&, t] {
                for (int i = 0; i < perThread; ++i) {
                    const QByteArray fake = "FAKE" + QByteArray::number(t * perThread + i);
                    (sendFrom(here, port, punchRequest(fake, i)).responseCode == "OK" ? accepted : refused)++;
                }
                --running;
            });
        }
        // The real terminals go on punching while it lasts (no QCOMPARE here: the threads must
        // be joined before this function may return).
        QList<qint64> during;
        int realNotAcknowledged = 0;
        for (int i = 100; running > 0 || during.size() < 10; ++i)
            realNotAcknowledged += timedPunch(i, i % 2 ? "REALTERM01" : "PENDING01", &during) == "OK" ? 0 : 1;
        for (std::thread &thread : flood)
            thread.join();
        qInfo("a real terminal's punch before the flood: %s", timings(before).constData());
        qInfo("during %d made-up registrations: %s", floodThreads * perThread, timings(during).constData());
        QCOMPARE(realNotAcknowledged, 0);

        // 16 may wait from one address, and one was waiting already.
        QCOMPARE(accepted.load(), 15);
        QCOMPARE(refused.load(), floodThreads * perThread - 15);
        int pendingHere = 0;
        for (const storage::TerminalRow &terminal : terminals().list())
            pendingHere += terminal.approval == storage::Approval::Pending && terminal.remoteAddress == here ? 1 : 0;
        QCOMPARE(pendingHere, 16);
        QCOMPARE(terminals().list().size(), 17);
        QCOMPARE(warningsContaining(QStringLiteral("too many terminals wait for approval")), 1);

        // The Dashboard's notice reads what the engine wrote within seconds.
        const storage::SettingsRepository settings(m_db->database());
        QTRY_COMPARE_WITH_TIMEOUT(engine::RegistrationRefusals::read(settings).count(), qint64(refused.load()), 10000);
        const engine::RegistrationRefusals refusals = engine::RegistrationRefusals::read(settings);
        QCOMPARE(refusals.topAddresses(), (QList<QPair<QString, qint64>>{{here, qint64(refused.load())}}));
        QVERIFY(refusals.lastAtUtc().isValid());
        QVERIFY(refusals.sinceUtc() <= refusals.lastAtUtc());
    }

    void theTotalCapHoldsAcrossAddresses()
    {
        setSetting(engine::ServerSettings::MaxPendingKey, QStringLiteral("5"));
        setSetting(engine::ServerSettings::MaxPendingPerAddressKey, QStringLiteral("3"));
        startServer();
        QStringList answers;
        for (int i = 0; i < 4; ++i) {
            answers.append(QString::fromLatin1(punch(here, i, "HERE" + QByteArray::number(i))));
            answers.append(QString::fromLatin1(punch(elsewhere, i, "ELSEWHERE" + QByteArray::number(i))));
        }
        QCOMPARE(answers.join(QLatin1Char(' ')), QStringLiteral("OK OK OK OK OK ERROR ERROR ERROR"));
        // Approving one makes room, once the engine counted again.
        QVERIFY(terminals().setApproval(QStringLiteral("HERE0"), storage::Approval::Approved));
        QTRY_COMPARE_WITH_TIMEOUT(punch(elsewhere, 9, "ELSEWHERE9"), QByteArray("OK"), 10000);
    }

    // With automatic approval a flood of made-up dev_ids is capped too, and the real terminal
    // goes on.
    void automaticApprovalIsCappedToo()
    {
        setSetting(engine::ServerSettings::AutoApproveKey, QStringLiteral("1"));
        setSetting(engine::ServerSettings::MaxPendingPerAddressKey, QStringLiteral("3"));
        startServer();
        QCOMPARE(punch(here, 0), QByteArray("OK"));
        QStringList answers;
        for (int i = 0; i < 4; ++i)
            answers.append(QString::fromLatin1(punch(here, i, "FAKE" + QByteArray::number(i))));
        QCOMPARE(answers.join(QLatin1Char(' ')), QStringLiteral("OK OK ERROR ERROR"));
        QCOMPARE(terminals().list().size(), 3);
        for (const storage::TerminalRow &terminal : terminals().list())
            QCOMPARE(terminal.approval, storage::Approval::Approved);
        QCOMPARE(punch(here, 9), QByteArray("OK"));
        QCOMPARE(warningsContaining(QStringLiteral("too many new terminals approved automatically")), 1);
    }

    void requestsFromOutsideTheAllowedNetworksAreRefused()
    {
        setSetting(engine::ServerSettings::AllowedNetworksKey,
                   QStringLiteral("127.0.0.2/32, 192.168.1.0/24, nonsense"));
        setSetting(engine::ServerSettings::MaxPendingPerAddressKey, QStringLiteral("1000"));
        startServer();
        QCOMPARE(punch(here, 1), QByteArray("ERROR"));
        QCOMPARE(poll(here).responseCode, QByteArray("ERROR"));
        QVERIFY(!terminals().find(QString::fromLatin1(dev)));
        QCOMPARE(punchCount(), qint64(0));
        QCOMPARE(punch(elsewhere, 2), QByteArray("OK"));
        QCOMPARE(terminals().find(QString::fromLatin1(dev))->remoteAddress, elsewhere);
        QCOMPARE(warningsContaining(QStringLiteral("from 127.0.0.1: outside terminals.allowed_networks")), 1);

        // The invalid entry is said once, not at every reload: wait for a reload that changes
        // something else (no new terminal may wait any more).
        setSetting(engine::ServerSettings::MaxPendingPerAddressKey, QStringLiteral("0"));
        int attempt = 0;
        QTRY_COMPARE_WITH_TIMEOUT(punch(elsewhere, 3, "NEWDEVICE" + QByteArray::number(++attempt)), QByteArray("ERROR"),
                                  10000);
        QCOMPARE(warningsContaining(QStringLiteral("\"nonsense\"")), 1);

        // A change applies within seconds, without a restart.
        setSetting(engine::ServerSettings::AllowedNetworksKey, QStringLiteral("127.0.0.0/8"));
        QTRY_COMPARE_WITH_TIMEOUT(punch(here, 4), QByteArray("OK"), 10000);
    }
};

QTEST_GUILESS_MAIN(tst_TerminalEndpoint)
#include "tst_terminalendpoint.moc"
