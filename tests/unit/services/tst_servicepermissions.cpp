#include "auditreader.h"
#include "backupadmin.h"
#include "calendaradmin.h"
#include "commandservice.h"
#include "connection.h"
#include "corrections.h"
#include "departmentadmin.h"
#include "enrollmentservice.h"
#include "keypadlogreader.h"
#include "operatoradmin.h"
#include "periodadmin.h"
#include "scheduleadmin.h"
#include "settingsadmin.h"
#include "shiftadmin.h"
#include "terminaladmin.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "useradmin.h"
#include "userstatusadmin.h"
#include "walltime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace punchclock;
using services::Actor;
using services::Outcome;
using services::Role;

namespace {

// The roles the matrix is checked for, in the order of the expectations' letters.
enum Who { Administrator, ManagerOfAll, ManagerOfPlant, OperatorOfPlant, Viewer, WhoCount };

// A change, tried as an actor: whether the services refused it for lack of a permission.
using Attempt = std::function<bool(QSqlDatabase, const Actor &)>;

bool notAllowed(const Outcome &outcome)
{
    return outcome.status == Outcome::Status::NotAllowed;
}

bool notAllowed(const services::CommandService::Outcome &outcome)
{
    return outcome.failure == services::CommandService::Outcome::Failure::NotAllowed;
}

QDate day(const char *text)
{
    return QDate::fromString(QLatin1String(text), Qt::ISODate);
}

} // namespace

Q_DECLARE_METATYPE(Attempt)

