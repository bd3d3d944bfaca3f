#include "attendancerepository.h"
#include "cliprocess.h"
#include "connection.h"
#include "punchrepository.h"
#include "schedulerepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using punchclock::test::CliRun;

// `punchclock report` as a user runs it: the real binary on a real database.
class tst_CliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    CliRun report(const QStringList &arguments,
                  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
    {
        // The report is in the console's language: a settings folder of its own keeps this
        // machine's choice out.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return punchclock::test::runCli(
            QStringLiteral(PUNCHCLOCK_BINARY),
            punchclock::test::testDatabaseArgument(m_db, punchclock::test::TestSchema::Current),
            QStringList{QStringLiteral("report")} + arguments, environment);
    }

    static QByteArray fileStart(const QString &path, int size)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
    }

    // `report KIND` of the Kitchen department from Monday 2 November to `to`, as CSV; empty when
    // the command fails.
    QByteArray kitchenCsv(const QString &kind, const QString &to)
    {
        const QString path = m_dir.filePath(kind + QStringLiteral(".csv"));
        const CliRun run = report({kind, QStringLiteral("--from"), QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                                   to, QStringLiteral("--department"), QStringLiteral("kitchen"),
                                   QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), path});
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
            return {};
        }
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A tool's standard output (unzip, pdftotext: scripts/install-deps.sh installs both).
    static QString toolOutput(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The cells of the workbook's first sheet by reference ("C4"), shared strings resolved.
    static QHash<QString, QString> sheetCells(const QString &xlsx)
    {
        QStringList strings;
        QXmlStreamReader shared(toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx,
                                                                     QStringLiteral("xl/sharedStrings.xml")}));
        while (!shared.atEnd()) {
            if (shared.readNext() == QXmlStreamReader::StartElement && shared.name() == QLatin1String("t"))
                strings.append(shared.readElementText());
        }
        QHash<QString, QString> cells;
        QXmlStreamReader sheet(toolOutput(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx,
                                                                    QStringLiteral("xl/worksheets/sheet1.xml")}));
        QString reference;
        bool sharedString = false;
        while (!sheet.atEnd()) {
            if (sheet.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (sheet.name() == QLatin1String("c")) {
                reference = sheet.attributes().value(QLatin1String("r")).toString();
                sharedString = sheet.attributes().value(QLatin1String("t")) == QLatin1String("s");
            } else if (sheet.name() == QLatin1String("v")) {
                const QString value = sheet.readElementText();
                cells.insert(reference, sharedString ? strings.value(value.toInt()) : value);
            }
        }
        return cells;
    }

    // The row number of the only cell holding `text` ("Total" → "9").
    static QString rowOf(const QHash<QString, QString> &cells, const QString &text)
    {
        const QStringList references = cells.keys(text);
        if (references.size() != 1)
            return {};
        return references.first().mid(references.first().indexOf(QRegularExpression(QStringLiteral("[0-9]"))));
    }
    // The column letter of the cell holding `text` in that row.
    static QString columnIn(const QHash<QString, QString> &cells, const QString &row, const QString &text)
    {
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (it.value() == text && it.key().endsWith(row) && !it.key().at(it.key().size() - row.size() - 1).isDigit())
                return it.key().chopped(row.size());
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("report.sqlite"));
        QString error;
        const auto connection = punchclock::storage::Connection::open(
            punchclock::test::testDatabaseConfig(m_db, punchclock::test::TestSchema::Current), &error);
        QVERIFY2(connection, qPrintable(error));
        const QSqlDatabase db = connection->database();
        const QString devId = QStringLiteral("A000000000000001");
        QVERIFY(punchclock::storage::TerminalRepository(db).recordContact(
            {devId, QStringLiteral("127.0.0.1"), punchclock::storage::Approval::Approved, {}}));
        punchclock::storage::AttendanceRepository rules(db);
        punchclock::storage::ScheduleRepository schedules(db);
        punchclock::storage::ShiftRow shift;
        shift.name = QStringLiteral("Day");
        shift.start = QTime(8, 0);
        shift.end = QTime(16, 0);
        const qint64 shiftId = rules.addShift(shift).value_or(0);
        QVERIFY(shiftId > 0);
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Kitchen')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Bar')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO users (user_id, name, department_id, created_at, updated_at) "
                                              "VALUES ('7', 'Zoë', 1, '', '')")));
        }
        QVERIFY(schedules.setDepartmentSchedule(1, {shiftId, shiftId, shiftId, shiftId, shiftId, 0, 0}));
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
        const QByteArray bytes = kitchenCsv(QStringLiteral("monthly"), QStringLiteral("2026-11-06"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 4); // header, one employee, totals, and the empty rest after the last CRLF
        QCOMPARE(lines.at(0),
                 QByteArray("User ID,Name,Department,Days worked,Days absent,Expected,Worked,Overtime,Late,"
                            "Times late,Early leave,Times left early,Missing punches,Status\r"));
        // Two days worked (490 + 450 minutes), three absent; 30 minutes late once. Monday's 10
        // minutes over are below a new shift's overtime threshold (30 minutes).
        QCOMPARE(QString::fromUtf8(lines.at(1)),
                 QStringLiteral("7,Zoë,Kitchen,2,3,40:00,15:40,0:00,0:30,1,0:00,0,0,\r"));
        QVERIFY(lines.at(2).startsWith("Total,,,2,3,40:00,15:40"));
    }

    void xlsxAndPdfWithoutDisplay()
    {
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        headless.remove(QStringLiteral("DISPLAY"));
        headless.remove(QStringLiteral("WAYLAND_DISPLAY"));
        headless.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const QString pdf = m_dir.filePath(QStringLiteral("timecard.pdf"));
        CliRun run =
            report({QStringLiteral("timecard"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                    QStringLiteral("--to"), QStringLiteral("2026-11-06"), QStringLiteral("--user"), QStringLiteral("7"),
                    QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                   headless);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(fileStart(pdf, 5), QByteArray("%PDF-"));
        const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Timecard")), qPrintable(text));
        // Dates as the language writes them (C: "2 Nov 2026"); CSV alone keeps ISO dates.
        QVERIFY2(text.contains(QStringLiteral("2 Nov 2026 – 6 Nov 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Employee: 7 Zoë")));
        QVERIFY(text.contains(QStringLiteral("16:10"))); // Monday's out-punch

        const QString xlsx = m_dir.filePath(QStringLiteral("exceptions.xlsx"));
        run = report({QStringLiteral("exceptions"), QStringLiteral("--from"), QStringLiteral("2026-11-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-11-06"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(fileStart(xlsx, 2), QByteArray("PK"));
        const QHash<QString, QString> cells = sheetCells(xlsx);
        QVERIFY2(cells.values().contains(QStringLiteral("Zoë")), qPrintable(QStringList(cells.values()).join(u'|')));
        QVERIFY(cells.values().contains(QStringLiteral("Exceptions")));
        // Tuesday's 30 minutes late is the Late total, a fraction of a day in the sheet.
        const QString late = columnIn(cells, rowOf(cells, QStringLiteral("User ID")), QStringLiteral("Late"));
        const QString totals = rowOf(cells, QStringLiteral("Total"));
        QVERIFY(!late.isEmpty() && !totals.isEmpty());
        QCOMPARE(qRound(cells.value(late + totals).toDouble() * 24 * 60), 30);
    }

    void timecardsOfADepartment()
    {
        // A department instead of --user: one timecard per employee.
        const QString text = QString::fromUtf8(kitchenCsv(QStringLiteral("timecard"), QStringLiteral("2026-11-03")));
        QCOMPARE(text.count(QStringLiteral("7,Zoë,2026-11-0")), 2);
        QVERIFY2(text.contains(QStringLiteral("08:00 16:10")), qPrintable(text));
    }

    void exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("-o"), QStringLiteral("/dev/null")};
        QTest::newRow("unknown kind") << (QStringList{QStringLiteral("weekly")} + period) << 2
                                      << QByteArray("unknown report 'weekly'");
        QTest::newRow("no period") << QStringList{QStringLiteral("daily"), QStringLiteral("--format"), QStringLiteral("csv"),
                                                  QStringLiteral("-o"), QStringLiteral("x.csv")}
                                   << 2 << QByteArray("--from");
        QTest::newRow("bad format") << (QStringList{QStringLiteral("daily")} + period.mid(0, 4) +
                                        QStringList{QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("-o"),
                                                    QStringLiteral("x.ods")})
                                    << 2 << QByteArray("--format must be csv, xlsx or pdf, not 'ods'");
        QTest::newRow("unknown department")
            << (QStringList{QStringLiteral("daily"), QStringLiteral("--department"), QStringLiteral("Nowhere")} + period)
            << 2 << QByteArray("unknown department 'Nowhere'");
        QTest::newRow("unknown user") << (QStringList{QStringLiteral("daily"), QStringLiteral("--user"), QStringLiteral("999")} + period)
                                      << 2 << QByteArray("unknown user '999'");
        QTest::newRow("user not in the department")
            << (QStringList{QStringLiteral("daily"), QStringLiteral("--user"), QStringLiteral("7"),
                            QStringLiteral("--department"), QStringLiteral("Bar")} + period)
            << 2 << QByteArray("user '7' is not in department 'Bar'");
        QTest::newRow("timecard of everyone")
            << (QStringList{QStringLiteral("timecard")} + period) << 2 << QByteArray("timecard needs --user");
        const auto withDates = [&period](const QString &from, const QString &to) {
            QStringList arguments{QStringLiteral("daily")};
            arguments += period;
            arguments[2] = from;
            arguments[4] = to;
            return arguments;
        };
        QTest::newRow("month 13") << withDates(QStringLiteral("2026-13-01"), QStringLiteral("2026-11-30")) << 2
                                  << QByteArray("--from expects a date as YYYY-MM-DD, not '2026-13-01'");
        QTest::newRow("not a date") << withDates(QStringLiteral("2026-11-01"), QStringLiteral("yesterday")) << 2
                                    << QByteArray("--to expects a date as YYYY-MM-DD, not 'yesterday'");
        QTest::newRow("30 February") << withDates(QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01")) << 2
                                     << QByteArray("not '2026-02-30'");
        QTest::newRow("reversed") << withDates(QStringLiteral("2026-11-30"), QStringLiteral("2026-11-01")) << 2
                                  << QByteArray("--from 2026-11-30 is after --to 2026-11-01");
        QTest::newRow("367 days") << withDates(QStringLiteral("2026-01-01"), QStringLiteral("2027-01-02")) << 2
                                  << QByteArray("at most 366 days; 2026-01-01 to 2027-01-02 is 367 days");
        QStringList leapYear = withDates(QStringLiteral("2028-01-01"), QStringLiteral("2028-12-31"));
        leapYear.last() = m_dir.filePath(QStringLiteral("leap.csv"));
        QTest::newRow("366 days of a leap year are fine") << leapYear << 0 << QByteArray("rows written");
        QTest::newRow("no output") << (QStringList{QStringLiteral("daily")} + period.mid(0, 6)) << 2
                                   << QByteArray("report needs -o FILE");
        QTest::newRow("no format") << (QStringList{QStringLiteral("daily")} + period.mid(0, 4) + period.mid(6)) << 2
                                   << QByteArray("report needs --format csv|xlsx|pdf");
        QTest::newRow("unwritable file")
            << (QStringList{QStringLiteral("daily")} + period.mid(0, 6) +
                QStringList{QStringLiteral("-o"), QStringLiteral("/nonexistent/dir/x.csv")})
            << 1 << QByteArray("cannot write");
    }

    void exitCodesAndMessages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const CliRun run = report(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        if (exitCode == 2)
            QVERIFY2(run.err.contains("Try 'punchclock --help'"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliReport)
#include "tst_clireport.moc"
