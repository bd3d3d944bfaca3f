// Destinations are a change of settings: only an administrator makes them, each change is in
// the audit trail without the secret, the secret is stored sealed, and what the kind needs is
// asked for by name.

#include "integrationadmin.h"
#include "secretbox.h"

#include "auditrepository.h"
#include "connection.h"
#include "destinationrepository.h"
#include "storedtext.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using services::DestinationSettings;
using services::IntegrationError;
using services::Outcome;

namespace {

const QString Secret = QStringLiteral("s3cr3t-of-the-hook");

DestinationSettings webhook()
{
    DestinationSettings settings;
    settings.name = QStringLiteral("Payroll hook");
    settings.kind = QStringLiteral("webhook");
    settings.url = QStringLiteral("https://payroll.example.com/punches");
    settings.secret = Secret;
    return settings;
}

services::Actor withRole(services::Role role)
{
    services::Actor actor;
    actor.kind = services::ActorKind::Operator;
    actor.name = QStringLiteral("someone");
    actor.role = role;
    return actor;
}

} // namespace

class TestIntegrationAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    std::optional<services::SecretBox> m_box;
    int m_databases = 0;
    const services::Actor m_admin = withRole(services::Role::Administrator);

    QSqlDatabase db() const { return m_connection->database(); }
    services::IntegrationAdmin admin() const { return services::IntegrationAdmin(db(), &*m_box); }

    QList<storage::AuditEntry> trail() const
    {
        storage::AuditFilter filter;
        filter.objectKind = QStringLiteral("integration");
        return storage::AuditRepository(db()).list(filter);
    }

    // Every text the database holds about destinations, and their audit records.
    QString everythingStored() const
    {
        return test::everythingStoredIn(db(),
                                        {QStringLiteral("integration_destinations"), QStringLiteral("audit_log")});
    }

