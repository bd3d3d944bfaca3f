#include "auditrepository.h"
#include "connection.h"
#include "payrollprofilelist.h"
#include "payrollprofiles.h"
#include "settingsrepository.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using engine::reports::PayrollColumn;
using engine::reports::PayrollProfile;
using engine::reports::PayrollProfileError;
using engine::reports::PayrollProfileList;
using services::Actor;
using services::Outcome;
using services::Permission;
using services::Role;

namespace {

Actor operatorWith(Role role)
{
    Actor actor;
    actor.kind = services::ActorKind::Operator;
    actor.name = services::roleName(role);
    actor.origin = QStringLiteral("console on test");
    actor.role = role;
    return actor;
}

PayrollProfile sage()
{
    PayrollProfile profile;
    profile.name = QStringLiteral("Sage");
    profile.columns = {{PayrollColumn::EmployeeId, QString(), QStringLiteral("Personnel no")},
                       {PayrollColumn::RegularHours, QString(), QStringLiteral("Hours")}};
    profile.hoursFormat = engine::reports::HoursFormat::Decimal;
    profile.decimalSeparator = QLatin1Char(',');
    profile.delimiter = QLatin1Char(';');
    return profile;
}

} // namespace

// Saving and removing payroll profiles: who may, what the audit trail keeps, and what stays
// protected.
class tst_PayrollProfiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    int m_databases = 0;
    const Actor m_administrator = operatorWith(Role::Administrator);

    QSqlDatabase db() const { return m_connection->database(); }
    QString stored() const
    {
        return storage::SettingsRepository(db()).value(QLatin1String(PayrollProfileList::SettingsKey));
    }
    PayrollProfileList profiles() const { return PayrollProfileList::fromStored(stored()); }
    QList<storage::AuditEntry> trail() const { return storage::AuditRepository(db()).list({}); }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("payroll-%1.sqlite").arg(++m_databases)),
                                     test::TestSchema::Current),
            &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void aSavedProfileIsStoredAndRecorded()
    {
        const Outcome saved = services::PayrollProfiles(db()).save(m_administrator, sage());
        QVERIFY(saved.ok());
        QCOMPARE(profiles().find(QStringLiteral("sage")).value(), sage());
        const QList<storage::AuditEntry> records = trail();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().action, QStringLiteral("payroll_profile.save"));
        QCOMPARE(records.first().objectKind, QStringLiteral("payroll_profile"));
        QCOMPARE(records.first().objectId, QStringLiteral("Sage"));
        QCOMPARE(records.first().actor, QStringLiteral("administrator"));
        QVERIFY(records.first().oldValue.isEmpty());
        QCOMPARE(records.first().newValue, sage().toJson());

        // A change of the same profile, named in another case, replaces it and says what it was.
        PayrollProfile changed = sage();
        changed.name = QStringLiteral("SAGE");
        changed.decimalPlaces = 3;
        QVERIFY(services::PayrollProfiles(db()).save(m_administrator, changed).ok());
        QCOMPARE(profiles().profiles().size(), 3);
        QCOMPARE(profiles().find(QStringLiteral("sage"))->decimalPlaces, 3);
        QCOMPARE(trail().first().oldValue, sage().toJson());
        QCOMPARE(trail().first().newValue, changed.toJson());
        // Saved again unchanged: nothing to record.
        QVERIFY(services::PayrollProfiles(db()).save(m_administrator, changed).ok());
        QCOMPARE(trail().size(), 2);
    }

    void viewingReportsIsNotEnoughToChangeProfiles()
    {
        for (const Role role : {Role::Viewer, Role::Operator, Role::Manager}) {
            const Outcome saved = services::PayrollProfiles(db()).save(operatorWith(role), sage());
            QCOMPARE(saved.status, Outcome::Status::NotAllowed);
            QCOMPARE(saved.permission, Permission::ChangeSettings);
        }
        QVERIFY(stored().isEmpty());
        QVERIFY(services::PayrollProfiles(db()).save(m_administrator, sage()).ok());
        const Outcome removed =
            services::PayrollProfiles(db()).remove(operatorWith(Role::Viewer), QStringLiteral("Sage"));
        QCOMPARE(removed.status, Outcome::Status::NotAllowed);
        QVERIFY(profiles().find(QStringLiteral("Sage")));
        QCOMPARE(trail().size(), 1);
    }

    void theShippedProfilesStayAsShipped()
    {
        PayrollProfile copy = engine::reports::shippedPayrollProfiles().constFirst();
        copy.name = QStringLiteral("Default");
        copy.delimiter = QLatin1Char(';');
        const Outcome overwritten = services::PayrollProfiles(db()).save(m_administrator, copy);
        QCOMPARE(overwritten.status, Outcome::Status::Refused);
        QCOMPARE(overwritten.error<PayrollProfileError>(), PayrollProfileError::ShippedName);
        const Outcome removed =
            services::PayrollProfiles(db()).remove(m_administrator, QStringLiteral("hours-as-decimal"));
        QCOMPARE(removed.status, Outcome::Status::Refused);
        QCOMPARE(removed.error<PayrollProfileError>(), PayrollProfileError::ShippedName);
        QCOMPARE(profiles().profiles(), engine::reports::shippedPayrollProfiles());
        QVERIFY(trail().isEmpty());
        // Under a name of its own, a copy is the site's to change.
        copy.name = QStringLiteral("Semicolons");
        QVERIFY(services::PayrollProfiles(db()).save(m_administrator, copy).ok());
    }

    void anUnusableProfileIsRefusedNamingItsColumn()
    {
        PayrollProfile profile = sage();
        profile.columns[1].header.clear();
        const Outcome saved = services::PayrollProfiles(db()).save(m_administrator, profile);
        QCOMPARE(saved.status, Outcome::Status::Refused);
        QCOMPARE(saved.error<PayrollProfileError>(), PayrollProfileError::EmptyHeader);
        QCOMPARE(saved.id, 1);
        QVERIFY(stored().isEmpty());
        QVERIFY(trail().isEmpty());
    }

    void removingRecordsWhatWasRemoved()
    {
        QVERIFY(services::PayrollProfiles(db()).save(m_administrator, sage()).ok());
        const Outcome unknown = services::PayrollProfiles(db()).remove(m_administrator, QStringLiteral("Datev"));
        QCOMPARE(unknown.status, Outcome::Status::NotFound);
        QVERIFY(services::PayrollProfiles(db()).remove(m_administrator, QStringLiteral("sage")).ok());
        QVERIFY(!profiles().find(QStringLiteral("Sage")));
        QCOMPARE(trail().first().action, QStringLiteral("payroll_profile.remove"));
        QCOMPARE(trail().first().oldValue, sage().toJson());
        QVERIFY(trail().first().newValue.isEmpty());
    }

    void storedTextThatCannotBeReadIsNotWrittenOver()
    {
        const QString handEdited = QStringLiteral("[{\"name\": \"Sage\", \"columns\": [");
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(PayrollProfileList::SettingsKey), handEdited));
        const Outcome saved = services::PayrollProfiles(db()).save(m_administrator, sage());
        QCOMPARE(saved.status, Outcome::Status::Refused);
        QCOMPARE(saved.error<PayrollProfileError>(), PayrollProfileError::InvalidStoredProfiles);
        QVERIFY(!saved.subject.isEmpty());
        const Outcome removed = services::PayrollProfiles(db()).remove(m_administrator, QStringLiteral("Sage"));
        QCOMPARE(removed.error<PayrollProfileError>(), PayrollProfileError::InvalidStoredProfiles);
        QCOMPARE(stored(), handEdited);
        QVERIFY(trail().isEmpty());
        // Exports still have the shipped profiles.
        QCOMPARE(PayrollProfileList::read(storage::SettingsRepository(db())).profiles(),
                 engine::reports::shippedPayrollProfiles());
    }
};

QTEST_GUILESS_MAIN(tst_PayrollProfiles)
#include "tst_payrollprofiles.moc"
