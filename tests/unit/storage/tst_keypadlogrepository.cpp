// The store of terminals' administrator logs: a record downloaded again is stored once.

#include "adminlogrecords.h"
#include "connection.h"
#include "keypadlogrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "walltime.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using namespace punchclock::storage;

namespace {

const QString dev = QStringLiteral("D96584729B906B39");
const QString otherDev = QStringLiteral("C2610000000000AB");

protocol::AdminLogRecord record(protocol::AdminAction action, const char *manager, const char *user,
                                const char *storageTime, int target = 0)
{
    return test::hs101AdminLogRecord(int(action), manager, user, storageTime, target);
}

protocol::AdminLogRecord undecoded(const QByteArray &bytes)
{
    protocol::AdminLogRecord log;
    log.raw = bytes;
    return log;
}

} // namespace

class TestKeypadLogRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_connection;
    int m_databases = 0;

    QSqlDatabase db() const { return m_connection->database(); }

    QList<KeypadLogRow> all(const KeypadLogFilter &filter = {}) const
    {
        bool ok = false;
        const QList<KeypadLogRow> rows = KeypadLogRepository(db()).list(filter, &ok);
        if (!ok)
            qWarning("the keypad log could not be read");
        return rows;
    }

private slots:
    void init()
    {
        QString error;
        m_connection = Connection::open(
            punchclock::test::testDatabaseConfig(m_dir.filePath(QStringLiteral("keypad-%1.sqlite").arg(++m_databases))), &error);
        QVERIFY2(m_connection, qPrintable(error));
        TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact(
            {dev, QStringLiteral("192.0.2.10"), Approval::Approved, QStringLiteral("FKDataHS101")}));
        QVERIFY(terminals.recordContact({otherDev, QStringLiteral("192.0.2.11"), Approval::Approved, QString()}));
    }

    void cleanup() { m_connection.reset(); }

    void downloadingAgainStoresNothingNew()
    {
        const QList<protocol::AdminLogRecord> march{
            record(protocol::AdminAction::EnrollUser, "1", "15", "2026-03-02 08:10:00", 0),
            record(protocol::AdminAction::DeleteUser, "1", "16", "2026-03-09 12:00:00"),
        };
        KeypadLogRepository repository(db());
        const auto first = repository.import(dev, march, 7);
        QVERIFY(first.ok);
        QCOMPARE(first.imported, 2);
        QCOMPARE(first.duplicates, 0);

        // An overlapping range: one known record, one new one.
        const QList<protocol::AdminLogRecord> overlap{
            march.at(1),
            record(protocol::AdminAction::TimeSettings, "1", "", "2026-03-20 17:00:00"),
        };
        const auto second = repository.import(dev, overlap, 8);
        QVERIFY(second.ok);
        QCOMPARE(second.imported, 1);
        QCOMPARE(second.duplicates, 1);
        QCOMPARE(all().size(), 3);

        // The same records from another terminal are that terminal's own.
        QCOMPARE(repository.import(otherDev, march, 9).imported, 2);
        QCOMPARE(all({dev, {}, {}}).size(), 3);
    }

    void identicalActionsOfOneMinuteAreBothKept()
    {
        // A manager who enrols the same finger twice in one minute writes two identical records.
        const auto twice = record(protocol::AdminAction::EnrollUser, "1", "15", "2026-03-02 08:10:00", 3);
        KeypadLogRepository repository(db());
        QCOMPARE(repository.import(dev, {twice, twice}, 1).imported, 2);
        // Downloaded again: still two, not four; a third one in a later download is new.
        const auto again = repository.import(dev, {twice, twice}, 2);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(repository.import(dev, {twice, twice, twice}, 3).imported, 1);
        QCOMPARE(all().size(), 3);
    }

    void rowsCarryTheRecordAndTheNamesTheStoreKnows()
    {
        protocol::UserEnrollment manager;
        manager.userId = QStringLiteral("1");
        manager.name = QStringLiteral("Maya Santos");
        manager.privilegeName = QStringLiteral("MANAGER");
        QVERIFY(UserRepository(db()).applyEnrollment(dev, manager));

        const auto enrolled = record(protocol::AdminAction::EnrollUser, "1", "15", "2026-03-02 08:10:00", 12);
        QVERIFY(KeypadLogRepository(db()).import(dev, {enrolled}, 5).ok);
        const QList<KeypadLogRow> rows = all();
        QCOMPARE(rows.size(), 1);
        const KeypadLogRow &row = rows.at(0);
        QVERIFY(row.decoded);
        QCOMPARE(row.devId, dev);
        QCOMPARE(row.kind, int(protocol::AdminAction::EnrollUser));
        QCOMPARE(row.target, 12);
        QCOMPARE(row.managerId, QStringLiteral("1"));
        QCOMPARE(row.managerName, QStringLiteral("Maya Santos"));
        QCOMPARE(row.userId, QStringLiteral("15"));
        QVERIFY(row.userName.isEmpty()); // not in the store
        QCOMPARE(row.loggedAt, protocol::walltime::fromStorage(QStringLiteral("2026-03-02 08:10:00")));
        QCOMPARE(row.record, enrolled.raw);
        QVERIFY(row.receivedAt.isValid());
    }

    void datesFilterAndUndecodedRecordsStay()
    {
        KeypadLogRepository repository(db());
        QVERIFY(repository
                    .import(dev,
                            {record(protocol::AdminAction::EnrollUser, "1", "15", "2026-03-01 23:59:00"),
                             record(protocol::AdminAction::EnrollUser, "1", "16", "2026-03-02 00:00:00"),
                             record(protocol::AdminAction::EnrollUser, "1", "17", "2026-03-03 23:59:00"),
                             record(protocol::AdminAction::EnrollUser, "1", "18", "2026-03-04 00:00:00"),
                             undecoded(QByteArray::fromHex("00112233445566778899"))},
                            1)
                    .ok);
        const QList<KeypadLogRow> rows = all({dev, QDate(2026, 3, 2), QDate(2026, 3, 3)});
        QCOMPARE(rows.size(), 3);
        // Newest first, the record without a time last: it cannot be placed, so no date hides it.
        QCOMPARE(rows.at(0).userId, QStringLiteral("17"));
        QCOMPARE(rows.at(1).userId, QStringLiteral("16"));
        QVERIFY(!rows.at(2).decoded);
        QVERIFY(!rows.at(2).loggedAt.isValid());
        QCOMPARE(rows.at(2).record, QByteArray::fromHex("00112233445566778899"));
        QCOMPARE(all({dev, QDate(2026, 3, 4), {}}).size(), 2);
        QCOMPARE(all({dev, {}, QDate(2026, 3, 1)}).size(), 2);
    }

    void undecodedRecordsAreDeduplicatedByTheirBytes()
    {
        KeypadLogRepository repository(db());
        const auto raw = undecoded(QByteArray(40, '\x07'));
        QCOMPARE(repository.import(dev, {raw}, 1).imported, 1);
        QCOMPARE(repository.import(dev, {raw}, 2).duplicates, 1);
        QCOMPARE(all().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKeypadLogRepository)
#include "tst_keypadlogrepository.moc"
