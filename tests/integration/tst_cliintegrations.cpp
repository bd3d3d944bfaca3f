// `punchclock integrations` and `punchclock api-tokens` through the real binary on a real
// database: what a script relies on (exit codes, the option named at fault, a secret printed
// once and never stored, JSON listings).

#include "cliprocess.h"
#include "testdatabase.h"

#include "connection.h"
#include "storedtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using punchclock::test::CliRun;

class TestCliIntegrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_environment;
    int m_databases = 0;

    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return punchclock::test::runCli(
            QStringLiteral(PUNCHCLOCK_BINARY),
            punchclock::test::testDatabaseArgument(m_db, punchclock::test::TestSchema::Current), arguments,
            environment);
    }
    CliRun cli(const QStringList &arguments) { return cli(arguments, m_environment); }

    QJsonArray listing(const QStringList &command)
    {
        const CliRun run = cli(command + QStringList{QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).array();
    }

    // Every text the database holds, to look for a secret in.
    QString everythingStored()
    {
        QString error;
        const auto connection = punchclock::storage::Connection::open(
            punchclock::test::testDatabaseConfig(m_db, punchclock::test::TestSchema::Current), &error);
        return punchclock::test::everythingStoredIn(
            connection->database(), {QStringLiteral("integration_destinations"), QStringLiteral("api_tokens"),
                                     QStringLiteral("audit_log"), QStringLiteral("settings")});
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("cli-integrations-%1.sqlite").arg(++m_databases));
        m_environment = punchclock::test::plainEnvironment();
        m_environment.insert(QStringLiteral("PUNCHCLOCK_SECRET_KEY_FILE"),
                             m_dir.filePath(QStringLiteral("secrets.key")));
    }

    void aWebhookIsAddedWithASecretPrintedOnce()
    {
        const CliRun added = cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("Payroll"),
                                  QStringLiteral("--kind"), QStringLiteral("webhook"), QStringLiteral("--url"),
                                  QStringLiteral("https://payroll.example.com/in"), QStringLiteral("--events"),
                                  QStringLiteral("punch,correction"), QStringLiteral("--option"),
                                  QStringLiteral("batch_size=20"), QStringLiteral("--generate-secret")});
        QCOMPARE(added.exitCode, 0);
        const QByteArray secret = added.out.mid(added.out.lastIndexOf(": ") + 2).trimmed();
        QCOMPARE(secret.size(), 64);
        QVERIFY(!everythingStored().contains(QString::fromLatin1(secret)));

        const QJsonArray destinations = listing({QStringLiteral("integrations")});
        QCOMPARE(destinations.size(), 1);
        const QJsonObject payroll = destinations.first().toObject();
        QCOMPARE(payroll.value(QStringLiteral("kind")).toString(), QStringLiteral("webhook"));
        QCOMPARE(payroll.value(QStringLiteral("events")).toArray(),
                 (QJsonArray{QStringLiteral("punch"), QStringLiteral("correction")}));
        QCOMPARE(payroll.value(QStringLiteral("options")).toObject().value(QStringLiteral("batch_size")).toInt(), 20);
        QCOMPARE(payroll.value(QStringLiteral("backlog")).toObject().value(QStringLiteral("pending")).toInt(), 0);

        QCOMPARE(cli({QStringLiteral("integrations"), QStringLiteral("change"), QStringLiteral("Payroll"),
                      QStringLiteral("--disable")})
                     .exitCode,
                 0);
        QCOMPARE(listing({QStringLiteral("integrations")}).first()[QStringLiteral("enabled")].toBool(), false);
        QCOMPARE(cli({QStringLiteral("integrations"), QStringLiteral("replay"), QStringLiteral("Payroll"),
                      QStringLiteral("--from"), QStringLiteral("2026-11-01")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("integrations"), QStringLiteral("remove"), QStringLiteral("Payroll")}).exitCode,
                 0);
        QCOMPARE(listing({QStringLiteral("integrations")}).size(), 0);
    }

    void whatIsWrongIsNamedAndNothingIsAsked()
    {
        // No terminal and no password file: had it asked for the secret, it would say so instead.
        const CliRun noKey =
            cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("HR"), QStringLiteral("--kind"),
                 QStringLiteral("erpnext"), QStringLiteral("--url"), QStringLiteral("https://erp.example.com")});
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY2(noKey.err.contains("the option api_key is needed"), noKey.err.constData());
        const CliRun badUrl =
            cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("HR"), QStringLiteral("--kind"),
                 QStringLiteral("webhook"), QStringLiteral("--url"), QStringLiteral("erp.example.com")});
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(badUrl.err.contains("is not an http:// or https:// address"), badUrl.err.constData());
        const CliRun unknown = cli({QStringLiteral("integrations"), QStringLiteral("show"), QStringLiteral("Nobody")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no destination is called 'Nobody'"));
    }

    void aFrappeSecretIsReadFromAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("frappe-secret"));
        QFile secret(file);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("a1b2c3d4e5f6\n");
        secret.close();
        const CliRun added = cli({QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("Frappe HR"),
                                  QStringLiteral("--kind"), QStringLiteral("erpnext"), QStringLiteral("--url"),
                                  QStringLiteral("https://erp.example.com"), QStringLiteral("--option"),
                                  QStringLiteral("api_key=k-1"), QStringLiteral("--secret-file"), file});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(!added.out.contains("a1b2c3d4e5f6"));
        QVERIFY(!everythingStored().contains(QStringLiteral("a1b2c3d4e5f6")));
        const CliRun shown = cli({QStringLiteral("integrations"), QStringLiteral("show"), QStringLiteral("Frappe HR")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("Frappe HR (erpnext, on) -> https://erp.example.com"));
    }

    void anOdooDestinationTakesItsEmployeeMapAsJson()
    {
        const QString file = m_dir.filePath(QStringLiteral("odoo-key"));
        QFile key(file);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("0123456789abcdef\n");
        key.close();
        QStringList add{QStringLiteral("integrations"), QStringLiteral("add"), QStringLiteral("Odoo"),
                        QStringLiteral("--kind"), QStringLiteral("odoo"), QStringLiteral("--url"),
                        QStringLiteral("https://odoo.example.com"), QStringLiteral("--option"), QStringLiteral("api=json2"),
                        QStringLiteral("--option"), QStringLiteral("employee_match=map"), QStringLiteral("--secret-file"),
                        file, QStringLiteral("--option")};
        const CliRun broken = cli(add + QStringList{QStringLiteral("employee_map={\"7\": 12")});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains("--option employee_map: not a JSON object"), broken.err.constData());
        const CliRun added = cli(add + QStringList{QStringLiteral("employee_map={\"7\": 12, \"8\": 15}")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject options = listing({QStringLiteral("integrations")}).first()[QStringLiteral("options")].toObject();
        QCOMPARE(options.value(QStringLiteral("employee_map")).toObject(),
                 (QJsonObject{{QStringLiteral("7"), 12}, {QStringLiteral("8"), 15}}));
    }

    void anApiTokenIsPrintedOnceListedAndRevoked()
    {
        const CliRun made = cli({QStringLiteral("api-tokens"), QStringLiteral("create"), QStringLiteral("HR sync"),
                                 QStringLiteral("--scope"), QStringLiteral("read-write"), QStringLiteral("--expires"),
                                 QStringLiteral("2099-01-01")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QByteArray token = made.out.split('\n').value(1).trimmed();
        QVERIFY2(token.startsWith("pct_"), made.out.constData());
        QVERIFY(!everythingStored().contains(QString::fromLatin1(token.mid(4 + 17))));
        QJsonArray tokens = listing({QStringLiteral("api-tokens")});
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first()[QStringLiteral("scope")].toString(), QStringLiteral("read_write"));
        QCOMPARE(tokens.first()[QStringLiteral("state")].toString(), QStringLiteral("active"));
        const QString id = QString::number(tokens.first()[QStringLiteral("id")].toInteger());
        QCOMPARE(cli({QStringLiteral("api-tokens"), QStringLiteral("revoke"), id}).exitCode, 0);
        QCOMPARE(listing({QStringLiteral("api-tokens")}).first()[QStringLiteral("state")].toString(),
                 QStringLiteral("revoked"));
        const CliRun again = cli({QStringLiteral("api-tokens"), QStringLiteral("revoke"), id});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already revoked"));
        QCOMPARE(cli({QStringLiteral("api-tokens"), QStringLiteral("create"), QStringLiteral("x"),
                      QStringLiteral("--scope"), QStringLiteral("everything")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliIntegrations)
#include "tst_cliintegrations.moc"
