#include "cliprocess.h"
#include "testdatabase.h"

#include "connection.h"
#include "terminalrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using punchclock::test::CliRun;

// Operator accounts on the command line, through the real `punchclock` binary on a real database:
// who may change what, signing in with --operator, cli.require_operator, and the audit trail every
// change leaves, down to a record changed behind Punchclock's back in the database itself.
class tst_CliOperators : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
    int m_passwordFiles = 0;
    const QString m_devId = QStringLiteral("A000000000000001");
    const QString m_bossPassword = QStringLiteral("correct horse battery");

    // Standard input is a pipe, never a terminal: a password can only come from a file.
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return punchclock::test::runCli(
            QStringLiteral(PUNCHCLOCK_BINARY),
            punchclock::test::testDatabaseArgument(m_db, punchclock::test::TestSchema::Current), arguments,
            environment);
    }
    CliRun cli(const QStringList &arguments) { return cli(arguments, m_environment); }

    // The environment with $PUNCHCLOCK_PASSWORD_FILE naming a new file of these lines.
    QProcessEnvironment withPasswords(const QStringList &lines,
                                      QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        const QString path = m_dir.filePath(QStringLiteral("password-%1").arg(++m_passwordFiles));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(lines.join(u'\n').toUtf8() + '\n');
        file.close();
        file.setPermissions(permissions);
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("PUNCHCLOCK_PASSWORD_FILE"), path);
        return environment;
    }

    // `--operator NAME` with that password in the file.
    CliRun as(const QString &name, const QString &password, const QStringList &arguments)
    {
        return cli(QStringList{QStringLiteral("--operator"), name} + arguments, withPasswords({password}));
    }

    bool runs(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        const CliRun run = cli(arguments, environment);
        if (run.exitCode != 0)
            qWarning("punchclock %s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode, run.err.constData());
        return run.exitCode == 0;
    }
    bool runs(const QStringList &arguments) { return runs(arguments, m_environment); }

    QJsonArray jsonList(const QStringList &arguments)
    {
        return QJsonDocument::fromJson(cli(arguments + QStringList{QStringLiteral("--json")}).out).array();
    }

    QJsonObject newestRecord()
    {
        return jsonList({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1")}).first().toObject();
    }

    QJsonObject operatorNamed(const QString &name)
    {
        for (const QJsonValue &account : jsonList({QStringLiteral("operators")})) {
            if (account[QLatin1String("name")].toString() == name)
                return account.toObject();
        }
        return {};
    }

    void addOperator(const QString &name, const QStringList &role)
    {
        QVERIFY(
            runs(QStringList{QStringLiteral("operators"), QStringLiteral("add"), name, QStringLiteral("--role")} + role,
                 withPasswords({m_bossPassword})));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = punchclock::test::plainEnvironment();
        m_environment.insert(QStringLiteral("USER"), QStringLiteral("anna"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    }

    // Every test on a database of its own, with one terminal and three employees: 1 and 2 in
    // Kitchen, 3 in Bar.
    void init()
    {
        const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
        m_db = m_dir.filePath(QStringLiteral("%1%2.sqlite").arg(QLatin1String(QTest::currentTestFunction()), tag));
        {
            QString error;
            const auto connection = punchclock::storage::Connection::open(
                punchclock::test::testDatabaseConfig(m_db, punchclock::test::TestSchema::Current), &error);
            QVERIFY2(connection, qPrintable(error));
            QVERIFY(punchclock::storage::TerminalRepository(connection->database())
                        .recordContact(
                            {m_devId, QStringLiteral("127.0.0.1"), punchclock::storage::Approval::Approved, {}}));
        }
        for (const auto &[id, name] : {std::pair{"1", "Ana"}, std::pair{"2", "Bruno"}, std::pair{"3", "Carla"}}) {
            QVERIFY(runs({QStringLiteral("send"), m_devId, QStringLiteral("SET_USER_INFO"), QStringLiteral("--param"),
                          QStringLiteral(R"({"user_id":"%1","user_name":"%2","user_privilege":"USER"})")
                              .arg(QLatin1String(id), QLatin1String(name))}));
        }
        QVERIFY(runs({QStringLiteral("departments"), QStringLiteral("add"), QStringLiteral("Kitchen")}));
        QVERIFY(runs({QStringLiteral("departments"), QStringLiteral("add"), QStringLiteral("Bar")}));
        QVERIFY(runs({QStringLiteral("departments"), QStringLiteral("assign"), QStringLiteral("Kitchen"),
                      QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(runs(
            {QStringLiteral("departments"), QStringLiteral("assign"), QStringLiteral("Bar"), QStringLiteral("3")}));
        addOperator(QStringLiteral("boss"), {QStringLiteral("administrator")});
    }

    void operatorsAreAddedListedDisabledAndEnabled()
    {
        addOperator(QStringLiteral("clerk"), {QStringLiteral("viewer")});
        addOperator(QStringLiteral("kim"),
                    {QStringLiteral("manager"), QStringLiteral("--department"), QStringLiteral("kitchen")});
        const QJsonObject boss = operatorNamed(QStringLiteral("boss"));
        QCOMPARE(boss[QLatin1String("role")].toString(), QStringLiteral("administrator"));
        QCOMPARE(boss[QLatin1String("all_departments")].toBool(), true);
        QCOMPARE(boss[QLatin1String("created_by")].toString(), QStringLiteral("cli:anna"));
        const QJsonObject kim = operatorNamed(QStringLiteral("kim"));
        QCOMPARE(kim[QLatin1String("all_departments")].toBool(), false);
        QCOMPARE(kim[QLatin1String("departments")].toArray(), QJsonArray{QStringLiteral("Kitchen")});
        QVERIFY(!QJsonDocument(jsonList({QStringLiteral("operators")})).toJson().contains("argon"));

        QVERIFY(runs({QStringLiteral("operators"), QStringLiteral("disable"), QStringLiteral("clerk")}));
        QCOMPARE(operatorNamed(QStringLiteral("clerk"))[QLatin1String("disabled")].toBool(), true);
        const CliRun disabled = as(
            QStringLiteral("clerk"), m_bossPassword,
            {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-05-01"), QStringLiteral("May")});
        QCOMPARE(disabled.exitCode, 1);
        QVERIFY2(disabled.err.contains("operator clerk is disabled"), disabled.err.constData());
        QVERIFY(runs({QStringLiteral("operators"), QStringLiteral("enable"), QStringLiteral("clerk")}));
        QCOMPARE(operatorNamed(QStringLiteral("clerk"))[QLatin1String("disabled")].toBool(), false);

        const CliRun table = cli({QStringLiteral("operators")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("kim") && table.out.contains("Kitchen") && table.out.contains("manager"));
    }

    void accountsAreRefusedInWords_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("passwords");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString add = QStringLiteral("add");
        const QString role = QStringLiteral("--role");
        QTest::newRow("last administrator disabled")
            << QStringList{QStringLiteral("disable"), QStringLiteral("boss")} << QStringList() << 1
            << QByteArray("boss is the last active administrator");
        QTest::newRow("last administrator demoted")
            << QStringList{QStringLiteral("role"), QStringLiteral("boss"), role, QStringLiteral("viewer")}
            << QStringList() << 1 << QByteArray("boss is the last active administrator");
        QTest::newRow("short password") << QStringList{add, QStringLiteral("eve"), role, QStringLiteral("viewer")}
                                        << QStringList{QStringLiteral("short")} << 1
                                        << QByteArray("at least 10 characters");
        QTest::newRow("name taken") << QStringList{add, QStringLiteral("BOSS"), role, QStringLiteral("viewer")}
                                    << QStringList{m_bossPassword} << 1
                                    << QByteArray("already an operator called 'BOSS'");
        QTest::newRow("no terminal, no file") << QStringList{add, QStringLiteral("eve"), role, QStringLiteral("viewer")}
                                              << QStringList() << 2 << QByteArray("PUNCHCLOCK_PASSWORD_FILE");
        QTest::newRow("unknown role") << QStringList{add, QStringLiteral("eve"), role, QStringLiteral("boss")}
                                      << QStringList{m_bossPassword} << 2 << QByteArray("--role must be");
        QTest::newRow("unknown department")
            << QStringList{add,
                           QStringLiteral("eve"),
                           role,
                           QStringLiteral("manager"),
                           QStringLiteral("--department"),
                           QStringLiteral("Garden")}
            << QStringList{m_bossPassword} << 2 << QByteArray("unknown department 'Garden'");
        QTest::newRow("unknown operator") << QStringList{QStringLiteral("enable"), QStringLiteral("nobody")}
                                          << QStringList() << 2 << QByteArray("unknown operator 'nobody'");
        QTest::newRow("own password without --operator")
            << QStringList{QStringLiteral("password")} << QStringList() << 2 << QByteArray("--operator NAME");
    }

    void accountsAreRefusedInWords()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, passwords);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const CliRun run = cli(QStringList{QStringLiteral("operators")} + arguments,
                               passwords.isEmpty() ? m_environment : withPasswords(passwords));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void passwordsAreResetAndChanged()
    {
        const QString fresh = QStringLiteral("a much longer secret");
        QVERIFY(runs({QStringLiteral("--operator"), QStringLiteral("boss"), QStringLiteral("operators"),
                      QStringLiteral("password")},
                     withPasswords({m_bossPassword, fresh})));
        QCOMPARE(as(QStringLiteral("boss"), m_bossPassword, {QStringLiteral("sync-time")}).exitCode, 1);
        QCOMPARE(as(QStringLiteral("boss"), fresh, {QStringLiteral("sync-time")}).exitCode, 0);

        addOperator(QStringLiteral("clerk"), {QStringLiteral("operator")});
        QVERIFY(runs({QStringLiteral("operators"), QStringLiteral("reset-password"), QStringLiteral("clerk")},
                     withPasswords({fresh})));
        QCOMPARE(as(QStringLiteral("clerk"), fresh, {QStringLiteral("sync-time")}).exitCode, 0);
        QCOMPARE(newestRecord()[QLatin1String("actor")].toString(), QStringLiteral("clerk"));
    }

    void operatorSignsInFromAPrivatePasswordFile()
    {
        const QStringList change{QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-05-01"),
                                 QStringLiteral("Labour"), QStringLiteral("Day")};
        QVERIFY(runs(QStringList{QStringLiteral("--operator"), QStringLiteral("boss")} + change,
                     withPasswords({m_bossPassword})));
        const QJsonObject record = newestRecord();
        QCOMPARE(record[QLatin1String("action")].toString(), QStringLiteral("holiday.set"));
        QCOMPARE(record[QLatin1String("actor")].toString(), QStringLiteral("boss"));
        QCOMPARE(record[QLatin1String("actor_kind")].toString(), QStringLiteral("operator"));
        QVERIFY(record[QLatin1String("origin")].toString().startsWith(QLatin1String("cli on ")));

        // $PUNCHCLOCK_OPERATOR instead of --operator.
        QProcessEnvironment fromEnvironment = withPasswords({m_bossPassword});
        fromEnvironment.insert(QStringLiteral("PUNCHCLOCK_OPERATOR"), QStringLiteral("boss"));
        QVERIFY(runs({QStringLiteral("holidays"), QStringLiteral("remove"), QStringLiteral("2026-05-01")},
                     fromEnvironment));
        QCOMPARE(newestRecord()[QLatin1String("actor")].toString(), QStringLiteral("boss"));

        const CliRun open = cli(QStringList{QStringLiteral("--operator"), QStringLiteral("boss")} + change,
                                withPasswords({m_bossPassword}, QFile::ReadOwner | QFile::WriteOwner |
                                                                    QFile::ReadGroup | QFile::ReadOther));
        QCOMPARE(open.exitCode, 1);
        QVERIFY2(open.err.contains("open to others than its owner (mode 0644)") && open.err.contains("chmod 600"),
                 open.err.constData());
        QVERIFY(!open.err.contains(m_bossPassword.toUtf8()));

        const CliRun noTerminal = cli(QStringList{QStringLiteral("--operator"), QStringLiteral("boss")} + change);
        QCOMPARE(noTerminal.exitCode, 2);
        QVERIFY2(noTerminal.err.contains("no terminal to ask on"), noTerminal.err.constData());
        QCOMPARE(jsonList({QStringLiteral("holidays")}).size(), 0);
    }

    void wrongPasswordIsRecordedAsAFailedSignIn()
    {
        const CliRun wrong = as(
            QStringLiteral("boss"), QStringLiteral("not the password"),
            {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-05-01"), QStringLiteral("May")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("wrong operator name or password for 'boss'"), wrong.err.constData());
        const QJsonObject record = newestRecord();
        QCOMPARE(record[QLatin1String("action")].toString(), QStringLiteral("sign_in.failed"));
        QCOMPARE(record[QLatin1String("actor")].toString(), QStringLiteral("boss"));
        QCOMPARE(jsonList({QStringLiteral("holidays")}).size(), 0);
        QCOMPARE(operatorNamed(QStringLiteral("boss"))[QLatin1String("failed_sign_ins")].toInt(), 1);
    }

    void viewerMayNotChangeAnything()
    {
        addOperator(QStringLiteral("clerk"), {QStringLiteral("viewer")});
        const CliRun refused = as(
            QStringLiteral("clerk"), m_bossPassword,
            {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-05-01"), QStringLiteral("May")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(
                     "only a manager of every department can change shifts, holidays and attendance settings"),
                 refused.err.constData());
        const CliRun approve =
            as(QStringLiteral("clerk"), m_bossPassword, {QStringLiteral("devices"), QStringLiteral("block"), m_devId});
        QCOMPARE(approve.exitCode, 1);
        QVERIFY2(approve.err.contains("only an operator or an administrator can manage terminals"),
                 approve.err.constData());
        QCOMPARE(jsonList({QStringLiteral("holidays")}).size(), 0);
        // Reading needs no one.
        QCOMPARE(as(QStringLiteral("clerk"), m_bossPassword, {QStringLiteral("holidays")}).exitCode, 0);
    }

    void departmentManagerGivesLeaveInTheirDepartmentOnly()
    {
        addOperator(QStringLiteral("kim"),
                    {QStringLiteral("manager"), QStringLiteral("--department"), QStringLiteral("Kitchen")});
        const QStringList leave{QStringLiteral("leave"), QStringLiteral("add")};
        const QStringList days{QStringLiteral("--from"), QStringLiteral("2026-04-06"), QStringLiteral("--to"),
                               QStringLiteral("2026-04-07")};
        QCOMPARE(as(QStringLiteral("kim"), m_bossPassword, leave + QStringList{QStringLiteral("1")} + days).exitCode,
                 0);
        const CliRun other = as(QStringLiteral("kim"), m_bossPassword, leave + QStringList{QStringLiteral("3")} + days);
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains("only a manager of Bar can change the schedules and leave of its employees"),
                 other.err.constData());
        const QJsonArray given = jsonList({QStringLiteral("leave")});
        QCOMPARE(given.size(), 1);
        QCOMPARE(given.first()[QLatin1String("user_id")].toString(), QStringLiteral("1"));
        // Shifts are everyone's: a manager of one department may not change them.
        const CliRun shift =
            as(QStringLiteral("kim"), m_bossPassword,
               {QStringLiteral("shifts"), QStringLiteral("add"), QStringLiteral("Day"), QStringLiteral("--start"),
                QStringLiteral("08:00"), QStringLiteral("--end"), QStringLiteral("16:00")});
        QCOMPARE(shift.exitCode, 1);
        QVERIFY2(shift.err.contains("only a manager of every department"), shift.err.constData());
    }

    // Several employees move as one: when one of them may not, none does.
    void operatorMovesEmployeesOfTheirDepartmentsOnly()
    {
        QVERIFY(runs({QStringLiteral("departments"), QStringLiteral("add"), QStringLiteral("Garden")}));
        addOperator(QStringLiteral("olga"),
                    {QStringLiteral("operator"), QStringLiteral("--department"), QStringLiteral("Kitchen"),
                     QStringLiteral("--department"), QStringLiteral("Garden")});
        const QStringList assign{QStringLiteral("departments"), QStringLiteral("assign"), QStringLiteral("Garden")};
        const CliRun refused =
            as(QStringLiteral("olga"), m_bossPassword, assign + QStringList{QStringLiteral("1"), QStringLiteral("3")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("only an operator of Bar can change its employees"), refused.err.constData());
        QHash<QString, int> members;
        for (const QJsonValue &department : jsonList({QStringLiteral("departments")}))
            members.insert(department[QLatin1String("name")].toString(), department[QLatin1String("users")].toInt());
        QCOMPARE(members.value(QStringLiteral("Kitchen")), 2);
        QCOMPARE(members.value(QStringLiteral("Garden")), 0);
        QCOMPARE(jsonList({QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("olga"),
                           QStringLiteral("--action"), QStringLiteral("user.")})
                     .size(),
                 0);

        QCOMPARE(
            as(QStringLiteral("olga"), m_bossPassword, assign + QStringList{QStringLiteral("1"), QStringLiteral("2")})
                .exitCode,
            0);
        QCOMPARE(jsonList({QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("olga"),
                           QStringLiteral("--action"), QStringLiteral("user.department")})
                     .size(),
                 2);
    }

    void requiredOperatorRefusesAnonymousChangesOnly()
    {
        const QStringList require{QStringLiteral("settings"), QStringLiteral("set"),
                                  QStringLiteral("cli.require_operator")};
        QVERIFY(runs(require + QStringList{QStringLiteral("on")}));
        const CliRun anonymous = cli(
            {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-05-01"), QStringLiteral("May")});
        QCOMPARE(anonymous.exitCode, 1);
        QVERIFY2(anonymous.err.contains("cli.require_operator is on") && anonymous.err.contains("--operator NAME"),
                 anonymous.err.constData());
        for (const QString &read : {QStringLiteral("holidays"), QStringLiteral("settings"), QStringLiteral("operators"),
                                    QStringLiteral("audit")})
            QCOMPARE(cli({read}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("settings")}).out.contains("cli.require_operator"));
        QCOMPARE(cli(require + QStringList{QStringLiteral("off")}).exitCode, 1);
        QCOMPARE(
            as(QStringLiteral("boss"), m_bossPassword,
               {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-05-01"), QStringLiteral("May")})
                .exitCode,
            0);
        QCOMPARE(as(QStringLiteral("boss"), m_bossPassword, require + QStringList{QStringLiteral("off")}).exitCode, 0);
        QVERIFY(runs({QStringLiteral("holidays"), QStringLiteral("remove"), QStringLiteral("2026-05-01")}));
    }

    // Only an administrator can turn it off again: without one, nobody could change anything.
    void requiredOperatorNeedsAnAdministrator()
    {
        m_db = m_dir.filePath(QStringLiteral("without-operators.sqlite"));
        const CliRun refused = cli({QStringLiteral("settings"), QStringLiteral("set"),
                                    QStringLiteral("cli.require_operator"), QStringLiteral("on")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("needs an active administrator account"), refused.err.constData());
        QVERIFY(QRegularExpression(QStringLiteral("cli\\.require_operator +0 "))
                    .match(QString::fromUtf8(cli({QStringLiteral("settings")}).out))
                    .hasMatch());
    }

    // Each change by the login running the command is recorded as made by cli:<login>.
    void everyChangeLeavesARecordOfTheLogin_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("action");
        const QString day = QStringLiteral("2026-04-01");
        QTest::newRow("setting") << QStringList{QStringLiteral("settings"), QStringLiteral("set"),
                                                QStringLiteral("clock.auto_sync"), QStringLiteral("off")}
                                 << QStringLiteral("setting.change");
        QTest::newRow("attendance setting")
            << QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("attendance.pairing"),
                           QStringLiteral("first_last")}
            << QStringLiteral("attendance.settings");
        QTest::newRow("block") << QStringList{QStringLiteral("devices"), QStringLiteral("block"), m_devId}
                               << QStringLiteral("terminal.block");
        QTest::newRow("reset style") << QStringList{QStringLiteral("devices"), QStringLiteral("reset-style"), m_devId,
                                                    QStringLiteral("cmd_code")}
                                     << QStringLiteral("terminal.reset_style");
        QTest::newRow("shift") << QStringList{QStringLiteral("shifts"), QStringLiteral("add"),
                                              QStringLiteral("Day"),    QStringLiteral("--start"),
                                              QStringLiteral("08:00"),  QStringLiteral("--end"),
                                              QStringLiteral("16:00")}
                               << QStringLiteral("shift.add");
        QTest::newRow("holiday") << QStringList{QStringLiteral("holidays"), QStringLiteral("add"), day,
                                                QStringLiteral("Day")}
                                 << QStringLiteral("holiday.set");
        QTest::newRow("leave") << QStringList{QStringLiteral("leave"), QStringLiteral("add"), QStringLiteral("2"),
                                              QStringLiteral("--from"), day}
                               << QStringLiteral("leave.set");
        QTest::newRow("department") << QStringList{QStringLiteral("departments"), QStringLiteral("rename"),
                                                   QStringLiteral("Bar"), QStringLiteral("Terrace")}
                                    << QStringLiteral("department.rename");
        QTest::newRow("period") << QStringList{QStringLiteral("periods"),  QStringLiteral("close"),
                                               QStringLiteral("--from"),   QStringLiteral("2026-03-01"),
                                               QStringLiteral("--to"),     QStringLiteral("2026-03-31"),
                                               QStringLiteral("--reason"), QStringLiteral("March")}
                                << QStringLiteral("period.close");
        QTest::newRow("command") << QStringList{QStringLiteral("sync-time")} << QStringLiteral("command.queue");
        QTest::newRow("backup") << QStringList{QStringLiteral("backup"), m_dir.filePath(QStringLiteral("copy.sqlite")),
                                               QStringLiteral("--force")}
                                << QStringLiteral("backup.create");
    }

    void everyChangeLeavesARecordOfTheLogin()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, action);
        QVERIFY(runs(arguments));
        const QJsonObject record = newestRecord();
        QVERIFY2(record[QLatin1String("action")].toString().startsWith(action),
                 qPrintable(record[QLatin1String("action")].toString()));
        QCOMPARE(record[QLatin1String("actor")].toString(), QStringLiteral("cli:anna"));
        QCOMPARE(record[QLatin1String("actor_kind")].toString(), QStringLiteral("cli"));
    }

    void verifyFindsARecordChangedBehindPunchclocksBack()
    {
        QVERIFY(runs(
            {QStringLiteral("holidays"), QStringLiteral("add"), QStringLiteral("2026-05-01"), QStringLiteral("May")}));
        const CliRun intact = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("holds \\d+ records")).match(QString::fromUtf8(intact.out)).hasMatch(),
            intact.out.constData());
        QVERIFY(QRegularExpression(QStringLiteral("Last hash: [0-9a-f]{64}\n"))
                    .match(QString::fromUtf8(intact.out))
                    .hasMatch());
        QVERIFY(intact.out.contains("only an outside copy shows rows cut off the end"));

        {
            QString error;
            const auto tamperer = punchclock::storage::Connection::open(
                punchclock::test::testDatabaseConfig(m_db, punchclock::test::TestSchema::Current), &error);
            QVERIFY2(tamperer, qPrintable(error));
            QSqlQuery tamper(tamperer->database());
            QVERIFY2(tamper.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")),
                     qPrintable(tamper.lastError().text()));
            QCOMPARE(tamper.numRowsAffected(), 1);
        }

        const CliRun broken = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("broken at record 2: its content was changed"), broken.err.constData());
    }

    void auditIsFilteredNewestFirst()
    {
        addOperator(QStringLiteral("kim"), {QStringLiteral("manager")});
        QCOMPARE(as(QStringLiteral("kim"), m_bossPassword,
                    {QStringLiteral("leave"), QStringLiteral("add"), QStringLiteral("3"), QStringLiteral("--from"),
                     QStringLiteral("2026-04-06")})
                     .exitCode,
                 0);
        const QJsonArray byKim = jsonList({QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("kim")});
        QCOMPARE(byKim.size(), 2);
        QCOMPARE(byKim.at(0)[QLatin1String("action")].toString(), QStringLiteral("leave.set"));
        QCOMPARE(byKim.at(1)[QLatin1String("action")].toString(), QStringLiteral("sign_in"));
        QVERIFY(byKim.at(0)[QLatin1String("id")].toInteger() > byKim.at(1)[QLatin1String("id")].toInteger());
        const QJsonArray ofUser =
            jsonList({QStringLiteral("audit"), QStringLiteral("--object"), QStringLiteral("user:3")});
        QVERIFY(!ofUser.isEmpty());
        for (const QJsonValue &record : ofUser)
            QCOMPARE(record[QLatin1String("object_id")].toString(), QStringLiteral("3"));
        QCOMPARE(jsonList({QStringLiteral("audit"), QStringLiteral("--action"), QStringLiteral("operator.")}).size(),
                 2);
        const CliRun table = cli({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("leave.set") && table.out.contains("kim"));
        QVERIFY(table.err.contains("--limit"));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("2026-13-01")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliOperators)
#include "tst_clioperators.moc"
