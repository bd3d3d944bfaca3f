#include "attendancerepository.h"
#include "connection.h"
#include "reportbuilder.h"
#include "reportcells.h"
#include "schedulerepository.h"
#include "testdatabase.h"
#include "userstatusrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::engine::reports;
using engine::attendance::DayResult;
using engine::attendance::Figure;
using engine::attendance::FigureRule;
using test::cell;
using test::date;

namespace {

const QString leaver = QStringLiteral("7001");
const QString stayer = QStringLiteral("7002");
const QString longGone = QStringLiteral("7003");

} // namespace

// A leaver disabled on every terminal: the reports expect no work of them from the day they
// were disabled, and again from the day they were enabled; before it, a day without punches
// is an absence as for anyone.
class TestDisabledEmployees : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;

    QSqlDatabase db() const { return m_connection->database(); }

    void statusChange(const QString &userId, bool enabled, const char *from)
    {
        QVERIFY(storage::UserStatusRepository(db()).record(userId, enabled, date(from), QStringLiteral("office")));
        QSqlQuery query(db());
        QVERIFY(query.prepare(QStringLiteral("UPDATE users SET enabled = ? WHERE user_id = ?")));
        query.addBindValue(enabled ? 1 : 0);
        query.addBindValue(userId);
        QVERIFY(query.exec());
    }

    ReportTable daily(const QString &userId, const char *from, const char *to)
    {
        ReportRequest request;
        request.kind = ReportKind::Daily;
        request.from = date(from);
        request.to = date(to);
        request.userId = userId;
        request.today = date("2026-03-31");
        ReportError error = ReportError::Storage;
        const auto table = ReportBuilder(db()).build(request, &error);
        if (!table)
            qWarning() << "report failed" << int(error);
        return table.value_or(ReportTable{});
    }

    QStringList reportedIn(const char *from, const char *to)
    {
        ReportRequest request;
        request.kind = ReportKind::Monthly;
        request.from = date(from);
        request.to = date(to);
        request.today = date("2026-03-31");
        QStringList ids;
        if (const auto table = ReportBuilder(db()).build(request)) {
            for (const RowSource &source : table->sources)
                ids.append(source.userId);
        }
        return ids;
    }

    DayResult dayOf(const QString &userId, const char *day)
    {
        return ReportBuilder(db()).explain(userId, date(day), nullptr, date("2026-03-31")).value_or(DayResult{});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(
                m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"))),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
        storage::ShiftRow shift;
        shift.name = QStringLiteral("Day");
        shift.start = QTime(8, 0);
        shift.end = QTime(16, 0);
        const qint64 shiftId = storage::AttendanceRepository(db()).addShift(shift).value_or(0);
        QVERIFY(shiftId > 0);
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Store') RETURNING id")) && query.next());
        const qint64 store = query.value(0).toLongLong();
        query.finish();
        QVERIFY(storage::ScheduleRepository(db()).setDepartmentSchedule(
            store, {shiftId, shiftId, shiftId, shiftId, shiftId, 0, 0}));
        for (const QString &userId : {leaver, stayer, longGone}) {
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                                 "VALUES (?, ?, ?, '', '')")));
            query.addBindValue(userId);
            query.addBindValue(QStringLiteral("Person %1").arg(userId));
            query.addBindValue(store);
            QVERIFY(query.exec());
        }
    }

    void cleanup() { m_connection.reset(); }

    void absentBeforeTheDisableDateNotFromIt()
    {
        // Disabled on Wednesday 11 March; nobody punched that week.
        statusChange(leaver, false, "2026-03-11");
        const ReportTable week = daily(leaver, "2026-03-09", "2026-03-13");
        QCOMPARE(week.rows.size(), 5);
        QCOMPARE(cell(week, 0, ColumnId::Status).toString(), QStringLiteral("absent"));
        QCOMPARE(cell(week, 1, ColumnId::Status).toString(), QStringLiteral("absent"));
        QCOMPARE(cell(week, 1, ColumnId::Expected).toInt(), 480);
        for (int row = 2; row < 5; ++row) {
            QCOMPARE(cell(week, row, ColumnId::Status).toString(), QString());
            QCOMPARE(cell(week, row, ColumnId::Expected).toInt(), 0);
        }

        const DayResult wednesday = dayOf(leaver, "2026-03-11");
        QVERIFY(wednesday.disabled);
        QVERIFY(!wednesday.absent);
        QCOMPARE(wednesday.reasons.first().figure, Figure::Expected);
        QCOMPARE(wednesday.reasons.first().rule, FigureRule::NothingWhileDisabled);
        QVERIFY(dayOf(leaver, "2026-03-10").absent);
        QVERIFY2(dayOf(stayer, "2026-03-11").absent, "someone never disabled is still expected");
    }

    void enablingRestoresFromTheEnableDate()
    {
        statusChange(leaver, false, "2026-03-10");
        statusChange(leaver, true, "2026-03-12");
        const ReportTable week = daily(leaver, "2026-03-09", "2026-03-13");
        const QStringList statuses{cell(week, 0, ColumnId::Status).toString(), cell(week, 1, ColumnId::Status).toString(),
                                   cell(week, 2, ColumnId::Status).toString(), cell(week, 3, ColumnId::Status).toString(),
                                   cell(week, 4, ColumnId::Status).toString()};
        QCOMPARE(statuses, (QStringList{QStringLiteral("absent"), QString(), QString(), QStringLiteral("absent"),
                                        QStringLiteral("absent")}));

        // Disabled again, and on one date the later of two changes decides.
        statusChange(leaver, false, "2026-03-13");
        statusChange(leaver, true, "2026-03-13");
        statusChange(leaver, false, "2026-03-13");
        QVERIFY(dayOf(leaver, "2026-03-12").absent);
        QVERIFY(dayOf(leaver, "2026-03-13").disabled);
    }

    void whoIsReported()
    {
        // Disabled before the period: not reported. Disabled during it: reported, for the days
        // they were still expected. Disabled before any Disable was recorded: not reported.
        statusChange(leaver, false, "2026-03-11");
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("UPDATE users SET enabled = 0 WHERE user_id = '%1'").arg(longGone)));
        QCOMPARE(reportedIn("2026-03-09", "2026-03-13"), (QStringList{leaver, stayer}));
        QCOMPARE(reportedIn("2026-03-11", "2026-03-13"), (QStringList{stayer}));
        QCOMPARE(reportedIn("2026-03-02", "2026-03-06"), (QStringList{leaver, stayer}));
    }
};

QTEST_GUILESS_MAIN(TestDisabledEmployees)
#include "tst_disabledemployees.moc"
