// The outbox: every punch, correction and change of an employee that a destination receives is
// queued in the transaction that stores it, once per destination, and a destination's queue is
// delivered by one worker at a time.

#include "auditrepository.h"
#include "connection.h"
#include "destinationrepository.h"
#include "outboxrepository.h"
#include "punchcorrectionrepository.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::storage;

namespace {

const QString dev = QStringLiteral("D96584729B906B39");

NewPunch punchAt(const QString &userId, const QString &storageTime)
{
    NewPunch punch;
    punch.devId = dev;
    punch.source = QStringLiteral("realtime");
    punch.record.userId = userId;
    punch.record.ioTime = protocol::walltime::fromStorage(storageTime);
    punch.record.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS101, 1);
    punch.record.verifyModeRaw = 1;
    punch.record.verifyMethods = {protocol::VerifyMethod::Fingerprint};
    return punch;
}

protocol::LogRecord pulledAt(const QString &userId, const QString &storageTime)
{
    return punchAt(userId, storageTime).record;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    int m_databases = 0;

    QSqlDatabase db() const { return m_connection->database(); }

    qint64 destination(const QString &name, bool punches, bool corrections, bool users)
    {
        DestinationRow row;
        row.name = name;
        row.kind = QStringLiteral("webhook");
        row.url = QStringLiteral("http://127.0.0.1:9/hook");
        row.sendsPunches = punches;
        row.sendsCorrections = corrections;
        row.sendsUserChanges = users;
        return DestinationRepository(db()).insert(row).value_or(0);
    }

    // The (event, subject) pairs queued for a destination, oldest first.
    QStringList queued(qint64 destinationId) const
    {
        QStringList events;
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT event, subject_id FROM outbox WHERE destination_id = ? ORDER BY id"));
        query.addBindValue(destinationId);
        if (!query.exec())
            return {QStringLiteral("query failed")};
        while (query.next())
            events.append(query.value(0).toString() + QLatin1Char(':') + query.value(1).toString());
        return events;
    }

