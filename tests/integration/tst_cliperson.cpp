#include "cliprocess.h"
#include "connection.h"
#include "operatoradmin.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using test::CliRun;

namespace {

const QString devA = QStringLiteral("A000000000000001");
const QString devB = QStringLiteral("B000000000000002");

} // namespace

// `punchclock person erase|export` and `privacy purge` as an administrator runs them: erasure is
// confirmed by typing the user id, or by --yes; never silently from a script.
class tst_CliPerson : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<storage::Connection> m_connection;

    // With stdin a pipe, as from a script.
    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &environment = test::plainEnvironment())
    {
        return test::runCli(QStringLiteral(PUNCHCLOCK_BINARY),
                            test::testDatabaseArgument(m_db, test::TestSchema::Current), arguments, environment, input);
    }

    // With stdin a terminal, as typed by a person: script(1) gives the command a pseudo-terminal.
    CliRun cliOnATerminal(const QStringList &arguments, const QByteArray &typed)
    {
        QStringList words{QStringLiteral(PUNCHCLOCK_BINARY), QStringLiteral("--db"),
                          test::testDatabaseArgument(m_db, test::TestSchema::Current)};
        words << arguments;
        for (QString &word : words)
            word = QLatin1Char('\'') + word + QLatin1Char('\'');
        QProcess process;
        process.setProcessEnvironment(test::plainEnvironment());
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qec"), words.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
        return test::finishProcess(process, typed);
    }

    QSqlDatabase db() const { return m_connection->database(); }

    int count(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    int credentialsOf(const char *userId) const
    {
        return count(
            QStringLiteral("SELECT COUNT(*) FROM credentials WHERE user_id = '%1'").arg(QLatin1String(userId)));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("punchclock.sqlite"));
        QString error;
        m_connection = storage::Connection::open(test::testDatabaseConfig(m_db, test::TestSchema::Current), &error);
        QVERIFY2(m_connection, qPrintable(error));
        storage::TerminalRepository terminals(db());
        storage::UserRepository users(db());
        for (const QString &devId : {devA, devB})
            QVERIFY(terminals.recordContact({devId, QStringLiteral("192.0.2.10"), storage::Approval::Approved, {}}));
        for (const QString &userId : {QStringLiteral("300"), QStringLiteral("400")}) {
            protocol::UserEnrollment user;
            user.userId = userId;
            user.name = QStringLiteral("Person ") + userId;
            user.photo = QByteArray("\xFF\xD8\xFF\xE0 portrait");
            user.credentials = {{0, "finger"}, {10, "1234"}, {11, "0012345678"}, {12, "face"}};
            QVERIFY(users.applyEnrollment(devA, user));
        }
        QVERIFY(users.addMembership(devB, QStringLiteral("300"), QStringLiteral("USER")));
        QVERIFY(QSqlQuery(db()).exec(
            QStringLiteral("INSERT INTO punches (dev_id, user_id, io_time, direction, source, received_at) "
                           "VALUES ('A000000000000001', '300', '2026-03-02 08:01:00', 'in', 'realtime', "
                           "'2026-03-02T07:01:00.000Z')")));
    }

    void cleanup()
    {
        m_connection.reset();
        m_dir.reset();
    }

    void eraseFromAScriptNeedsYes()
    {
        const CliRun refused = cli({QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("300")}, "300\n");
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QCOMPARE(credentialsOf("300"), 4);
    }

    void eraseOnATerminalAsksForTheUserId()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) from util-linux is needed to give the command a terminal");
        const QStringList erase{QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("300")};
        const CliRun mistyped = cliOnATerminal(erase, "400\n");
        QCOMPARE(mistyped.exitCode, 1);
        QVERIFY2(mistyped.out.contains("Type the user id"), mistyped.out.constData());
        QCOMPARE(credentialsOf("300"), 4);

        const CliRun confirmed = cliOnATerminal(erase, "300\n");
        QCOMPARE(confirmed.exitCode, 0);
        QVERIFY2(confirmed.out.contains("Erased user 300"), confirmed.out.constData());
        QVERIFY2(confirmed.out.contains("Still held by"), confirmed.out.constData());
        QCOMPARE(credentialsOf("300"), 0);
        QCOMPARE(credentialsOf("400"), 4);
    }

    void eraseWithYesKeepsPunchesAndQueuesDeleteUser()
    {
        const CliRun erased = cli({QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("300"),
                                   QStringLiteral("--from-terminals"), QStringLiteral("--yes")});
        QCOMPARE(erased.exitCode, 0);
        QVERIFY2(erased.out.contains("finger 0, password, card, face, photo"), erased.out.constData());
        const QByteArray queuedForB = "DELETE_USER queued for " + devB.toLatin1();
        QVERIFY2(erased.out.contains(queuedForB), erased.out.constData());
        QCOMPARE(credentialsOf("300"), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE user_id = '300' AND name = 'Person 300' "
                                      "AND enabled = 0 AND photo IS NULL")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM punches WHERE user_id = '300'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE cmd_code = 'DELETE_USER'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'person.erase' AND "
                                      "actor_kind = 'cli' AND object_id = '300'")),
                 1);

        const CliRun unknown =
            cli({QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("999"), QStringLiteral("--yes")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no user '999'"), unknown.err.constData());
    }

    void exportWritesTheFilesOnce()
    {
        const QString folder = m_dir->filePath(QStringLiteral("handover"));
        const QStringList exportArguments{QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("300"),
                                          QStringLiteral("-o"), folder};
        const CliRun exported = cli(exportArguments);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains("person-300.json"), exported.out.constData());
        QFile json(QDir(folder).filePath(QStringLiteral("person-300.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(document.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Person 300"));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("photo-300.jpg"))));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'person.export'")), 1);

        const CliRun again = cli(exportArguments);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("exists; nothing was written"), again.err.constData());
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("300")}).exitCode, 2);
    }

    void anOperatorAccountThatMayNotIsRefusedInWords()
    {
        const QString password = QStringLiteral("correct horse battery");
        QVERIFY(services::OperatorAdmin(db())
                    .createOperator(services::Actor::system(QStringLiteral("test")), QStringLiteral("desk"), password,
                                    services::Role::Operator, true, {})
                    .ok());
        QFile passwordFile(m_dir->filePath(QStringLiteral("password")));
        QVERIFY(passwordFile.open(QIODevice::WriteOnly));
        passwordFile.write(password.toUtf8() + '\n');
        passwordFile.close();
        QVERIFY(passwordFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QProcessEnvironment environment = test::plainEnvironment();
        environment.insert(QStringLiteral("PUNCHCLOCK_PASSWORD_FILE"), passwordFile.fileName());

        const CliRun erase = cli({QStringLiteral("--operator"), QStringLiteral("desk"), QStringLiteral("person"),
                                  QStringLiteral("erase"), QStringLiteral("300"), QStringLiteral("--yes")},
                                 {}, environment);
        QCOMPARE(erase.exitCode, 1);
        QVERIFY2(erase.err.contains("only an administrator can erase personal data"), erase.err.constData());
        QCOMPARE(credentialsOf("300"), 4);
        const CliRun exported = cli({QStringLiteral("--operator"), QStringLiteral("desk"), QStringLiteral("person"),
                                     QStringLiteral("export"), QStringLiteral("300"), QStringLiteral("-o"),
                                     m_dir->filePath(QStringLiteral("out"))},
                                    {}, environment);
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains("only an administrator can export personal data"), exported.err.constData());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("out"))));
    }

    void purgeListsThenRemovesWhatIsDue()
    {
        QVERIFY(storage::SettingsRepository(db()).setValue(QStringLiteral("privacy.biometric_retention_days"),
                                                           QStringLiteral("30")));
        QVERIFY(storage::UserRepository(db()).setEnabled(QStringLiteral("400"), false));
        QVERIFY(QSqlQuery(db()).exec(
            QStringLiteral("UPDATE users SET inactive_since = '2020-01-01T00:00:00.000Z' WHERE user_id = '400'")));
        const CliRun listed = cli({QStringLiteral("privacy"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("Person 400"), listed.out.constData());
        QCOMPARE(credentialsOf("400"), 4);

        const CliRun purged = cli({QStringLiteral("privacy"), QStringLiteral("purge")});
        QCOMPARE(purged.exitCode, 0);
        QVERIFY2(purged.out.contains("1 user purged"), purged.out.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM credentials WHERE user_id = '400' AND backup_number IN "
                                      "(10, 11)")),
                 2);
        QCOMPARE(credentialsOf("400"), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliPerson)
#include "tst_cliperson.moc"
