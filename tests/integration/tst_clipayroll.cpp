#include "attendancerepository.h"
#include "auditrepository.h"
#include "clidatabase.h"
#include "punchrepository.h"
#include "schedulerepository.h"
#include "terminalrepository.h"
#include "walltime.h"
#include "workbookcells.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace punchclock;
using test::CliRun;

namespace {

const QStringList week{QStringLiteral("--from"),     QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-06"), QStringLiteral("--as-of"),    QStringLiteral("2026-11-30")};

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file's lines after the byte-order mark, without their CRLF.
QStringList csvLines(const QString &path)
{
    const QByteArray bytes = fileContents(path);
    if (!bytes.startsWith("\xEF\xBB\xBF") || !bytes.endsWith("\r\n"))
        return {};
    return QString::fromUtf8(bytes.mid(3).chopped(2)).split(QStringLiteral("\r\n"));
}

} // namespace

// `punchclock report payroll` and its profiles as a payroll clerk runs them: the real binary on
// a real database.
class tst_CliPayroll : public QObject
{
    Q_OBJECT

private:
    test::CliDatabase m_database;
    QTemporaryDir m_files;

    CliRun run(const QStringList &arguments) const
    {
        return m_database.run(QStringLiteral(PUNCHCLOCK_BINARY), arguments);
    }

    // `report payroll` of the week with these options, into a file of the given name; the
    // command's run.
    CliRun payroll(const QString &file, const QStringList &options)
    {
        return run(QStringList{QStringLiteral("report"), QStringLiteral("payroll")} + week + options +
                   QStringList{QStringLiteral("--output"), m_files.filePath(file)});
    }

