#include "attendancerepository.h"
#include "closedperiodrepository.h"
#include "connection.h"
#include "payrollexport.h"
#include "punchrepository.h"
#include "reportbuilder.h"
#include "reportcells.h"
#include "schedulerepository.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "userstatusrepository.h"
#include "walltime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::engine::reports;
using test::date;

namespace {

const QString terminal = QStringLiteral("A000000000000001");
const QString alice = QStringLiteral("1"); // Kitchen, day shift Monday to Friday
const QString bob = QStringLiteral("2");   // Bar, night shift every day
const QString carl = QStringLiteral("3");  // Kitchen, disabled long before
const QString dora = QStringLiteral("4");  // Kitchen, disabled from 16 March

PayrollProfile nightProfile()
{
    PayrollProfile profile;
    profile.name = QStringLiteral("nights");
    profile.columns = {{PayrollColumn::EmployeeId, QString(), QStringLiteral("id")},
                       {PayrollColumn::WorkedHours, QString(), QStringLiteral("worked")},
                       {PayrollColumn::NightHours, QString(), QStringLiteral("night")},
                       {PayrollColumn::AbsenceDays, QString(), QStringLiteral("absent")}};
    return profile;
}

} // namespace

// Payroll exports from the store: the night window as the site sets it (and a closed period
// keeps it), and the same employees, scopes and leavers as every other report.
class tst_PayrollStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    qint64 m_kitchen = 0;
    qint64 m_bar = 0;

    QSqlDatabase db() const { return m_connection->database(); }

    void punch(const QString &userId, const QString &time, const QString &direction)
    {
        storage::NewPunch punch;
        punch.devId = terminal;
        punch.source = QStringLiteral("realtime");
        punch.record.userId = userId;
        punch.record.ioTime = protocol::walltime::fromStorage(time + QStringLiteral(":00"));
        punch.record.ioMode.direction = protocol::directionFromName(direction);
        QVERIFY(storage::PunchRepository(db()).insert(punch) != storage::PunchRepository::InsertOutcome::Failed);
    }

    void addUser(const QString &userId, const QString &name, qint64 department)
    {
        QSqlQuery query(db());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                             "VALUES (?, ?, ?, '', '')")));
        query.addBindValue(userId);
        query.addBindValue(name);
        query.addBindValue(department);
        QVERIFY(query.exec());
    }

    void disable(const QString &userId, const char *from)
    {
        QVERIFY(storage::UserStatusRepository(db()).record(userId, false, date(from), QStringLiteral("office")));
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("UPDATE users SET enabled = 0 WHERE user_id = '%1'").arg(userId)));
    }

    PayrollTable payroll(const char *from, const char *to, const std::optional<QSet<qint64>> &scope = std::nullopt)
    {
        ReportRequest request;
        request.from = date(from);
        request.to = date(to);
        request.today = date("2026-12-31");
        request.departmentScope = scope;
        ReportError error = ReportError::Storage;
        const auto table = PayrollExport::build(db(), request, nightProfile(), &error);
        if (!table)
            qWarning() << "payroll failed" << int(error);
        return table.value_or(PayrollTable{});
    }

    QVariant value(const PayrollTable &table, const QString &userId, int column)
    {
        const qsizetype row = table.userIds.indexOf(userId);
        return row < 0 ? QVariant() : table.rows.at(row).at(column);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(
                m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")),
                test::TestSchema::Current),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {terminal, QStringLiteral("127.0.0.1"), storage::Approval::Approved, {}}));
        QVERIFY(storage::SettingsRepository(db()).setValue(QStringLiteral("site.time_zone"), QStringLiteral("UTC")));
        {
            QSqlQuery query(db());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Kitchen') RETURNING id")) &&
                    query.next());
            m_kitchen = query.value(0).toLongLong();
            QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Bar') RETURNING id")) &&
                    query.next());
            m_bar = query.value(0).toLongLong();
        }
        addUser(alice, QStringLiteral("Alice"), m_kitchen);
        addUser(bob, QStringLiteral("Bob"), m_bar);
        addUser(carl, QStringLiteral("Carl"), m_kitchen);
        addUser(dora, QStringLiteral("Dora"), m_kitchen);

        storage::AttendanceRepository rules(db());
        storage::ShiftRow day;
        day.name = QStringLiteral("Day");
        day.start = QTime(8, 0);
        day.end = QTime(16, 0);
        const qint64 dayShift = rules.addShift(day).value_or(0);
        storage::ShiftRow night;
        night.name = QStringLiteral("Night");
        night.start = QTime(22, 0);
        night.end = QTime(6, 0);
        night.dayChange = QTime(10, 0);
        const qint64 nightShift = rules.addShift(night).value_or(0);
        QVERIFY(dayShift > 0 && nightShift > 0);
        storage::ScheduleRepository schedules(db());
        QVERIFY(schedules.setDepartmentSchedule(m_kitchen, {dayShift, dayShift, dayShift, dayShift, dayShift, 0, 0}));
        QVERIFY(schedules.setDepartmentSchedule(m_bar, {0, 0, 0, 0, 0, 0, 0}));
        QVERIFY(schedules.setUserSchedule(bob, {nightShift, 0, 0, 0, 0, 0, 0}));
        disable(carl, "2026-01-01");
        disable(dora, "2026-03-16");

        // Alice works every weekday 08:00–16:00; Bob the Monday nights 22:00–06:00.
        for (QDate day = date("2026-03-02"); day <= date("2026-04-10"); day = day.addDays(1)) {
            const QString text = day.toString(Qt::ISODate);
            if (day.dayOfWeek() <= 5) {
                punch(alice, text + QStringLiteral(" 08:00"), QStringLiteral("in"));
                punch(alice, text + QStringLiteral(" 16:00"), QStringLiteral("out"));
            }
            if (day.dayOfWeek() == 1) {
                punch(bob, text + QStringLiteral(" 22:00"), QStringLiteral("in"));
                punch(bob, day.addDays(1).toString(Qt::ISODate) + QStringLiteral(" 06:00"), QStringLiteral("out"));
            }
        }
    }

    void cleanup() { m_connection.reset(); }

    void theNightWindowIsTheSitesSetting()
    {
        // Bob's first night: 8 hours, all of them night by default.
        PayrollTable table = payroll("2026-03-02", "2026-03-02");
        QCOMPARE(value(table, bob, 1).toInt(), 480);
        QCOMPARE(value(table, bob, 2).toInt(), 480);
        QCOMPARE(value(table, alice, 2).toInt(), 0);

        storage::AttendanceRepository rules(db());
        storage::AttendanceSettings settings = rules.settings();
        QCOMPARE(settings.nightStart, QTime(22, 0));
        QCOMPARE(settings.nightEnd, QTime(6, 0));
        settings.nightStart = QTime(23, 0);
        settings.nightEnd = QTime(5, 0);
        QVERIFY(rules.setSettings(settings));
        QCOMPARE(rules.settings().nightStart, QTime(23, 0));
        table = payroll("2026-03-02", "2026-03-02");
        QCOMPARE(value(table, bob, 1).toInt(), 480);
        QCOMPARE(value(table, bob, 2).toInt(), 360);

        // A night of no length is no window: refused, the one in force stays.
        settings.nightEnd = QTime(23, 0);
        storage::AttendanceError error = storage::AttendanceError::None;
        QVERIFY(!rules.setSettings(settings, &error));
        QCOMPARE(error, storage::AttendanceError::InvalidSetting);
        QCOMPARE(rules.settings().nightEnd, QTime(5, 0));
        // Half a window written by hand is none: the default applies.
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(storage::AttendanceRepository::NightEndKey),
                                                           QStringLiteral("soon")));
        QCOMPARE(rules.settings().nightStart, QTime(22, 0));
        QCOMPARE(rules.settings().nightEnd, QTime(6, 0));
    }

    void aClosedPeriodKeepsItsNightWindow()
    {
        storage::AttendanceRepository rules(db());
        storage::AttendanceSettings settings = rules.settings();
        settings.nightStart = QTime(23, 0);
        settings.nightEnd = QTime(5, 0);
        QVERIFY(rules.setSettings(settings));
        QVERIFY(storage::ClosedPeriodRepository(db()).close(date("2026-03-01"), date("2026-03-31"),
                                                            QStringLiteral("payroll March"), QStringLiteral("anna")));
        settings.nightStart = QTime(21, 0);
        settings.nightEnd = QTime(7, 0);
        QVERIFY(rules.setSettings(settings));
        const auto closed = storage::ClosedPeriodRepository(db()).closed();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().nightStart, QTime(23, 0));
        QCOMPARE(closed.first().nightEnd, QTime(5, 0));
        // The five Monday nights of March (2, 9, 16, 23, 30) as closed, 6 hours each; the April
        // night (the 6th) with today's window, all 8 hours.
        const PayrollTable march = payroll("2026-03-01", "2026-03-31");
        QCOMPARE(value(march, bob, 2).toInt(), 5 * 360);
        const PayrollTable april = payroll("2026-04-01", "2026-04-10");
        QCOMPARE(value(april, bob, 2).toInt(), 1 * 480);
    }

    void theSameEmployeesAsTheOtherReports()
    {
        const PayrollTable table = payroll("2026-03-02", "2026-03-20");
        ReportRequest request;
        request.kind = ReportKind::Monthly;
        request.from = date("2026-03-02");
        request.to = date("2026-03-20");
        request.today = date("2026-12-31");
        const auto monthly = ReportBuilder(db()).build(request);
        QVERIFY(monthly);
        QStringList monthlyIds;
        for (qsizetype row = 0; row < monthly->rows.size(); ++row) {
            monthlyIds.append(monthly->sources.at(row).userId);
            QCOMPARE(value(table, monthlyIds.last(), 3), test::cell(*monthly, row, ColumnId::DaysAbsent));
        }
        QCOMPARE(table.userIds, monthlyIds);
        // Carl was disabled all along and did not punch; Dora was disabled on the 16th: absent the
        // ten weekdays before it, not after.
        QCOMPARE(table.userIds, (QStringList{alice, bob, dora}));
        QCOMPARE(value(table, dora, 3).toInt(), 10);
    }

    void aScopedAccountExportsItsDepartmentsOnly()
    {
        const PayrollTable kitchen = payroll("2026-03-02", "2026-03-20", QSet<qint64>{m_kitchen});
        QCOMPARE(kitchen.userIds, (QStringList{alice, dora}));
        ReportRequest request;
        request.from = date("2026-03-02");
        request.to = date("2026-03-20");
        request.departmentId = m_bar;
        request.departmentScope = QSet<qint64>{m_kitchen};
        ReportError error = ReportError::None;
        QVERIFY(!PayrollExport::build(db(), request, nightProfile(), &error));
        QCOMPARE(error, ReportError::NotAllowed);
    }
};

QTEST_GUILESS_MAIN(tst_PayrollStore)
#include "tst_payrollstore.moc"
