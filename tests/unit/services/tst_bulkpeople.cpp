#include "attendancerepository.h"
#include "connection.h"
#include "departmentadmin.h"
#include "reportexpectation.h"
#include "scheduleadmin.h"
#include "schedulerepository.h"
#include "servicecall.h"
#include "testfunctiondatabase.h"

#include <QSqlQuery>

#include <memory>

using namespace punchclock;
using services::Actor;
using services::Outcome;
using services::PersonOutcomes;

namespace {

QDate date(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

QStringList idsWith(const PersonOutcomes &outcomes, Outcome::Status status)
{
    QStringList ids;
    for (const services::PersonOutcome &person : outcomes) {
        if (person.outcome.status == status)
            ids.append(person.userId);
    }
    return ids;
}

} // namespace

// Several employees at once through DepartmentAdmin and ScheduleAdmin: one transaction, one
// audit record per person changed, people a scoped account may not change reported as refused;
// and a department's week as the default that everyone without their own follows in reports.
class TestBulkPeople : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    qint64 m_plant = 0;
    qint64 m_office = 0;
    qint64 m_dayShift = 0;
    qint64 m_shortShift = 0;

    QSqlDatabase db() const { return m_connection->database(); }

    // `departments` empty: an account of every department.
    static Actor account(const QString &name, services::Role role, const QSet<qint64> &departments = {})
    {
        Actor actor;
        actor.kind = services::ActorKind::Operator;
        actor.name = name;
        actor.role = role;
        actor.allDepartments = departments.isEmpty();
        actor.departments = departments;
        return actor;
    }

    static Actor administrator() { return account(QStringLiteral("anna"), services::Role::Administrator); }

    // An account of Plant alone: an operator moves people, a manager plans their weeks.
    Actor accountOfPlant(services::Role role) const { return account(QStringLiteral("otto"), role, {m_plant}); }

