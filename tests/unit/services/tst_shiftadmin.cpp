#include "attendancerepository.h"
#include "auditrepository.h"
#include "connection.h"
#include "shiftadmin.h"
#include "shiftrows.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using services::Outcome;
using storage::AttendanceError;
using storage::ShiftRow;
using test::dayShift;

// ShiftAdmin applies the shift rule itself, so a client that skips the editor's checks (the
// command line, an API client) cannot store a shift the calculator cannot use.
class tst_ShiftAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    int m_databases = 0;
    const services::Actor m_actor = services::Actor::cli(QStringLiteral("root"), QStringLiteral("office"));

    QSqlDatabase db() const { return m_connection->database(); }
    qsizetype auditSize() const { return storage::AuditRepository(db()).list({}).size(); }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("shifts-%1.sqlite").arg(++m_databases))), &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void aValidShiftIsStoredAndRecorded()
    {
        const Outcome added = services::ShiftAdmin(db()).add(m_actor, dayShift());
        QVERIFY(added.ok());
        QCOMPARE(storage::AttendanceRepository(db()).shift(added.id)->name, QStringLiteral("Day"));
        QCOMPARE(auditSize(), 1);
    }

    void anInvalidShiftIsRefusedNamingItsField()
    {
        ShiftRow shift = dayShift();
        shift.breakMinutes = 9 * 60;
        const Outcome added = services::ShiftAdmin(db()).add(m_actor, shift);
        QCOMPARE(added.status, Outcome::Status::Refused);
        QCOMPARE(added.error<AttendanceError>(), AttendanceError::BreakTooLong);
        QCOMPARE(added.subject, QStringLiteral("break_min"));
        QVERIFY(storage::AttendanceRepository(db()).shifts().isEmpty());
        QCOMPARE(auditSize(), 0);
    }

    void anInvalidChangeLeavesTheShiftAsItWas()
    {
        services::ShiftAdmin shifts(db());
        const Outcome added = shifts.add(m_actor, dayShift());
        QVERIFY(added.ok());
        ShiftRow night = dayShift();
        night.id = added.id;
        night.start = QTime(22, 0);
        night.end = QTime(6, 0);
        const Outcome changed = shifts.change(m_actor, night, {});
        QCOMPARE(changed.status, Outcome::Status::Refused);
        QCOMPARE(changed.error<AttendanceError>(), AttendanceError::InvalidDayChange);
        QCOMPARE(changed.subject, QStringLiteral("day_change"));
        const ShiftRow stored = storage::AttendanceRepository(db()).shift(added.id).value();
        QCOMPARE(stored.start, QTime(8, 0));
        QCOMPARE(stored.end, QTime(17, 0));
        QCOMPARE(auditSize(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ShiftAdmin)
#include "tst_shiftadmin.moc"
