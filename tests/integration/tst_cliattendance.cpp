#include "cliprocess.h"
#include "connection.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using punchclock::test::CliRun;

// A site set up by script only, through the real `punchclock` binary on a real database, and
// its results read back through `report` and `report explain`. The punches come from a terminal
// (stored here as the server would); everything a manager decides comes from the command line.
//
// Europe/Madrid, pairing first_last. Kitchen works Day (08:00–16:00) Monday to Friday; Bruno, in
// Kitchen, has his own week of Night (22:00–06:00, day change 12:00); Carla, in Bar, has no
// schedule. 19 March 2026 is a holiday, Ana is on leave 23–24 March. The clocks go forward in
// the night of 28–29 March 2026.
class tst_CliAttendance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
    const QString m_devId = QStringLiteral("A000000000000001");

    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return punchclock::test::runCli(
            QStringLiteral(PUNCHCLOCK_BINARY),
            punchclock::test::testDatabaseArgument(m_db, punchclock::test::TestSchema::Current), arguments,
            environment);
    }
    CliRun cli(const QStringList &arguments) { return cli(arguments, m_environment); }

    // Runs a command that must succeed; an empty output when it did not.
    QByteArray ok(const QStringList &arguments)
    {
        const CliRun run = cli(arguments);
        if (run.exitCode != 0) {
            qWarning("punchclock %s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode, run.err.constData());
            return {};
        }
        return run.out;
    }

    bool runs(const QStringList &arguments)
    {
        const CliRun run = cli(arguments);
        if (run.exitCode != 0)
            qWarning("punchclock %s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode, run.err.constData());
        return run.exitCode == 0;
    }

    QJsonArray jsonList(const QStringList &arguments)
    {
        return QJsonDocument::fromJson(ok(arguments + QStringList{QStringLiteral("--json")})).array();
    }

    QJsonObject explain(const QString &userId, const QString &date, const QStringList &more = {})
    {
        return QJsonDocument::fromJson(
                   ok(QStringList{QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--user"), userId,
                                  QStringLiteral("--date"), date, QStringLiteral("--json")}
                      + more))
            .object();
    }

    static QStringList codes(const QJsonValue &array)
    {
        QStringList result;
        for (const QJsonValue &value : array.toArray())
            result << value.toString();
        return result;
    }

    static QStringList rulesOf(const QJsonObject &day, const QString &figure)
    {
        QStringList rules;
        for (const QJsonValue &reason : day.value(QLatin1String("figures")).toArray()) {
            if (reason[QLatin1String("figure")].toString() == figure)
                rules << reason[QLatin1String("rule")].toString();
        }
        return rules;
    }

    void insertPunch(const QString &userId, const QString &time)
    {
        QString error;
        const auto connection = punchclock::storage::Connection::open(
            punchclock::test::testDatabaseConfig(m_db, punchclock::test::TestSchema::Current), &error);
        QVERIFY2(connection, qPrintable(error));
        punchclock::storage::NewPunch punch;
        punch.devId = m_devId;
        punch.source = QStringLiteral("realtime");
        punch.record.userId = userId;
        punch.record.ioTime = punchclock::protocol::walltime::fromStorage(time);
        QCOMPARE(punchclock::storage::PunchRepository(connection->database()).insert(punch),
                 punchclock::storage::PunchRepository::InsertOutcome::Inserted);
    }

    // A report as CSV, one list of cells per line, the header first; the byte-order mark and
    // RFC 4180 quotes taken off.
    QList<QStringList> csv(const QStringList &arguments, QByteArray *err = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("report.csv"));
        const CliRun run =
            cli(QStringList{QStringLiteral("report")} + arguments +
                QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), path});
        if (err)
            *err = run.err;
        QFile file(path);
        if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
            qWarning("report %s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
            return {};
        }
        QList<QStringList> lines;
        for (const QString &line :
             QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            QStringList cells{QString()};
            bool quoted = false;
            for (qsizetype i = 0; i < line.size(); ++i) {
                const QChar c = line.at(i);
                if (c == u'"' && quoted && i + 1 < line.size() && line.at(i + 1) == u'"')
                    cells.last() += line.at(++i);
                else if (c == u'"')
                    quoted = !quoted;
                else if (c == u',' && !quoted)
                    cells << QString();
                else
                    cells.last() += c;
            }
            lines << cells;
        }
        return lines;
    }

    // The daily report's cells of one employee and day, by column header.
    QHash<QString, QString> dailyRow(const QString &userId, const QString &date)
    {
        const QList<QStringList> lines = csv({QStringLiteral("daily"), QStringLiteral("--from"), date,
                                              QStringLiteral("--to"), date, QStringLiteral("--user"), userId});
        QHash<QString, QString> row;
        if (lines.size() < 2)
            return row;
        for (qsizetype c = 0; c < lines.first().size(); ++c)
            row.insert(lines.first().at(c), lines.at(1).value(c));
        return row;
    }

    QHash<QString, QString> monthlyRow(const QString &userId, const QStringList &extra = {})
    {
        const QList<QStringList> lines =
            csv(QStringList{QStringLiteral("monthly"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                            QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--user"), userId} +
                extra);
        QHash<QString, QString> row;
        for (qsizetype c = 0; lines.size() > 1 && c < lines.first().size(); ++c)
            row.insert(lines.first().at(c), lines.at(1).value(c));
        return row;
    }

    static QString toolOutput(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("site.sqlite"));
        // Who makes the changes, and a console language of this test's own: English, C dates.
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("USER"), QStringLiteral("anna"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_environment.remove(QStringLiteral("LANGUAGE"));
        m_environment.remove(QStringLiteral("PUNCHCLOCK_DB"));
        {
            QString error;
            const auto connection = punchclock::storage::Connection::open(
                punchclock::test::testDatabaseConfig(m_db, punchclock::test::TestSchema::Current), &error);
            QVERIFY2(connection, qPrintable(error));
            QVERIFY(punchclock::storage::TerminalRepository(connection->database())
                        .recordContact(
                            {m_devId, QStringLiteral("127.0.0.1"), punchclock::storage::Approval::Approved, {}}));
        }
        const QList<QStringList> setUp{
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("site.time_zone"),
             QStringLiteral("Europe/Madrid")},
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("attendance.pairing"),
             QStringLiteral("first_last")},
            {QStringLiteral("send"), m_devId, QStringLiteral("SET_USER_INFO"), QStringLiteral("--param"),
             QStringLiteral(R"({"user_id":"1","user_name":"Ana","user_privilege":"USER"})")},
            {QStringLiteral("send"), m_devId, QStringLiteral("SET_USER_INFO"), QStringLiteral("--param"),
             QStringLiteral(R"({"user_id":"2","user_name":"Bruno","user_privilege":"USER"})")},
            {QStringLiteral("send"), m_devId, QStringLiteral("SET_USER_INFO"), QStringLiteral("--param"),
             QStringLiteral(R"({"user_id":"3","user_name":"Carla","user_privilege":"USER"})")},
            {QStringLiteral("departments"), QStringLiteral("add"), QStringLiteral("Kitchen")},
            {QStringLiteral("departments"), QStringLiteral("add"), QStringLiteral("Bar")},
            {QStringLiteral("departments"), QStringLiteral("assign"), QStringLiteral("kitchen"), QStringLiteral("1"),
             QStringLiteral("2")},
            {QStringLiteral("departments"), QStringLiteral("assign"), QStringLiteral("Bar"), QStringLiteral("3")},
            {QStringLiteral("shifts"), QStringLiteral("add"), QStringLiteral("Day"), QStringLiteral("--start"),
             QStringLiteral("08:00"), QStringLiteral("--end"), QStringLiteral("16:00")},
            {QStringLiteral("shifts"), QStringLiteral("add"), QStringLiteral("Night"), QStringLiteral("--start"),
             QStringLiteral("22:00"), QStringLiteral("--end"), QStringLiteral("6:00"), QStringLiteral("--day-change"),
             QStringLiteral("12:00")},
            {QStringLiteral("schedules"), QStringLiteral("set"), QStringLiteral("--department"),
             QStringLiteral("Kitchen"), QStringLiteral("--week"), QStringLiteral("Day,Day,Day,Day,Day,-,-")},
            {QStringLiteral("schedules"), QStringLiteral("set"), QStringLiteral("--user"), QStringLiteral("2"),
             QStringLiteral("--week"), QStringLiteral("night,Night,Night,Night,Night,,")},
            {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-03-19"), QStringLiteral("San"),
             QStringLiteral("José")},
            {QStringLiteral("leave"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--from"),
             QStringLiteral("2026-03-23"), QStringLiteral("--to"), QStringLiteral("2026-03-24")},
        };
        for (const QStringList &command : setUp) {
            const CliRun run = cli(command);
            QVERIFY2(run.exitCode == 0,
                     qPrintable(command.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        }
        const QList<std::pair<QString, QString>> punches{
            {QStringLiteral("1"), QStringLiteral("2026-03-02 08:00:00")}, // present
            {QStringLiteral("1"), QStringLiteral("2026-03-02 16:00:00")},
            {QStringLiteral("1"), QStringLiteral("2026-03-03 16:05:00")}, // a lone punch near the end
            {QStringLiteral("1"), QStringLiteral("2026-03-09 08:00:00")}, // before Day changes
            {QStringLiteral("1"), QStringLiteral("2026-03-09 16:00:00")},
            {QStringLiteral("1"), QStringLiteral("2026-03-16 08:00:00")}, // after
            {QStringLiteral("1"), QStringLiteral("2026-03-16 16:00:00")},
            {QStringLiteral("1"), QStringLiteral("2026-03-28 22:00:00")}, // a Saturday night, 7 real hours
            {QStringLiteral("1"), QStringLiteral("2026-03-29 06:00:00")},
            {QStringLiteral("2"), QStringLiteral("2026-03-02 21:55:00")}, // Bruno's night
            {QStringLiteral("2"), QStringLiteral("2026-03-03 06:02:00")},
            {QStringLiteral("3"), QStringLiteral("2026-03-02 09:00:00")}, // Carla, without a schedule
            {QStringLiteral("3"), QStringLiteral("2026-03-02 17:00:00")},
        };
        for (const auto &[userId, time] : punches)
            insertPunch(userId, time);
    }

    void theSiteReadsBackAsSetUp()
    {
        const QJsonArray departments = jsonList({QStringLiteral("departments")});
        QCOMPARE(departments.size(), 2);
        QCOMPARE(departments.at(1).toObject(), (QJsonObject{{QStringLiteral("id"), 1},
                                                            {QStringLiteral("name"), QStringLiteral("Kitchen")},
                                                            {QStringLiteral("users"), 2}}));
        const QJsonArray shifts = jsonList({QStringLiteral("shifts")});
        QCOMPARE(shifts.size(), 2);
        const QJsonObject night = shifts.at(1).toObject();
        QCOMPARE(night.value(QLatin1String("end")).toString(), QStringLiteral("06:00"));
        QCOMPARE(night.value(QLatin1String("day_change")).toString(), QStringLiteral("12:00"));
        QCOMPARE(night.value(QLatin1String("overtime_after_min")).toInt(), 30);
        QCOMPARE(night.value(QLatin1String("rounding")).toString(), QStringLiteral("none"));
        QVERIFY(night.value(QLatin1String("from")).isNull());
        const QJsonArray schedules = jsonList({QStringLiteral("schedules")});
        QCOMPARE(schedules.size(), 2);
        QCOMPARE(schedules.at(0)[QLatin1String("department")].toString(), QStringLiteral("Kitchen"));
        const QJsonObject bruno = schedules.at(1).toObject();
        QCOMPARE(bruno.value(QLatin1String("user_id")).toString(), QStringLiteral("2"));
        QCOMPARE(bruno.value(QLatin1String("kind")).toString(), QStringLiteral("week"));
        QCOMPARE(bruno.value(QLatin1String("week")).toArray(),
                 (QJsonArray{QStringLiteral("Night"), QStringLiteral("Night"), QStringLiteral("Night"),
                             QStringLiteral("Night"), QStringLiteral("Night"), QJsonValue(), QJsonValue()}));
        QCOMPARE(jsonList({QStringLiteral("holidays"), QStringLiteral("--year"), QStringLiteral("2026")}),
                 (QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-19")},
                                         {QStringLiteral("name"), QStringLiteral("San José")}}}));
        QCOMPARE(jsonList({QStringLiteral("leave"), QStringLiteral("--user"), QStringLiteral("1")}),
                 (QJsonArray{QJsonObject{{QStringLiteral("user_id"), QStringLiteral("1")},
                                         {QStringLiteral("from"), QStringLiteral("2026-03-23")},
                                         {QStringLiteral("to"), QStringLiteral("2026-03-24")},
                                         {QStringLiteral("days"), 2},
                                         {QStringLiteral("kind"), QStringLiteral("vacation")}}}));
        QVERIFY(QRegularExpression(QStringLiteral("attendance.pairing +first_last"))
                    .match(QString::fromUtf8(ok({QStringLiteral("settings")})))
                    .hasMatch());
    }

    void aNightOnDaysWithoutAShiftIsOneDay()
    {
        const QJsonObject night = explain(QStringLiteral("1"), QStringLiteral("2026-03-28"));
        QCOMPARE(night.value(QLatin1String("plan")).toString(), QStringLiteral("day_off"));
        QCOMPARE(night.value(QLatin1String("worked_min")).toInt(), 7 * 60); // the clocks went forward
        QVERIFY(rulesOf(night, QStringLiteral("worked")).contains(QStringLiteral("clock_change")));
        const QJsonArray punches = night.value(QLatin1String("punches")).toArray();
        QCOMPARE(punches.size(), 2);
        QCOMPARE(punches.at(1)[QLatin1String("working_date")].toString(), QStringLiteral("2026-03-28"));
        QCOMPARE(punches.at(1)[QLatin1String("assignment")].toString(), QStringLiteral("closes_previous_day"));
        QCOMPARE(dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-28")).value(QStringLiteral("Worked")),
                 QStringLiteral("7:00"));
        QCOMPARE(dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-29")).value(QStringLiteral("Worked")),
                 QStringLiteral("0:00"));
        const QString text =
            QString::fromUtf8(ok({QStringLiteral("report"), QStringLiteral("explain"), QStringLiteral("--user"),
                                  QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-03-28")}));
        QVERIFY2(text.contains(QStringLiteral("Worked 7:00: ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("the clocks went forward that night")), qPrintable(text));
    }

    void aLonePunchIsAMissingArrivalNotLateness()
    {
        const QJsonObject day = explain(QStringLiteral("1"), QStringLiteral("2026-03-03"));
        QCOMPARE(codes(day.value(QLatin1String("status"))), QStringList{QStringLiteral("missing_arrival")});
        QCOMPARE(day.value(QLatin1String("late_min")).toInt(), 0);
        QCOMPARE(rulesOf(day, QStringLiteral("late")), QStringList{QStringLiteral("punch_missing")});
        const QJsonObject punch = day.value(QLatin1String("punches")).toArray().first().toObject();
        QCOMPARE(punch.value(QLatin1String("role_reason")).toString(), QStringLiteral("nearer_shift_end"));
        const QHash<QString, QString> row = dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-03"));
        QCOMPARE(row.value(QStringLiteral("Status")), QStringLiteral("Missing arrival"));
        QCOMPARE(row.value(QStringLiteral("Late")), QStringLiteral("0:00"));
    }

    void aDayWorkedAsPlannedIsPresent()
    {
        QCOMPARE(dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-02")).value(QStringLiteral("Status")),
                 QStringLiteral("Present"));
        QCOMPARE(dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-19")).value(QStringLiteral("Status")),
                 QStringLiteral("Holiday"));
        const QHash<QString, QString> leave = dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-23"));
        QCOMPARE(leave.value(QStringLiteral("Status")), QStringLiteral("Leave"));
        QCOMPARE(leave.value(QStringLiteral("Remark")), QStringLiteral("vacation"));
    }

    void aNightsDepartureShowsItsDayInEveryFormat()
    {
        const QHash<QString, QString> row = dailyRow(QStringLiteral("2"), QStringLiteral("2026-03-02"));
        QCOMPARE(row.value(QStringLiteral("First in")), QStringLiteral("21:55"));
        QCOMPARE(row.value(QStringLiteral("Last out")), QStringLiteral("06:02 +1"));
        const QStringList period{QStringLiteral("daily"),      QStringLiteral("--user"),     QStringLiteral("2"),
                                 QStringLiteral("--from"),     QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                                 QStringLiteral("2026-03-02"), QStringLiteral("--format")};
        const QString pdf = m_dir.filePath(QStringLiteral("night.pdf"));
        QVERIFY(runs(QStringList{QStringLiteral("report")} + period +
                     QStringList{QStringLiteral("pdf"), QStringLiteral("-o"), pdf}));
        const QString text =
            toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("06:02 +1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 Mar 2026")), qPrintable(text)); // the language's dates

        const QString xlsx = m_dir.filePath(QStringLiteral("night.xlsx"));
        QVERIFY(runs(QStringList{QStringLiteral("report")} + period +
                     QStringList{QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx}));
        // The departure is a time with its day: 1 day and 6:02 after the working day's midnight.
        const QString sheet = toolOutput(QStringLiteral("unzip"),
                                         {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
        QStringList values;
        QXmlStreamReader reader(sheet);
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("v"))
                values << reader.readElementText();
        }
        const bool nextMorning = std::any_of(values.cbegin(), values.cend(), [](const QString &value) {
            return qRound(value.toDouble() * 24 * 60) == 24 * 60 + 6 * 60 + 2;
        });
        QVERIFY2(nextMorning, qPrintable(values.join(u' ')));
    }

    void aShiftChangedFromADateLeavesEarlierDaysAlone()
    {
        QVERIFY(runs({QStringLiteral("shifts"), QStringLiteral("change"), QStringLiteral("Day"),
                      QStringLiteral("--start"), QStringLiteral("09:00"), QStringLiteral("--end"),
                      QStringLiteral("17:00"), QStringLiteral("--from"), QStringLiteral("2026-03-16")}));
        const QJsonArray history =
            jsonList({QStringLiteral("shifts"), QStringLiteral("history"), QStringLiteral("Day")});
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1)[QLatin1String("from")].toString(), QStringLiteral("2026-03-16"));
        QCOMPARE(history.at(1)[QLatin1String("changed_by")].toString(), QStringLiteral("cli:anna"));
        QCOMPARE(dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-09")).value(QStringLiteral("Status")),
                 QStringLiteral("Present"));
        const QHash<QString, QString> after = dailyRow(QStringLiteral("1"), QStringLiteral("2026-03-16"));
        QCOMPARE(after.value(QStringLiteral("Early leave")), QStringLiteral("1:00"));
        QCOMPARE(after.value(QStringLiteral("Status")), QStringLiteral("Left early"));
    }

    void anEmployeeFollowsTheDepartmentAgainFromADate()
    {
        QVERIFY(runs({QStringLiteral("schedules"), QStringLiteral("clear"), QStringLiteral("--user"),
                      QStringLiteral("2"), QStringLiteral("--from"), QStringLiteral("2026-04-01")}));
        const QJsonArray history = jsonList(
            {QStringLiteral("schedules"), QStringLiteral("history"), QStringLiteral("--user"), QStringLiteral("2")});
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1)[QLatin1String("kind")].toString(), QStringLiteral("department"));
        QCOMPARE(history.at(1)[QLatin1String("changed_by")].toString(), QStringLiteral("cli:anna"));
        QCOMPARE(explain(QStringLiteral("2"), QStringLiteral("2026-03-31")).value(QLatin1String("shift")).toString(),
                 QStringLiteral("Night"));
        QCOMPARE(explain(QStringLiteral("2"), QStringLiteral("2026-04-01")).value(QLatin1String("shift")).toString(),
                 QStringLiteral("Day"));
    }

    void aClosedPeriodRefusesChangesAndKeepsLatePunchesApart()
    {
        QVERIFY(runs({QStringLiteral("periods"), QStringLiteral("close"), QStringLiteral("--from"),
                      QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-15"),
                      QStringLiteral("--reason"), QStringLiteral("payroll first half")}));
        const QList<QStringList> refused{
            {QStringLiteral("shifts"), QStringLiteral("change"), QStringLiteral("Day"), QStringLiteral("--late-grace"),
             QStringLiteral("5"), QStringLiteral("--from"), QStringLiteral("2026-03-10")},
            {QStringLiteral("schedules"), QStringLiteral("set"), QStringLiteral("--department"),
             QStringLiteral("Kitchen"), QStringLiteral("--week"), QStringLiteral("Day,Day,Day,Day,-,-,-"),
             QStringLiteral("--from"), QStringLiteral("start")},
            {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-03-05"), QStringLiteral("Fiesta")},
            {QStringLiteral("leave"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--from"),
             QStringLiteral("2026-03-14"), QStringLiteral("--to"), QStringLiteral("2026-03-17")},
            {QStringLiteral("departments"), QStringLiteral("assign"), QStringLiteral("Bar"), QStringLiteral("1")},
        };
        for (const QStringList &command : refused) {
            const CliRun run = cli(command);
            QVERIFY2(run.exitCode == 1, qPrintable(command.join(u' ')));
            QVERIFY2(run.err.contains("punchclock: ") &&
                         run.err.contains("2026-03-01 – 2026-03-15 is closed (cli:anna, ") &&
                         run.err.contains(": payroll first half); reopen it first with 'punchclock periods reopen 1 "
                                          "--reason …'"),
                     run.err.constData());
        }
        // A rule changed from a date on may start after the closed period instead.
        QVERIFY(cli(refused.first()).err.contains(", or make the change from a day after 2026-03-15 (--from)"));
        // A new name alone changes no result, so a closed period allows it.
        QVERIFY(runs({QStringLiteral("shifts"), QStringLiteral("change"), QStringLiteral("Day"), QStringLiteral("--name"),
                      QStringLiteral("Early")}));
        QVERIFY(runs({QStringLiteral("shifts"), QStringLiteral("change"), QStringLiteral("Early"), QStringLiteral("--name"),
                      QStringLiteral("Day")}));
        // Later days are open.
        QVERIFY(runs({QStringLiteral("leave"), QStringLiteral("add"), QStringLiteral("3"), QStringLiteral("--from"),
                      QStringLiteral("2026-03-26"), QStringLiteral("--kind"), QStringLiteral("sick")}));

        // A punch of 5 March that arrives now is kept for the period, and does not count in it.
        insertPunch(QStringLiteral("1"), QStringLiteral("2026-03-05 08:00:00"));
        const QJsonArray late = jsonList({QStringLiteral("periods"), QStringLiteral("late"), QStringLiteral("1")});
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.at(0)[QLatin1String("io_time")].toString(), QStringLiteral("2026-03-05 08:00:00"));
        QCOMPARE(late.at(0)[QLatin1String("user_id")].toString(), QStringLiteral("1"));
        QJsonObject day = explain(QStringLiteral("1"), QStringLiteral("2026-03-05"));
        QCOMPARE(day.value(QLatin1String("punches")).toArray().at(0)[QLatin1String("status")].toString(),
                 QStringLiteral("arrived_after_close"));
        QCOMPARE(codes(day.value(QLatin1String("status"))), QStringList{QStringLiteral("absent")});

        QVERIFY(runs({QStringLiteral("periods"), QStringLiteral("reopen"), QStringLiteral("1"),
                      QStringLiteral("--reason"), QStringLiteral("a late punch")}));
        day = explain(QStringLiteral("1"), QStringLiteral("2026-03-05"));
        QCOMPARE(codes(day.value(QLatin1String("status"))), QStringList{QStringLiteral("missing_departure")});
        const QJsonObject period = jsonList({QStringLiteral("periods")}).at(0).toObject();
        QCOMPARE(period.value(QLatin1String("closed")).toBool(), false);
        QCOMPARE(period.value(QLatin1String("closed_by")).toString(), QStringLiteral("cli:anna"));
        QCOMPARE(period.value(QLatin1String("reopened_by")).toString(), QStringLiteral("cli:anna"));
        QCOMPARE(period.value(QLatin1String("reopen_reason")).toString(), QStringLiteral("a late punch"));
        QCOMPARE(period.value(QLatin1String("pairing")).toString(), QStringLiteral("first_last"));
    }

    void daysAfterAsOfAreNotAbsent()
    {
        // Bruno's 22 nights of March: one worked, 19 March a holiday.
        QCOMPARE(monthlyRow(QStringLiteral("2")).value(QStringLiteral("Days absent")), QStringLiteral("20"));
        QByteArray err;
        const QList<QStringList> daily =
            csv({QStringLiteral("daily"), QStringLiteral("--user"), QStringLiteral("2"), QStringLiteral("--from"),
                 QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                 QStringLiteral("--as-of"), QStringLiteral("2026-03-10")},
                &err);
        QVERIFY2(err.contains("punchclock: counted up to 2026-03-10"), err.constData());
        QCOMPARE(daily.size(), 1 + 10 + 1); // header, 1–10 March, totals
        QCOMPARE(monthlyRow(QStringLiteral("2"), {QStringLiteral("--as-of"), QStringLiteral("2026-03-10")})
                     .value(QStringLiteral("Days absent")),
                 QStringLiteral("6"));
        // Explain counts up to the same day: 20 March is still to come on 10 March.
        QCOMPARE(codes(explain(QStringLiteral("2"), QStringLiteral("2026-03-20")).value(QLatin1String("status"))),
                 QStringList{QStringLiteral("absent")});
        QCOMPARE(codes(explain(QStringLiteral("2"), QStringLiteral("2026-03-20"),
                               {QStringLiteral("--as-of"), QStringLiteral("2026-03-10")})
                           .value(QLatin1String("status"))),
                 QStringList());
    }

    void workWithoutAScheduleIsHoursOnly()
    {
        const QHash<QString, QString> carla = monthlyRow(QStringLiteral("3"));
        QCOMPARE(carla.value(QStringLiteral("Status")), QStringLiteral("No schedule"));
        QCOMPARE(carla.value(QStringLiteral("Worked")), QStringLiteral("8:00"));
        QCOMPARE(carla.value(QStringLiteral("Expected")), QStringLiteral("0:00"));
        QCOMPARE(carla.value(QStringLiteral("Days absent")), QStringLiteral("0"));
        QCOMPARE(carla.value(QStringLiteral("Overtime")), QStringLiteral("0:00"));
    }

    void theReportFollowsTheConsolesLanguage()
    {
        // The console's language, from its settings file, without --language.
        const QString config = m_dir.filePath(QStringLiteral("chinese"));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/punchclock")));
        QFile settings(config + QStringLiteral("/punchclock/punchclock.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[ui]\nlanguage=zh_CN\n");
        settings.close();
        QProcessEnvironment chinese = m_environment;
        chinese.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        const QString path = m_dir.filePath(QStringLiteral("zh.csv"));
        const QStringList monthly{QStringLiteral("report"), QStringLiteral("monthly"),
                                  QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                  QStringLiteral("--to"),   QStringLiteral("2026-03-31")};
        QCOMPARE(
            cli(monthly + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), path},
                chinese)
                .exitCode,
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("工号")));

        // --language chooses another; dates as Spanish writes them.
        const QString pdf = m_dir.filePath(QStringLiteral("es.pdf"));
        const CliRun spanish =
            cli(monthly + QStringList{QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--format"),
                                      QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                chinese);
        QVERIFY2(spanish.exitCode == 0, spanish.err.constData());
        const QString text =
            toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Resumen mensual")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1/3/2026 – 31/3/2026")), qPrintable(text));
    }

    void wrongCommandLinesSayWhat_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QString &line, int exitCode, const QString &message) {
            QTest::newRow(name) << line.split(u' ') << exitCode << message;
        };
        row("bad time", QStringLiteral("shifts add X --start 25:00 --end 16:00"), 2,
            QStringLiteral("--start expects a time as HH:MM, not '25:00'"));
        row("no end", QStringLiteral("shifts add X --start 08:00"), 2, QStringLiteral("--end HH:MM"));
        row("bad rounding", QStringLiteral("shifts add X --start 08:00 --end 16:00 --rounding sideways"), 2,
            QStringLiteral("--rounding must be none, down, nearest or up, not 'sideways'"));
        row("negative break", QStringLiteral("shifts add X --start 08:00 --end 16:00 --break -5"), 2,
            QStringLiteral("--break expects minutes from 0 to 1440, not '-5'"));
        row("break too long", QStringLiteral("shifts add X --start 08:00 --end 16:00 --break 600"), 2,
            QStringLiteral("the break must be shorter than the shift"));
        row("night without day change", QStringLiteral("shifts add X --start 22:00 --end 06:00"), 2,
            QStringLiteral("--day-change 12:00"));
        row("name taken", QStringLiteral("shifts add Day --start 08:00 --end 16:00"), 1,
            QStringLiteral("another shift already has this name"));
        row("unknown shift", QStringLiteral("shifts change Nope --start 09:00"), 2,
            QStringLiteral("unknown shift 'Nope'"));
        row("bad from", QStringLiteral("shifts change Day --start 09:00 --from 2026-13-01"), 2,
            QStringLiteral("--from expects a date as YYYY-MM-DD or 'start', not '2026-13-01'"));
        row("nothing to change", QStringLiteral("shifts change Day"), 2, QStringLiteral("nothing to change"));
        row("shift in use", QStringLiteral("shifts remove Night"), 1,
            QStringLiteral("a weekly schedule plans this shift"));
        row("unknown action", QStringLiteral("shifts frobnicate"), 2, QStringLiteral("unknown action 'frobnicate'"));
        row("unknown department", QStringLiteral("schedules set --department Nowhere --week Day,Day,Day,Day,Day,-,-"),
            2, QStringLiteral("unknown department 'Nowhere'"));
        row("unknown user", QStringLiteral("schedules set --user 99 --week Day,Day,Day,Day,Day,-,-"), 2,
            QStringLiteral("unknown user '99'"));
        row("unknown shift in a week",
            QStringLiteral("schedules set --department Kitchen --week Day,Day,Nope,Day,Day,-,-"), 2,
            QStringLiteral("unknown shift 'Nope'"));
        row("two owners", QStringLiteral("schedules history --department Kitchen --user 1"), 2,
            QStringLiteral("give one of --site, --department NAME or --user USER_ID"));
        row("the site and a department", QStringLiteral("schedules set --site --department Kitchen --week Day,,,,,,"),
            2, QStringLiteral("give one of --site, --department NAME or --user USER_ID"));
        row("short week", QStringLiteral("schedules set --department Kitchen --week Day,Day"), 2,
            QStringLiteral("--week needs 7 days"));
        row("30 February", QStringLiteral("holidays add 2026-02-30 Nothing"), 2,
            QStringLiteral("DATE expects a date as YYYY-MM-DD, not '2026-02-30'"));
        row("no holiday to rename", QStringLiteral("holidays change 2026-04-01 Nothing"), 1,
            QStringLiteral("2026-04-01 is not a holiday"));
        row("bad year", QStringLiteral("holidays --year 20x6"), 2, QStringLiteral("--year expects a whole number"));
        row("leave of nobody", QStringLiteral("leave add 99 --from 2026-04-01"), 2,
            QStringLiteral("unknown user '99'"));
        row("reversed leave", QStringLiteral("leave add 1 --from 2026-04-02 --to 2026-04-01"), 2,
            QStringLiteral("--from 2026-04-02 is after --to 2026-04-01"));
        row("re-kind without kind", QStringLiteral("leave change 1 --from 2026-03-23"), 2,
            QStringLiteral("needs --kind"));
        row("rename nowhere", QStringLiteral("departments rename Nowhere Else"), 2,
            QStringLiteral("unknown department 'Nowhere'"));
        row("assign nobody", QStringLiteral("departments assign Kitchen 99"), 2, QStringLiteral("unknown user '99'"));
        row("close without reason", QStringLiteral("periods close --from 2026-05-01 --to 2026-05-31"), 2,
            QStringLiteral("a reason is needed"));
        row("reopen unknown", QStringLiteral("periods reopen 42 --reason x"), 2, QStringLiteral("unknown period '42'"));
        row("reopen again", QStringLiteral("periods reopen 1 --reason x"), 1,
            QStringLiteral("period 1: that period was already reopened"));
        row("late of no period", QStringLiteral("periods late abc"), 2, QStringLiteral("unknown period 'abc'"));
        row("bad as-of",
            QStringLiteral(
                "report daily --from 2026-03-01 --to 2026-03-31 --format csv -o /dev/null --as-of 2026-03-32"),
            2, QStringLiteral("--as-of expects a date as YYYY-MM-DD, not '2026-03-32'"));
        row("unknown language",
            QStringLiteral("report daily --from 2026-03-01 --to 2026-03-31 --format csv -o /dev/null --language fr"), 2,
            QStringLiteral("--language must be one of en, zh_CN, es, not 'fr'"));
        row("explain nobody", QStringLiteral("report explain --user 99 --date 2026-03-02"), 2,
            QStringLiteral("unknown user '99'"));
        row("explain without user", QStringLiteral("report explain --date 2026-03-02"), 2,
            QStringLiteral("--user USER_ID"));
        row("explain no day", QStringLiteral("report explain --user 1 --date yesterday"), 2,
            QStringLiteral("--date expects a date as YYYY-MM-DD, not 'yesterday'"));
    }

    void wrongCommandLinesSayWhat()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    // Carla's department (Bar) has no week: from the day the site's week starts she follows it.
    void theSiteWeekIsSetFromTheCommandLine()
    {
        const auto planOf = [this](const char *date) -> QString {
            const QJsonObject day = explain(QStringLiteral("3"), QLatin1String(date));
            return day.value(QLatin1String("plan")).toString() + QLatin1Char(' ') +
                   day.value(QLatin1String("shift")).toString();
        };
        QCOMPARE(planOf("2026-04-06"), QStringLiteral("no_schedule "));
        QVERIFY(runs({QStringLiteral("schedules"), QStringLiteral("set"), QStringLiteral("--site"),
                      QStringLiteral("--week"), QStringLiteral("Day,Day,Day,Day,Day,-,-"), QStringLiteral("--from"),
                      QStringLiteral("2026-04-06")}));
        const QJsonArray history =
            jsonList({QStringLiteral("schedules"), QStringLiteral("history"), QStringLiteral("--site")});
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0)[QLatin1String("type")].toString(), QStringLiteral("site"));
        QCOMPARE(history.at(0)[QLatin1String("from")].toString(), QStringLiteral("2026-04-06"));
        QCOMPARE(history.at(0)[QLatin1String("changed_by")].toString(), QStringLiteral("cli:anna"));
        QCOMPARE(jsonList({QStringLiteral("schedules")}).at(0)[QLatin1String("type")].toString(),
                 QStringLiteral("site"));
        QCOMPARE(planOf("2026-04-03"), QStringLiteral("no_schedule "));
        QCOMPARE(planOf("2026-04-06").section(QLatin1Char(' '), 1), QStringLiteral("Day"));
        QCOMPARE(planOf("2026-04-11").section(QLatin1Char(' '), 0, 0), QStringLiteral("day_off"));
        QVERIFY(runs({QStringLiteral("schedules"), QStringLiteral("clear"), QStringLiteral("--site"),
                      QStringLiteral("--from"), QStringLiteral("2026-04-13")}));
        QCOMPARE(planOf("2026-04-13"), QStringLiteral("no_schedule "));
        QCOMPARE(planOf("2026-04-10").section(QLatin1Char(' '), 1), QStringLiteral("Day"));
    }
};

QTEST_GUILESS_MAIN(tst_CliAttendance)
#include "tst_cliattendance.moc"
