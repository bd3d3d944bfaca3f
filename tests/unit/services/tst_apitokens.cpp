// Tokens of the REST API: made by an administrator, shown once and stored only hashed; a
// request presenting one acts as the token, with its scope's rights and its department, until
// it is revoked or expires.

#include "apitokens.h"

#include "auditrepository.h"
#include "connection.h"
#include "departmentadmin.h"
#include "departmentrepository.h"
#include "permission.h"
#include "storedtext.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using services::ApiScope;
using services::ApiTokens;
using services::Outcome;

namespace {

services::Actor withRole(services::Role role)
{
    services::Actor actor;
    actor.kind = services::ActorKind::Operator;
    actor.name = QStringLiteral("anna");
    actor.role = role;
    return actor;
}

} // namespace

class TestApiTokens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    int m_databases = 0;
    const services::Actor m_admin = withRole(services::Role::Administrator);

    QSqlDatabase db() const { return m_connection->database(); }

    QString make(const services::NewApiToken &token, qint64 *id = nullptr)
    {
        QString secret;
        const Outcome outcome = ApiTokens(db()).create(m_admin, token, &secret);
        if (id)
            *id = outcome.id;
        return outcome.ok() ? secret : QString();
    }

    QString everythingStored() const
    {
        return test::everythingStoredIn(db(), {QStringLiteral("api_tokens"), QStringLiteral("audit_log")});
    }

