#include "rawhttpclient.h"
#include "terminalrequestbuilder.h"
#include "testdata.h"
#include "testdatabase.h"

#include "bscommframe.h"
#include "commandbuilder.h"
#include "commandservice.h"
#include "connection.h"
#include "jobrepository.h"
#include "logrecordcodec.h"
#include "pollinfo.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "walltime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;
using storage::JobStatus;
using test::RawHttpReply;
using test::TerminalRequestBuilder;

// The command queue against the real server, the terminal played byte for byte: what a poll
// gets, what a result does, and the trans_status of every job on the way.
class tst_CommandQueue : public QObject
{
    Q_OBJECT

private:
    const QByteArray dev = "D96584729B906B39";
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<http::ServerHost> m_server;

    void startServer()
    {
        m_server = std::make_unique<http::ServerHost>(m_db->config());
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        QString error;
        QVERIFY2(m_server->start(options, &error), qPrintable(error));
    }

    // A poll from the captured HS101 terminal, with its clock set to the site's now.
    RawHttpReply poll(const QDateTime &terminalClock = {})
    {
        protocol::PollInfo info = protocol::PollInfo::parse(
            protocol::BsCommFrame::decode(test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http"))
                                              .mid(test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http"))
                                                       .indexOf("\r\n\r\n")
                                                   + 4))
                .frame);
        info.clock = terminalClock.isValid() ? terminalClock : protocol::walltime::now(QTimeZone::systemTimeZone());
        TerminalRequestBuilder request;
        request.requestCode = "receive_cmd";
        request.transId = "ReceiveCommandAction";
        request.devId = dev;
        request.body = info.encode();
        return test::sendRaw(m_server->port(), request.build());
    }

    RawHttpReply sendResult(const QByteArray &transId, const QByteArray &returnCode, const QByteArray &body = {},
                            int blockNumber = 0)
    {
        TerminalRequestBuilder request;
        request.requestCode = "send_cmd_result";
        request.transId = transId;
        request.devId = dev;
        request.commandReturnCode = returnCode;
        request.blockNumber = blockNumber;
        request.body = body;
        return test::sendRaw(m_server->port(), request.build());
    }

    qint64 queue(protocol::CommandCode code, const QJsonObject &parameters = {})
    {
        const services::CommandService::Outcome outcome =
            services::CommandService(m_db->database()).queue(QString::fromLatin1(dev), code, parameters, {}, services::Actor::system(QStringLiteral("test")));
        if (!outcome.ok())
            qFatal("could not queue");
        return outcome.jobIds.first();
    }

    storage::JobRow job(qint64 id) { return *storage::JobRepository(m_db->database()).find(id); }

    void approve()
    {
        storage::TerminalRepository terminals(m_db->database());
        storage::TerminalContact contact;
        contact.devId = QString::fromLatin1(dev);
        contact.recordLibraryIfUnknown = QStringLiteral("FKDataHS101");
        QVERIFY(terminals.recordContact(contact));
        QVERIFY(terminals.setApproval(contact.devId, storage::Approval::Approved));
    }

