#include "commandservice.h"

#include "bscommframe.h"
#include "commandbuilder.h"
#include "connection.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "userrepository.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using Failure = services::CommandService::Outcome::Failure;

// Retry: the same command to the same terminal as a new job, whatever became of the first one.
class tst_CommandServiceRetry : public QObject
{
    Q_OBJECT

private:
    const QString dev = QStringLiteral("C2610000000000AB");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Connection> m_db;

    QJsonObject parametersOf(const storage::JobRow &job) const
    {
        return protocol::BsCommFrame::decode(job.parameters).frame.json();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(m_dir->filePath(QStringLiteral("store.sqlite"))), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(storage::TerminalRepository(m_db->database())
                    .recordContact({dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void queuesTheSameCommandAgain()
    {
        services::CommandService service(m_db->database());
        const QJsonObject range{{QStringLiteral("begin_time"), QStringLiteral("20261101000000")},
                                {QStringLiteral("end_time"), QStringLiteral("20261123235959")}};
        const auto first = service.queue(dev, protocol::CommandCode::GetLogData, range, {}, services::Actor::system(QStringLiteral("alice")));
        QVERIFY(first.ok());
        storage::JobRepository jobs(m_db->database());
        QVERIFY(jobs.markSent(first.jobIds.first(), jobs.find(first.jobIds.first())->parameters));
        QVERIFY(jobs.transition(first.jobIds.first(), {storage::JobStatus::Run}, storage::JobStatus::Timeout));

        const auto again = service.retry(first.jobIds.first(), services::Actor::system(QStringLiteral("bob")));
        QVERIFY(again.ok());
        QCOMPARE(again.jobIds.size(), 1);
        QVERIFY(again.jobIds.first() > first.jobIds.first());
        const storage::JobRow job = *jobs.find(again.jobIds.first());
        QCOMPARE(job.devId, dev);
        QCOMPARE(job.commandCode, QStringLiteral("GET_LOG_DATA"));
        QCOMPARE(job.status, storage::JobStatus::Wait);
        QCOMPARE(job.queuedBy, QStringLiteral("bob"));
        QCOMPARE(parametersOf(job), range);
    }

    void userInfoIsBuiltFromTheStoreAgain()
    {
        protocol::UserEnrollment user;
        user.userId = QStringLiteral("12");
        user.name = QStringLiteral("Alice");
        user.privilegeName = QStringLiteral("USER");
        user.credentials = {{10, QByteArrayLiteral("1234")}};
        QVERIFY(storage::UserRepository(m_db->database()).saveUser(user));
        services::CommandService service(m_db->database());
        const auto first = service.pushUser(user.userId, {dev}, services::Actor::system(QStringLiteral("alice")));
        QVERIFY(first.ok());
        // Delivered: the job now holds the whole user as sent.
        storage::JobRepository jobs(m_db->database());
        QVERIFY(jobs.markSent(first.jobIds.first(), protocol::Commands::setUserInfo(user).parameters.encode()));

        const auto again = service.retry(first.jobIds.first(), services::Actor::system(QStringLiteral("alice")));
        QVERIFY(again.ok());
        const storage::JobRow job = *jobs.find(again.jobIds.first());
        QVERIFY(job.buildAtDelivery);
        QCOMPARE(job.commandCode, QStringLiteral("SET_USER_INFO"));
        QCOMPARE(parametersOf(job), (QJsonObject{{QStringLiteral("user_id"), QStringLiteral("12")}}));
    }

    void refusesAJobThatDoesNotExist()
    {
        services::CommandService service(m_db->database());
        QCOMPARE(service.retry(4711, services::Actor::system(QStringLiteral("alice"))).failure, Failure::Storage);
        QVERIFY(storage::JobRepository(m_db->database()).list({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CommandServiceRetry)
#include "tst_commandserviceretry.moc"
