#include "privacyfixture.h"

#include "attendancerepository.h"
#include "auditrepository.h"
#include "bscommframe.h"
#include "closedperiodrepository.h"
#include "jobrepository.h"
#include "reportbuilder.h"
#include "schedulerepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "userrepository.h"
#include "userstatusadmin.h"
#include "userstatusrepository.h"
#include "walltime.h"

#include <QTest>

using namespace punchclock;
using namespace privacyfixture;
using services::UserStatusAdmin;

// Disabling a leaver and enabling them again: the store, the dates the reports count from, one
// ENABLE_USER per terminal holding them followed as one operation, and the audit record, all
// in one transaction; templates stay.
class tst_UserStatusAdmin : public QObject
{
    Q_OBJECT

private:
    TestDatabases m_databases;
    const services::Actor m_operator = operatorWith(services::Role::Operator);

    QSqlDatabase db() const { return m_databases.db(); }

    QDate siteToday() const
    {
        return protocol::walltime::now(engine::ServerSettings::load(storage::SettingsRepository(db())).siteTimeZone).date();
    }

    QList<storage::JobRow> jobsOf(qint64 operationId) const
    {
        QList<storage::JobRow> jobs;
        for (const storage::JobRow &job : storage::JobRepository(db()).list({})) {
            if (job.operationId == operationId)
                jobs.append(job);
        }
        return jobs;
    }

