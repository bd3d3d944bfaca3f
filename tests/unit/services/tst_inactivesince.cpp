#include "privacyfixture.h"

#include "personaldatareader.h"
#include "schemarollback.h"
#include "userrepository.h"

#include <QTest>

using namespace punchclock;
using namespace privacyfixture;

// users.inactive_since, from which biometric retention counts: set when a user is disabled or
// left on no terminal, whichever way that happens (the console, a command's result, a realtime
// enrolment), kept while they stay so, cleared when they are back.
class tst_InactiveSince : public QObject
{
    Q_OBJECT

private:
    TestDatabases m_databases;

    QSqlDatabase db() const { return m_databases.db(); }
    bool inactive(const QString &userId) const { return !inactiveSince(db(), userId).isEmpty(); }

    static protocol::UserIdRecord listed(const QString &userId)
    {
        protocol::UserIdRecord record;
        record.userId = userId;
        return record;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_databases.open()); }

    void cleanup() { m_databases.close(); }

    void leavingTheLastTerminalStartsTheClockAndComingBackStopsIt()
    {
        storage::UserRepository users(db());
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("7"), QStringLiteral("Ana"))));
        QVERIFY(!inactive(QStringLiteral("7")));
        QVERIFY(users.addMembership(devB, QStringLiteral("7"), QStringLiteral("USER")));
        QVERIFY(users.removeMembership(devA, QStringLiteral("7")));
        QVERIFY2(!inactive(QStringLiteral("7")), "still on terminal B");

        QVERIFY(users.removeMembership(devB, QStringLiteral("7")));
        const QDateTime since = storage::PersonalDataReader::utcFromText(inactiveSince(db(), QStringLiteral("7")));
        QVERIFY(since.isValid());
        QVERIFY(qAbs(since.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        QVERIFY(users.addMembership(devA, QStringLiteral("7"), QStringLiteral("USER")));
        QVERIFY(!inactive(QStringLiteral("7")));
    }

    void disablingStartsTheClockWhichKeepsItsFirstMoment()
    {
        storage::UserRepository users(db());
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("8"), QStringLiteral("Bo"))));
        QVERIFY(users.setEnabled(QStringLiteral("8"), false));
        QVERIFY(inactive(QStringLiteral("8")));
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addDays(-12);
        QVERIFY(setInactiveSince(db(), QStringLiteral("8"), earlier));

        // Still inactive, for another reason as well: the clock runs from the first.
        QVERIFY(users.removeMembership(devA, QStringLiteral("8")));
        QVERIFY(users.setEnabled(QStringLiteral("8"), true));
        QCOMPARE(storage::PersonalDataReader::utcFromText(inactiveSince(db(), QStringLiteral("8"))), earlier);

        QVERIFY(users.addMembership(devB, QStringLiteral("8"), QStringLiteral("USER")));
        QVERIFY(!inactive(QStringLiteral("8")));
        QVERIFY(!users.setEnabled(QStringLiteral("nobody"), false));
    }

    void commandResultsAndEnrolmentsKeepItToo()
    {
        storage::UserRepository users(db());
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("1"), QStringLiteral("Cy"))));
        QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("2"), QStringLiteral("Di"))));

        // GET_USER_ID_LIST: terminal A holds only 1 now (and 3, which the store had not met).
        QVERIFY(users.replaceMembership(devA, {listed(QStringLiteral("1")), listed(QStringLiteral("3"))}));
        QVERIFY(!inactive(QStringLiteral("1")));
        QVERIFY(inactive(QStringLiteral("2")));
        QVERIFY(!inactive(QStringLiteral("3")));

        // CLEAR_ENROLL_DATA
        QVERIFY(users.clearMembership(devA));
        QVERIFY(inactive(QStringLiteral("1")));
        QVERIFY(inactive(QStringLiteral("3")));

        // A realtime enrolment of a user the terminal has disabled.
        protocol::UserEnrollment disabled = person(QStringLiteral("4"), QStringLiteral("Ed"));
        disabled.enabled = false;
        QVERIFY(users.applyEnrollment(devB, disabled));
        QVERIFY(inactive(QStringLiteral("4")));
        disabled.enabled = true;
        QVERIFY(users.applyEnrollment(devB, disabled));
        QVERIFY(!inactive(QStringLiteral("4")));

        // The operator's editor and an imported credential: on no terminal yet.
        QVERIFY(users.replaceUser(person(QStringLiteral("5"), QStringLiteral("Fa"))));
        QVERIFY(inactive(QStringLiteral("5")));
        QVERIFY(users.storeCredential({}, QStringLiteral("6"), 0, "finger"));
        QVERIFY(inactive(QStringLiteral("6")));
        protocol::UserEnrollment saved = person(QStringLiteral("4"), QStringLiteral("Ed"));
        saved.enabled = false;
        QVERIFY(users.saveUser(saved));
        QVERIFY(inactive(QStringLiteral("4")));
    }

    void theMigrationStartsTheClockOfThoseInactiveThen()
    {
        // A database of schema 8 with an active user, a disabled one and one on no terminal.
        const QString path = m_databases.path(QStringLiteral("schema8.sqlite"));
        {
            auto connection = openDatabase(path);
            QVERIFY(connection);
            storage::UserRepository users(connection->database());
            QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("1"), QStringLiteral("On"))));
            QVERIFY(users.applyEnrollment(devA, person(QStringLiteral("2"), QStringLiteral("Off"))));
            QVERIFY(users.replaceUser(person(QStringLiteral("3"), QStringLiteral("Nowhere"))));
            QVERIFY(run(connection->database(), QStringLiteral("UPDATE users SET enabled = 0 WHERE user_id = '2'")));
            const QString failedUndo = test::rollBackSchema(connection->database(), 8);
            QVERIFY2(failedUndo.isEmpty(), qPrintable(failedUndo));
        }
        QString error;
        auto migrated = storage::Connection::open(test::testDatabaseConfig(path), &error);
        QVERIFY2(migrated, qPrintable(error));
        const QSqlDatabase db = migrated->database();
        QVERIFY(inactiveSince(db, QStringLiteral("1")).isEmpty());
        for (const QString &userId : {QStringLiteral("2"), QStringLiteral("3")}) {
            const QDateTime since = storage::PersonalDataReader::utcFromText(inactiveSince(db, userId));
            QVERIFY2(since.isValid(), qPrintable(inactiveSince(db, userId)));
            QVERIFY(qAbs(since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        }
    }
};

QTEST_GUILESS_MAIN(tst_InactiveSince)
#include "tst_inactivesince.moc"
