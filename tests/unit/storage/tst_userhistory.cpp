#include "connection.h"
#include "departmentrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::storage;
using Action = CredentialChange::Action;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");

protocol::UserEnrollment enrollment(const QString &userId, const QList<protocol::Credential> &credentials)
{
    protocol::UserEnrollment user;
    user.userId = userId;
    user.name = QStringLiteral("Alice");
    user.privilegeName = QStringLiteral("USER");
    user.credentials = credentials;
    return user;
}

QList<QPair<int, Action>> changes(const QList<CredentialChange> &history)
{
    QList<QPair<int, Action>> result;
    for (const CredentialChange &change : history)
        result.append({change.backupNumber, change.action});
    return result;
}

} // namespace

// What the Users page shows about a user's credentials: where each came from and when it
// changed, and the departments users are grouped by.
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
            Connection::open(DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("punchclock.sqlite"))), &error);
        QVERIFY2(m_connection, qPrintable(error));
        QVERIFY(TerminalRepository(m_connection->database())
                    .recordContact({devA, QStringLiteral("192.0.2.10"), Approval::Approved, QString()}));
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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
};

QTEST_GUILESS_MAIN(TestUserHistory)
#include "tst_userhistory.moc"