private slots:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("integrations-%1.sqlite").arg(++m_databases)),
                                     test::TestSchema::Current),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
        m_box = services::SecretBox::open(m_dir.filePath(QStringLiteral("secrets.key")), true, &error);
        QVERIFY2(m_box, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void onlyAnAdministratorAddsADestination()
    {
        for (const services::Role role : {services::Role::Manager, services::Role::Operator, services::Role::Viewer}) {
            const Outcome refused = admin().add(withRole(role), webhook());
            QCOMPARE(refused.status, Outcome::Status::NotAllowed);
            QCOMPARE(refused.permission, services::Permission::ChangeSettings);
        }
        QCOMPARE(storage::DestinationRepository(db()).list().size(), 0);
        const Outcome added = admin().add(m_admin, webhook());
        QVERIFY(added.ok());
        QCOMPARE(storage::DestinationRepository(db()).find(added.id)->name, QStringLiteral("Payroll hook"));
    }

    void theSecretIsSealedAndNeverInTheTrail()
    {
        const Outcome added = admin().add(m_admin, webhook());
        QVERIFY(added.ok());
        QVERIFY(!everythingStored().contains(Secret));
        const storage::DestinationRow row = *storage::DestinationRepository(db()).find(added.id);
        QString error;
        QCOMPARE(m_box->unseal(row.sealedSecret, &error), std::optional<QString>(Secret));
        const QList<storage::AuditEntry> records = trail();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().action, QStringLiteral("integration.add"));
        QCOMPARE(records.first().newValue.value(QStringLiteral("secret")).toString(), QStringLiteral("set"));
        QCOMPARE(records.first().newValue.value(QStringLiteral("url")).toString(), webhook().url);
        if (!test::testsRunOnPostgres()) {
            m_connection.reset();
            QFile file(m_dir.filePath(QStringLiteral("integrations-%1.sqlite").arg(m_databases)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(Secret.toUtf8()));
        }
    }

    void aChangeKeepsTheSecretUnlessANewOneIsGiven()
    {
        const qint64 id = admin().add(m_admin, webhook()).id;
        DestinationSettings changed = webhook();
        changed.secret.reset();
        changed.url = QStringLiteral("https://payroll.example.com/v2/punches");
        QVERIFY(admin().change(m_admin, id, changed).ok());
        QString error;
        const storage::DestinationRow kept = *storage::DestinationRepository(db()).find(id);
        QCOMPARE(kept.url, changed.url);
        QCOMPARE(m_box->unseal(kept.sealedSecret, &error), std::optional<QString>(Secret));
        changed.secret = QStringLiteral("rotated");
        QVERIFY(admin().change(m_admin, id, changed).ok());
        QCOMPARE(m_box->unseal(storage::DestinationRepository(db()).find(id)->sealedSecret, &error),
                 std::optional<QString>(QStringLiteral("rotated")));
        QCOMPARE(trail().first().newValue.value(QStringLiteral("secret")).toString(), QStringLiteral("changed"));
        QVERIFY(!everythingStored().contains(QStringLiteral("rotated")));

        changed.kind = QStringLiteral("erpnext");
        const Outcome kind = admin().change(m_admin, id, changed);
        QCOMPARE(kind.error<IntegrationError>(), IntegrationError::BadOption);
        QCOMPARE(kind.subject, QStringLiteral("kind"));
    }

    void whatIsWrongIsNamed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("subject");
        const QString site = QStringLiteral("https://erp.example.com");
        const QJsonObject key{{QStringLiteral("api_key"), QStringLiteral("k")}};
        QTest::newRow("unknown kind") << "ftp" << site << QJsonObject() << true << int(IntegrationError::UnknownKind)
                                      << "ftp";
        QTest::newRow("no scheme") << "webhook"
                                   << "payroll.example.com/x" << QJsonObject() << true << int(IntegrationError::BadUrl)
                                   << "payroll.example.com/x";
        QTest::newRow("file url") << "webhook"
                                  << "file:///etc/passwd" << QJsonObject() << true << int(IntegrationError::BadUrl)
                                  << "file:///etc/passwd";
        QTest::newRow("no secret") << "webhook" << site << QJsonObject() << false
                                   << int(IntegrationError::SecretMissing) << "";
        QTest::newRow("batch of none") << "webhook" << site << QJsonObject{{QStringLiteral("batch_size"), 0}} << true
                                       << int(IntegrationError::BadOption) << "batch_size";
        QTest::newRow("timeout as text") << "webhook" << site
                                         << QJsonObject{{QStringLiteral("timeout_s"), QStringLiteral("10")}} << true
                                         << int(IntegrationError::BadOption) << "timeout_s";
        QTest::newRow("erpnext without key")
            << "erpnext" << site << QJsonObject() << true << int(IntegrationError::OptionMissing) << "api_key";
        QJsonObject v12 = key;
        v12.insert(QStringLiteral("method"), QStringLiteral("v12"));
        QTest::newRow("erpnext unknown method")
            << "erpnext" << site << v12 << true << int(IntegrationError::BadOption) << "method";
        QTest::newRow("erpnext in clear") << "erpnext"
                                          << "http://erp.example.com" << key << true
                                          << int(IntegrationError::InsecureUrl) << "http://erp.example.com";
        QTest::newRow("password in the url") << "webhook"
                                             << "https://user:pw@hooks.example.com/in" << QJsonObject() << true
                                             << int(IntegrationError::BadUrl) << "https://user:pw@hooks.example.com/in";
        QTest::newRow("option mistyped") << "webhook" << site << QJsonObject{{QStringLiteral("batchsize"), 10}} << true
                                         << int(IntegrationError::BadOption) << "batchsize";
        QTest::newRow("odoo without database") << "odoo" << site << QJsonObject{{QStringLiteral("user_id"), 2}} << true
                                               << int(IntegrationError::OptionMissing) << "database";
        const QJsonObject odooLogin{{QStringLiteral("database"), QStringLiteral("prod")},
                                    {QStringLiteral("user_id"), 2}};
        QJsonObject xmlrpc = odooLogin;
        xmlrpc.insert(QStringLiteral("api"), QStringLiteral("xmlrpc"));
        QTest::newRow("odoo unknown api")
            << "odoo" << site << xmlrpc << true << int(IntegrationError::BadOption) << "api";
        QJsonObject badMap = odooLogin;
        badMap.insert(QStringLiteral("employee_match"), QStringLiteral("map"));
        badMap.insert(QStringLiteral("employee_map"), QJsonObject{{QStringLiteral("7"), QStringLiteral("Ana")}});
        QTest::newRow("odoo map of names")
            << "odoo" << site << badMap << true << int(IntegrationError::BadOption) << "employee_map";
        QTest::newRow("odoo 19 without key")
            << "odoo" << site << QJsonObject{{QStringLiteral("api"), QStringLiteral("json2")}} << false
            << int(IntegrationError::SecretMissing) << "";
    }

    void whatIsWrongIsNamed()
    {
        QFETCH(QString, kind);
        QFETCH(QString, url);
        QFETCH(QJsonObject, options);
        QFETCH(bool, withSecret);
        QFETCH(int, error);
        QFETCH(QString, subject);
        DestinationSettings settings = webhook();
        settings.kind = kind;
        settings.url = url;
        settings.options = options;
        if (!withSecret)
            settings.secret.reset();
        const Outcome refused = admin().add(m_admin, settings);
        QCOMPARE(refused.status, Outcome::Status::Refused);
        QCOMPARE(int(refused.error<IntegrationError>()), error);
        QCOMPARE(refused.subject, subject);
        QCOMPARE(storage::DestinationRepository(db()).list().size(), 0);
        QCOMPARE(trail().size(), 0);
    }

    void namesAreUniqueWhateverTheirCase()
    {
        QVERIFY(admin().add(m_admin, webhook()).ok());
        DestinationSettings again = webhook();
        again.name = QStringLiteral("payroll HOOK ");
        QCOMPARE(admin().add(m_admin, again).error<IntegrationError>(), IntegrationError::NameTaken);
    }

    void aSecretSealedUnderAnotherKeyIsRefusedWithWhatToDo()
    {
        QString error;
        const std::optional<services::SecretBox> other =
            services::SecretBox::open(m_dir.filePath(QStringLiteral("other.key")), true, &error);
        QVERIFY(other);
        QVERIFY(other->keyId() != m_box->keyId());
        QVERIFY(!other->unseal(m_box->seal(Secret), &error));
        QVERIFY2(error.contains(QStringLiteral("another key file")), qPrintable(error));
        // A character of the ciphertext itself (the last ones may be padding bits only).
        QString tampered = m_box->seal(Secret);
        const qsizetype inside = tampered.lastIndexOf(QLatin1Char(':')) + 30;
        tampered[inside] = tampered.at(inside) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!m_box->unseal(tampered, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        // The key file is the owner's alone.
        QCOMPARE(QFile(m_box->keyFile()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void retryAndReplayAreRecorded()
    {
        const qint64 id = admin().add(m_admin, webhook()).id;
        QVERIFY(admin().retry(m_admin, id, {storage::OutboxStatus::Failed}).ok());
        QVERIFY(admin().replay(m_admin, id, QDate(2026, 11, 1)).ok());
        QCOMPARE(admin().replay(m_admin, id, QDate()).error<IntegrationError>(), IntegrationError::BadOption);
        QCOMPARE(admin().retry(withRole(services::Role::Manager), id, {storage::OutboxStatus::Failed}).status,
                 Outcome::Status::NotAllowed);
        const QList<storage::AuditEntry> records = trail();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).action, QStringLiteral("integration.replay"));
        QCOMPARE(records.at(0).newValue.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(records.at(1).action, QStringLiteral("integration.retry"));
        QVERIFY(admin().remove(m_admin, id).ok());
        QCOMPARE(trail().first().action, QStringLiteral("integration.remove"));
        QCOMPARE(admin().remove(m_admin, id).status, Outcome::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationAdmin)
#include "tst_integrationadmin.moc"
