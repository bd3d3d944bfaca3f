// Remote enrollment requests: a terminal's realtime_enroll_data completes only the request that
// waits for that user and credential at that terminal, in time.

#include "connection.h"
#include "enrollmentrequestrepository.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock::storage;

namespace {

const QString frontDoor = QStringLiteral("FRONT01");
const QString backDoor = QStringLiteral("BACK01");

} // namespace

class TestEnrollmentRequests : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    int m_databases = 0;
    QDateTime m_requestedAt;

    QSqlDatabase db() const { return m_connection->database(); }

    // User 17, right index finger (6), at the front door, for two minutes.
    qint64 waitingRequest(int backupNumber = 6)
    {
        EnrollmentRequest request;
        request.userId = QStringLiteral("17");
        request.backupNumber = backupNumber;
        request.devId = frontDoor;
        request.requestedBy = QStringLiteral("anna");
        request.requestedAt = m_requestedAt;
        request.deadline = m_requestedAt.addSecs(120);
        const std::optional<qint64> id = EnrollmentRequestRepository(db()).create(request);
        return id.value_or(0);
    }

    EnrollmentState stateOf(qint64 id) const
    {
        return EnrollmentRequestRepository(db()).find(id).value_or(EnrollmentRequest{}).state;
    }

    QList<qint64> report(const QString &devId, const QString &userId, const QHash<int, int> &sizes, int secondsLater)
    {
        const auto matched =
            EnrollmentRequestRepository(db()).matchEnrollment(devId, userId, sizes, m_requestedAt.addSecs(secondsLater));
        if (!matched)
            qWarning("the match failed in the database");
        return matched.value_or(QList<qint64>{-1});
    }

private slots:
    void init()
    {
        QString error;
        m_connection = Connection::open(
            punchclock::test::testDatabaseConfig(m_dir.filePath(QStringLiteral("enroll-%1.sqlite").arg(++m_databases))), &error);
        QVERIFY2(m_connection, qPrintable(error));
        m_requestedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    }

    void cleanup() { m_connection.reset(); }

    void theRightReportCompletesTheRequest()
    {
        const qint64 id = waitingRequest();
        QVERIFY(id > 0);
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{0, 1184}, {6, 1184}}, 30), QList<qint64>{id});
        const EnrollmentRequest done = *EnrollmentRequestRepository(db()).find(id);
        QCOMPARE(done.state, EnrollmentState::Enrolled);
        QCOMPARE(done.templateSize, std::optional<int>(1184));
        QCOMPARE(done.finishedAt, m_requestedAt.addSecs(30));
        // A second report of the same user finds nothing waiting any more.
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 900}}, 40), QList<qint64>{});
        QCOMPARE(EnrollmentRequestRepository(db()).find(id)->templateSize, std::optional<int>(1184));
    }

    void anotherUserTerminalOrCredentialLeavesItWaiting()
    {
        const qint64 id = waitingRequest();
        QCOMPARE(report(frontDoor, QStringLiteral("18"), {{6, 1184}}, 10), QList<qint64>{});
        QCOMPARE(report(backDoor, QStringLiteral("17"), {{6, 1184}}, 10), QList<qint64>{});
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{5, 1184}, {12, 20000}}, 10), QList<qint64>{});
        QCOMPARE(stateOf(id), EnrollmentState::Waiting);
    }

    void aReportAfterTheDeadlineIsNotTheRequestedOne()
    {
        const qint64 id = waitingRequest();
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 1184}}, 121), QList<qint64>{});
        QCOMPARE(stateOf(id), EnrollmentState::Waiting);
        // Exactly at the deadline it still counts.
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 1184}}, 120), QList<qint64>{id});
    }

    void anEndedRequestIsNeverCompleted()
    {
        const qint64 cancelled = waitingRequest();
        QVERIFY(EnrollmentRequestRepository(db()).finish(cancelled, EnrollmentState::Cancelled, QString(),
                                                         m_requestedAt.addSecs(5)));
        QVERIFY(!EnrollmentRequestRepository(db()).finish(cancelled, EnrollmentState::TimedOut, QString(),
                                                          m_requestedAt.addSecs(6)));
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 1184}}, 10), QList<qint64>{});
        QCOMPARE(stateOf(cancelled), EnrollmentState::Cancelled);
    }

    void aKeypadEnrollmentNobodyAskedForMatchesNothing()
    {
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 1184}}, 10), QList<qint64>{});
        QVERIFY(EnrollmentRequestRepository(db()).forUser(QStringLiteral("17")).isEmpty());
    }

    void theWindowOpensWhenTheTerminalFetchesTheCommand()
    {
        // Requested ten minutes ago with a two-minute window; the terminal polled only now.
        m_requestedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        QVERIFY(TerminalRepository(db()).recordContact({frontDoor, QStringLiteral("192.0.2.10"), Approval::Approved, QString()}));
        JobRepository jobs(db());
        NewJob job;
        job.devId = frontDoor;
        job.commandCode = QStringLiteral("SET_COMMAND");
        const std::optional<qint64> jobId = jobs.enqueue(job);
        QVERIFY(jobId);
        const qint64 id = waitingRequest();
        QVERIFY(EnrollmentRequestRepository(db()).setJob(id, *jobId));
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 1184}}, 590), QList<qint64>{}); // not fetched: too late
        QVERIFY(jobs.markSent(*jobId, QByteArray("{}"), QString()));
        const QDateTime deadline = EnrollmentRequestRepository(db()).find(id)->deadline;
        QVERIFY(deadline > QDateTime::currentDateTimeUtc().addSecs(110));
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 1184}}, 600 + 60), QList<qint64>{id});
    }

    void twoWaitingCredentialsOfOneUserBothComplete()
    {
        const qint64 finger = waitingRequest(6);
        const qint64 face = waitingRequest(12);
        QCOMPARE(report(frontDoor, QStringLiteral("17"), {{6, 1184}, {12, 20000}}, 10), (QList<qint64>{finger, face}));
        QCOMPARE(EnrollmentRequestRepository(db()).find(face)->templateSize, std::optional<int>(20000));
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentRequests)
#include "tst_enrollmentrequests.moc"
