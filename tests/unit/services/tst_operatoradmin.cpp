#include "auditrepository.h"
#include "connection.h"
#include "operatoradmin.h"
#include "operatorrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using services::OperatorAdmin;
using services::OperatorError;
using services::Outcome;
using services::Role;

namespace {

const QString origin = QStringLiteral("console on office");
const QString annaPassword = QStringLiteral("correct horse battery");

} // namespace

// Operator accounts: the first administrator, passwords (Argon2id, never in clear, checked for
// length and the name), sign-in with a growing wait after failures, the last administrator.
class tst_OperatorAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    int m_databases = 0;

    QSqlDatabase db() const { return m_connection->database(); }

    services::Actor anna()
    {
        services::Actor actor;
        const Outcome signedIn = OperatorAdmin(db()).signIn(QStringLiteral("anna"), annaPassword, origin, &actor);
        if (!signedIn.ok())
            qFatal("anna cannot sign in");
        return actor;
    }

    QStringList actionsInTrail()
    {
        QStringList actions;
        for (const storage::AuditEntry &entry : storage::AuditRepository(db()).list({}))
            actions.prepend(entry.action);
        return actions;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("operators-%1.sqlite").arg(++m_databases))),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
        OperatorAdmin admin(db());
        QVERIFY(admin.needsFirstAdministrator());
        QVERIFY(admin.createFirstAdministrator(QStringLiteral("anna"), annaPassword, origin).ok());
        QVERIFY(!admin.needsFirstAdministrator());
    }

    void cleanup() { m_connection.reset(); }

    void theFirstAdministratorIsCreatedOnce()
    {
        const Outcome again = OperatorAdmin(db()).createFirstAdministrator(QStringLiteral("eve"), annaPassword, origin);
        QCOMPARE(again.status, Outcome::Status::Refused);
        QCOMPARE(again.error<OperatorError>(), OperatorError::FirstAdministratorExists);
        const QList<storage::OperatorRow> operators = storage::OperatorRepository(db()).list();
        QCOMPARE(operators.size(), 1);
        QCOMPARE(operators.first().role, QStringLiteral("administrator"));
        QCOMPARE(operators.first().createdBy, QStringLiteral("first-run set-up"));
    }

    void passwordsAreHashedAndNeverStored()
    {
        const storage::OperatorRow stored = *storage::OperatorRepository(db()).findByName(QStringLiteral("anna"));
        QVERIFY2(stored.passwordHash.startsWith(QLatin1String("$argon2id$")), qPrintable(stored.passwordHash));
        QVERIFY(!stored.passwordHash.contains(annaPassword));
        anna();
        // Nothing the store holds, in any table, contains the password.
        const QStringList names = db().tables();
        QVERIFY(names.contains(QLatin1String("operators")));
        for (const QString &table : names) {
            QSqlQuery rows(db());
            QVERIFY(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            while (rows.next()) {
                for (int column = 0; column < rows.record().count(); ++column)
                    QVERIFY2(!rows.value(column).toString().contains(annaPassword), qPrintable(table));
            }
        }
    }

    void weakPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<OperatorError>("error");
        QTest::newRow("short") << QStringLiteral("ben") << QStringLiteral("short1") << OperatorError::PasswordTooShort;
        QTest::newRow("nine") << QStringLiteral("ben") << QStringLiteral("123456789") << OperatorError::PasswordTooShort;
        QTest::newRow("name inside") << QStringLiteral("benjamin") << QStringLiteral("my-Benjamin-2026")
                                     << OperatorError::PasswordContainsName;
        QTest::newRow("fine") << QStringLiteral("ben") << QStringLiteral("ten chars!") << OperatorError::None;
    }

    void weakPasswordsAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(OperatorError, error);
        QCOMPARE(OperatorAdmin::checkPassword(name, password), error);
        const Outcome created = OperatorAdmin(db()).createOperator(anna(), name, password, Role::Viewer, true, {});
        QCOMPARE(created.ok(), error == OperatorError::None);
        if (!created.ok())
            QCOMPARE(created.error<OperatorError>(), error);
    }

    void failedSignInsAreRecordedAndMakeTheNextWait()
    {
        OperatorAdmin admin(db());
        services::Actor actor;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const Outcome failed = admin.signIn(QStringLiteral("ANNA"), QStringLiteral("wrong password"), origin, &actor);
            QCOMPARE(failed.error<OperatorError>(), OperatorError::WrongPassword);
        }
        // The third failure in a row makes the next attempt wait, even with the right password.
        const Outcome waiting = admin.signIn(QStringLiteral("anna"), annaPassword, origin, &actor);
        QCOMPARE(waiting.error<OperatorError>(), OperatorError::Waiting);
        QVERIFY(waiting.id > 0 && waiting.id <= 2);
        // An unknown name fails the same way and is recorded too.
        QCOMPARE(admin.signIn(QStringLiteral("nobody"), annaPassword, origin, &actor).error<OperatorError>(),
                 OperatorError::WrongPassword);
        QCOMPARE(actionsInTrail(), (QStringList{QStringLiteral("operator.create"), QStringLiteral("sign_in.failed"),
                                                QStringLiteral("sign_in.failed"), QStringLiteral("sign_in.failed"),
                                                QStringLiteral("sign_in.refused_waiting"),
                                                QStringLiteral("sign_in.failed")}));
        // Once the wait is over (set back in time here), the right password signs in and clears it.
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("UPDATE operators SET last_failed_at = '2020-01-01T00:00:00.000Z'")));
        QVERIFY(admin.signIn(QStringLiteral("anna"), annaPassword, origin, &actor).ok());
        QCOMPARE(actor.name, QStringLiteral("anna"));
        QCOMPARE(actor.role, Role::Administrator);
        QCOMPARE(actor.origin, origin);
        QCOMPARE(storage::OperatorRepository(db()).findByName(QStringLiteral("anna"))->failedSignIns, 0);
        QCOMPARE(actionsInTrail().last(), QStringLiteral("sign_in"));
    }

    void theLastAdministratorStays()
    {
        OperatorAdmin admin(db());
        const services::Actor administrator = anna();
        const qint64 annaId = administrator.operatorId;
        QCOMPARE(admin.setDisabled(administrator, annaId, true).error<OperatorError>(), OperatorError::LastAdministrator);
        QCOMPARE(admin.changeRole(administrator, annaId, Role::Manager, true, {}).error<OperatorError>(),
                 OperatorError::LastAdministrator);
        const Outcome second = admin.createOperator(administrator, QStringLiteral("carl"), QStringLiteral("sunny window 42"),
                                                    Role::Administrator, true, {});
        QVERIFY(second.ok());
        QVERIFY(admin.setDisabled(administrator, annaId, true).ok());
        services::Actor actor;
        QCOMPARE(admin.signIn(QStringLiteral("anna"), annaPassword, origin, &actor).error<OperatorError>(),
                 OperatorError::Disabled);
        QCOMPARE(admin.setDisabled(administrator, second.id, true).error<OperatorError>(), OperatorError::LastAdministrator);
    }

    void onlyAnAdministratorManagesAccounts()
    {
        OperatorAdmin admin(db());
        const services::Actor administrator = anna();
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO departments (name) VALUES ('Plant') RETURNING id")) && query.next());
        const qint64 plant = query.value(0).toLongLong();
        query.finish();
        const Outcome manager = admin.createOperator(administrator, QStringLiteral("maria"), QStringLiteral("quiet river 17"),
                                                     Role::Manager, false, {plant});
        QVERIFY(manager.ok());
        services::Actor maria;
        QVERIFY(admin.signIn(QStringLiteral("maria"), QStringLiteral("quiet river 17"), origin, &maria).ok());
        QCOMPARE(maria.role, Role::Manager);
        QVERIFY(!maria.allDepartments);
        QCOMPARE(maria.departments, QSet<qint64>{plant});
        const Outcome refused = admin.createOperator(maria, QStringLiteral("tom"), QStringLiteral("purple engine 3"),
                                                     Role::Administrator, true, {});
        QCOMPARE(refused.status, Outcome::Status::NotAllowed);
        QCOMPARE(refused.permission, services::Permission::ManageOperators);
        QCOMPARE(admin.resetPassword(maria, administrator.operatorId, QStringLiteral("stolen password")).status,
                 Outcome::Status::NotAllowed);
        // Everyone changes their own, knowing the current one.
        QCOMPARE(admin.changeOwnPassword(maria, QStringLiteral("not it"), QStringLiteral("green lantern 9")).error<OperatorError>(),
                 OperatorError::WrongPassword);
        QVERIFY(admin.changeOwnPassword(maria, QStringLiteral("quiet river 17"), QStringLiteral("green lantern 9")).ok());
        // Unlocking confirms it is still her, and hands back the account as it is now.
        services::Actor current;
        QVERIFY(admin.confirm(maria, QStringLiteral("green lantern 9"), &current).ok());
        QCOMPARE(current.name, maria.name);
        QCOMPARE(current.role, maria.role);
        QVERIFY(!admin.confirm(maria, annaPassword).ok());
        // An administrator resets it; the record says who and whose, never the password.
        QVERIFY(admin.resetPassword(administrator, manager.id, QStringLiteral("reset by anna")).ok());
        const storage::AuditEntry reset = storage::AuditRepository(db()).list({}).first();
        QCOMPARE(reset.action, QStringLiteral("operator.reset_password"));
        QCOMPARE(reset.actor, QStringLiteral("anna"));
        QCOMPARE(reset.objectId, QStringLiteral("maria"));
        QVERIFY(reset.newValue.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OperatorAdmin)
#include "tst_operatoradmin.moc"
