#include "statusrefresh.h"

#include "auditrepository.h"
#include "connection.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "writetransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;

// A terminal's counts asked for without anyone pressing Get status: once when missing, again
// only after the interval, never beside another job, never twice at a time.
class tst_StatusRefresh : public QObject
{
    Q_OBJECT

private:
    const QString dev = QStringLiteral("C2610000000000AB");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<storage::JobRepository> m_jobs;
    std::unique_ptr<storage::TerminalRepository> m_terminals;
    // One for the whole test, as the engine keeps one: what it remembers between polls must
    // not change what is asked for.
    std::unique_ptr<engine::StatusRefresh> m_refresh;

    QSqlDatabase db() const { return m_db->database(); }

    // As the engine does it: inside a write transaction.
    bool refresh(const QDateTime &now, int intervalMinutes = 30)
    {
        storage::WriteTransaction transaction(db());
        return m_refresh->queueIfDue(db(), dev, intervalMinutes, now) && transaction.commit();
    }

    QList<storage::JobRow> statusJobs() const
    {
        storage::JobFilter filter;
        filter.commandCode = QStringLiteral("GET_DEVICE_STATUS");
        return storage::JobRepository(db()).list(filter);
    }

    // The terminal answered the newest status job with `returnCode`.
    void answer(const QString &returnCode)
    {
        storage::JobRepository jobs(db());
        const qint64 id = statusJobs().constFirst().id;
        QVERIFY(jobs.markSent(id, {}));
        QVERIFY(jobs.recordResult(id, {storage::JobStatus::Run}, returnCode, {}, {}));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_db = storage::Connection::open(
            test::testDatabaseConfig(m_dir->filePath(QStringLiteral("store.sqlite"))), &error);
        QVERIFY2(m_db, qPrintable(error));
        m_jobs = std::make_unique<storage::JobRepository>(db());
        m_terminals = std::make_unique<storage::TerminalRepository>(db());
        m_refresh = std::make_unique<engine::StatusRefresh>(*m_jobs, *m_terminals);
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
    }

    void cleanup()
    {
        m_refresh.reset();
        m_terminals.reset();
        m_jobs.reset();
        m_db.reset();
        m_dir.reset();
    }

    void missingCountsAreAskedForOnceAsTheSystem()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(refresh(now));
        QCOMPARE(statusJobs().size(), 1);
        QCOMPARE(statusJobs().constFirst().queuedBy, QStringLiteral("automatic status refresh"));
        // Outstanding: not asked again, however late.
        QVERIFY(refresh(now.addSecs(3 * 3600)));
        QCOMPARE(statusJobs().size(), 1);

        storage::AuditFilter filter;
        filter.action = QStringLiteral("command.queue");
        const QList<storage::AuditEntry> audit = storage::AuditRepository(db()).list(filter);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.constFirst().actorKind, QStringLiteral("system"));
        QCOMPARE(audit.constFirst().objectId, dev);
    }

    void freshCountsWaitForTheInterval()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(refresh(now));
        answer(QStringLiteral("OK"));
        QVERIFY(storage::TerminalRepository(db()).setDeviceStatus(dev, R"({"total_user_count":3})"));
        QVERIFY(refresh(now.addSecs(29 * 60)));
        QCOMPARE(statusJobs().size(), 1);
        QVERIFY(refresh(now.addSecs(31 * 60)));
        QCOMPARE(statusJobs().size(), 2);
    }

    // Another server (or an operator's Get status) refreshed the counts meanwhile: the interval
    // counts from then, not from what this one saw last.
    void countsRefreshedElsewhereDelayTheNextRequest()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(refresh(now));
        answer(QStringLiteral("OK"));
        QVERIFY(storage::TerminalRepository(db()).setDeviceStatus(dev, R"({"total_user_count":3})"));
        QVERIFY(refresh(now.addSecs(60))); // remembers the counts as of now
        QSqlQuery later(db());
        QVERIFY(later.exec(QStringLiteral("UPDATE terminals SET device_status_at = '%1'")
                               .arg(now.addSecs(20 * 60).toString(Qt::ISODateWithMs))));
        QVERIFY(refresh(now.addSecs(31 * 60)));
        QCOMPARE(statusJobs().size(), 1);
        QVERIFY(refresh(now.addSecs(51 * 60)));
        QCOMPARE(statusJobs().size(), 2);
    }

    void aRefusalIsNotAskedAgainAtEveryPoll()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(refresh(now));
        answer(QStringLiteral("ERROR_NOT_SUPPORTED"));
        QVERIFY(refresh(now.addSecs(60)));
        QCOMPARE(statusJobs().size(), 1);
        QVERIFY(refresh(now.addSecs(31 * 60)));
        QCOMPARE(statusJobs().size(), 2);
    }

    void otherWorkGoesFirst()
    {
        storage::NewJob pull;
        pull.devId = dev;
        pull.commandCode = QStringLiteral("GET_LOG_DATA");
        QVERIFY(storage::JobRepository(db()).enqueue(pull));
        QVERIFY(refresh(QDateTime::currentDateTimeUtc()));
        QVERIFY(statusJobs().isEmpty());
    }

    void zeroMinutesTurnsItOff()
    {
        QVERIFY(refresh(QDateTime::currentDateTimeUtc(), 0));
        QVERIFY(statusJobs().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StatusRefresh)
#include "tst_statusrefresh.moc"
