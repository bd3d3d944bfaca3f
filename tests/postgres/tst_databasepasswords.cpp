#include "cliprocess.h"
#include "shareddatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;
using test::CliRun;

namespace {

const QString password = QStringLiteral("Kq7-secret-9x");

} // namespace

// The CLI on a PostgreSQL server that asks for a password, as a production server does: the
// password comes from ~/.pgpass (PGPASSFILE), else from a prompt (PUNCHCLOCK_PASSWORD_FILE for
// scripts), is refused in the URL, and never shows in what the command prints.
class tst_DatabasePasswords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // no ~/.pgpass of the developer's
    QString m_url;

    CliRun run(const QStringList &arguments, const QHash<QString, QString> &variables = {})
    {
        QProcessEnvironment environment = test::plainEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // the console's case
        environment.remove(QStringLiteral("PGPASSFILE"));
        environment.remove(QStringLiteral("PGPASSWORD"));
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            environment.insert(it.key(), it.value());
        const CliRun result = test::runProcess(QStringLiteral(PUNCHCLOCK_BINARY), arguments, environment);
        // Whatever happened, the password is not repeated.
        for (const QByteArray &output : {result.out, result.err})
            if (output.contains(password.toUtf8()))
                qFatal("the password appeared in the output: %s", output.constData());
        return result;
    }

    QString writeFile(const QString &name, const QString &content)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const std::optional<storage::DatabaseConfig> cluster = test::postgresTestDatabase();
        PUNCHCLOCK_REQUIRE_POSTGRES();
        QVERIFY(m_home.isValid());
        // A role of its own with a password, owning a new database (the throwaway cluster lets
        // only the invoking user's role in without one).
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setDatabaseName(cluster->path);
        admin.setHostName(cluster->host);
        QVERIFY(admin.open());
        QSqlQuery query(admin);
        const QString role = QStringLiteral("clerk_%1").arg(QCoreApplication::applicationPid());
        QVERIFY(query.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)));
        QVERIFY(query.exec(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(role)));
        storage::DatabaseConfig clerk = *cluster;
        clerk.user = role;
        clerk.path = role;
        m_url = clerk.displayName();
    }

    void aPasswordInTheUrlIsRefusedUnrepeated()
    {
        const QString url = QStringLiteral("postgresql://clerk:%1@localhost/site").arg(password);
        const CliRun refused = run({QStringLiteral("--db"), url, QStringLiteral("devices")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("carries a password") && refused.err.contains(".pgpass"), refused.err.constData());
        // The console's command line says the same, before any window.
        const CliRun console = run({QStringLiteral("--db"), url});
        QCOMPARE(console.exitCode, 2);
        QVERIFY2(console.err.contains("carries a password"), console.err.constData());
    }

    void withoutAPasswordItSaysWhereToPutOne()
    {
        const CliRun asked = run({QStringLiteral("--db"), m_url, QStringLiteral("devices")});
        QCOMPARE(asked.exitCode, 1);
        QVERIFY2(asked.err.contains("is needed, and there is no terminal to ask on") &&
                     asked.err.contains("PUNCHCLOCK_PASSWORD_FILE"),
                 asked.err.constData());
    }

    void thePasswordFileOfLibpqIsRead()
    {
        const QString pgpass = writeFile(QStringLiteral("pgpass"), QStringLiteral("*:*:*:*:%1\n").arg(password));
        const CliRun listed = run({QStringLiteral("--db"), m_url, QStringLiteral("devices")},
                                  {{QStringLiteral("PGPASSFILE"), pgpass}});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains("DEV_ID"), listed.out.constData());
    }

    void thePromptTakesIt()
    {
        const QString answers = writeFile(QStringLiteral("answers"), password + QLatin1Char('\n'));
        const CliRun listed = run({QStringLiteral("--db"), m_url, QStringLiteral("devices")},
                                  {{QStringLiteral("PUNCHCLOCK_PASSWORD_FILE"), answers}});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains("DEV_ID"), listed.out.constData());
    }

    void aWrongPasswordIsRefusedInTheServersWords()
    {
        const QString answers = writeFile(QStringLiteral("wrong"), QStringLiteral("not-%1\n").arg(password));
        const CliRun refused = run({QStringLiteral("--db"), m_url, QStringLiteral("devices")},
                                   {{QStringLiteral("PUNCHCLOCK_PASSWORD_FILE"), answers}});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("password authentication failed"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_DatabasePasswords)
#include "tst_databasepasswords.moc"
