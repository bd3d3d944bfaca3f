#include "cliprocess.h"
#include "rawhttpclient.h"
#include "terminalrequestbuilder.h"
#include "testdata.h"
#include "testdatabase.h"

#include "commandparameters.h"
#include "connection.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "useridrecordcodec.h"
#include "userrepository.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using punchclock::test::CliRun;

// The punchclock binary as a user runs it: exit codes, output formats, and `serve` end to end.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db; // the test's SQLite file, or what its PostgreSQL database stands for

    // The test's database (at this build's schema from the start), and --db for it.
    punchclock::storage::DatabaseConfig databaseConfig() const
    {
        return punchclock::test::testDatabaseConfig(m_db, punchclock::test::TestSchema::Current);
    }
    QString database() const { return databaseConfig().displayName(); }

    // Without --db of its own: for what comes before it, or a database named by the environment.
    CliRun run(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        return punchclock::test::runProcess(QStringLiteral(PUNCHCLOCK_BINARY), arguments, environment);
    }

    CliRun cli(const QStringList &arguments)
    {
        return punchclock::test::runCli(QStringLiteral(PUNCHCLOCK_BINARY), database(), arguments);
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    // Starts `serve`, waits until it listens; the caller stops it.
    bool startServe(QProcess &serve, quint16 port)
    {
        serve.setProcessChannelMode(QProcess::SeparateChannels);
        serve.setReadChannel(QProcess::StandardError);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(PUNCHCLOCK_BINARY),
                    {QStringLiteral("--db"), database(), QStringLiteral("serve"), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(port)});
        QByteArray log;
        for (int i = 0; i < 100 && !log.contains("listening"); ++i) {
            serve.waitForReadyRead(100);
            log += serve.readAllStandardError();
        }
        return log.contains("listening");
    }

    // A person who left 40 days ago with a fingerprint and a card, and a retention of 30 days.
    void storeALeaverDueForPurge()
    {
        {
            QString error;
            const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            punchclock::protocol::UserEnrollment leaver;
            leaver.userId = QStringLiteral("7");
            leaver.name = QStringLiteral("Ana");
            leaver.privilegeName = QStringLiteral("USER");
            leaver.credentials = {{0, QByteArray("a fingerprint template")}, {11, QByteArray("card")}};
            punchclock::storage::UserRepository users(db->database());
            QVERIFY(users.saveUser(leaver));
            QVERIFY(users.setEnabled(QStringLiteral("7"), false));
            QSqlQuery query(db->database());
            QVERIFY(query.exec(QStringLiteral("UPDATE users SET inactive_since = '%1' WHERE user_id = '7'")
                                   .arg(QDateTime::currentDateTimeUtc().addDays(-40).toString(Qt::ISODateWithMs))));
            QVERIFY(punchclock::storage::SettingsRepository(db->database())
                        .setValue(QStringLiteral("privacy.biometric_retention_days"), QStringLiteral("30")));
        }
    }

    // What GET_USER_ID_LIST leaves of a manager with two fingers: listed, never read whole.
    void storeAListedManager(const QString &devId)
    {
        QString error;
        const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(punchclock::storage::TerminalRepository(db->database())
                    .recordContact({devId, QStringLiteral("192.0.2.30"), punchclock::storage::Approval::Approved, {}}));
        punchclock::protocol::UserIdRecord record;
        record.userId = QStringLiteral("42");
        record.privilege = punchclock::protocol::Privilege::Manager;
        record.credentials.fingers = 2;
        QVERIFY(punchclock::storage::UserRepository(db->database()).replaceMembership(devId, {record}));
    }

    // Sending it would replace it on the terminal with an empty user: refused, saying what to do.
    static void verifyListedUserRefusal(const CliRun &run)
    {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("user '42' is known only from a terminal's user list"), run.err.constData());
        QVERIFY2(run.err.contains("GET_USER_INFO"), run.err.constData());
        QVERIFY2(run.err.contains("user copy 42 --from"), run.err.constData());
    }

    // The fingerprint went and the card stayed, and the trail says the retention did it.
    void checkTheLeaverWasPurged()
    {
        QString error;
        const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery query(db->database());
        QVERIFY(query.exec(QStringLiteral("SELECT backup_number FROM credentials WHERE user_id = '7' ORDER BY 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 11);
        QVERIFY(!query.next());
        QVERIFY(query.exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'person.purge_biometrics'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("biometric retention"));
    }

private Q_SLOTS:
    void init() { m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))); }

    void versionAndHelp()
    {
        const CliRun version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("punchclock 0."));
        const CliRun help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("serve"));
        QVERIFY(help.out.contains("logs"));
        const CliRun logsHelp = cli({QStringLiteral("logs"), QStringLiteral("--help")});
        QCOMPARE(logsHelp.exitCode, 0);
        QVERIFY(logsHelp.out.contains("--from"));
    }

    void usageErrorsExitWithTwoAndSayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("bad date") << QStringList{QStringLiteral("logs"), QStringLiteral("--from"), QStringLiteral("24.11.2026")}
                                  << QByteArray("YYYY-MM-DD");
        QTest::newRow("reversed range")
            << QStringList{QStringLiteral("logs"), QStringLiteral("--from"), QStringLiteral("2026-11-24"),
                           QStringLiteral("--to"), QStringLiteral("2026-11-01")}
            << QByteArray("after");
        QTest::newRow("bad format") << QStringList{QStringLiteral("logs"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QByteArray("csv or json");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("devices"), QStringLiteral("--colour")}
                                        << QByteArray("colour");
        QTest::newRow("approve without id") << QStringList{QStringLiteral("devices"), QStringLiteral("approve")}
                                            << QByteArray("DEV_ID");
        QTest::newRow("bad listen address")
            << QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("1.2.3.4:99999")}
            << QByteArray("port");
    }

    void usageErrorsExitWithTwoAndSayWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const CliRun result = cli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void unknownTerminalIsAFailure()
    {
        const CliRun result = cli({QStringLiteral("devices"), QStringLiteral("approve"), QStringLiteral("NOPE")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("NOPE"));
    }

    void databaseFromTheNewerSchemaIsRefused()
    {
        QVERIFY(cli({QStringLiteral("devices")}).exitCode == 0);
        {
            QString error;
            const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(
                QSqlQuery(db->database()).exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        }
        const CliRun result = cli({QStringLiteral("logs")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("newer"));
    }

    void environmentVariableChoosesTheDatabase()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PUNCHCLOCK_DB"), database());
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("terminals.auto_approve"),
                      QStringLiteral("on")},
                     environment)
                     .exitCode,
                 0);
        QVERIFY(QRegularExpression(QStringLiteral("\\bterminals.auto_approve +1 "))
                    .match(QString::fromUtf8(cli({QStringLiteral("settings")}).out))
                    .hasMatch());
    }

    // A database moved to a disk that is not connected now: no empty database in its place.
    void unavailableDataFolderIsRefused()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const QString unplugged = m_dir.filePath(QStringLiteral("usb-disk/punchclock"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/punchclock")));
        QFile settings(home + QStringLiteral("/punchclock/punchclock.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[data]\ndatabase_folder=" + unplugged.toUtf8() + "\n");
        settings.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        environment.remove(QStringLiteral("PUNCHCLOCK_DB"));

        const CliRun refused = run({QStringLiteral("devices")}, environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is not available"), refused.err.constData());
        QVERIFY(!QFileInfo::exists(unplugged));

        QVERIFY(QDir().mkpath(unplugged)); // the disk is back
        QCOMPARE(run({QStringLiteral("devices")}, environment).exitCode, 0);
        QVERIFY(QFile::exists(unplugged + QStringLiteral("/punchclock.sqlite")));
    }

    void servedPunchShowsUpInLogsAndDevices()
    {
        const quint16 port = freePort();
        QProcess serve;
        QVERIFY(startServe(serve, port));

        const punchclock::test::RawHttpReply reply =
            punchclock::test::sendRaw(port, punchclock::test::readTestData(QStringLiteral("capture_hs101_realtime_glog.http")));
        QCOMPARE(reply.header("response_code"), QByteArray("OK"));
        punchclock::test::sendRaw(port, punchclock::test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http")));

        // The CLI reads while the server runs.
        const CliRun csv = cli({QStringLiteral("logs")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("dev_id,user_id,io_time"));
        QVERIFY(lines.at(1).startsWith("D96584729B906B39,1,2018-10-05 16:59:17,in,"));

        const CliRun json = cli({QStringLiteral("logs"), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--user"), QStringLiteral("1")});
        const QJsonArray items = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("verify")).toString(), QStringLiteral("IDCARD"));

        QCOMPARE(cli({QStringLiteral("logs"), QStringLiteral("--from"), QStringLiteral("2018-10-05"), QStringLiteral("--to"),
                      QStringLiteral("2018-10-05")})
                     .out.count('\n'),
                 2);
        QCOMPARE(cli({QStringLiteral("logs"), QStringLiteral("--from"), QStringLiteral("2018-10-06")}).out.count('\n'), 1);
        QCOMPARE(cli({QStringLiteral("logs"), QStringLiteral("--device"), QStringLiteral("OTHER")}).out.count('\n'), 1);

        const CliRun devices = cli({QStringLiteral("devices")});
        QVERIFY(devices.out.contains("D96584729B906B39"));
        QVERIFY(devices.out.contains("pending"));
        QVERIFY(devices.out.contains("fk_device"));

        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("approve"), QStringLiteral("D96584729B906B39")}).exitCode, 0);
        const QJsonArray terminals = QJsonDocument::fromJson(cli({QStringLiteral("devices"), QStringLiteral("--json")}).out).array();
        QCOMPARE(terminals.first().toObject().value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));

        // Blocked from the CLI while the server runs: the terminal is refused at once.
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("block"), QStringLiteral("D96584729B906B39")}).exitCode, 0);
        QCOMPARE(punchclock::test::sendRaw(port, punchclock::test::readTestData(QStringLiteral("capture_hs101_realtime_glog.http")))
                     .header("response_code"),
                 QByteArray("ERROR"));

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QCOMPARE(cli({QStringLiteral("logs")}).out.count('\n'), 2);
    }

    // A server nobody opens the console on still removes the biometrics of people who left, once
    // their retention is over, and says so in its log and the audit trail.
    void serveRunsTheDailyBiometricRetention()
    {
        storeALeaverDueForPurge();
        const quint16 port = freePort();
        QProcess serve;
        QVERIFY(startServe(serve, port));
        QByteArray log;
        // Generous: a sanitized build on a loaded machine takes seconds to start and open.
        const QDeadlineTimer deadline(30000);
        while (!log.contains("biometric retention") && !deadline.hasExpired()) {
            serve.waitForReadyRead(100);
            log += serve.readAllStandardError();
        }
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        log += serve.readAllStandardError();
        QVERIFY2(log.contains("removed the biometrics of 1 person"), log.constData());
        checkTheLeaverWasPurged();
    }

    // The console does it too, already while it waits for someone to sign in.
    void theConsoleRunsTheRetentionBeforeAnyoneSignsIn()
    {
        storeALeaverDueForPurge();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PUNCHCLOCK_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("server.listen"),
                      QStringLiteral("127.0.0.1:%1").arg(freePort())})
                     .exitCode,
                 0);
        const CliRun shown = run({QStringLiteral("--db"), database()}, environment);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        checkTheLeaverWasPurged();
    }

    void serveReportsABusyPort()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        const CliRun result = cli({QStringLiteral("serve"), QStringLiteral("--listen"),
                                   QStringLiteral("127.0.0.1:%1").arg(occupier.serverPort())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("Cannot listen"));
    }

    // What scripts/check-fresh-debian.sh relies on: the console proves it started (main window
    // shown, terminal server listening) and leaves, and says so when the server could not start.
    void consoleQuitsOnceShownWhenAsked()
    {
        const quint16 port = freePort();
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("server.listen"),
                      QStringLiteral("127.0.0.1:%1").arg(port)})
                     .exitCode,
                 0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PUNCHCLOCK_QUIT_WHEN_SHOWN"), QStringLiteral("1"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const CliRun shown = run({QStringLiteral("--db"), database()}, environment);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(shown.err.contains(QStringLiteral("console shown, terminal server on 127.0.0.1:%1").arg(port).toUtf8()),
                 shown.err.constData());

        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, port));
        const CliRun busy = run({QStringLiteral("--db"), database()}, environment);
        QCOMPARE(busy.exitCode, 1);
        QVERIFY2(busy.err.contains("terminal server not started"), busy.err.constData());
    }

    void settingsAreShownAndValidated()
    {
        const CliRun list = cli({QStringLiteral("settings")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("terminals.auto_approve"));
        QVERIFY(list.out.contains("site.time_zone"));

        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("terminals.auto_approve"),
                      QStringLiteral("on")})
                     .exitCode,
                 0);
        QVERIFY(QRegularExpression(QStringLiteral("\\bterminals.auto_approve +1 "))
                    .match(QString::fromUtf8(cli({QStringLiteral("settings")}).out))
                    .hasMatch());
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("site.time_zone"),
                      QStringLiteral("Europe/Madrid")})
                     .exitCode,
                 0);

        const CliRun badZone = cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("site.time_zone"),
                                    QStringLiteral("Mars/Olympus")});
        QCOMPARE(badZone.exitCode, 2);
        QVERIFY(badZone.err.contains("time zone"));
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("terminals.auto_approve"),
                      QStringLiteral("maybe")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("server.listen"),
                      QStringLiteral("1.2.3.4:99999")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("red")})
                     .exitCode,
                 2);
    }

    // The settings that change attendance results: checked and written as the console does.
    void attendanceSettingsAreShownAndValidated()
    {
        const QString listing = QString::fromUtf8(cli({QStringLiteral("settings")}).out);
        QVERIFY2(QRegularExpression(QStringLiteral("attendance.pairing +in_out +.*closed periods keep"))
                     .match(listing)
                     .hasMatch(),
                 qPrintable(listing));
        QVERIFY(QRegularExpression(QStringLiteral("attendance.duplicate_window_s +60 ")).match(listing).hasMatch());
        const auto set = [this](const char *key, const char *value) {
            return cli({QStringLiteral("settings"), QStringLiteral("set"), QLatin1String(key), QLatin1String(value)});
        };
        QCOMPARE(set("attendance.pairing", "first_last").exitCode, 0);
        QCOMPARE(set("attendance.duplicate_window_s", "0").exitCode, 0);
        QCOMPARE(set("attendance.duplicate_window_s", "3600").exitCode, 0);
        const QString changed = QString::fromUtf8(cli({QStringLiteral("settings")}).out);
        QVERIFY(QRegularExpression(QStringLiteral("attendance.pairing +first_last ")).match(changed).hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("attendance.duplicate_window_s +3600 ")).match(changed).hasMatch());

        const CliRun pairing = set("attendance.pairing", "sideways");
        QCOMPARE(pairing.exitCode, 2);
        QVERIFY2(pairing.err.contains("attendance.pairing expects in_out or first_last, not 'sideways'"),
                 pairing.err.constData());
        for (const char *window : {"-1", "3601", "a minute"}) {
            const CliRun refused = set("attendance.duplicate_window_s", window);
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QByteArray("from 0 to 3600, not '").append(window).append('\'')), refused.err.constData());
        }
    }

    void autoApprovalSetFromTheCliApprovesNewTerminals()
    {
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("terminals.auto_approve"),
                      QStringLiteral("on")})
                     .exitCode,
                 0);
        const quint16 port = freePort();
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("server.listen"),
                      QStringLiteral("127.0.0.1:%1").arg(port)})
                     .exitCode,
                 0);
        // serve without --listen uses the server.listen setting.
        QProcess serve;
        serve.setReadChannel(QProcess::StandardError);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_LOGGING_RULES"));
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(PUNCHCLOCK_BINARY), {QStringLiteral("--db"), database(), QStringLiteral("serve")});
        QByteArray log;
        for (int i = 0; i < 100 && !log.contains("listening"); ++i) {
            serve.waitForReadyRead(100);
            log += serve.readAllStandardError();
        }
        QVERIFY2(log.contains(QByteArray::number(port)), log.constData());
        punchclock::test::sendRaw(port, punchclock::test::readTestData(QStringLiteral("capture_hs101_realtime_glog.http")));
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
        const QJsonArray terminals = QJsonDocument::fromJson(cli({QStringLiteral("devices"), QStringLiteral("--json")}).out).array();
        QCOMPARE(terminals.first().toObject().value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));
        QVERIFY(cli({QStringLiteral("logs")}).out.contains(",realtime,0,")); // not flagged
    }

    void commandsAreQueuedCheckedAndFollowed()
    {
        const QString dev = QStringLiteral("D96584729B906B39");
        {
            QString error;
            const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            punchclock::storage::TerminalContact contact;
            contact.devId = dev;
            QVERIFY(punchclock::storage::TerminalRepository(db->database()).recordContact(contact));
        }
        const CliRun queued = cli({QStringLiteral("send"), dev, QStringLiteral("GET_DEVICE_STATUS")});
        QCOMPARE(queued.exitCode, 0);
        QCOMPARE(queued.out.trimmed(), QByteArray("1"));

        // Checked before anything is queued, with the field named.
        const CliRun badTime = cli({QStringLiteral("send"), dev, QStringLiteral("GET_LOG_DATA"),
                                    QStringLiteral("--param"), QStringLiteral(R"({"begin_time":"2026"})")});
        QCOMPARE(badTime.exitCode, 2);
        QVERIFY2(badTime.err.contains("begin_time"), badTime.err.constData());
        QCOMPARE(cli({QStringLiteral("send"), dev, QStringLiteral("GET_USER_ID_LIST"), QStringLiteral("--param"),
                      QStringLiteral(R"({"user_id":"1"})")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("send"), dev, QStringLiteral("FROBNICATE")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("send"), QStringLiteral("NOPE"), QStringLiteral("GET_DEVICE_STATUS")}).exitCode, 1);
        const CliRun notJson = cli({QStringLiteral("send"), dev, QStringLiteral("DELETE_USER"),
                                    QStringLiteral("--param"), QStringLiteral("{user_id:1")});
        QCOMPARE(notJson.exitCode, 2);

        // Destructive commands need --yes when nobody can be asked.
        const CliRun unconfirmed = cli({QStringLiteral("send"), dev, QStringLiteral("CLEAR_LOG_DATA")});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY(unconfirmed.err.contains("--yes"));
        QCOMPARE(cli({QStringLiteral("send"), dev, QStringLiteral("CLEAR_LOG_DATA"), QStringLiteral("--yes")}).exitCode, 0);

        const CliRun longName =
            cli({QStringLiteral("send"), dev, QStringLiteral("SET_USER_NAME"), QStringLiteral("--param"),
                 QStringLiteral(R"({"user_id":"1","user_name":"Bartholomew"})")});
        QCOMPARE(longName.exitCode, 0);
        QVERIFY(longName.err.contains("warning"));

        // SET_USER_INFO with a template file saves the user into the store.
        const QString finger = m_dir.filePath(QStringLiteral("finger.bin"));
        {
            QFile file(finger);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(800, 'f'));
        }
        QCOMPARE(cli({QStringLiteral("send"), dev, QStringLiteral("SET_USER_INFO"), QStringLiteral("--param"),
                      QStringLiteral(R"({"user_id":"5","user_name":"Eve","user_privilege":"USER",)"
                                     R"("enroll_data_array":[{"backup_number":0,"enroll_data":"BIN_1"}]})"),
                      QStringLiteral("--bin"), finger})
                     .exitCode,
                 0);
        const QJsonArray users = QJsonDocument::fromJson(cli({QStringLiteral("users"), QStringLiteral("--json")}).out).array();
        QCOMPARE(users.first().toObject().value(QStringLiteral("fingers")).toInt(), 1);

        // Nobody polls: --wait gives up and says so.
        const CliRun waited = cli({QStringLiteral("send"), dev, QStringLiteral("GET_USER_ID_LIST"),
                                   QStringLiteral("--wait"), QStringLiteral("1")});
        QCOMPARE(waited.exitCode, 1);
        QVERIFY(waited.err.contains("WAIT"));

        const CliRun list =
            cli({QStringLiteral("jobs"), QStringLiteral("--status"), QStringLiteral("WAIT"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 5);
        const CliRun one = cli({QStringLiteral("job"), QStringLiteral("1")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains("GET_DEVICE_STATUS"));
        QVERIFY(one.out.contains("Timeline"));
        QCOMPARE(cli({QStringLiteral("cancel"), QStringLiteral("1")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("cancel"), QStringLiteral("1")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("job"), QStringLiteral("999")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("job"), QStringLiteral("abc")}).exitCode, 2);

        // Operations, followed as one.
        const CliRun rename =
            cli({QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("5"), QStringLiteral("Evelyn")});
        QCOMPARE(rename.exitCode, 0);
        QVERIFY(rename.out.startsWith("Operation "));
        // A name beyond the console's cap is refused before anything is queued, saying the cap.
        const CliRun tooLong = cli({QStringLiteral("user"), QStringLiteral("rename"), QStringLiteral("5"),
                                    QString(punchclock::protocol::MaxUserNameLength + 1, QLatin1Char('x'))});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.err.contains("at most 64 characters"), tooLong.err.constData());
        const CliRun push =
            cli({QStringLiteral("user"), QStringLiteral("push"), QStringLiteral("5"), QStringLiteral("--to"), dev});
        QCOMPARE(push.exitCode, 0);
        const QByteArray operation = push.out.mid(10, push.out.indexOf(':') - 10);
        const QJsonArray pushed = QJsonDocument::fromJson(cli({QStringLiteral("jobs"), QStringLiteral("--operation"),
                                                               QString::fromLatin1(operation), QStringLiteral("--json")})
                                                              .out)
                                      .array();
        QCOMPARE(pushed.size(), 1);
        QCOMPARE(pushed.first().toObject().value(QStringLiteral("cmd_code")).toString(), QStringLiteral("SET_USER_INFO"));
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("push"), QStringLiteral("404"), QStringLiteral("--to"), dev}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("copy"), QStringLiteral("5")}).exitCode, 2);
        // No approved terminal yet: nothing to pull from.
        QCOMPARE(cli({QStringLiteral("pull-logs")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("approve"), dev}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("pull-logs"), QStringLiteral("--from"), QStringLiteral("2026-11-01")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("sync-time"), QStringLiteral("--device"), dev}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("reset-style"), dev, QStringLiteral("cmd_code")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("reset-style"), dev, QStringLiteral("loudly")}).exitCode, 2);
    }

    // Once a read-back showed a terminal cutting names (terminals.name_limit), a longer name sent
    // to it is warned of with what it will keep.
    void aNameTheTerminalIsKnownToCutIsWarnedOf()
    {
        const QString dev = QStringLiteral("CUTTER0000000001");
        {
            QString error;
            const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            punchclock::storage::TerminalContact contact;
            contact.devId = dev;
            punchclock::storage::TerminalRepository terminals(db->database());
            QVERIFY(terminals.recordContact(contact));
            QVERIFY(terminals.setName(dev, QStringLiteral("Lobby")));
        }
        const QStringList rename{QStringLiteral("send"), dev, QStringLiteral("SET_USER_NAME"), QStringLiteral("--param"),
                                 QStringLiteral(R"({"user_id":"1","user_name":"Bartholomew"})")};
        const QByteArray cutWarning = R"(Lobby keeps only the first 8 characters of a name: it will keep "Bartholo" of "Bartholomew")";
        const CliRun unknownLimit = cli(rename);
        QCOMPARE(unknownLimit.exitCode, 0);
        QVERIFY2(!unknownLimit.err.contains("Lobby keeps"), unknownLimit.err.constData());
        {
            QString error;
            const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(punchclock::storage::TerminalRepository(db->database()).setNameLimit(dev, 8));
        }
        const CliRun knownLimit = cli(rename);
        QCOMPARE(knownLimit.exitCode, 0);
        QVERIFY2(knownLimit.err.contains(cutWarning), knownLimit.err.constData());
        const CliRun fits = cli({QStringLiteral("send"), dev, QStringLiteral("SET_USER_NAME"), QStringLiteral("--param"),
                                 QStringLiteral(R"({"user_id":"1","user_name":"Bartholo"})")});
        QCOMPARE(fits.exitCode, 0);
        QVERIFY2(!fits.err.contains("Lobby keeps"), fits.err.constData());
    }

    void setTimeNeedsNoTimeAndLoopbackIsExplained()
    {
        const QString dev = QStringLiteral("D96584729B906B39");
        {
            QString error;
            const auto db = punchclock::storage::Connection::open(databaseConfig(), &error);
            QVERIFY2(db, qPrintable(error));
            punchclock::storage::TerminalContact contact;
            contact.devId = dev;
            QVERIFY(punchclock::storage::TerminalRepository(db->database()).recordContact(contact));
        }
        // The time is stamped when the terminal receives the command, so none need be given.
        const CliRun setTime = cli({QStringLiteral("send"), dev, QStringLiteral("SET_TIME")});
        QVERIFY2(setTime.exitCode == 0, setTime.err.constData());
        QCOMPARE(setTime.out.trimmed(), QByteArray("1"));

        const CliRun loopback =
            cli({QStringLiteral("send"), dev, QStringLiteral("SET_WEB_SERVER_INFO"), QStringLiteral("--param"),
                 QStringLiteral(R"({"server_ip":"127.0.0.1","server_port":8090})")});
        QCOMPARE(loopback.exitCode, 2);
        QVERIFY2(loopback.err.contains("server_ip: 127.x.x.x is the terminal itself"), loopback.err.constData());
        QVERIFY2(loopback.err.contains("LAN address"), loopback.err.constData());
        const CliRun broadcast =
            cli({QStringLiteral("send"), dev, QStringLiteral("SET_WEB_SERVER_INFO"), QStringLiteral("--param"),
                 QStringLiteral(R"({"server_ip":"255.255.255.255","server_port":8090})")});
        QCOMPARE(broadcast.exitCode, 2);
        QVERIFY2(broadcast.err.contains("broadcast"), broadcast.err.constData());
        // Neither refused command was queued.
        const CliRun list = cli({QStringLiteral("jobs"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    }

    void sendWaitsForTheTerminalsAnswer()
    {
        const quint16 port = freePort();
        QProcess serve;
        QVERIFY(startServe(serve, port));
        QCOMPARE(punchclock::test::sendRaw(port, punchclock::test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http")))
                     .header("response_code"),
                 QByteArray("ERROR_NO_CMD"));
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("approve"), QStringLiteral("D96584729B906B39")}).exitCode, 0);

        QProcess send;
        send.start(QStringLiteral(PUNCHCLOCK_BINARY),
                   {QStringLiteral("--db"), database(), QStringLiteral("send"), QStringLiteral("D96584729B906B39"),
                    QStringLiteral("SET_FK_NAME"), QStringLiteral("--param"), QStringLiteral(R"({"fk_name":"Gate"})"),
                    QStringLiteral("--wait"), QStringLiteral("20")});
        QVERIFY(send.waitForStarted());
        // The terminal polls until it gets the job (the clock sync may come first), and answers.
        QByteArray transId;
        for (int attempt = 0; attempt < 50 && transId.isEmpty(); ++attempt) {
            const punchclock::test::RawHttpReply poll =
                punchclock::test::sendRaw(port, punchclock::test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http")));
            if (poll.header("cmd_code") == "SET_FK_NAME")
                transId = poll.header("trans_id");
            else if (!poll.header("cmd_code").isEmpty())
                punchclock::test::sendRaw(port, [&] {
                    punchclock::test::TerminalRequestBuilder result;
                    result.requestCode = "send_cmd_result";
                    result.transId = poll.header("trans_id");
                    result.commandReturnCode = "OK";
                    return result.build();
                }());
            else
                QTest::qWait(100);
        }
        QVERIFY(!transId.isEmpty());
        punchclock::test::TerminalRequestBuilder result;
        result.requestCode = "send_cmd_result";
        result.transId = transId;
        result.commandReturnCode = "OK";
        QCOMPARE(punchclock::test::sendRaw(port, result.build()).header("response_code"), QByteArray("OK"));
        QVERIFY(send.waitForFinished(20000));
        QCOMPARE(send.exitCode(), 0);
        const QByteArray shown = send.readAllStandardOutput();
        QVERIFY2(shown.contains("RESULT OK"), shown.constData());
        QVERIFY(cli({QStringLiteral("devices")}).out.contains("Gate"));
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
    }

    // A terminal that answers OK to a privilege change it ignored (protocol.md §11.7): `send --wait`
    // fails once the read-back shows it, and `jobs` says what was not applied.
    void anIgnoredWriteFailsTheWaitAndShowsInJobs()
    {
        const quint16 port = freePort();
        QProcess serve;
        QVERIFY(startServe(serve, port));
        const QByteArray poll = punchclock::test::readTestData(QStringLiteral("capture_hs101_receive_cmd.http"));
        QCOMPARE(punchclock::test::sendRaw(port, poll).header("response_code"), QByteArray("ERROR_NO_CMD"));
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("approve"), QStringLiteral("D96584729B906B39")}).exitCode, 0);

        QProcess send;
        send.start(QStringLiteral(PUNCHCLOCK_BINARY),
                   {QStringLiteral("--db"), database(), QStringLiteral("send"), QStringLiteral("D96584729B906B39"),
                    QStringLiteral("SET_USER_PRIVILEGE"), QStringLiteral("--param"),
                    QStringLiteral(R"({"user_id":"5","user_privilege":"MANAGER"})"), QStringLiteral("--wait"),
                    QStringLiteral("20")});
        QVERIFY(send.waitForStarted());
        // The terminal answers OK to everything; read back, user 5 is still a USER.
        punchclock::protocol::UserEnrollment held;
        held.userId = QStringLiteral("5");
        held.name = QStringLiteral("Eve");
        held.privilegeName = QStringLiteral("USER");
        bool readBack = false;
        for (int attempt = 0; attempt < 100 && send.state() == QProcess::Running; ++attempt) {
            const punchclock::test::RawHttpReply delivered = punchclock::test::sendRaw(port, poll);
            if (delivered.header("cmd_code").isEmpty()) {
                QTest::qWait(100);
                continue;
            }
            punchclock::test::TerminalRequestBuilder result;
            result.requestCode = "send_cmd_result";
            result.transId = delivered.header("trans_id");
            result.commandReturnCode = "OK";
            if (delivered.header("cmd_code") == "GET_USER_INFO") {
                result.body = held.toFrame().encode();
                readBack = true;
            }
            QCOMPARE(punchclock::test::sendRaw(port, result.build()).header("response_code"), QByteArray("OK"));
        }
        QVERIFY(readBack);
        // The loop may already have seen it finish, and waitForFinished() is false then.
        QVERIFY(send.state() == QProcess::NotRunning || send.waitForFinished(20000));
        QCOMPARE(send.exitCode(), 1);
        const QByteArray notApplied = "Terminal said OK but did not apply: the privilege is unchanged (USER, not MANAGER)";
        QVERIFY2(send.readAllStandardOutput().contains(notApplied), "send --wait shows it");
        const CliRun jobs = cli({QStringLiteral("jobs")});
        QVERIFY2(jobs.out.contains(notApplied), jobs.out.constData());
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(10000));
    }

    void usersListsEnrolledUsers()
    {
        const CliRun empty = cli({QStringLiteral("users"), QStringLiteral("--json")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
    }
    void aUserOnlyListedIsNotSent()
    {
        const QString dev = QStringLiteral("C000000000000003");
        storeAListedManager(dev);
        verifyListedUserRefusal(
            cli({QStringLiteral("user"), QStringLiteral("push"), QStringLiteral("42"), QStringLiteral("--to"), dev}));
        verifyListedUserRefusal(cli({QStringLiteral("send"), dev, QStringLiteral("SET_USER_INFO"), QStringLiteral("--param"),
                                     QStringLiteral(R"({"user_id":"42","user_name":"","user_privilege":"USER",)"
                                                    R"("enroll_data_array":[]})")}));
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("jobs"), QStringLiteral("--json")}).out).array().size(), 0);
        // The store still says what the terminal's list said.
        const QJsonArray users = QJsonDocument::fromJson(cli({QStringLiteral("users"), QStringLiteral("--json")}).out).array();
        QCOMPARE(users.first().toObject().value(QLatin1String("privilege")).toString(), QStringLiteral("MANAGER"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