    qint64 punchId(const QString &userId, const QString &storageTime) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT id FROM punches WHERE user_id = ? AND io_time = ?"));
        query.addBindValue(userId);
        query.addBindValue(storageTime);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    QString punchEvent(const QString &userId, const QString &storageTime) const
    {
        return QStringLiteral("punch:%1").arg(punchId(userId, storageTime));
    }

private slots:
    void init()
    {
        QString error;
        m_connection = Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_databases)),
                                     test::TestSchema::Current),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
        QVERIFY(
            TerminalRepository(db()).recordContact({dev, QStringLiteral("192.0.2.10"), Approval::Approved, QString()}));
    }

    void cleanup() { m_connection.reset(); }

    void nothingIsQueuedWithoutADestination()
    {
        QVERIFY(
            PunchRepository(db()).insertMany({punchAt(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00"))}));
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void eachNewPunchIsQueuedOnceForEachDestinationThatReceivesPunches()
    {
        const qint64 hr = destination(QStringLiteral("HR"), true, false, false);
        const qint64 payroll = destination(QStringLiteral("Payroll"), true, true, false);
        const qint64 corrections = destination(QStringLiteral("Corrections only"), false, true, false);
        QVERIFY(hr > 0 && payroll > 0 && corrections > 0);

        PunchRepository punches(db());
        QVERIFY(punches.insertMany({punchAt(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00")),
                                    punchAt(QStringLiteral("2"), QStringLiteral("2026-12-01 08:01:00"))}));
        // Resent by the terminal: stored once, so queued once.
        QVERIFY(punches.insertMany({punchAt(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00")),
                                    punchAt(QStringLiteral("3"), QStringLiteral("2026-12-01 08:02:00"))}));
        // Pulled from the terminal: the one already there is not queued again.
        const PunchRepository::ImportCount pulled =
            punches.importPulled(dev,
                                 {pulledAt(QStringLiteral("3"), QStringLiteral("2026-12-01 08:02:00")),
                                  pulledAt(QStringLiteral("4"), QStringLiteral("2026-11-30 17:00:00"))},
                                 [](const protocol::LogRecord &) { return 0; });
        QVERIFY(pulled.ok);
        QCOMPARE(pulled.imported, 1);

        const QStringList expected{punchEvent(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00")),
                                   punchEvent(QStringLiteral("2"), QStringLiteral("2026-12-01 08:01:00")),
                                   punchEvent(QStringLiteral("3"), QStringLiteral("2026-12-01 08:02:00")),
                                   punchEvent(QStringLiteral("4"), QStringLiteral("2026-11-30 17:00:00"))};
        QCOMPARE(queued(hr), expected);
        QCOMPARE(queued(payroll), expected);
        QCOMPARE(queued(corrections), QStringList{});
        QCOMPARE(OutboxRepository(db()).backlog(hr).pending, 4);
    }

    void aPunchRolledBackLeavesNothingQueued()
    {
        const qint64 hr = destination(QStringLiteral("HR"), true, false, false);
        {
            WriteTransaction transaction(db());
            QVERIFY(transaction.isActive());
            QVERIFY(PunchRepository(db()).insertMany(
                {punchAt(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00"))}));
            QCOMPARE(queued(hr).size(), 1);
            transaction.rollback();
        }
        QCOMPARE(queued(hr), QStringList{});
        QCOMPARE(punchId(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00")), -1);
    }

    void correctionsAndChangesOfEmployeesGoToThoseWhoReceiveThem()
    {
        const qint64 punchesOnly = destination(QStringLiteral("Punches"), true, false, false);
        const qint64 corrections = destination(QStringLiteral("Corrections"), false, true, false);
        const qint64 people = destination(QStringLiteral("People"), false, false, true);
        const std::optional<qint64> added = PunchCorrectionRepository(db()).addPunch(
            QStringLiteral("7"), protocol::walltime::fromStorage(QStringLiteral("2026-12-01 08:00:00")),
            QStringLiteral("in"), dev, QStringLiteral("forgot to punch"), QStringLiteral("anna"));
        QVERIFY(added);
        AuditEntry renamed;
        renamed.actorKind = QStringLiteral("operator");
        renamed.actor = QStringLiteral("anna");
        renamed.action = QStringLiteral("user.rename");
        renamed.objectKind = QStringLiteral("user");
        renamed.objectId = QStringLiteral("7");
        AuditEntry approved = renamed;
        approved.action = QStringLiteral("terminal.approve");
        approved.objectKind = QStringLiteral("terminal");
        // A correction's own record is about the employee too, but it is sent as the correction.
        AuditEntry corrected = renamed;
        corrected.action = QStringLiteral("punch.add");
        AuditRepository audit(db());
        QVERIFY(audit.append(&renamed));
        QVERIFY(audit.append(&approved));
        QVERIFY(audit.append(&corrected));

        QCOMPARE(queued(punchesOnly), QStringList{});
        QCOMPARE(queued(corrections), QStringList{QStringLiteral("correction:%1").arg(*added)});
        // Only the change of an employee: a terminal's approval is nobody's, and a correction
        // goes to the destinations of corrections.
        QCOMPARE(queued(people), QStringList{QStringLiteral("user:%1").arg(renamed.id)});
    }

    void aReplayQueuesEarlierPunchesAndSendsDeliveredOnesAgain()
    {
        PunchRepository punches(db());
        QVERIFY(punches.insertMany({punchAt(QStringLiteral("1"), QStringLiteral("2026-11-20 08:00:00")),
                                    punchAt(QStringLiteral("2"), QStringLiteral("2026-11-25 08:00:00"))}));
        const qint64 hr = destination(QStringLiteral("HR"), true, false, false);
        QVERIFY(punches.insertMany({punchAt(QStringLiteral("3"), QStringLiteral("2026-12-01 08:00:00"))}));
        OutboxRepository outbox(db());
        QCOMPARE(outbox.nextPending(hr, 10).size(), 1);
        QVERIFY(outbox.markDelivered({outbox.nextPending(hr, 10).first().id}));
        QCOMPARE(outbox.backlog(hr).delivered, 1);

        // From the 21st: the punch of the 25th, before the destination existed, and the one
        // already delivered; not the 20th.
        QCOMPARE(outbox.replay(hr, QDate(2026, 11, 21)), std::optional<qint64>(2));
        QStringList pending;
        for (const OutboxRow &row : outbox.nextPending(hr, 10))
            pending.append(QStringLiteral("punch:%1").arg(row.subjectId));
        QCOMPARE(pending, (QStringList{punchEvent(QStringLiteral("3"), QStringLiteral("2026-12-01 08:00:00")),
                                       punchEvent(QStringLiteral("2"), QStringLiteral("2026-11-25 08:00:00"))}));
        QCOMPARE(outbox.backlog(hr).delivered, 0);
    }

    void aRetrySendsFailedAndParkedEventsAgain()
    {
        const qint64 hr = destination(QStringLiteral("HR"), true, false, false);
        QVERIFY(
            PunchRepository(db()).insertMany({punchAt(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00")),
                                              punchAt(QStringLiteral("2"), QStringLiteral("2026-12-01 08:01:00")),
                                              punchAt(QStringLiteral("3"), QStringLiteral("2026-12-01 08:02:00"))}));
        OutboxRepository outbox(db());
        const QList<OutboxRow> rows = outbox.nextPending(hr, 10);
        QCOMPARE(rows.size(), 3);
        QVERIFY(outbox.markUndeliverable(rows.at(0).id, OutboxStatus::Failed, QStringLiteral("HTTP 400: bad")));
        QVERIFY(outbox.markUndeliverable(rows.at(1).id, OutboxStatus::Parked, QStringLiteral("no employee 2")));
        QVERIFY(outbox.markAttempted({rows.at(2).id}, QStringLiteral("no answer")));
        const OutboxBacklog before = outbox.backlog(hr);
        QCOMPARE(before.failed, 1);
        QCOMPARE(before.parked, 1);
        QCOMPARE(before.pending, 1);
        QCOMPARE(outbox.records(hr, OutboxStatus::Parked, 0, 10).first().lastError, QStringLiteral("no employee 2"));
        QCOMPARE(outbox.records(hr, OutboxStatus::Pending, 0, 10).first().attempts, 1);

        QCOMPARE(outbox.retry(hr, {OutboxStatus::Parked}), std::optional<qint64>(1));
        QCOMPARE(outbox.backlog(hr).pending, 2);
        QCOMPARE(outbox.retry(hr, {OutboxStatus::Failed, OutboxStatus::Parked}), std::optional<qint64>(1));
        QCOMPARE(outbox.backlog(hr).pending, 3);
    }

    void oneWorkerAtATimeHoldsADestination()
    {
        const qint64 hr = destination(QStringLiteral("HR"), true, false, false);
        DestinationRepository destinations(db());
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(destinations.takeLease(hr, QStringLiteral("server-a"), soon));
        QVERIFY(!destinations.takeLease(hr, QStringLiteral("server-b"), soon));
        QVERIFY(destinations.takeLease(hr, QStringLiteral("server-a"), soon.addSecs(30))); // renewed
        QVERIFY(destinations.releaseLease(hr, QStringLiteral("server-a")));
        QVERIFY(destinations.takeLease(hr, QStringLiteral("server-b"), soon));
        // server-b is killed: its lease runs out, and server-a takes over.
        QSqlQuery expire(db());
        QVERIFY(expire.exec(
            QStringLiteral("UPDATE integration_destinations SET lease_until = '2026-01-01T00:00:00.000Z'")));
        QVERIFY(destinations.takeLease(hr, QStringLiteral("server-a"), soon));
        QVERIFY(!destinations.takeLease(hr, QStringLiteral("server-b"), soon));
    }

    void removingADestinationTakesItsQueue()
    {
        const qint64 hr = destination(QStringLiteral("HR"), true, false, false);
        QVERIFY(
            PunchRepository(db()).insertMany({punchAt(QStringLiteral("1"), QStringLiteral("2026-12-01 08:00:00"))}));
        QCOMPARE(queued(hr).size(), 1);
        QVERIFY(DestinationRepository(db()).remove(hr));
        QCOMPARE(queued(hr), QStringList{});
        QVERIFY(!DestinationRepository(db()).find(hr));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
