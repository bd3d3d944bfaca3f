#include "attendancerepository.h"
#include "connection.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `punchclock report` as a user runs it: the real binary on a real database.
class tst_CliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QByteArray err;
    };

    Run report(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PUNCHCLOCK_BINARY),
                      QStringList{QStringLiteral("--db"), m_db, QStringLiteral("report")} + arguments);
        Run result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.err = process.readAllStandardError();
        return result;
    }

    static QByteArray fileStart(const QString &path, int size)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("report.sqlite"));
        QString error;
        const auto connection = punchclock::storage::Connection::open(punchclock::storage::DatabaseConfig::sqlite(m_db), &error);
        QVERIFY2(connection, qPrintable(error));
        const QSqlDatabase db = connection->database();
        const QString devId = QStringLiteral("A000000000000001");
        QVERIFY(punchclock::storage::TerminalRepository(db).recordContact(
            {devId, QStringLiteral("127.0.0.1"), punchclock::storage::Approval::Approved, {}}));
        punchclock::storage::AttendanceRepository rules(db);
        punchclock::storage::ShiftRow shift;
        shift.name = QStringLiteral("Day");
        shift.start = QTime(8, 0);
        shift.end = QTime(16, 0);
        const qint64 shiftId = rules.addShift(shift).value_or(0);
        QVERIFY(shiftId > 0);
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Kitchen')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                              "VALUES ('7', 'Zoë', 1, '', '')")));
        }
        QVERIFY(rules.setDepartmentSchedule(1, {shiftId, shiftId, shiftId, shiftId, shiftId, 0, 0}));
        // Monday 2 November 2026: 08:00–16:10; Tuesday: 08:30–16:00; then nothing.
        const QStringList times{QStringLiteral("2026-11-02 08:00:00"), QStringLiteral("2026-11-02 16:10:00"),
                                QStringLiteral("2026-11-03 08:30:00"), QStringLiteral("2026-11-03 16:00:00")};
        punchclock::storage::PunchRepository punches(db);
        for (const QString &time : times) {
            punchclock::storage::NewPunch punch;
            punch.devId = devId;
            punch.source = QStringLiteral("realtime");
            punch.record.userId = QStringLiteral("7");
            punch.record.ioTime = punchclock::protocol::walltime::fromStorage(time);
            QCOMPARE(punches.insert(punch), punchclock::storage::PunchRepository::InsertOutcome::Inserted);
        }
    }

    void monthlyCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("monthly.csv"));
        const Run run = report({QStringLiteral("monthly"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                                QStringLiteral("--to"), QStringLiteral("2026-11-06"), QStringLiteral("--department"),
                                QStringLiteral("kitchen"), QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 4); // header, one employee, totals, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
                 QByteArray("User ID,Name,Department,Days worked,Days absent,Expected,Worked,Overtime,Late,"
                            "Times late,Early leave,Times left early,Missing punches\r"));
        // Two days worked (490 + 450 minutes), three absent; 30 minutes late once.
        QCOMPARE(QString::fromUtf8(lines.at(1)),
                 QStringLiteral("7,Zoë,Kitchen,2,3,40:00,15:40,0:10,0:30,1,0:00,0,0\r"));
        QVERIFY(lines.at(2).startsWith("Total,,,2,3,40:00,15:40"));
    }

    void xlsxAndPdfWithoutDisplay()
    {
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        headless.remove(QStringLiteral("DISPLAY"));
        headless.remove(QStringLiteral("WAYLAND_DISPLAY"));
        headless.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString pdf = m_dir.filePath(QStringLiteral("timecard.pdf"));
        Run run = report({QStringLiteral("timecard"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                          QStringLiteral("--to"), QStringLiteral("2026-11-06"), QStringLiteral("--user"),
                          QStringLiteral("7"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                         headless);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(fileStart(pdf, 5), QByteArray("%PDF-"));

        const QString xlsx = m_dir.filePath(QStringLiteral("exceptions.xlsx"));
        run = report({QStringLiteral("exceptions"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-11-06"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(fileStart(xlsx, 2), QByteArray("PK"));
    }

    void errorsExitWithOneOrTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("-o"), QStringLiteral("/dev/null")};
        QTest::newRow("unknown kind") << (QStringList{QStringLiteral("weekly")} + period) << 2 << QByteArray("unknown report");
        QTest::newRow("no period") << QStringList{QStringLiteral("daily"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("-o"), QStringLiteral("x.csv")}
                                   << 2 << QByteArray("--from");
        QTest::newRow("bad format") << (QStringList{QStringLiteral("daily")} + period.mid(0, 4) +
                                        QStringList{QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("-o"),
                                                    QStringLiteral("x.ods")})
                                    << 2 << QByteArray("--format");
        QTest::newRow("unknown department")
            << (QStringList{QStringLiteral("daily"), QStringLiteral("--department"), QStringLiteral("Nowhere")} + period)
            << 1 << QByteArray("unknown department");
        QTest::newRow("unknown user") << (QStringList{QStringLiteral("daily"), QStringLiteral("--user"), QStringLiteral("999")} + period)
                                      << 1 << QByteArray("unknown user");
        QTest::newRow("unwritable file")
            << (QStringList{QStringLiteral("daily")} + period.mid(0, 6) +
                QStringList{QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.csv")})
            << 1 << QByteArray("cannot write");
    }

    void errorsExitWithOneOrTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run = report(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
