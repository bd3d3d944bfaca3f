#include "punchbatch.h"

#include "connection.h"
#include "contactrecorder.h"
#include "testdatabase.h"
#include "transactionbatcher.h"
#include "walltime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;
using Outcome = engine::PunchBatch::Outcome;

// The realtime punches of one transaction go into the database together; a punch the database
// refuses must cost only its own answer.
class tst_PunchBatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;

    engine::PunchBatch::Entry entry(const QString &devId, const QString &userId, int second, QList<Outcome> *outcomes)
    {
        engine::PunchBatch::Entry entry;
        entry.contact.devId = devId;
        entry.contact.remoteAddress = QStringLiteral("192.0.2.7");
        entry.punch.devId = devId;
        entry.punch.source = QStringLiteral("realtime");
        entry.punch.record.userId = userId;
        entry.punch.record.ioTime = protocol::walltime::make(QDate(2026, 12, 7), QTime(8, 0, second));
        entry.done = [outcomes](Outcome outcome) { outcomes->append(outcome); };
        return entry;
    }

    // The database refuses punches of user "refused", as it would a value it cannot take.
    void refuseUser()
    {
        QSqlQuery query(m_connection->database());
        if (m_connection->config().isPostgres()) {
            QVERIFY(query.exec(QStringLiteral(
                "CREATE FUNCTION refuse_user() RETURNS trigger LANGUAGE plpgsql AS "
                "$$BEGIN IF NEW.user_id = 'refused' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                "RETURN NEW; END$$")));
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_user BEFORE INSERT ON punches "
                                              "FOR EACH ROW EXECUTE FUNCTION refuse_user()")));
        } else {
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_user BEFORE INSERT ON punches "
                                              "WHEN NEW.user_id = 'refused' "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        }
    }

    QStringList storedUsers() const
    {
        QSqlQuery query(m_connection->database());
        query.exec(QStringLiteral("SELECT user_id FROM punches ORDER BY user_id"));
        QStringList users;
        while (query.next())
            users << query.value(0).toString();
        return users;
    }

    // Runs the batch as the engine does: one item of a TransactionBatcher.
    void write(engine::PunchBatch &batch)
    {
        storage::TerminalRepository terminals(m_connection->database());
        storage::PunchRepository punches(m_connection->database());
        engine::ContactRecorder contacts(terminals);
        engine::TransactionBatcher batcher(m_connection->database());
        batcher.enqueue([&](QSqlDatabase &db) { return batch.write(db, contacts, punches); },
                        [&batch](bool stored) { batch.finish(stored); });
        batcher.flush();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        // A database of its own per test function.
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
        m_connection = storage::Connection::open(test::testDatabaseConfig(file, test::TestSchema::Current), &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void punchesOfNewTerminalsAreStoredAndAnswered()
    {
        QList<Outcome> outcomes;
        engine::PunchBatch batch;
        batch.add(entry(QStringLiteral("NEW1"), QStringLiteral("1"), 0, &outcomes));
        batch.add(entry(QStringLiteral("NEW2"), QStringLiteral("2"), 0, &outcomes));
        batch.add(entry(QStringLiteral("NEW1"), QStringLiteral("1"), 0, &outcomes)); // sent again at once
        write(batch);
        QCOMPARE(outcomes, (QList<Outcome>{Outcome::Inserted, Outcome::Inserted, Outcome::Duplicate}));
        QCOMPARE(storedUsers(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(storage::TerminalRepository(m_connection->database()).standing(QStringLiteral("NEW2")));
    }

    void aRefusedPunchCostsOnlyItsOwnAnswer()
    {
        refuseUser();
        QList<Outcome> outcomes;
        engine::PunchBatch batch;
        batch.add(entry(QStringLiteral("T1"), QStringLiteral("a"), 1, &outcomes));
        batch.add(entry(QStringLiteral("T2"), QStringLiteral("refused"), 2, &outcomes));
        batch.add(entry(QStringLiteral("T3"), QStringLiteral("b"), 3, &outcomes));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("writing them one by one")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused by the test")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused by the test")));
        write(batch);
        QCOMPARE(outcomes, (QList<Outcome>{Outcome::Inserted, Outcome::Failed, Outcome::Inserted}));
        QCOMPARE(storedUsers(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        // The terminals' contacts were written again after the rollback, T2's with its punch gone.
        storage::TerminalRepository terminals(m_connection->database());
        QVERIFY(terminals.standing(QStringLiteral("T1")));
        QVERIFY(terminals.standing(QStringLiteral("T3")));
    }

    void nothingIsAnsweredStoredWhenTheCommitFails()
    {
        QList<Outcome> outcomes;
        engine::PunchBatch batch;
        batch.add(entry(QStringLiteral("T1"), QStringLiteral("a"), 1, &outcomes));
        batch.finish(false);
        QCOMPARE(outcomes, QList<Outcome>{Outcome::Failed});
    }
};

QTEST_GUILESS_MAIN(tst_PunchBatch)
#include "tst_punchbatch.moc"