    static QString enableFlagOf(const storage::JobRow &job)
    {
        return protocol::BsCommFrame::decode(job.parameters).frame.json().value(QLatin1String("enable_flag")).toString();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_databases.open());
        storage::UserRepository users(db());
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("7"), QStringLiteral("Ana"))));
        QVERIFY(users.addMembership(devB, QStringLiteral("7"), QStringLiteral("USER")));
        QVERIFY(users.replaceUser(person(QStringLiteral("8"), QStringLiteral("Bo"))));
    }

    void cleanup() { m_databases.close(); }

    void disableReachesEveryTerminalAndKeepsTheTemplates()
    {
        storage::UserRepository users(db());
        const auto templates = users.load(QStringLiteral("7"))->credentials;
        const UserStatusAdmin::Result result = UserStatusAdmin(db()).disable(m_operator, QStringLiteral("7"));
        QVERIFY(result.outcome.ok());
        QCOMPARE(result.effectiveFrom, siteToday());
        QVERIFY(!users.load(QStringLiteral("7"))->enabled);
        QCOMPARE(users.load(QStringLiteral("7"))->credentials.size(), templates.size());

        const QList<storage::JobRow> jobs = jobsOf(result.outcome.id);
        QCOMPARE(jobs.size(), 2);
        QStringList terminals;
        for (const storage::JobRow &job : jobs) {
            QCOMPARE(job.commandCode, QStringLiteral("ENABLE_USER"));
            QCOMPARE(enableFlagOf(job), QStringLiteral("OFF"));
            QCOMPARE(job.queuedBy, m_operator.name);
            QVERIFY(result.jobIds.contains(job.id));
            terminals << job.devId;
        }
        terminals.sort();
        QCOMPARE(terminals, (QStringList{devA, devB}));

        const QList<storage::UserStatusChange> history = storage::UserStatusRepository(db()).history(QStringLiteral("7"));
        QCOMPARE(history.size(), 1);
        QVERIFY(!history.first().enabled);
        QCOMPARE(history.first().effectiveFrom, siteToday());
        QCOMPARE(history.first().changedBy, m_operator.name);

        storage::AuditFilter filter;
        filter.objectId = QStringLiteral("7");
        filter.action = QStringLiteral("user.disable");
        const QList<storage::AuditEntry> trail = storage::AuditRepository(db()).list(filter);
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().actor, m_operator.name);
        QCOMPARE(trail.first().newValue.value(QLatin1String("operation")).toInteger(), result.outcome.id);
        QCOMPARE(trail.first().oldValue.value(QLatin1String("enabled")).toBool(), true);
    }

    void enableSendsOnAndNobodyHeldNeedsNoJob()
    {
        UserStatusAdmin admin(db());
        QVERIFY(admin.disable(m_operator, QStringLiteral("7")).outcome.ok());
        const UserStatusAdmin::Result enabled = admin.enable(m_operator, QStringLiteral("7"));
        QVERIFY(enabled.outcome.ok());
        QVERIFY(storage::UserRepository(db()).load(QStringLiteral("7"))->enabled);
        const QList<storage::JobRow> jobs = jobsOf(enabled.outcome.id);
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(enableFlagOf(jobs.first()), QStringLiteral("ON"));

        // On no terminal: the store changes, and the operation has nothing to send.
        const UserStatusAdmin::Result nowhere = admin.disable(m_operator, QStringLiteral("8"));
        QVERIFY(nowhere.outcome.ok());
        QVERIFY(nowhere.jobIds.isEmpty());
        QVERIFY(!storage::UserRepository(db()).load(QStringLiteral("8"))->enabled);
    }

    void refusedWithoutChangingAnything()
    {
        UserStatusAdmin admin(db());
        const UserStatusAdmin::Result unknown = admin.disable(m_operator, QStringLiteral("404"));
        QCOMPARE(unknown.outcome.status, services::Outcome::Status::NotFound);

        services::Actor viewer = operatorWith(services::Role::Viewer);
        const UserStatusAdmin::Result denied = admin.disable(viewer, QStringLiteral("7"));
        QCOMPARE(denied.outcome.status, services::Outcome::Status::NotAllowed);
        QCOMPARE(denied.outcome.permission, services::Permission::ManageUsers);

        // Today's results are signed off: disabling from today would change them.
        const QDate today = siteToday();
        QVERIFY(storage::ClosedPeriodRepository(db()).close(today.addDays(-3), today.addDays(3), QStringLiteral("week"),
                                                            QStringLiteral("payroll")));
        const UserStatusAdmin::Result closed = admin.disable(m_operator, QStringLiteral("7"));
        QCOMPARE(closed.outcome.status, services::Outcome::Status::Refused);
        QCOMPARE(closed.outcome.error<storage::AttendanceError>(), storage::AttendanceError::PeriodClosed);
        QVERIFY(closed.outcome.closedPeriod);
        QCOMPARE(closed.outcome.closedPeriod->to, today.addDays(3));

        for (const UserStatusAdmin::Result &refused : {unknown, denied, closed})
            QVERIFY(refused.jobIds.isEmpty());
        QVERIFY(storage::UserRepository(db()).load(QStringLiteral("7"))->enabled);
        QVERIFY(storage::UserStatusRepository(db()).history(QStringLiteral("7")).isEmpty());
        QVERIFY(storage::JobRepository(db()).list({}).isEmpty());
    }

    void theReportsStopExpectingWorkFromToday()
    {
        // A shift every day of the week, so that yesterday and today are both working days.
        storage::ShiftRow shift;
        shift.name = QStringLiteral("Day");
        shift.start = QTime(8, 0);
        shift.end = QTime(16, 0);
        const qint64 id = storage::AttendanceRepository(db()).addShift(shift).value_or(0);
        QVERIFY(id > 0);
        QVERIFY(storage::ScheduleRepository(db()).setUserSchedule(QStringLiteral("7"), {id, id, id, id, id, id, id}));
        QVERIFY(UserStatusAdmin(db()).disable(m_operator, QStringLiteral("7")).outcome.ok());

        const QDate today = siteToday();
        engine::reports::ReportBuilder reports(db());
        const auto yesterday = reports.explain(QStringLiteral("7"), today.addDays(-1), nullptr, today);
        const auto disabledDay = reports.explain(QStringLiteral("7"), today, nullptr, today);
        QVERIFY(yesterday && disabledDay);
        QVERIFY2(yesterday->absent, "before the disable date a day without punches is an absence");
        QVERIFY(!disabledDay->absent);
        QVERIFY(disabledDay->disabled);
        QCOMPARE(disabledDay->expectedMinutes, 0);
    }
};

QTEST_GUILESS_MAIN(tst_UserStatusAdmin)
#include "tst_userstatusadmin.moc"