private slots:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("tokens-%1.sqlite").arg(++m_databases)),
                                     test::TestSchema::Current),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void aTokenIsShownOnceAndStoredOnlyHashed()
    {
        const QString token = make({QStringLiteral("Payroll export"), ApiScope::Read, std::nullopt, {}});
        QVERIFY(token.startsWith(QStringLiteral("pct_")));
        QVERIFY(token.size() > 50);
        const QString secret = token.section(QLatin1Char('_'), 2);
        QVERIFY(!everythingStored().contains(secret));
        QVERIFY(!everythingStored().contains(token));
        // Another token is another secret.
        QVERIFY(make({QStringLiteral("Second"), ApiScope::Read, std::nullopt, {}}) != token);
    }

    void aRequestActsAsItsTokenWithItsScope_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("role");
        QTest::newRow("read") << int(ApiScope::Read) << int(services::Role::Viewer);
        QTest::newRow("read-write") << int(ApiScope::ReadWrite) << int(services::Role::Operator);
        QTest::newRow("admin") << int(ApiScope::Admin) << int(services::Role::Administrator);
    }

    void aRequestActsAsItsTokenWithItsScope()
    {
        QFETCH(int, scope);
        QFETCH(int, role);
        const QString token = make({QStringLiteral("HR sync"), ApiScope(scope), std::nullopt, {}});
        const ApiTokens::Authentication who = ApiTokens(db()).authenticate(token, QStringLiteral("api from 192.0.2.7"));
        QCOMPARE(who.refusal, ApiTokens::Refusal::None);
        QVERIFY(who.actor);
        QCOMPARE(who.actor->kind, services::ActorKind::Api);
        QCOMPARE(who.actor->name, QStringLiteral("token:HR sync"));
        QCOMPARE(who.actor->origin, QStringLiteral("api from 192.0.2.7"));
        QCOMPARE(int(who.actor->role), role);
        QVERIFY(who.actor->allDepartments);
        // What the role allows follows: a read token changes nothing.
        QCOMPARE(services::allows(*who.actor, services::Permission::ManageUsers), scope != int(ApiScope::Read));
        QCOMPARE(services::allows(*who.actor, services::Permission::ChangeSettings), scope == int(ApiScope::Admin));
    }

    void aDepartmentTokenCoversThatDepartmentOnly()
    {
        const std::optional<qint64> kitchen = storage::DepartmentRepository(db()).create(QStringLiteral("Kitchen"));
        const std::optional<qint64> hall = storage::DepartmentRepository(db()).create(QStringLiteral("Hall"));
        QVERIFY(kitchen && hall);
        const QString token = make({QStringLiteral("Kitchen app"), ApiScope::ReadWrite, kitchen, {}});
        const auto who = ApiTokens(db()).authenticate(token, QStringLiteral("api"));
        QVERIFY(who.actor);
        QVERIFY(!who.actor->allDepartments);
        QVERIFY(services::allows(*who.actor, services::Permission::ManageUsers, kitchen));
        QVERIFY(!services::allows(*who.actor, services::Permission::ManageUsers, hall));
        QVERIFY(!services::allows(*who.actor, services::Permission::ManageUsers, std::nullopt));
    }

    void removingItsDepartmentRevokesAToken()
    {
        const std::optional<qint64> kitchen = storage::DepartmentRepository(db()).create(QStringLiteral("Kitchen"));
        QVERIFY(kitchen);
        const QString token = make({QStringLiteral("Kitchen app"), ApiScope::ReadWrite, kitchen, {}});
        QVERIFY(services::DepartmentAdmin(db()).remove(m_admin, *kitchen).ok());
        const auto who = ApiTokens(db()).authenticate(token, QStringLiteral("api"));
        QCOMPARE(who.refusal, ApiTokens::Refusal::Revoked);
        QVERIFY(!who.actor);
        storage::AuditFilter filter;
        filter.action = QStringLiteral("api_token.revoke");
        QCOMPARE(storage::AuditRepository(db()).list(filter).size(), 1);
    }

    void aWrongRevokedOrExpiredTokenIsRefused()
    {
        qint64 id = 0;
        const QString token = make(
            {QStringLiteral("Old"), ApiScope::Admin, std::nullopt, QDateTime::currentDateTimeUtc().addDays(30)}, &id);
        ApiTokens tokens(db());
        QCOMPARE(tokens.authenticate(QStringLiteral("Bearer nonsense"), {}).refusal, ApiTokens::Refusal::Malformed);
        QString forged = token;
        forged[forged.size() - 1] =
            forged.at(forged.size() - 1) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(tokens.authenticate(forged, {}).refusal, ApiTokens::Refusal::Unknown);
        QVERIFY(!tokens.authenticate(forged, {}).actor);
        QCOMPARE(tokens.authenticate(token, {}, QDateTime::currentDateTimeUtc().addDays(31)).refusal,
                 ApiTokens::Refusal::Expired);
        QVERIFY(tokens.authenticate(token, {}).actor);
        QVERIFY(tokens.revoke(m_admin, id).ok());
        const auto revoked = tokens.authenticate(token, {});
        QCOMPARE(revoked.refusal, ApiTokens::Refusal::Revoked);
        QVERIFY(!revoked.actor);
        QCOMPARE(tokens.revoke(m_admin, id).error<services::ApiTokenError>(), services::ApiTokenError::AlreadyRevoked);
    }

    void onlyAnAdministratorMakesOrRevokesTokensAndEachIsRecorded()
    {
        QString secret;
        for (const services::Role role : {services::Role::Manager, services::Role::Operator, services::Role::Viewer}) {
            const Outcome refused =
                ApiTokens(db()).create(withRole(role), {QStringLiteral("x"), ApiScope::Read, {}, {}}, &secret);
            QCOMPARE(refused.status, Outcome::Status::NotAllowed);
            QVERIFY(secret.isEmpty());
        }
        qint64 id = 0;
        QVERIFY(!make({QStringLiteral("Sync"), ApiScope::ReadWrite, std::nullopt, {}}, &id).isEmpty());
        QCOMPARE(ApiTokens(db()).revoke(withRole(services::Role::Manager), id).status, Outcome::Status::NotAllowed);
        QVERIFY(ApiTokens(db()).revoke(m_admin, id).ok());
        storage::AuditFilter filter;
        filter.objectKind = QStringLiteral("api_token");
        const QList<storage::AuditEntry> trail = storage::AuditRepository(db()).list(filter);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(0).action, QStringLiteral("api_token.revoke"));
        QCOMPARE(trail.at(1).action, QStringLiteral("api_token.create"));
        QCOMPARE(trail.at(1).actor, QStringLiteral("anna"));
        QCOMPARE(trail.at(1).newValue.value(QStringLiteral("scope")).toString(), QStringLiteral("read_write"));
    }

    void whatCannotBeATokenIsRefused()
    {
        QString secret;
        ApiTokens tokens(db());
        QCOMPARE(tokens.create(m_admin, {QStringLiteral("  "), ApiScope::Read, {}, {}}, &secret)
                     .error<services::ApiTokenError>(),
                 services::ApiTokenError::EmptyName);
        QCOMPARE(tokens
                     .create(m_admin,
                             {QStringLiteral("Late"), ApiScope::Read, {}, QDateTime::currentDateTimeUtc().addSecs(-1)},
                             &secret)
                     .error<services::ApiTokenError>(),
                 services::ApiTokenError::ExpiryPassed);
        QCOMPARE(tokens.create(m_admin, {QStringLiteral("Nowhere"), ApiScope::Read, qint64(999), {}}, &secret)
                     .error<services::ApiTokenError>(),
                 services::ApiTokenError::NoSuchDepartment);
        const std::optional<qint64> kitchen = storage::DepartmentRepository(db()).create(QStringLiteral("Kitchen"));
        QCOMPARE(tokens.create(m_admin, {QStringLiteral("Kitchen admin"), ApiScope::Admin, kitchen, {}}, &secret)
                     .error<services::ApiTokenError>(),
                 services::ApiTokenError::AdminOfADepartment);
        QVERIFY(secret.isEmpty());
        QCOMPARE(storage::ApiTokenRepository(db()).list().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiTokens)
#include "tst_apitokens.moc"