// The permission matrix, through the services themselves: each role tries each kind of change.
// Y: the service does it (or refuses for another reason than the role); N: refused as not allowed.
class tst_ServicePermissions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    int m_databases = 0;
    qint64 m_plant = 0;
    qint64 m_office = 0;
    qint64 m_shift = 0;

    QSqlDatabase db() const { return m_connection->database(); }

    Actor actorFor(Who who) const
    {
        Actor actor;
        actor.kind = services::ActorKind::Operator;
        actor.name = QStringLiteral("who%1").arg(int(who));
        actor.origin = QStringLiteral("console on test");
        switch (who) {
        case Administrator: actor.role = Role::Administrator; break;
        case ManagerOfAll: actor.role = Role::Manager; break;
        case ManagerOfPlant:
            actor.role = Role::Manager;
            actor.allDepartments = false;
            actor.departments = {m_plant};
            break;
        case OperatorOfPlant:
            actor.role = Role::Operator;
            actor.allDepartments = false;
            actor.departments = {m_plant};
            break;
        case Viewer:
        case WhoCount: actor.role = Role::Viewer; break;
        }
        return actor;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("matrix-%1.sqlite").arg(++m_databases))), &error);
        QVERIFY2(m_connection, qPrintable(error));
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Plant')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Office')")));
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM departments ORDER BY id")) && query.next());
        m_plant = query.value(0).toLongLong();
        QVERIFY(query.next());
        m_office = query.value(0).toLongLong();
        query.finish();
        for (const auto &[user, department] : {std::pair{QStringLiteral("p1"), m_plant}, std::pair{QStringLiteral("o1"), m_office}}) {
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, '', '')")));
            query.addBindValue(user);
            query.addBindValue(user.toUpper());
            query.addBindValue(department);
            QVERIFY(query.exec());
        }
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {QStringLiteral("D1"), QStringLiteral("10.0.0.5"), storage::Approval::Approved, {}}));
        storage::ShiftRow shift;
        shift.name = QStringLiteral("Day");
        shift.start = QTime(9, 0);
        shift.end = QTime(17, 0);
        m_shift = storage::AttendanceRepository(db()).addShift(shift).value_or(0);
        QVERIFY(m_shift > 0);
    }

    void cleanup() { m_connection.reset(); }

    void eachRoleMayDoWhatItsPermissionsSay_data()
    {
        QTest::addColumn<Attempt>("attempt");
        QTest::addColumn<QString>("allowed"); // per Who: Y or N
        const auto row = [](const char *name, const char *allowed, Attempt attempt) {
            QTest::newRow(name) << attempt << QString::fromLatin1(allowed);
        };
        //                                           Admin, Manager all, Manager of Plant, Operator of Plant, Viewer
        row("approve a terminal", "YNNYN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::TerminalAdmin(db).approve(a, QStringLiteral("D1")));
        });
        row("queue a terminal command", "YNNYN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::CommandService(db).queue(QStringLiteral("D1"),
                                                                 protocol::CommandCode::GetDeviceStatus, {}, {}, a));
        });
        row("rename a Plant user everywhere", "YNNYN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::CommandService(db).renameUser(QStringLiteral("p1"), QStringLiteral("Pia"), a));
        });
        row("rename an Office user everywhere", "YNNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::CommandService(db).renameUser(QStringLiteral("o1"), QStringLiteral("Oto"), a));
        });
        row("disable a Plant user (a leaver)", "YNNYN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::UserStatusAdmin(db).disable(a, QStringLiteral("p1")).outcome);
        });
        row("enable an Office user again", "YNNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::UserStatusAdmin(db).enable(a, QStringLiteral("o1")).outcome);
        });
        // Refused afterwards for a terminal that never said what it enrolls: the role was allowed.
        row("enroll a Plant user at a terminal", "YNNYN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::EnrollmentService(db).start(a, QStringLiteral("p1"), 6, QStringLiteral("D1")).outcome);
        });
        row("enroll an Office user at a terminal", "YNNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::EnrollmentService(db).start(a, QStringLiteral("o1"), 6, QStringLiteral("D1")).outcome);
        });
        row("edit a Plant user", "YNNYN", [](QSqlDatabase db, const Actor &a) {
            protocol::UserEnrollment user;
            user.userId = QStringLiteral("p1");
            user.name = QStringLiteral("Pia");
            user.privilegeName = QStringLiteral("USER");
            return notAllowed(services::UserAdmin(db).save(a, user, QStringLiteral("Plant")));
        });
        row("add a shift", "YYNNN", [](QSqlDatabase db, const Actor &a) {
            storage::ShiftRow shift;
            shift.name = QStringLiteral("Late");
            shift.start = QTime(14, 0);
            shift.end = QTime(22, 0);
            return notAllowed(services::ShiftAdmin(db).add(a, shift));
        });
        row("add a holiday", "YYNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::CalendarAdmin(db).setHoliday(a, {day("2026-12-25"), QStringLiteral("Christmas")}));
        });
        row("plan the Plant's week", "YYYNN", [this](QSqlDatabase db, const Actor &a) {
            const qint64 s = m_shift;
            return notAllowed(services::ScheduleAdmin(db).setDepartment(a, m_plant, {s, s, s, s, s, 0, 0}, {}));
        });
        row("plan the Office's week", "YYNNN", [this](QSqlDatabase db, const Actor &a) {
            const qint64 s = m_shift;
            return notAllowed(services::ScheduleAdmin(db).setDepartment(a, m_office, {s, s, s, s, s, 0, 0}, {}));
        });
        row("leave for a Plant user", "YYYNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::CalendarAdmin(db).setLeave(a, QStringLiteral("p1"), day("2026-08-03"),
                                                                   day("2026-08-07"), QStringLiteral("vacation")));
        });
        row("correct an Office user's punch", "YYNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::Corrections(db).addPunch(
                a, QStringLiteral("o1"), protocol::walltime::fromStorage(QStringLiteral("2026-03-02 09:00:00")),
                QStringLiteral("in"), QStringLiteral("forgot")));
        });
        row("correct a Plant user's punch", "YYYNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::Corrections(db).addPunch(
                a, QStringLiteral("p1"), protocol::walltime::fromStorage(QStringLiteral("2026-03-02 09:00:00")),
                QStringLiteral("in"), QStringLiteral("forgot")));
        });
        row("close a period", "YYNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::PeriodAdmin(db).close(a, day("2026-03-01"), day("2026-03-31"), QStringLiteral("March")));
        });
        row("create a department", "YYNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::DepartmentAdmin(db).create(a, QStringLiteral("Stores")));
        });
        row("move a Plant user to the Office", "YNNNN", [this](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::DepartmentAdmin(db).assign(a, QStringLiteral("p1"), m_office));
        });
        row("change a server setting", "YNNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::SettingsAdmin(db).set(a, QStringLiteral("jobs.timeout_s"), QStringLiteral("600")));
        });
        row("change the pairing", "YYNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::CalendarAdmin(db).setAttendanceSettings(
                a, {storage::PairingSetting::FirstLast, 60}));
        });
        row("create an operator account", "YNNNN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::OperatorAdmin(db).createOperator(a, QStringLiteral("newbie"),
                                                                         QStringLiteral("a long password"), Role::Viewer,
                                                                         true, {}));
        });
        // Reads of the audit trail: the trail is the administrators', a history whoever may see its object.
        const auto readRefused = [](auto read) {
            Outcome why;
            return !read(&why) && notAllowed(why);
        };
        row("read the audit trail", "YNNNN", [readRefused](QSqlDatabase db, const Actor &a) {
            return readRefused([&](Outcome *why) { return services::AuditReader(db).trail(a, {}, why); });
        });
        row("read a Plant user's history", "YYYYY", [readRefused](QSqlDatabase db, const Actor &a) {
            return readRefused([&](Outcome *why) { return services::AuditReader(db).userHistory(a, QStringLiteral("p1"), why); });
        });
        row("read an Office user's history", "YYNNY", [readRefused](QSqlDatabase db, const Actor &a) {
            return readRefused([&](Outcome *why) {
                return services::AuditReader(db).dayHistory(a, QStringLiteral("o1"), day("2026-03-02"), why);
            });
        });
        row("read a terminal's history", "YNNYN", [readRefused](QSqlDatabase db, const Actor &a) {
            return readRefused([&](Outcome *why) { return services::AuditReader(db).terminalHistory(a, QStringLiteral("D1"), why); });
        });
        // A terminal's keypad activity names who enrolled and deleted whom: operators and above.
        row("read a terminal's keypad activity", "YYYYN", [readRefused](QSqlDatabase db, const Actor &a) {
            return readRefused([&](Outcome *why) { return services::KeypadLogReader(db).entries(a, {}, why); });
        });
        row("download a terminal's keypad activity", "YNNYN", [](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::CommandService(db).queue(QStringLiteral("D1"), protocol::CommandCode::GetSlogData,
                                                                 {}, {}, a));
        });
        row("back up", "YNNNN", [this](QSqlDatabase db, const Actor &a) {
            return notAllowed(services::BackupAdmin(db).backupTo(
                a, m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(m_databases))));
        });
    }

    void eachRoleMayDoWhatItsPermissionsSay()
    {
        QFETCH(Attempt, attempt);
        QFETCH(QString, allowed);
        QCOMPARE(allowed.size(), int(WhoCount));
        for (int who = 0; who < WhoCount; ++who) {
            const bool refused = attempt(db(), actorFor(Who(who)));
            QVERIFY2(refused == (allowed.at(who) == QLatin1Char('N')),
                     qPrintable(QStringLiteral("role %1: expected %2").arg(who).arg(allowed.at(who))));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ServicePermissions)
#include "tst_servicepermissions.moc"
