#include "shareddatabase.h"

#include "connection.h"
#include "consolecontext.h"
#include "jobrepository.h"
#include "settingsrepository.h"
#include "terminalrepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace punchclock;
using ui::ConsoleContext;

// A console on a PostgreSQL database shared with servers and other consoles: what another PC
// commits shows within a second, through PostgreSQL's change notices, and only the pages it
// concerns refresh. Nothing is re-read while nothing changes.
class tst_ConsoleChangeNotices : public QObject
{
    Q_OBJECT

private:
    test::SharedDatabase m_database;
    storage::Connection *m_otherPc = nullptr;
    std::unique_ptr<ConsoleContext> m_context;

private Q_SLOTS:
    void initTestCase()
    {
        PUNCHCLOCK_REQUIRE_POSTGRES();
        QString error;
        QVERIFY2(m_database.open(2, &error), qPrintable(error));
        m_otherPc = &m_database.connection(1);
        m_context = std::make_unique<ConsoleContext>(m_database.connection(0), nullptr);
    }

    void quietWhileNothingChanges()
    {
        QSignalSpy terminals(m_context.get(), &ConsoleContext::terminalsChanged);
        QSignalSpy punches(m_context.get(), &ConsoleContext::punchesChanged);
        QSignalSpy settings(m_context.get(), &ConsoleContext::settingsChanged);
        QTest::qWait(4500); // two ticks of the check a SQLite console makes
        QCOMPARE(terminals.count() + punches.count() + settings.count(), 0);
    }

    void anotherPcsCommitShowsWithinASecond()
    {
        QSignalSpy settings(m_context.get(), &ConsoleContext::settingsChanged);
        QSignalSpy punches(m_context.get(), &ConsoleContext::punchesChanged);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(storage::SettingsRepository(m_otherPc->database()).setValue(QStringLiteral("site.time_zone"),
                                                                            QStringLiteral("Europe/Madrid")));
        QTRY_VERIFY_WITH_TIMEOUT(settings.count() > 0, 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(punches.count(), 0); // a setting is not a punch: the Punches page stays as it is
    }

    void aNewTerminalAndItsJobsShowOnTheirPages()
    {
        QSignalSpy terminals(m_context.get(), &ConsoleContext::terminalsChanged);
        QSignalSpy jobs(m_context.get(), &ConsoleContext::jobsChanged);
        QSignalSpy users(m_context.get(), &ConsoleContext::usersChanged);
        QVERIFY(storage::TerminalRepository(m_otherPc->database())
                    .recordContact({QStringLiteral("C2610000000000AB"), QStringLiteral("10.0.0.9"),
                                    storage::Approval::Approved, {}}));
        QTRY_VERIFY_WITH_TIMEOUT(terminals.count() > 0, 1000);
        QVERIFY(storage::JobRepository(m_otherPc->database())
                    .enqueue({QStringLiteral("C2610000000000AB"), QStringLiteral("GET_DEVICE_STATUS"), {}, false, {}, {},
                              QStringLiteral("test"), {}, {}}));
        QTRY_VERIFY_WITH_TIMEOUT(jobs.count() > 0, 1000);
        QCOMPARE(users.count(), 0);
    }

    void tablesMapToThePagesThatShowThem()
    {
        QCOMPARE(ConsoleContext::areasOf({QStringLiteral("punches")}),
                 ConsoleContext::Areas(ConsoleContext::Punches | ConsoleContext::Attendance));
        QCOMPARE(ConsoleContext::areasOf({QStringLiteral("job_events"), QStringLiteral("audit_log")}),
                 ConsoleContext::Areas(ConsoleContext::Jobs));
        QCOMPARE(ConsoleContext::areasOf({QStringLiteral("site_schedule_change_days")}),
                 ConsoleContext::Areas(ConsoleContext::Attendance));
        // A table of a newer version, unknown here: everything refreshes rather than nothing.
        QCOMPARE(ConsoleContext::areasOf({QStringLiteral("outbox")}), ConsoleContext::Areas(ConsoleContext::Everything));
    }
};

QTEST_MAIN(tst_ConsoleChangeNotices)
#include "tst_consolechangenotices.moc"