    qint64 addDepartment(const QString &name)
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("INSERT INTO departments (name) VALUES (?) RETURNING id"));
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    void addUser(const QString &userId, std::optional<qint64> department)
    {
        QSqlQuery query(db());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                             "VALUES (?, ?, ?, '', '')")));
        query.addBindValue(userId);
        query.addBindValue(QStringLiteral("Person %1").arg(userId));
        query.addBindValue(department ? QVariant(*department) : QVariant());
        QVERIFY(query.exec());
    }

    std::optional<qint64> departmentOf(const QString &userId) const { return services::departmentOfUser(db(), userId); }

    int auditRows(const QString &action) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    qint64 addShift(const QString &name, QTime start, QTime end)
    {
        storage::ShiftRow shift;
        shift.name = name;
        shift.start = start;
        shift.end = end;
        return storage::AttendanceRepository(db()).addShift(shift).value_or(0);
    }

    // Minutes the monthly report expects of the employee from Monday 2 to Friday 6 March 2026.
    int expectedMinutes(const QString &userId) const
    {
        return test::expectedMinutes(db(), userId, QDate(2026, 3, 2), QDate(2026, 3, 6), QDate(2026, 3, 31));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = test::openTestFunctionDatabase(m_dir, &error);
        QVERIFY2(m_connection, qPrintable(error));
        m_plant = addDepartment(QStringLiteral("Plant"));
        m_office = addDepartment(QStringLiteral("Office"));
        QVERIFY(m_plant > 0 && m_office > 0);
        for (const QString &id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
            addUser(id, std::nullopt);
        addUser(QStringLiteral("p1"), m_plant);
        addUser(QStringLiteral("o1"), m_office);
        m_dayShift = addShift(QStringLiteral("Day"), QTime(8, 0), QTime(16, 0));
        m_shortShift = addShift(QStringLiteral("Short"), QTime(9, 0), QTime(13, 0));
        QVERIFY(m_dayShift > 0 && m_shortShift > 0);
    }

    void cleanup() { m_connection.reset(); }

    void threeMovedWithThreeRecords()
    {
        const QStringList ids{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
        const PersonOutcomes outcomes = services::DepartmentAdmin(db()).assignMany(administrator(), ids, m_plant);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(idsWith(outcomes, Outcome::Status::Done), ids);
        for (const QString &id : ids)
            QCOMPARE(departmentOf(id), std::optional<qint64>(m_plant));
        QCOMPARE(auditRows(QStringLiteral("user.department")), 3);
    }

    void scopedAccountGetsRefusalsForOthers()
    {
        // Otto manages Plant only: taking the Office employee out of Office is not his to do.
        QVERIFY(services::DepartmentAdmin(db()).assign(administrator(), QStringLiteral("1"), m_office).ok());
        const PersonOutcomes outcomes = services::DepartmentAdmin(db()).assignMany(
            accountOfPlant(services::Role::Operator), {QStringLiteral("2"), QStringLiteral("o1")}, m_plant);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(idsWith(outcomes, Outcome::Status::NotAllowed),
                 (QStringList{QStringLiteral("2"), QStringLiteral("o1")}));
        QCOMPARE(outcomes.at(0).outcome.department, QString()); // no department: not one of his
        QCOMPARE(outcomes.at(1).outcome.department, QStringLiteral("Office"));
        const PersonOutcomes own = services::DepartmentAdmin(db()).assignMany(
            accountOfPlant(services::Role::Operator), {QStringLiteral("p1"), QStringLiteral("1")}, m_plant);
        QCOMPARE(idsWith(own, Outcome::Status::Done), QStringList{QStringLiteral("p1")});
        QCOMPARE(idsWith(own, Outcome::Status::NotAllowed), QStringList{QStringLiteral("1")});
        QCOMPARE(departmentOf(QStringLiteral("o1")), std::optional<qint64>(m_office));
        QCOMPARE(departmentOf(QStringLiteral("1")), std::optional<qint64>(m_office));
        QCOMPARE(departmentOf(QStringLiteral("2")), std::nullopt);
        // Anna's move of 1 only: p1 was in Plant already, nothing to record.
        QCOMPARE(auditRows(QStringLiteral("user.department")), 1);
    }

    void oneWeekForSeveral()
    {
        const storage::WeekShiftIds week{m_dayShift, m_dayShift, m_dayShift, m_dayShift, m_shortShift, 0, 0};
        const PersonOutcomes outcomes = services::ScheduleAdmin(db()).setUsers(
            accountOfPlant(services::Role::Manager), {QStringLiteral("p1"), QStringLiteral("o1")}, week, QDate());
        QCOMPARE(idsWith(outcomes, Outcome::Status::Done), QStringList{QStringLiteral("p1")});
        QCOMPARE(idsWith(outcomes, Outcome::Status::NotAllowed), QStringList{QStringLiteral("o1")});
        const storage::ScheduleRepository schedules(db());
        QCOMPARE(schedules.userSchedule(QStringLiteral("p1")), std::optional(week));
        QCOMPARE(schedules.userSchedule(QStringLiteral("o1")), std::nullopt);
        QCOMPARE(auditRows(QStringLiteral("schedule.set")), 1);
        // Four days of 8 hours and one of 4, less the shifts' breaks (none here).
        QCOMPARE(expectedMinutes(QStringLiteral("p1")), 4 * 480 + 240);
    }

    void unknownShiftChangesNobody()
    {
        const storage::WeekShiftIds week{m_dayShift, 999999, 0, 0, 0, 0, 0};
        const PersonOutcomes outcomes = services::ScheduleAdmin(db()).setUsers(
            administrator(), {QStringLiteral("1"), QStringLiteral("2")}, week, QDate());
        QCOMPARE(idsWith(outcomes, Outcome::Status::Refused).size(), 2);
        QCOMPARE(outcomes.first().outcome.error<storage::AttendanceError>(), storage::AttendanceError::UnknownShift);
        QCOMPARE(storage::ScheduleRepository(db()).userSchedule(QStringLiteral("1")), std::nullopt);
        QCOMPARE(auditRows(QStringLiteral("schedule.set")), 0);
    }

    void departmentDefaultIsWhatTheReportExpects()
    {
        // Plant's week is its employees' default: p1 has none of their own and is expected its hours.
        const storage::WeekShiftIds plantWeek{m_dayShift, m_dayShift, m_dayShift, m_dayShift, m_dayShift, 0, 0};
        QVERIFY(services::ScheduleAdmin(db()).setDepartment(administrator(), m_plant, plantWeek, QDate()).ok());
        QCOMPARE(expectedMinutes(QStringLiteral("p1")), 5 * 480);
        // Nobody in a department without a week is expected anything.
        QCOMPARE(expectedMinutes(QStringLiteral("o1")), 0);

        // A week of their own wins; following the department again brings its hours back.
        const storage::WeekShiftIds own{m_shortShift, m_shortShift, m_shortShift, m_shortShift, m_shortShift, 0, 0};
        QCOMPARE(idsWith(services::ScheduleAdmin(db()).setUsers(administrator(), {QStringLiteral("p1")}, own, QDate()),
                         Outcome::Status::Done)
                     .size(),
                 1);
        QCOMPARE(expectedMinutes(QStringLiteral("p1")), 5 * 240);
        const PersonOutcomes cleared =
            services::ScheduleAdmin(db()).clearUsers(administrator(), {QStringLiteral("p1")}, QDate());
        QCOMPARE(idsWith(cleared, Outcome::Status::Done), QStringList{QStringLiteral("p1")});
        QCOMPARE(expectedMinutes(QStringLiteral("p1")), 5 * 480);
        QCOMPARE(auditRows(QStringLiteral("schedule.clear")), 1);

        // Moving people into Plant in bulk gives them Plant's default.
        QCOMPARE(idsWith(services::DepartmentAdmin(db()).assignMany(administrator(), {QStringLiteral("1")}, m_plant),
                         Outcome::Status::Done)
                     .size(),
                 1);
        QCOMPARE(expectedMinutes(QStringLiteral("1")), 5 * 480);
    }

    void siteDefaultForEveryoneWithoutAnother()
    {
        services::ScheduleAdmin schedules(db());
        const storage::WeekShiftIds siteWeek{m_shortShift, m_shortShift, m_shortShift, m_shortShift, 0, 0, 0};
        // The site's week changes everyone's results: not for an account of one department.
        QCOMPARE(schedules.setSite(accountOfPlant(services::Role::Manager), siteWeek, QDate()).status,
                 Outcome::Status::NotAllowed);
        QCOMPARE(expectedMinutes(QStringLiteral("1")), 0);
        QVERIFY(schedules.setSite(administrator(), siteWeek, QDate()).ok());
        QCOMPARE(auditRows(QStringLiteral("schedule.set")), 1);

        // No department, and a department without a week: the site's four short days.
        QCOMPARE(expectedMinutes(QStringLiteral("1")), 4 * 240);
        QCOMPARE(expectedMinutes(QStringLiteral("o1")), 4 * 240);
        // A department's own week comes first, an employee's own before both.
        const storage::WeekShiftIds plantWeek{m_dayShift, m_dayShift, m_dayShift, m_dayShift, m_dayShift, 0, 0};
        QVERIFY(schedules.setDepartment(administrator(), m_plant, plantWeek, QDate()).ok());
        QCOMPARE(expectedMinutes(QStringLiteral("p1")), 5 * 480);
        const storage::WeekShiftIds own{m_dayShift, 0, 0, 0, 0, 0, 0};
        QCOMPARE(schedules.setUsers(administrator(), {QStringLiteral("o1")}, own, QDate()).first().outcome.status,
                 Outcome::Status::Done);
        QCOMPARE(expectedMinutes(QStringLiteral("o1")), 480);

        // From Wednesday on the site has no week: Monday and Tuesday keep theirs.
        QVERIFY(schedules.clearSite(administrator(), date("2026-03-04")).ok());
        QCOMPARE(expectedMinutes(QStringLiteral("1")), 2 * 240);
        QCOMPARE(storage::ScheduleRepository(db()).siteSchedule(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestBulkPeople)
#include "tst_bulkpeople.moc"