    // A database that refuses to mark any job answered, as a full disk would (refuse), and one
    // that takes it again.
    bool refuseResults(bool refuse)
    {
        const bool postgres = m_db->config().isPostgres();
        QStringList statements;
        if (!refuse)
            statements << (postgres ? QStringLiteral("DROP TRIGGER refuse_results ON jobs")
                                    : QStringLiteral("DROP TRIGGER refuse_results"));
        else if (postgres)
            statements << QStringLiteral("CREATE OR REPLACE FUNCTION refuse_results() RETURNS trigger LANGUAGE plpgsql "
                                         "AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$")
                       << QStringLiteral("CREATE TRIGGER refuse_results BEFORE UPDATE OF status ON jobs FOR EACH ROW "
                                         "WHEN (NEW.status = 'RESULT') EXECUTE FUNCTION refuse_results()");
        else
            statements << QStringLiteral("CREATE TRIGGER refuse_results BEFORE UPDATE OF status ON jobs "
                                         "WHEN NEW.status = 'RESULT' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        QSqlQuery sql(m_db->database());
        for (const QString &statement : statements) {
            if (!sql.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(sql.lastError().text()));
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(
                m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")),
                test::TestSchema::Current),
            &error);
        QVERIFY2(m_db, qPrintable(error));
        // Each test queues what the terminal is to get: no automatic GET_DEVICE_STATUS in between.
        QVERIFY(storage::SettingsRepository(m_db->database())
                    .setValue(QLatin1String(engine::ServerSettings::StatusRefreshKey), QStringLiteral("0")));
        approve();
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void commandGoesWaitRunResult()
    {
        startServer();
        const qint64 id = queue(protocol::CommandCode::GetDeviceStatus);
        QCOMPARE(job(id).status, JobStatus::Wait);

        const RawHttpReply delivered = poll();
        QCOMPARE(delivered.header("response_code"), QByteArray("OK"));
        QCOMPARE(delivered.header("cmd_code"), QByteArray("GET_DEVICE_STATUS"));
        QCOMPARE(delivered.header("trans_id"), QByteArray::number(id));
        QVERIFY(delivered.body.isEmpty()); // parameterless: Content-Length 0
        QCOMPARE(job(id).status, JobStatus::Run);
        QVERIFY(job(id).sentAt.isValid());

        const QByteArray counts = protocol::BsCommFrame(QJsonDocument::fromJson(
                                                            R"({"total_user_count":20,"user_count":"19","fp_count":12})")
                                                            .object())
                                      .encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        QCOMPARE(sendResult(QByteArray::number(id), "OK", counts).header("response_code"), QByteArray("OK"));
        const storage::JobRow done = job(id);
        QCOMPARE(done.status, JobStatus::Result);
        QCOMPARE(done.returnCode, QStringLiteral("OK"));
        QCOMPARE(QJsonDocument::fromJson(done.summary.toUtf8()).object().value(QStringLiteral("user_count")).toInt(), 19);
        QCOMPARE(storage::JobRepository(m_db->database()).events(id).size(), 3);
        QVERIFY(storage::TerminalRepository(m_db->database()).find(QString::fromLatin1(dev))->deviceStatus.contains("\"fp_count\":12"));

        QCOMPARE(poll().header("response_code"), QByteArray("ERROR_NO_CMD"));
    }

    void errorReturnCodeIsStoredVerbatim()
    {
        startServer();
        const qint64 id = queue(protocol::CommandCode::DeleteUser, {{QStringLiteral("user_id"), QStringLiteral("9")}});
        poll();
        sendResult(QByteArray::number(id), "ERROR_NOT_EXIST");
        QCOMPARE(job(id).status, JobStatus::Result);
        QCOMPARE(job(id).returnCode, QStringLiteral("ERROR_NOT_EXIST"));
        QVERIFY(!job(id).succeeded());
    }

    void pendingTerminalIsSentNothingUntilApproved()
    {
        QVERIFY(storage::TerminalRepository(m_db->database()).setApproval(QString::fromLatin1(dev), storage::Approval::Pending));
        startServer();
        const qint64 id = queue(protocol::CommandCode::GetUserIdList);
        QCOMPARE(poll().header("response_code"), QByteArray("ERROR_NO_CMD"));
        QCOMPARE(job(id).status, JobStatus::Wait);
        QVERIFY(storage::TerminalRepository(m_db->database()).setApproval(QString::fromLatin1(dev), storage::Approval::Approved));
        QCOMPARE(poll().header("cmd_code"), QByteArray("GET_USER_ID_LIST"));
    }

    void oneJobPerPollResetFirstThenOldest()
    {
        startServer();
        const qint64 first = queue(protocol::CommandCode::GetUserIdList);
        const qint64 second = queue(protocol::CommandCode::GetDeviceStatus);
        const qint64 reset = queue(protocol::CommandCode::ResetFk);

        const RawHttpReply restart = poll();
        QCOMPARE(restart.header("response_code"), QByteArray("RESET_FK"));
        QCOMPARE(restart.header("trans_id"), QByteArray::number(reset));
        // No result ever comes for a restart: it ends at delivery.
        QCOMPARE(job(reset).status, JobStatus::Result);

        QCOMPARE(poll().header("trans_id"), QByteArray::number(first));
        QCOMPARE(job(second).status, JobStatus::Wait);
        // Polling again without answering: the terminal dropped the first job.
        QCOMPARE(poll().header("trans_id"), QByteArray::number(second));
        QCOMPARE(job(first).status, JobStatus::Timeout);
        const QList<storage::JobEvent> events = storage::JobRepository(m_db->database()).events(first);
        QVERIFY(events.last().detail.contains(QLatin1String("polled again")));
    }

    void resetCanTravelAsCommandCode()
    {
        QVERIFY(storage::TerminalRepository(m_db->database()).setResetAsCommandCode(QString::fromLatin1(dev), true));
        startServer();
        const qint64 reset = queue(protocol::CommandCode::ResetFk);
        const RawHttpReply restart = poll();
        QCOMPARE(restart.header("response_code"), QByteArray("OK"));
        QCOMPARE(restart.header("cmd_code"), QByteArray("RESET_FK"));
        QCOMPARE(restart.header("trans_id"), QByteArray::number(reset));
    }

    void resultForACancelledJobIsRefused()
    {
        startServer();
        const qint64 id = queue(protocol::CommandCode::GetUserIdList);
        poll();
        QCOMPARE(services::CommandService(m_db->database()).cancel(id, services::Actor::system(QStringLiteral("test"))),
                 services::CommandService::CancelOutcome::Cancelled);
        QCOMPARE(sendResult(QByteArray::number(id), "OK").header("response_code"), QByteArray("ERROR_CANCELED"));
        QCOMPARE(job(id).status, JobStatus::Cancelled);
        QCOMPARE(services::CommandService(m_db->database()).cancel(id, services::Actor::system(QStringLiteral("test"))),
                 services::CommandService::CancelOutcome::AlreadyFinished);
    }

    void duplicateResultUploadIsAcknowledgedAndIgnored()
    {
        startServer();
        const qint64 id = queue(protocol::CommandCode::SetFkName, {{QStringLiteral("fk_name"), QStringLiteral("Front door")}});
        poll();
        QCOMPARE(sendResult(QByteArray::number(id), "OK").header("response_code"), QByteArray("OK"));
        QCOMPARE(sendResult(QByteArray::number(id), "ERROR").header("response_code"), QByteArray("OK"));
        QCOMPARE(job(id).returnCode, QStringLiteral("OK"));
        QCOMPARE(storage::TerminalRepository(m_db->database()).find(QString::fromLatin1(dev))->name, QStringLiteral("Front door"));
    }

    // A database that refuses the result: never OK, and since terminals do not send a result
    // twice, the server asks again at the next poll when the command may be repeated.
    void resultThatCannotBeStoredIsRefusedAndAskedAgain()
    {
        startServer();
        const qint64 status = queue(protocol::CommandCode::GetDeviceStatus);
        const qint64 clear = queue(protocol::CommandCode::ClearLogData);
        QCOMPARE(poll().header("trans_id"), QByteArray::number(status));
        QVERIFY(refuseResults(true));
        QCOMPARE(sendResult(QByteArray::number(status), "OK").header("response_code"), QByteArray("ERROR_DB_ACCESS"));
        QCOMPARE(job(status).status, JobStatus::Run);

        QVERIFY(refuseResults(false));
        const RawHttpReply again = poll();
        QCOMPARE(again.header("trans_id"), QByteArray::number(status));
        QCOMPARE(again.header("cmd_code"), QByteArray("GET_DEVICE_STATUS"));
        QCOMPARE(job(status).status, JobStatus::Run);
        bool askedAgain = false;
        for (const storage::JobEvent &event : storage::JobRepository(m_db->database()).events(status))
            askedAgain = askedAgain || event.detail.contains(QLatin1String("could not be stored; sent again"));
        QVERIFY(askedAgain);
        QCOMPARE(sendResult(QByteArray::number(status), "OK").header("response_code"), QByteArray("OK"));
        QVERIFY(job(status).succeeded());

        // A clear is not sent twice: logs stored in between would go too. It ends saying why.
        QCOMPARE(poll().header("trans_id"), QByteArray::number(clear));
        QVERIFY(refuseResults(true));
        QCOMPARE(sendResult(QByteArray::number(clear), "OK").header("response_code"), QByteArray("ERROR_DB_ACCESS"));
        QVERIFY(refuseResults(false));
        QCOMPARE(poll().header("response_code"), QByteArray("ERROR_NO_CMD"));
        QCOMPARE(job(clear).status, JobStatus::Timeout);
        QVERIFY(storage::JobRepository(m_db->database()).events(clear).last().detail.contains(
            QLatin1String("answer could not be stored")));
    }

    void resultForAnUnknownTransactionIsAcknowledged()
    {
        startServer();
        QCOMPARE(sendResult("987654", "OK").header("response_code"), QByteArray("OK"));
        QCOMPARE(sendResult("not-a-number", "OK").header("response_code"), QByteArray("OK"));
        QVERIFY(storage::JobRepository(m_db->database()).list({}).isEmpty());
    }

    void setTimeIsStampedAtDelivery()
    {
        startServer();
        const qint64 id = queue(protocol::CommandCode::SetTime, {{QStringLiteral("time"), QStringLiteral("20200101000000")}});
        Q_UNUSED(id);
        const RawHttpReply delivered = poll();
        const QJsonObject parameters = protocol::BsCommFrame::decode(delivered.body).frame.json();
        const QDateTime sent = protocol::walltime::fromProtocol(parameters.value(QStringLiteral("time")).toString());
        const QDateTime now = protocol::walltime::now(QTimeZone::systemTimeZone());
        QVERIFY2(std::llabs(sent.secsTo(now)) <= 2, qPrintable(sent.toString()));
        QVERIFY(delivered.body.startsWith(QByteArray("\x1a\x00\x00\x00", 4))); // framed, 25 + NUL
    }

    void driftingClockIsSyncedAtMostOncePerQuarterHour()
    {
        startServer();
        const QDateTime late = protocol::walltime::now(QTimeZone::systemTimeZone()).addSecs(-600);
        const RawHttpReply first = poll(late);
        QCOMPARE(first.header("cmd_code"), QByteArray("SET_TIME"));
        sendResult(first.header("trans_id"), "OK");
        QCOMPARE(poll(late).header("response_code"), QByteArray("ERROR_NO_CMD"));
        const QList<storage::JobRow> jobs = storage::JobRepository(m_db->database()).list({});
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().queuedBy, QStringLiteral("automatic clock sync"));
        // Within the threshold nothing is queued.
        QCOMPARE(poll().header("response_code"), QByteArray("ERROR_NO_CMD"));
    }

    void pulledLogsAreImportedFromAChunkedResult()
    {
        startServer();
        const qint64 id = queue(protocol::CommandCode::GetLogData);
        poll();
        QByteArray records;
        for (int i = 0; i < 3000; ++i) {
            protocol::LogRecord log;
            log.userId = QString::number(i % 40);
            log.ioTime = protocol::walltime::make(QDate(2026, 11, 1), QTime(8, 0)).addSecs(i * 60);
            log.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS101, 1 + i % 2);
            log.verifyModeRaw = 1;
            records += protocol::encodeLogRecord(protocol::RecordLibrary::HS101, log);
        }
        protocol::BsCommFrame result;
        const QString reference = result.addBinary(records);
        const QByteArray body = protocol::BsCommFrame(QJsonObject{{QStringLiteral("log_array"), reference},
                                                                  {QStringLiteral("log_count"), 3000},
                                                                  {QStringLiteral("one_log_size"), 12}},
                                                      result.binaries())
                                    .encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        // 36 KB in 10 KB blocks: 1, 2, 3, then the last as 0.
        constexpr int block = 10240;
        const int blocks = int((body.size() + block - 1) / block);
        for (int b = 0; b < blocks; ++b) {
            const int number = b + 1 == blocks ? 0 : b + 1;
            QCOMPARE(sendResult(QByteArray::number(id), "OK", body.mid(b * block, block), number).header("response_code"),
                     QByteArray("OK"));
        }
        const storage::JobRow done = job(id);
        QCOMPARE(done.status, JobStatus::Result);
        const QJsonObject summary = QJsonDocument::fromJson(done.summary.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 3000);
        QCOMPARE(storage::PunchRepository(m_db->database()).count({}), qint64(3000));
        QCOMPARE(storage::TerminalRepository(m_db->database()).logsPulledUntil(QString::fromLatin1(dev)),
                 protocol::walltime::make(QDate(2026, 11, 1), QTime(8, 0)).addSecs(2999 * 60));

        // The next pull asks from there, and what comes twice is recognised.
        const services::CommandService::Outcome again =
            services::CommandService(m_db->database()).pullLogs(QString::fromLatin1(dev), {}, services::Actor::system(QStringLiteral("test")));
        QVERIFY(again.ok());
        const RawHttpReply second = poll();
        QCOMPARE(protocol::BsCommFrame::decode(second.body).frame.json().value(QStringLiteral("begin_time")).toString(),
                 QStringLiteral("20261103095900"));
        sendResult(second.header("trans_id"), "OK", body);
        QCOMPARE(QJsonDocument::fromJson(job(again.jobIds.first()).summary.toUtf8()).object().value(QStringLiteral("duplicates")).toInt(),
                 3000);
        QCOMPARE(storage::PunchRepository(m_db->database()).count({}), qint64(3000));
    }

