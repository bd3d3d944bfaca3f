#include "shareddatabase.h"

#include "connection.h"
#include "jobrepository.h"
#include "jobtablemodel.h"
#include "terminalrepository.h"
#include "writetransaction.h"

#include <QTest>

#include <memory>

using namespace punchclock;
using storage::JobStatus;

namespace {

const QString devId = QStringLiteral("D96584729B906B39");

} // namespace

// On PostgreSQL with several writers, a job change that took a history id may commit after a
// later one: the Jobs page, which asks for what changed since the newest entry it saw, must not
// step past the one still committing and lose it.
class tst_JobHistoryOrder : public QObject
{
    Q_OBJECT

private:
    test::SharedDatabase m_database;
    storage::Connection *m_console = nullptr;
    storage::Connection *m_firstServer = nullptr;
    storage::Connection *m_secondServer = nullptr;

    static JobStatus shownStatus(const ui::JobTableModel &model, qint64 jobId)
    {
        const int row = model.rowOf(jobId);
        return row < 0 ? JobStatus::Wait : model.jobAt(row)->status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PUNCHCLOCK_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(m_database.open(3, &error), qPrintable(error));
        m_console = &m_database.connection(0);
        m_firstServer = &m_database.connection(1);
        m_secondServer = &m_database.connection(2);
        QVERIFY(storage::TerminalRepository(m_console->database())
                    .recordContact({devId, QStringLiteral("10.0.0.5"), storage::Approval::Approved, {}}));
    }

    void aChangeCommittedLateStillShows()
    {
        storage::JobRepository queue(m_console->database());
        const qint64 first = *queue.enqueue({devId, QStringLiteral("GET_DEVICE_STATUS"), {}, false, {}, {}, QStringLiteral("test"), {}, {}});
        const qint64 second = *queue.enqueue({devId, QStringLiteral("GET_USER_ID_LIST"), {}, false, {}, {}, QStringLiteral("test"), {}, {}});
        ui::JobTableModel model(m_console->database(), nullptr);
        model.refresh();
        QCOMPARE(model.rowCount(), 2);

        // The first server sends the first job and has not committed yet when the second server
        // cancels the second job and commits.
        storage::WriteTransaction slow(m_firstServer->database());
        QVERIFY(slow.isActive());
        QVERIFY(storage::JobRepository(m_firstServer->database()).markSent(first, {}));
        QVERIFY(storage::JobRepository(m_secondServer->database())
                    .transition(second, {JobStatus::Wait}, JobStatus::Cancelled));

        model.refresh();
        // The committed change shows once the one before it has committed.
        QCOMPARE(shownStatus(model, first), JobStatus::Wait);
        QVERIFY(slow.commit());
        model.refresh();
        QCOMPARE(shownStatus(model, first), JobStatus::Run);
        QCOMPARE(shownStatus(model, second), JobStatus::Cancelled);
    }

    void aChangeRolledBackHoldsNothingForLong()
    {
        storage::JobRepository queue(m_console->database());
        const qint64 job = *queue.enqueue({devId, QStringLiteral("GET_DEVICE_STATUS"), {}, false, {}, {}, QStringLiteral("test"), {}, {}});
        ui::JobTableModel model(m_console->database(), nullptr);
        model.refresh();
        {
            storage::WriteTransaction abandoned(m_firstServer->database());
            QVERIFY(storage::JobRepository(m_firstServer->database()).markSent(job, {}));
            abandoned.rollback(); // its history id stays unused
        }
        QVERIFY(storage::JobRepository(m_secondServer->database()).transition(job, {JobStatus::Wait}, JobStatus::Cancelled));
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT((model.refresh(), shownStatus(model, job)), JobStatus::Cancelled, 15000);
    }
};

QTEST_GUILESS_MAIN(tst_JobHistoryOrder)
#include "tst_jobhistoryorder.moc"
