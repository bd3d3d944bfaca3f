#include "connection.h"
#include "departmentrepository.h"
#include "migrator.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "userenrollment.h"
#include "useridrecordcodec.h"
#include "userrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::storage;
using Action = CredentialChange::Action;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");
const QString devB = QStringLiteral("C2610000000000AB");
const QString alice = QStringLiteral("7");
const QByteArray finger0(600, '\x10');
const QByteArray finger1(600, '\x11');

protocol::UserEnrollment enrollment(const QString &userId, const QList<protocol::Credential> &credentials)
{
    protocol::UserEnrollment user;
    user.userId = userId;
    user.name = QStringLiteral("Alice");
    user.privilegeName = QStringLiteral("USER");
    user.credentials = credentials;
    return user;
}

QList<int> storedNumbers(const UserRepository &users, const QString &userId = alice)
{
    QList<int> numbers;
    for (const CredentialInfo &credential : users.credentials(userId))
        numbers << credential.backupNumber;
    return numbers;
}

bool run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

QList<QPair<int, Action>> changes(const QList<CredentialChange> &history)
{
    QList<QPair<int, Action>> result;
    for (const CredentialChange &change : history)
        result.append({change.backupNumber, change.action});
    return result;
}

} // namespace

// What the Users page shows about a user's credentials: where each came from, when it changed and
// which terminal holds it (a terminal's report of a whole user replaces its set; a credential
// removed from every terminal leaves the store), and the departments users are grouped by.
class TestUserHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_connection =
            Connection::open(punchclock::test::testDatabaseConfig(m_dir->filePath(QStringLiteral("punchclock.sqlite"))), &error);
        QVERIFY2(m_connection, qPrintable(error));
        for (const QString &devId : {devA, devB})
            QVERIFY(TerminalRepository(m_connection->database())
                        .recordContact({devId, QStringLiteral("192.0.2.10"), Approval::Approved, QString()}));
    }

    void cleanup()
    {
        m_connection.reset();
        m_dir.reset();
    }

    void enrollmentFromTerminalIsRecordedWithItsSource()
    {
        UserRepository users(m_connection->database());
        QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("7"), {{0, "finger"}, {11, "12345"}})));

        const QList<CredentialChange> history = users.history(QStringLiteral("7"));
        QCOMPARE(changes(history), (QList<QPair<int, Action>>{{11, Action::Added}, {0, Action::Added}}));
        QCOMPARE(history.first().sourceDevId, devA);
        QVERIFY(history.first().changedBy.isEmpty());
        QVERIFY(history.first().at.isValid());

        const QList<CredentialInfo> credentials = users.credentials(QStringLiteral("7"));
        QCOMPARE(credentials.size(), 2);
        QCOMPARE(credentials.at(0).backupNumber, 0);
        QCOMPARE(credentials.at(0).size, qsizetype(6));
        QCOMPARE(credentials.at(0).sourceDevId, devA);
        QCOMPARE(credentials.at(1).backupNumber, 11);
    }

    void sameDataAgainIsNoChangeButDifferentDataIsReplaced()
    {
        UserRepository users(m_connection->database());
        QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("7"), {{0, "finger"}})));
        QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("7"), {{0, "finger"}})));
        QVERIFY(users.storeCredential(devA, QStringLiteral("7"), 0, "other finger"));
        QCOMPARE(changes(users.history(QStringLiteral("7"))),
                 (QList<QPair<int, Action>>{{0, Action::Replaced}, {0, Action::Added}}));
        QCOMPARE(users.credential(QStringLiteral("7"), 0), QByteArray("other finger"));
    }

    void operatorReplacingUserRecordsRemovalsAndWho()
    {
        UserRepository users(m_connection->database());
        QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("7"), {{0, "finger"}, {10, "1234"}})));
        users.setChangedBy(QStringLiteral("office"));
        QVERIFY(users.replaceUser(enrollment(QStringLiteral("7"), {{0, "finger"}, {11, "999"}})));

        const QList<CredentialChange> history = users.history(QStringLiteral("7"));
        QCOMPARE(changes(history), (QList<QPair<int, Action>>{{11, Action::Added},
                                                              {10, Action::Removed},
                                                              {10, Action::Added},
                                                              {0, Action::Added}}));
        QCOMPARE(history.at(0).changedBy, QStringLiteral("office"));
        QVERIFY(history.at(0).sourceDevId.isEmpty());
        QCOMPARE(history.at(1).changedBy, QStringLiteral("office"));
        QVERIFY(users.credential(QStringLiteral("7"), 10).isEmpty());
        // Untouched data keeps where it came from.
        QCOMPARE(users.credentials(QStringLiteral("7")).first().backupNumber, 0);
        QCOMPARE(users.credentials(QStringLiteral("7")).first().sourceDevId, devA);
    }

    void historyIsPerUser()
    {
        UserRepository users(m_connection->database());
        QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("7"), {{0, "a"}})));
        QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("8"), {{1, "b"}})));
        QCOMPARE(changes(users.history(QStringLiteral("8"))), (QList<QPair<int, Action>>{{1, Action::Added}}));
        QVERIFY(users.history(QStringLiteral("9")).isEmpty());
    }

    void photoReadsBack()
    {
        UserRepository users(m_connection->database());
        protocol::UserEnrollment user = enrollment(QStringLiteral("7"), {});
        user.photo = QByteArray("\xff\xd8jpeg", 6);
        QVERIFY(users.replaceUser(user));
        QCOMPARE(users.photo(QStringLiteral("7")), user.photo);
        QVERIFY(users.photo(QStringLiteral("8")).isEmpty());
    }

    void departmentsGroupUsers()
    {
        UserRepository users(m_connection->database());
        DepartmentRepository departments(m_connection->database());
        QVERIFY(users.replaceUser(enrollment(QStringLiteral("7"), {})));

        const std::optional<qint64> kitchen = departments.create(QStringLiteral(" Kitchen "));
        QVERIFY(kitchen);
        QCOMPARE(departments.create(QStringLiteral("Kitchen")), kitchen);
        QVERIFY(!departments.create(QStringLiteral("  ")));
        const std::optional<qint64> office = departments.create(QStringLiteral("Office"));
        QVERIFY(office && *office != *kitchen);

        QVERIFY(departments.assign(QStringLiteral("7"), kitchen));
        QVERIFY(!departments.assign(QStringLiteral("unknown"), kitchen));
        QCOMPARE(users.list().first().department, QStringLiteral("Kitchen"));
        QCOMPARE(users.list().first().departmentId, kitchen);

        QList<DepartmentRow> rows = departments.list();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).name, QStringLiteral("Kitchen"));
        QCOMPARE(rows.at(0).userCount, 1);
        QCOMPARE(rows.at(1).userCount, 0);

        QVERIFY(!departments.rename(*kitchen, QStringLiteral("Office")));
        QVERIFY(departments.rename(*kitchen, QStringLiteral("Catering")));
        QCOMPARE(users.list().first().department, QStringLiteral("Catering"));

        QVERIFY(departments.remove(*kitchen));
        QCOMPARE(departments.list().size(), 1);
        QVERIFY(!users.list().first().departmentId);
        QVERIFY(users.list().first().department.isEmpty());

        QVERIFY(departments.assign(QStringLiteral("7"), office));
        QVERIFY(departments.assign(QStringLiteral("7"), std::nullopt));
        QVERIFY(!users.list().first().departmentId);
    }

    void aCredentialLeavesTheStoreWhenTheLastTerminalDropsIt()
    {
        UserRepository users(m_connection->database());
        const protocol::UserEnrollment whole = enrollment(alice, {{0, finger0}, {1, finger1}, {11, "12345"}});
        QVERIFY(users.applyEnrollment(devA, whole));
        QVERIFY(users.applyEnrollment(devB, whole));

        // The card was revoked on A: B still holds it, so the store keeps it for B.
        QVERIFY(users.applyEnrollment(devA, enrollment(alice, {{0, finger0}, {1, finger1}})));
        QCOMPARE(users.credentialsHeldBy(devA, alice), (QList<int>{0, 1}));
        QCOMPARE(users.credentialsHeldBy(devB, alice), (QList<int>{0, 1, 11}));
        QCOMPARE(storedNumbers(users), (QList<int>{0, 1, 11}));
        QCOMPARE(users.loadAsHeldBy(alice, devA)->credentials.size(), 2);

        // Gone from B too: gone from the store, recorded as removed by B.
        QVERIFY(users.applyEnrollment(devB, enrollment(alice, {{0, finger0}})));
        QCOMPARE(storedNumbers(users), (QList<int>{0, 1}));
        QCOMPARE(users.credentialsHeldBy(devB, alice), (QList<int>{0}));
        const CredentialChange removal = users.history(alice).first();
        QCOMPARE(removal.backupNumber, 11);
        QCOMPARE(removal.action, Action::Removed);
        QCOMPARE(removal.sourceDevId, devB);
        QVERIFY(removal.changedBy.isEmpty());
    }

    void whatNoTerminalEverHeldIsNotRemovedByAReport()
    {
        UserRepository users(m_connection->database());
        QVERIFY(users.applyEnrollment(devA, enrollment(alice, {{0, finger0}})));
        users.setChangedBy(QStringLiteral("alice.admin"));
        QVERIFY(users.storeCredential({}, alice, 11, "987654"));

        QVERIFY(users.applyEnrollment(devA, enrollment(alice, {{0, finger0}, {1, finger1}})));
        QCOMPARE(storedNumbers(users), (QList<int>{0, 1, 11}));
        QCOMPARE(users.credentialsHeldBy(devA, alice), (QList<int>{0, 1}));
    }

    void aTerminalThatNoLongerHoldsTheUserHoldsNoneOfItsCredentials()
    {
        UserRepository users(m_connection->database());
        QVERIFY(users.applyEnrollment(devA, enrollment(alice, {{0, finger0}})));
        QVERIFY(users.removeMembership(devA, alice));
        QVERIFY(users.credentialsHeldBy(devA, alice).isEmpty());
        // Removing the user from a terminal keeps it stored, to be sent again.
        QCOMPARE(storedNumbers(users), (QList<int>{0}));
    }

    void listedUsersTakeTheListsPrivilegeAndStayIncomplete()
    {
        UserRepository users(m_connection->database());
        protocol::UserIdRecord manager;
        manager.userId = QStringLiteral("9");
        manager.privilege = protocol::Privilege::Manager;
        manager.credentials.fingers = 2;
        QVERIFY(users.replaceMembership(devA, {manager}));
        QCOMPARE(users.load(QStringLiteral("9"))->privilegeName, QStringLiteral("MANAGER"));
        QVERIFY(users.isIncomplete(QStringLiteral("9")));

        // The operator's edit of such a user does not make it whole: they never saw its fingers.
        protocol::UserEnrollment edited = enrollment(QStringLiteral("9"), {});
        edited.privilegeName = QStringLiteral("MANAGER");
        QVERIFY(users.replaceUser(edited));
        QVERIFY(users.isIncomplete(QStringLiteral("9")));

        QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("9"), {{0, finger0}, {1, finger1}})));
        QVERIFY(!users.isIncomplete(QStringLiteral("9")));
        // A user the operator defined whole is complete from the start.
        QVERIFY(users.replaceUser(enrollment(QStringLiteral("10"), {})));
        QVERIFY(!users.isIncomplete(QStringLiteral("10")));
    }

    void digitsAreStoredWithoutTheNulWhicheverTerminalSentThem()
    {
        UserRepository users(m_connection->database());
        QVERIFY(users.applyEnrollment(devA, enrollment(alice, {{10, QByteArray("6720\0", 5)}})));
        QVERIFY(users.applyEnrollment(devB, enrollment(alice, {{10, "6720"}})));
        QCOMPARE(users.credential(alice, 10), QByteArray("6720"));
        // One change only: the two forms are the same password.
        QCOMPARE(users.history(alice).size(), 1);
    }

    void schema11DatabaseStartsFromItsMemberships()
    {
        // Schema 11 predates PostgreSQL support: only SQLite files were ever at it, so the test
        // builds one whatever engine the suite runs on.
        const QString path = m_dir->filePath(QStringLiteral("schema11.sqlite"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema11"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QVERIFY(run(old, QStringLiteral("PRAGMA foreign_keys = ON")));
            const Migrator::Result built = Migrator(old).migrate(11);
            QVERIFY2(built.ok && built.toVersion == 11, qPrintable(built.message));
            for (const char *sql : {
                     "INSERT INTO terminals (dev_id, first_seen, last_seen) VALUES ('D96584729B906B39', 'x', 'x'), "
                     "('C2610000000000AB', 'x', 'x')",
                     "INSERT INTO users (user_id, name, created_at, updated_at) VALUES ('7', 'Alice', 'x', 'x'), "
                     "('9', '', 'x', 'x'), ('10', '', 'x', 'x')",
                     // Alice as schema 11 kept her: one set, the password as terminal A sent it.
                     "INSERT INTO credentials VALUES ('7', 0, X'0102', 'D96584729B906B39', 'x'), "
                     "('7', 10, X'3637323000', 'D96584729B906B39', 'x'), ('7', 11, X'3132', 'C2610000000000AB', 'x')",
                     "INSERT INTO terminal_users (dev_id, user_id, privilege, updated_at) VALUES "
                     "('D96584729B906B39', '7', 'USER', 'x'), ('C2610000000000AB', '7', 'USER', 'x'), "
                     // 9 came from two lists, a manager on B; 10 was added here and is on no terminal.
                     "('D96584729B906B39', '9', 'USER', 'x'), ('C2610000000000AB', '9', 'MANAGER', 'x')",
                 })
                QVERIFY(run(old, QLatin1String(sql)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema11"));

        QString error;
        const std::unique_ptr<Connection> upgraded = Connection::open(DatabaseConfig::sqlite(path), &error);
        QVERIFY2(upgraded, qPrintable(error));
        const QSqlDatabase db = upgraded->database();
        UserRepository users(db);
        // Each holder was sent everything stored, so each holds all of it.
        QCOMPARE(users.credentialsHeldBy(devA, alice), (QList<int>{0, 10, 11}));
        QCOMPARE(users.credentialsHeldBy(devB, alice), (QList<int>{0, 10, 11}));
        QCOMPARE(users.credential(alice, 10), QByteArray("6720"));
        QCOMPARE(TerminalRepository(db).standing(devA)->digitForm, protocol::DigitForm::WithNul);
        QCOMPARE(TerminalRepository(db).standing(devB)->digitForm, protocol::DigitForm::Plain);
        QVERIFY(users.isIncomplete(QStringLiteral("9")));
        QCOMPARE(users.load(QStringLiteral("9"))->privilegeName, QStringLiteral("MANAGER"));
        QVERIFY(!users.isIncomplete(QStringLiteral("10")));
        QVERIFY(!users.isIncomplete(alice));

        // And the upgraded store follows the terminals from there on.
        QVERIFY(users.applyEnrollment(devA, enrollment(alice, {{0, "\x01\x02"}})));
        QVERIFY(users.applyEnrollment(devB, enrollment(alice, {{0, "\x01\x02"}})));
        QCOMPARE(storedNumbers(users), (QList<int>{0}));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
};

QTEST_GUILESS_MAIN(TestUserHistory)
#include "tst_userhistory.moc"