    CliRun profiles(const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("report"), QStringLiteral("payroll-profiles")} + arguments);
    }

    // Zoë's punch, as the server stores a real-time one.
    void punch(const QString &devId, const QString &time, protocol::Direction direction)
    {
        storage::NewPunch punch;
        punch.devId = devId;
        punch.source = QStringLiteral("realtime");
        punch.record.userId = QStringLiteral("7");
        punch.record.ioTime = protocol::walltime::fromStorage(time + QStringLiteral(":00"));
        punch.record.ioMode.direction = direction;
        QCOMPARE(storage::PunchRepository(m_database.database()).insert(punch),
                 storage::PunchRepository::InsertOutcome::Inserted);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_database.open(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
        const QSqlDatabase db = m_database.database();
        const QString devId = QStringLiteral("A000000000000001");
        QVERIFY(storage::TerminalRepository(db).recordContact(
            {devId, QStringLiteral("127.0.0.1"), storage::Approval::Approved, {}}));
        storage::AttendanceRepository rules(db);
        storage::ShiftRow shift;
        shift.name = QStringLiteral("Day");
        shift.start = QTime(8, 0);
        shift.end = QTime(16, 0);
        const qint64 shiftId = rules.addShift(shift).value_or(0);
        QVERIFY(shiftId > 0);
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Kitchen')")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                          "VALUES ('7', 'Zoë', 1, '', '')")));
        }
        QVERIFY(storage::ScheduleRepository(db).setDepartmentSchedule(
            1, {shiftId, shiftId, shiftId, shiftId, shiftId, 0, 0}));
        // Thursday 5 November on vacation.
        QVERIFY(
            rules.setLeave(QStringLiteral("7"), QDate(2026, 11, 5), QDate(2026, 11, 5), QStringLiteral("vacation")));
        // Monday 08:00–16:10 (8:10, 10 minutes over: below a new shift's overtime threshold of 30
        // minutes); Tuesday 08:30–16:00 (7:30, 30 minutes late).
        punch(devId, QStringLiteral("2026-11-02 08:00"), protocol::Direction::In);
        punch(devId, QStringLiteral("2026-11-02 16:10"), protocol::Direction::Out);
        punch(devId, QStringLiteral("2026-11-03 08:30"), protocol::Direction::In);
        punch(devId, QStringLiteral("2026-11-03 16:00"), protocol::Direction::Out);
    }

    void theDefaultProfile()
    {
        const CliRun exported =
            payroll(QStringLiteral("default.csv"), {QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.err.contains("1 employee written to"));
        const QStringList lines = csvLines(m_files.filePath(QStringLiteral("default.csv")));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("employee_id,name,department,period_from,period_to,regular_hours,"
                                             "overtime_hours,night_hours,holiday_hours,leave_days_vacation,"
                                             "leave_days_sick,leave_days_unpaid,leave_days_other,absence_days,"
                                             "late_count,late_minutes"));
        // 8:10 + 7:30 = 15:40, no overtime, no night, one vacation day, Wednesday and Friday absent,
        // late once by 30 minutes.
        QCOMPARE(lines.at(1),
                 QStringLiteral("7,Zoë,Kitchen,2026-11-02,2026-11-06,15:40,0:00,0:00,0:00,1,0,0,0,2,1,30"));
    }

    void hoursAsDecimalInExcel()
    {
        const CliRun exported =
            payroll(QStringLiteral("decimal.xlsx"), {QStringLiteral("--profile"), QStringLiteral("Hours-As-Decimal"),
                                                     QStringLiteral("--format"), QStringLiteral("xlsx")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // F2, the regular hours: 940 minutes as the number 15.67.
        const auto cells = test::workbookCells(m_files.filePath(QStringLiteral("decimal.xlsx")));
        const QString regular = cells.value(QStringLiteral("F2")).value;
        QCOMPARE(regular, QStringLiteral("15.67"));
    }

    void theNightWindowIsASetting()
    {
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("attendance.night_start"),
                      QStringLiteral("15:00")})
                     .exitCode,
                 0);
        const CliRun empty = run({QStringLiteral("settings"), QStringLiteral("set"),
                                  QStringLiteral("attendance.night_end"), QStringLiteral("15:00")});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains("the night would start when it ends"), empty.err.constData());
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("attendance.night_end"),
                      QStringLiteral("25:00")})
                     .exitCode,
                 2);
        const CliRun exported =
            payroll(QStringLiteral("night.csv"), {QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        // 15:00–16:10 on Monday, 15:00–16:00 on Tuesday.
        QCOMPARE(csvLines(m_files.filePath(QStringLiteral("night.csv"))).value(1).section(QLatin1Char(','), 7, 7),
                 QStringLiteral("2:10"));
        QVERIFY(run({QStringLiteral("settings")}).out.contains("attendance.night_start"));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("attendance.night_start"),
                      QStringLiteral("22:00")})
                     .exitCode,
                 0);
    }

    void aProfileSavedFromOptionsAndCopiedFromItsJson()
    {
        CliRun saved = profiles(
            {QStringLiteral("save"), QStringLiteral("Sage"), QStringLiteral("--like"),
             QStringLiteral("hours-as-decimal"), QStringLiteral("--column"), QStringLiteral("employee_id=Personnel no"),
             QStringLiteral("--column"), QStringLiteral("regular_hours=Hours"), QStringLiteral("--column"),
             QStringLiteral("leave_days:vacation=Vacation"), QStringLiteral("--column"), QStringLiteral("period_to"),
             QStringLiteral("--decimal-separator"), QStringLiteral(","), QStringLiteral("--delimiter"),
             QStringLiteral("semicolon"), QStringLiteral("--date-format"), QStringLiteral("dd.MM.yyyy")});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const CliRun exported =
            payroll(QStringLiteral("sage.csv"), {QStringLiteral("--profile"), QStringLiteral("sage"),
                                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(csvLines(m_files.filePath(QStringLiteral("sage.csv"))),
                 (QStringList{QStringLiteral("Personnel no;Hours;Vacation;period_to"),
                              QStringLiteral("7;15,67;1;06.11.2026")}));

        const CliRun shown = profiles({QStringLiteral("show"), QStringLiteral("SAGE"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QJsonObject json = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
        json.insert(QStringLiteral("name"), QStringLiteral("ignored: the command names it"));
        QFile file(m_files.filePath(QStringLiteral("profile.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        saved = profiles({QStringLiteral("save"), QStringLiteral("Sage copy"), QStringLiteral("--file"),
                          file.fileName(), QStringLiteral("--hours"), QStringLiteral("h:mm")});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const CliRun listed = profiles({});
        QCOMPARE(listed.exitCode, 0);
        for (const char *name : {"default", "hours-as-decimal", "Sage", "Sage copy"})
            QVERIFY2(listed.out.contains(name), listed.out.constData());
        const CliRun copy = profiles({QStringLiteral("show"), QStringLiteral("sage copy")});
        QVERIFY2(copy.out.contains("hours: h:mm"), copy.out.constData());
        QVERIFY(copy.out.contains("Personnel no"));

        // Each change is in the audit trail, as made from the command line.
        const auto trail = storage::AuditRepository(m_database.database()).list({});
        QCOMPARE(trail.at(0).action, QStringLiteral("payroll_profile.save"));
        QCOMPARE(trail.at(0).objectId, QStringLiteral("Sage copy"));
        QCOMPARE(trail.at(0).actorKind, QStringLiteral("cli"));
        QCOMPARE(trail.at(1).objectId, QStringLiteral("Sage"));

        const CliRun removed = profiles({QStringLiteral("remove"), QStringLiteral("sage copy")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(!profiles({}).out.contains("Sage copy"));
    }

    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString missingFolder = QDir::tempPath() + QStringLiteral("/no-such-folder-for-payroll/out.csv");
        const QStringList payroll{QStringLiteral("report"), QStringLiteral("payroll")};
        const QStringList csv{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                              QDir::tempPath() + QStringLiteral("/payroll-not-written.csv")};
        QTest::newRow("unknown profile") << payroll + week + csv +
                                                QStringList{QStringLiteral("--profile"), QStringLiteral("datev")}
                                         << 2 << QByteArray("unknown payroll profile 'datev'");
        QTest::newRow("bad date") << payroll +
                                         QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-03-31")} +
                                         csv
                                  << 2 << QByteArray("--from expects a date as YYYY-MM-DD, not '2026-02-30'");
        QTest::newRow("from after to") << payroll +
                                              QStringList{QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                                          QStringLiteral("--to"), QStringLiteral("2026-03-31")} +
                                              csv
                                       << 2 << QByteArray("--from");
        QTest::newRow("unwritable file") << payroll + week +
                                                QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                            QStringLiteral("-o"), missingFolder}
                                         << 1 << QByteArray("cannot write " + missingFolder.toUtf8());
        QTest::newRow("pdf") << payroll + week +
                                    QStringList{QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                                                missingFolder}
                             << 2 << QByteArray("--format must be csv or xlsx, not 'pdf'");
        QTest::newRow("no output") << payroll + week + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                                   << 2 << QByteArray("report payroll needs --output FILE");
        QTest::newRow("unknown department")
            << payroll + week + csv + QStringList{QStringLiteral("--department"), QStringLiteral("Bar")} << 2
            << QByteArray("Bar");
        const QStringList profiles{QStringLiteral("report"), QStringLiteral("payroll-profiles")};
        QTest::newRow("shipped profile removed")
            << profiles + QStringList{QStringLiteral("remove"), QStringLiteral("default")} << 1
            << QByteArray("'default' is a shipped profile");
        QTest::newRow("shipped profile overwritten")
            << profiles + QStringList{QStringLiteral("save"), QStringLiteral("Hours-as-decimal")} << 1
            << QByteArray("'Hours-as-decimal' is a shipped profile");
        QTest::newRow("unknown column") << profiles + QStringList{QStringLiteral("save"), QStringLiteral("x"),
                                                                  QStringLiteral("--column"), QStringLiteral("bonus")}
                                        << 2 << QByteArray("unknown column 'bonus'");
        QTest::newRow("bad date format") << profiles + QStringList{QStringLiteral("save"), QStringLiteral("x"),
                                                                   QStringLiteral("--date-format"),
                                                                   QStringLiteral("MMMM")}
                                         << 2 << QByteArray("'MMMM' is not a date format");
        QTest::newRow("comma twice") << profiles + QStringList{QStringLiteral("save"),
                                                               QStringLiteral("x"),
                                                               QStringLiteral("--like"),
                                                               QStringLiteral("hours-as-decimal"),
                                                               QStringLiteral("--decimal-separator"),
                                                               QStringLiteral(",")}
                                     << 2 << QByteArray("need another delimiter");
        QTest::newRow("show unknown") << profiles + QStringList{QStringLiteral("show"), QStringLiteral("x")} << 2
                                      << QByteArray("unknown payroll profile 'x'");
        QTest::newRow("remove unknown") << profiles + QStringList{QStringLiteral("remove"), QStringLiteral("x")} << 2
                                        << QByteArray("unknown payroll profile 'x'");
    }

    void exitCodesAndMessages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const CliRun failed = run(arguments);
        QVERIFY2(failed.err.contains(message), failed.err.constData());
        QCOMPARE(failed.exitCode, exitCode);
        QVERIFY(!QFile::exists(QDir::tempPath() + QStringLiteral("/payroll-not-written.csv")));
    }
};

QTEST_GUILESS_MAIN(tst_CliPayroll)
#include "tst_clipayroll.moc"
