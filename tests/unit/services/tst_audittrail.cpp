#include "auditreader.h"
#include "auditrepository.h"
#include "commandservice.h"
#include "corrections.h"
#include "connection.h"
#include "servicecall.h"
#include "terminaladmin.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using storage::AuditEntry;
using storage::AuditRepository;

// The audit trail: written with the change in one transaction, readable by filter, and
// tamper-evident: an edited or removed row breaks the chain there.
class tst_AuditTrail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    int m_databases = 0;

    QSqlDatabase db() const { return m_connection->database(); }

    void recordSome(int count)
    {
        for (int i = 0; i < count; ++i) {
            services::Actor anna;
            anna.kind = services::ActorKind::Operator;
            anna.name = QStringLiteral("anna");
            anna.origin = QStringLiteral("console on office");
            QVERIFY(services::recordEvent(db(), anna, QStringLiteral("test.event"), QStringLiteral("thing"),
                                          QString::number(i), {{QStringLiteral("n"), i}}));
        }
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = storage::Connection::open(
            test::testDatabaseConfig(m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_databases))), &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void aChangeAndItsRecordCommitTogether()
    {
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact({QStringLiteral("D1"), QStringLiteral("10.0.0.5"), storage::Approval::Pending, {}}));
        services::Actor ben;
        ben.kind = services::ActorKind::Operator;
        ben.name = QStringLiteral("ben");
        ben.origin = QStringLiteral("console on front-desk");
        QVERIFY(services::TerminalAdmin(db()).approve(ben, QStringLiteral("D1")).ok());
        const QList<AuditEntry> entries = AuditRepository(db()).list({});
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("terminal.approve"));
        QCOMPARE(entries.first().actor, QStringLiteral("ben"));
        QCOMPARE(entries.first().actorKind, QStringLiteral("operator"));
        QCOMPARE(entries.first().origin, QStringLiteral("console on front-desk"));
        QCOMPARE(entries.first().objectId, QStringLiteral("D1"));
        QCOMPARE(entries.first().oldValue.value(QStringLiteral("approval")).toString(), QStringLiteral("pending"));
        QCOMPARE(entries.first().newValue.value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));
        QCOMPARE(entries.first().prevHash, QLatin1String(AuditRepository::GenesisHash));

        // A refused change leaves no record, and nothing changed: a viewer may not block.
        services::Actor viewer = ben;
        viewer.role = services::Role::Viewer;
        const services::Outcome refused = services::TerminalAdmin(db()).block(viewer, QStringLiteral("D1"));
        QCOMPARE(refused.status, services::Outcome::Status::NotAllowed);
        QCOMPARE(refused.permission, services::Permission::ManageTerminals);
        QCOMPARE(terminals.standing(QStringLiteral("D1"))->approval, storage::Approval::Approved);
        QCOMPARE(AuditRepository(db()).list({}).size(), 1);
    }

    void recordsAreFoundByWhoWhatAndObject()
    {
        recordSome(5);
        storage::AuditFilter byObject;
        byObject.objectKind = QStringLiteral("thing");
        byObject.objectId = QStringLiteral("3");
        QCOMPARE(AuditRepository(db()).list(byObject).size(), 1);
        storage::AuditFilter byAction;
        byAction.action = QStringLiteral("test.");
        QCOMPARE(AuditRepository(db()).list(byAction).size(), 5);
        storage::AuditFilter byActor;
        byActor.actor = QStringLiteral("nobody");
        QVERIFY(AuditRepository(db()).list(byActor).isEmpty());
        storage::AuditFilter today;
        today.from = QDate::currentDate();
        today.to = today.from;
        today.limit = 2;
        const QList<AuditEntry> newest = AuditRepository(db()).list(today);
        QCOMPARE(newest.size(), 2);
        QVERIFY(newest.at(0).id > newest.at(1).id);
        // Days are this machine's: yesterday's records are none of today's.
        storage::AuditFilter yesterday;
        yesterday.from = yesterday.to = QDate::currentDate().addDays(-1);
        QVERIFY(AuditRepository(db()).list(yesterday).isEmpty());
        // Paging: older than a record, and newer than one (what a page adds since its last read).
        storage::AuditFilter older;
        older.beforeId = newest.at(1).id;
        QCOMPARE(AuditRepository(db()).list(older).size(), 3);
        storage::AuditFilter newer;
        newer.afterId = newest.at(1).id;
        QCOMPARE(AuditRepository(db()).list(newer).size(), 1);
    }

    // A terminal's history: its own records and those that name it (a command for a user sent to
    // it), not another terminal's.
    void aTerminalsHistoryHasWhatNamesIt()
    {
        storage::TerminalRepository terminals(db());
        const QString front = QStringLiteral("D96584729B906B39");
        const QString back = QStringLiteral("C2610000000000AB");
        for (const QString &devId : {front, back})
            QVERIFY(terminals.recordContact({devId, QStringLiteral("10.0.0.5"), storage::Approval::Pending, {}}));
        const services::Actor admin = services::Actor::cli(QStringLiteral("root"), QStringLiteral("office"));
        QVERIFY(services::TerminalAdmin(db()).approve(admin, front).ok());
        QVERIFY(services::TerminalAdmin(db()).approve(admin, back).ok());
        QSqlQuery sql(db());
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO users (user_id, name, created_at, updated_at) VALUES ('7', 'Ana', '', '')")));
        QVERIFY(services::CommandService(db()).renameUser(QStringLiteral("7"), QStringLiteral("Ana B"), admin).ok());

        const auto history = services::AuditReader(db()).terminalHistory(admin, front);
        QVERIFY(history);
        QStringList actions;
        for (const AuditEntry &entry : *history)
            actions << entry.action;
        // renameUser queues for every terminal holding the user: none here, so it names neither.
        QCOMPARE(actions, QStringList{QStringLiteral("terminal.approve")});
        QVERIFY(services::CommandService(db())
                    .queue(front, protocol::CommandCode::GetDeviceStatus, {}, {}, admin)
                    .ok());
        const auto after = services::AuditReader(db()).terminalHistory(admin, front);
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->first().action, QStringLiteral("command.queue"));
        QCOMPARE(services::AuditReader(db()).terminalHistory(admin, back)->size(), 1);
    }

    // A terminal renamed from the console or the CLI: the new name is stored with the command, in
    // one transaction, and the trail has the name before and after.
    void aTerminalsNewNameIsStoredWithItsCommand()
    {
        const QString devId = QStringLiteral("D96584729B906B39");
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact({devId, QStringLiteral("10.0.0.5"), storage::Approval::Approved, {}}));
        QVERIFY(terminals.setName(devId, QStringLiteral("Side door")));
        const services::Actor admin = services::Actor::cli(QStringLiteral("root"), QStringLiteral("office"));
        const auto renamed = services::CommandService(db()).queue(
            devId, protocol::CommandCode::SetFkName, {{QStringLiteral("fk_name"), QStringLiteral("Front door")}}, {}, admin);
        QVERIFY(renamed.ok());
        QCOMPARE(terminals.find(devId)->name, QStringLiteral("Front door"));
        storage::AuditFilter filter;
        filter.action = QStringLiteral("terminal.rename");
        const QList<AuditEntry> records = AuditRepository(db()).list(filter);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().oldValue.value(QStringLiteral("name")).toString(), QStringLiteral("Side door"));
        QCOMPARE(records.first().newValue.value(QStringLiteral("name")).toString(), QStringLiteral("Front door"));

        // A viewer may not: nothing is queued, the name stays.
        services::Actor viewer = admin;
        viewer.role = services::Role::Viewer;
        const auto refused = services::CommandService(db()).queue(
            devId, protocol::CommandCode::SetFkName, {{QStringLiteral("fk_name"), QStringLiteral("Back door")}}, {}, viewer);
        QCOMPARE(refused.failure, services::CommandService::Outcome::Failure::NotAllowed);
        QCOMPARE(terminals.find(devId)->name, QStringLiteral("Front door"));
        QCOMPARE(AuditRepository(db()).list(filter).size(), 1);
    }

    // An employee's history holds every correction of their punches; a day's history those that
    // touched that day, before or after the change.
    void aDaysHistoryHasTheCorrectionsThatTouchedIt()
    {
        QSqlQuery sql(db());
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO users (user_id, name, created_at, updated_at) VALUES ('7', 'Ana', '', '')")));
        const services::Actor admin = services::Actor::cli(QStringLiteral("root"), QStringLiteral("office"));
        const auto at = [](const char *text) { return protocol::walltime::fromStorage(QLatin1String(text)); };
        services::Corrections corrections(db());
        const services::Outcome added = corrections.addPunch(admin, QStringLiteral("7"), at("2026-03-02 09:00:00"),
                                                             QStringLiteral("in"), QStringLiteral("forgot"));
        QVERIFY(added.ok());
        // A terminal's punch on the 3rd (the terminal's own writes are not audited).
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {QStringLiteral("D1"), QStringLiteral("10.0.0.5"), storage::Approval::Approved, {}}));
        storage::NewPunch punch;
        punch.devId = QStringLiteral("D1");
        punch.source = QStringLiteral("realtime");
        punch.record.userId = QStringLiteral("7");
        punch.record.ioTime = at("2026-03-03 09:00:00");
        QCOMPARE(storage::PunchRepository(db()).insert(punch), storage::PunchRepository::InsertOutcome::Inserted);
        QVERIFY(sql.exec(QStringLiteral("SELECT id FROM punches WHERE user_id = '7'")) && sql.next());
        const qint64 third = sql.value(0).toLongLong();
        sql.finish();
        // Moved from the 3rd to the 4th: both days' histories show the move.
        QVERIFY(corrections.movePunch(admin, third, at("2026-03-04 08:30:00"), QStringLiteral("in"),
                                      QStringLiteral("wrong day")).ok());
        QVERIFY(corrections.revoke(admin, added.id, QStringLiteral("was there after all")).ok());

        services::AuditReader reader(db());
        QCOMPARE(reader.userHistory(admin, QStringLiteral("7"))->size(), 3);
        const auto actionsOn = [&](const char *day) {
            const auto history = reader.dayHistory(admin, QStringLiteral("7"), QDate::fromString(QLatin1String(day), Qt::ISODate));
            QStringList actions;
            for (const AuditEntry &entry : *history)
                actions << entry.action;
            return actions;
        };
        QCOMPARE(actionsOn("2026-03-02"), (QStringList{QStringLiteral("punch.revoke"), QStringLiteral("punch.add")}));
        QCOMPARE(actionsOn("2026-03-03"), QStringList{QStringLiteral("punch.move")});
        QCOMPARE(actionsOn("2026-03-04"), QStringList{QStringLiteral("punch.move")});
        QVERIFY(actionsOn("2026-03-05").isEmpty());
        const AuditEntry move = reader.dayHistory(admin, QStringLiteral("7"), QDate(2026, 3, 4))->first();
        QCOMPARE(move.oldValue.value(QStringLiteral("punch")).toInteger(), third);
    }

    void anUntouchedChainVerifies()
    {
        recordSome(4);
        const storage::AuditVerification result = AuditRepository(db()).verify();
        QVERIFY(result.ok);
        QCOMPARE(result.rows, 4);
        QCOMPARE(result.lastHash, AuditRepository(db()).list({}).first().hash);
    }

    void anEditedRowBreaksTheChainThere_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<qint64>("firstBroken");
        QTest::newRow("actor changed") << QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 3") << qint64(3);
        QTest::newRow("value changed") << QStringLiteral("UPDATE audit_log SET new_value = '{\"n\":99}' WHERE id = 2")
                                       << qint64(2);
        QTest::newRow("time changed") << QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 4")
                                      << qint64(4);
        QTest::newRow("row removed") << QStringLiteral("DELETE FROM audit_log WHERE id = 2") << qint64(3);
        QTest::newRow("hash recomputed but not the next link")
            << QStringLiteral("UPDATE audit_log SET hash = 'f00d' WHERE id = 1") << qint64(1);
    }

    void anEditedRowBreaksTheChainThere()
    {
        QFETCH(QString, tampering);
        QFETCH(qint64, firstBroken);
        recordSome(5);
        QSqlQuery query(db());
        QVERIFY2(query.exec(tampering), qPrintable(tampering));
        const storage::AuditVerification result = AuditRepository(db()).verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBrokenId, firstBroken);
        QVERIFY(!result.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
