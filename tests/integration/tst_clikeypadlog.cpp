// `punchclock devices keypad-log` and `send … GET_SLOG_DATA` through the real binary on a real
// database: a terminal's administrator log in words, by date, as JSON, and only for operators
// and above.

#include "adminlogrecords.h"
#include "cliprocess.h"
#include "testdatabase.h"

#include "connection.h"
#include "jobrepository.h"
#include "keypadlogrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;
using test::CliRun;

class tst_CliKeypadLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
    const QString m_devId = QStringLiteral("A000000000000001");
    const QString m_password = QStringLiteral("correct horse battery");

    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return test::runCli(QStringLiteral(PUNCHCLOCK_BINARY),
                            test::testDatabaseArgument(m_db, test::TestSchema::Current), arguments, environment);
    }
    CliRun cli(const QStringList &arguments) { return cli(arguments, m_environment); }

    QProcessEnvironment withPassword()
    {
        const QString path = m_dir.filePath(QStringLiteral("password"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(m_password.toUtf8() + '\n');
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("PUNCHCLOCK_PASSWORD_FILE"), path);
        return environment;
    }

    CliRun keypadLog(const QStringList &options = {})
    {
        return cli(QStringList{QStringLiteral("devices"), QStringLiteral("keypad-log"), m_devId} + options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = test::plainEnvironment();
        m_environment.insert(QStringLiteral("USER"), QStringLiteral("anna"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    }

    // A terminal whose keypad log holds an enrolment, a deletion and a record of an unknown layout.
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QString error;
        const auto connection =
            storage::Connection::open(test::testDatabaseConfig(m_db, test::TestSchema::Current), &error);
        QVERIFY2(connection, qPrintable(error));
        const QSqlDatabase db = connection->database();
        QVERIFY(storage::TerminalRepository(db).recordContact(
            {m_devId, QStringLiteral("127.0.0.1"), storage::Approval::Approved, QStringLiteral("FKDataHS101")}));
        protocol::UserEnrollment manager;
        manager.userId = QStringLiteral("1");
        manager.name = QStringLiteral("Maya Santos");
        manager.privilegeName = QStringLiteral("MANAGER");
        QVERIFY(storage::UserRepository(db).applyEnrollment(m_devId, manager));
        protocol::AdminLogRecord unreadable;
        unreadable.raw = QByteArray::fromHex("0a0b0c0d");
        QVERIFY(storage::KeypadLogRepository(db)
                    .import(m_devId,
                            {test::hs101AdminLogRecord(3, "1", "15", "2026-03-02 08:10:00", 2),
                             test::hs101AdminLogRecord(19, "", "16", "2026-03-09 12:00:00"), unreadable},
                            1)
                    .ok);
    }

    void theLogReadsInWords()
    {
        const CliRun run = keypadLog();
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the header and three records
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("TIME")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("2026-03-09 12:00")) &&
                     lines.at(1).contains(QStringLiteral("Nobody")) &&
                     lines.at(1).contains(QStringLiteral("Deleted the user")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("1 (Maya Santos)")) &&
                     lines.at(2).contains(QStringLiteral("Enrolled finger 3")) &&
                     lines.at(2).contains(QStringLiteral("15")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("0a 0b 0c 0d")), qPrintable(lines.at(3)));
    }

    void jsonKeepsTheCodes()
    {
        const CliRun run = keypadLog({QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(items.size(), 3);
        const QJsonObject enrolment = items.at(1).toObject();
        QCOMPARE(enrolment[QLatin1String("time")].toString(), QStringLiteral("2026-03-02 08:10"));
        QCOMPARE(enrolment[QLatin1String("kind")].toInt(), 3);
        QCOMPARE(enrolment[QLatin1String("target")].toInt(), 2);
        QCOMPARE(enrolment[QLatin1String("action")].toString(), QStringLiteral("Enrolled finger 3"));
        QCOMPARE(enrolment[QLatin1String("manager_id")].toString(), QStringLiteral("1"));
        QCOMPARE(enrolment[QLatin1String("manager_name")].toString(), QStringLiteral("Maya Santos"));
        QCOMPARE(enrolment[QLatin1String("user_id")].toString(), QStringLiteral("15"));
        QVERIFY(enrolment[QLatin1String("decoded")].toBool());
        const QJsonObject unreadable = items.at(2).toObject();
        QVERIFY(!unreadable[QLatin1String("decoded")].toBool());
        QVERIFY(unreadable[QLatin1String("time")].isNull());
        QVERIFY(unreadable[QLatin1String("kind")].isNull());
        QCOMPARE(unreadable[QLatin1String("record")].toString(), QStringLiteral("0a0b0c0d"));
    }

    void datesNarrowTheList()
    {
        const QJsonArray later =
            QJsonDocument::fromJson(
                keypadLog({QStringLiteral("--from"), QStringLiteral("2026-03-05"), QStringLiteral("--json")}).out)
                .array();
        // The deletion, and the record without a time, which no date can leave out.
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.at(0)[QLatin1String("kind")].toInt(), 19);
        const QJsonArray earlier =
            QJsonDocument::fromJson(
                keypadLog({QStringLiteral("--to"), QStringLiteral("2026-03-02"), QStringLiteral("--json")}).out)
                .array();
        QCOMPARE(earlier.size(), 2);
        QCOMPARE(earlier.at(0)[QLatin1String("kind")].toInt(), 3);
    }

    void mistakesAreSaid()
    {
        const CliRun badDate = keypadLog({QStringLiteral("--from"), QStringLiteral("2026-13-01")});
        QCOMPARE(badDate.exitCode, 2);
        const CliRun reversed = keypadLog({QStringLiteral("--from"), QStringLiteral("2026-03-10"),
                                           QStringLiteral("--to"), QStringLiteral("2026-03-01")});
        QCOMPARE(reversed.exitCode, 2);
        QVERIFY2(reversed.err.contains("is after"), reversed.err.constData());
        const CliRun noTerminal = cli({QStringLiteral("devices"), QStringLiteral("keypad-log")});
        QCOMPARE(noTerminal.exitCode, 2);
        const CliRun unknown = cli({QStringLiteral("devices"), QStringLiteral("keypad-log"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("NOPE"), unknown.err.constData());
        QVERIFY(unknown.out.isEmpty());
    }

    void aViewerMayNotReadIt()
    {
        for (const auto &[name, role] : {std::pair{"vera", "viewer"}, std::pair{"otto", "operator"}}) {
            QCOMPARE(cli({QStringLiteral("operators"), QStringLiteral("add"), QLatin1String(name),
                          QStringLiteral("--role"), QLatin1String(role)},
                         withPassword())
                         .exitCode,
                     0);
        }
        const CliRun viewer = cli({QStringLiteral("--operator"), QStringLiteral("vera"), QStringLiteral("devices"),
                                   QStringLiteral("keypad-log"), m_devId},
                                  withPassword());
        QCOMPARE(viewer.exitCode, 1);
        QVERIFY2(viewer.err.contains("keypad"), viewer.err.constData());
        QVERIFY2(!viewer.out.contains("Enrolled"), viewer.out.constData());
        const CliRun operatorRun = cli({QStringLiteral("--operator"), QStringLiteral("otto"), QStringLiteral("devices"),
                                        QStringLiteral("keypad-log"), m_devId},
                                       withPassword());
        QCOMPARE(operatorRun.exitCode, 0);
        QVERIFY(operatorRun.out.contains("Enrolled finger 3"));
    }

    void sendQueuesTheDownload()
    {
        const CliRun bad = cli({QStringLiteral("send"), m_devId, QStringLiteral("GET_SLOG_DATA"),
                                QStringLiteral("--param"), QStringLiteral(R"({"begin_time":"2026"})")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("begin_time"), bad.err.constData());
        const CliRun run = cli({QStringLiteral("send"), m_devId, QStringLiteral("get_slog_data"),
                                QStringLiteral("--param"), QStringLiteral(R"({"begin_time":"20260301000000"})")});
        QCOMPARE(run.exitCode, 0);
        const qint64 id = run.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        QString error;
        const auto connection =
            storage::Connection::open(test::testDatabaseConfig(m_db, test::TestSchema::Current), &error);
        QVERIFY2(connection, qPrintable(error));
        const auto job = storage::JobRepository(connection->database()).find(id);
        QVERIFY(job);
        QCOMPARE(job->commandCode, QStringLiteral("GET_SLOG_DATA"));
        QCOMPARE(job->devId, m_devId);
    }
};

QTEST_GUILESS_MAIN(tst_CliKeypadLog)
#include "tst_clikeypadlog.moc"