    void logsArriveEvenWithoutTheLogArrayKey()
    {
        // Fingerspot documents the result without "log_array": the records are the binary anyway.
        startServer();
        const qint64 id = queue(protocol::CommandCode::GetLogData);
        poll();
        protocol::LogRecord log;
        log.userId = QStringLiteral("5");
        log.ioTime = protocol::walltime::make(QDate(2026, 11, 2), QTime(9, 15, 30));
        log.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS101, 1);
        log.verifyModeRaw = 1;
        const QByteArray records = protocol::encodeLogRecord(protocol::RecordLibrary::HS101, log);
        QByteArray body = protocol::BsCommFrame(QJsonObject{{QStringLiteral("log_count"), 1}, {QStringLiteral("one_log_size"), 12}})
                              .encode(protocol::BsCommFrame::TextTail::NewlineAndNul);
        const quint32 length = quint32(records.size());
        body.append(reinterpret_cast<const char *>(&length), 4).append(records);
        sendResult(QByteArray::number(id), "OK", body);
        QCOMPARE(job(id).status, JobStatus::Result);
        QCOMPARE(storage::PunchRepository(m_db->database()).count({}), qint64(1));
    }

    void storeFollowsTheWritesTheTerminalAccepted()
    {
        // With reading back off, an OK is taken at its word (tst_writereadback covers it on).
        QVERIFY(storage::SettingsRepository(m_db->database())
                    .setValue(QLatin1String(engine::ServerSettings::ReadBackWritesKey), QStringLiteral("0")));
        startServer();
        auto answer = [this](protocol::CommandCode code, const QJsonObject &parameters, const QList<QByteArray> &binaries = {}) {
            const services::CommandService::Outcome outcome = services::CommandService(m_db->database())
                                                                .queue(QString::fromLatin1(dev), code, parameters, binaries, services::Actor::system(QStringLiteral("test")));
            QVERIFY(outcome.ok());
            const RawHttpReply delivered = poll();
            QCOMPARE(delivered.header("trans_id"), QByteArray::number(outcome.jobIds.first()));
            sendResult(delivered.header("trans_id"), "OK");
        };
        answer(protocol::CommandCode::SetUserInfo,
               {{QStringLiteral("user_id"), QStringLiteral("2")}, {QStringLiteral("user_name"), QStringLiteral("Old Name")},
                {QStringLiteral("user_privilege"), QStringLiteral("USER")},
                {QStringLiteral("enroll_data_array"),
                 QJsonArray{QJsonObject{{QStringLiteral("backup_number"), 0}, {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}}}}},
               {QByteArray(800, 'f')});
        answer(protocol::CommandCode::SetUserPrivilege,
               {{QStringLiteral("user_id"), QStringLiteral("2")}, {QStringLiteral("user_privilege"), QStringLiteral("MANAGER")}});
        answer(protocol::CommandCode::SetEnrollData,
               {{QStringLiteral("user_id"), QStringLiteral("2")}, {QStringLiteral("backup_number"), 11},
                {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}},
               {QByteArray("0012345678")});
        answer(protocol::CommandCode::SetUserName,
               {{QStringLiteral("user_id"), QStringLiteral("2")}, {QStringLiteral("user_name"), QStringLiteral("New Name")}});

        // A later push is built from the store: it must carry all three changes.
        const std::optional<protocol::UserEnrollment> user = storage::UserRepository(m_db->database()).load(QStringLiteral("2"));
        QVERIFY(user);
        QCOMPARE(user->name, QStringLiteral("New Name"));
        QCOMPARE(user->privilegeName, QStringLiteral("MANAGER"));
        QCOMPARE(user->credentials.size(), 2);
        QCOMPARE(user->credentials.at(1).backupNumber, 11);
        QCOMPARE(user->credentials.at(1).data, QByteArray("0012345678"));

        // And SET_USER_INFO from the operator replaces: the card is gone from the store too.
        answer(protocol::CommandCode::SetUserInfo,
               {{QStringLiteral("user_id"), QStringLiteral("2")}, {QStringLiteral("user_name"), QStringLiteral("New Name")},
                {QStringLiteral("user_privilege"), QStringLiteral("MANAGER")},
                {QStringLiteral("enroll_data_array"),
                 QJsonArray{QJsonObject{{QStringLiteral("backup_number"), 0}, {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}}}}},
               {QByteArray(800, 'f')});
        QCOMPARE(storage::UserRepository(m_db->database()).load(QStringLiteral("2"))->credentials.size(), 1);
    }

    void copiedUserWaitsForTheSourceAndIsSentFromTheStore()
    {
        const QString other = QStringLiteral("C2610000000000AB");
        {
            storage::TerminalRepository terminals(m_db->database());
            storage::TerminalContact contact;
            contact.devId = other;
            QVERIFY(terminals.recordContact(contact));
            QVERIFY(terminals.setApproval(other, storage::Approval::Approved));
        }
        startServer();
        const services::CommandService::Outcome copy = services::CommandService(m_db->database())
                                                         .copyUser(QStringLiteral("857"), QString::fromLatin1(dev), {other}, services::Actor::system(QStringLiteral("test")));
        QVERIFY(copy.ok());
        QCOMPARE(copy.jobIds.size(), 2);

        // The target terminal gets nothing until the source answered.
        TerminalRequestBuilder otherPoll;
        otherPoll.requestCode = "receive_cmd";
        otherPoll.devId = other.toLatin1();
        QCOMPARE(test::sendRaw(m_server->port(), otherPoll.build()).header("response_code"), QByteArray("ERROR_NO_CMD"));

        const RawHttpReply fetch = poll();
        QCOMPARE(fetch.header("cmd_code"), QByteArray("GET_USER_INFO"));
        protocol::UserEnrollment user;
        user.userId = QStringLiteral("857");
        user.name = QStringLiteral("ARIF");
        user.privilegeName = QStringLiteral("USER");
        user.credentials = {{0, QByteArray(1184, 'a')}, {11, QByteArray("0012345678")}};
        sendResult(fetch.header("trans_id"), "OK", user.toFrame().encode(protocol::BsCommFrame::TextTail::NewlineAndNul));

        const RawHttpReply push = test::sendRaw(m_server->port(), otherPoll.build());
        QCOMPARE(push.header("cmd_code"), QByteArray("SET_USER_INFO"));
        const protocol::UserEnrollment sent = protocol::UserEnrollment::parse(protocol::BsCommFrame::decode(push.body).frame);
        QCOMPARE(sent.name, QStringLiteral("ARIF"));
        QCOMPARE(sent.credentials.size(), 2);
        otherPoll.requestCode = "send_cmd_result";
        otherPoll.transId = push.header("trans_id");
        otherPoll.commandReturnCode = "OK";
        test::sendRaw(m_server->port(), otherPoll.build());
        QCOMPARE(storage::UserRepository(m_db->database()).holders(QStringLiteral("857")),
                 (QStringList{other, QString::fromLatin1(dev)}));
    }

    void dependentJobsAreCancelledWhenTheSourceFails()
    {
        const QString other = QStringLiteral("C2610000000000AB");
        {
            storage::TerminalRepository terminals(m_db->database());
            storage::TerminalContact contact;
            contact.devId = other;
            QVERIFY(terminals.recordContact(contact));
        }
        startServer();
        const services::CommandService::Outcome copy = services::CommandService(m_db->database())
                                                         .copyUser(QStringLiteral("404"), QString::fromLatin1(dev), {other}, services::Actor::system(QStringLiteral("test")));
        const RawHttpReply fetch = poll();
        sendResult(fetch.header("trans_id"), "ERROR_NOT_EXIST");
        QCOMPARE(job(copy.jobIds.at(1)).status, JobStatus::Cancelled);
    }

    void jobsQueuedByAnotherProcessAreDelivered()
    {
        startServer();
        QProcess cli;
        cli.start(QStringLiteral(PUNCHCLOCK_BINARY),
                  {QStringLiteral("--db"), m_db->config().displayName(), QStringLiteral("send"),
                   QString::fromLatin1(dev), QStringLiteral("GET_USER_ID_LIST")});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray transId = cli.readAllStandardOutput().trimmed();
        const RawHttpReply delivered = poll();
        QCOMPARE(delivered.header("trans_id"), transId);
        QCOMPARE(delivered.header("cmd_code"), QByteArray("GET_USER_ID_LIST"));
    }

    void runningJobTimesOut()
    {
        QVERIFY(storage::SettingsRepository(m_db->database())
                    .setValue(QLatin1String(engine::ServerSettings::CommandTimeoutKey), QStringLiteral("1")));
        startServer();
        const qint64 id = queue(protocol::CommandCode::GetUserInfo, {{QStringLiteral("user_id"), QStringLiteral("77")}});
        poll();
        QCOMPARE(job(id).status, JobStatus::Run);
        // The engine sweeps every 5 s.
        QTRY_COMPARE_WITH_TIMEOUT(job(id).status, JobStatus::Timeout, 12000);
    }

    // A write answered OK whose read-back never comes back is not reported as unanswered, nor done.
    void aWriteNeverReadBackTimesOutSayingItWasAnswered()
    {
        QVERIFY(storage::SettingsRepository(m_db->database())
                    .setValue(QLatin1String(engine::ServerSettings::CommandTimeoutKey), QStringLiteral("1")));
        startServer();
        const qint64 id = queue(protocol::CommandCode::SetUserName,
                                {{QStringLiteral("user_id"), QStringLiteral("77")}, {QStringLiteral("user_name"), QStringLiteral("Ida")}});
        QCOMPARE(poll().header("trans_id"), QByteArray::number(id));
        QCOMPARE(sendResult(QByteArray::number(id), "OK").header("response_code"), QByteArray("OK"));
        QCOMPARE(job(id).status, JobStatus::Run); // waiting for its read-back
        // The terminal never polls again; the engine sweeps every 5 s.
        QTRY_COMPARE_WITH_TIMEOUT(job(id).status, JobStatus::Timeout, 12000);
        QCOMPARE(storage::JobRepository(m_db->database()).events(id).last().detail,
                 QStringLiteral("answered OK, but not read back within 1 s; check the terminal"));
    }

    void blockedTerminalIsRefusedAndItsJobsWait()
    {
        QVERIFY(storage::TerminalRepository(m_db->database()).setApproval(QString::fromLatin1(dev), storage::Approval::Blocked));
        startServer();
        const qint64 id = queue(protocol::CommandCode::GetUserIdList);
        QCOMPARE(poll().header("response_code"), QByteArray("ERROR"));
        QCOMPARE(job(id).status, JobStatus::Wait);
    }
};

QTEST_GUILESS_MAIN(tst_CommandQueue)
#include "tst_commandqueue.moc"
