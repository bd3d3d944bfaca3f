#include "bscommframe.h"
#include "connection.h"
#include "dashboardqueries.h"
#include "jobrepository.h"
#include "migrator.h"
#include "pollinfo.h"
#include "punchrepository.h"
#include "schemarollback.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "walltime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <time.h>
#include <tuple>

using namespace punchclock;
using namespace punchclock::storage;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");
const QString devB = QStringLiteral("C2610000000000AB");

QDateTime wallTime(const QString &storageText)
{
    return protocol::walltime::fromStorage(storageText);
}

protocol::PollInfo pollFrom(const QByteArray &json)
{
    return protocol::PollInfo::parse(protocol::BsCommFrame(QJsonDocument::fromJson(json).object()));
}

NewPunch punch(const QString &devId, const QString &userId, const QDateTime &ioTime, const QByteArray &photo = {})
{
    NewPunch punch;
    punch.devId = devId;
    punch.source = QStringLiteral("realtime");
    punch.record.userId = userId;
    punch.record.ioTime = ioTime;
    punch.record.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS101, 1);
    punch.record.verifyModeRaw = 1;
    punch.record.verifyMethods = {protocol::VerifyMethod::Fingerprint};
    punch.record.photo = photo;
    return punch;
}

protocol::UserEnrollment enrollment(const QString &userId, const QString &name,
                                    const QList<protocol::Credential> &credentials, const QByteArray &photo = {})
{
    protocol::UserEnrollment user;
    user.userId = userId;
    user.name = name;
    user.privilegeName = QStringLiteral("USER");
    user.credentials = credentials;
    user.photo = photo;
    return user;
}

QStringList punchKeys(const QList<PunchRow> &rows)
{
    QStringList keys;
    for (const PunchRow &row : rows)
        keys.append(row.devId.left(1) + QLatin1Char('/') + row.userId + QLatin1Char('/')
                    + protocol::walltime::toStorage(row.ioTime));
    return keys;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void contactCreatesPendingTerminal();
    void standingsOfManyInOneRead();
    void pollStoresTerminalInfo();
    void pollWithoutFkInfoKeepsFirmware();
    void pollIntervalIsSmoothed();
    void pollIntervalIgnoresLongFirstGap();
    void setApproval();
    void terminalsListedByName();

    void duplicatePunchIsCounted();
    void samePunchOnAnotherTerminal();
    void punchPhoto();
    void punchOfUnknownTerminalFails();
    void manyPunchesInOneWrite();
    void queryFilters_data();
    void queryFilters();
    void queryPaging();
    void punchInDstGapReadsBack();
    void pulledLogsAreImportedOnce();

    void enrollmentCreatesUser();
    void laterEnrollmentMergesCredentials();

    void settings();

    void failedJobsFollowOneRule();
    void jobHistoryTellsWhatChanged();
    void olderJobsGetTheirFailureOnMigration();

private:
    bool contact(const QString &devId, Approval approvalIfNew = Approval::Pending,
                 const QString &library = QString());
    qint64 job(const QString &commandCode);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_connection;
};

void TestRepositories::initTestCase()
{
    // A site with daylight saving time: stored wall-clock times must never pass through it.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_connection =
        Connection::open(punchclock::test::testDatabaseConfig(m_dir->filePath(QStringLiteral("punchclock.sqlite"))), &error);
    QVERIFY2(m_connection, qPrintable(error));
}

void TestRepositories::cleanup()
{
    m_connection.reset();
    m_dir.reset();
}

bool TestRepositories::contact(const QString &devId, Approval approvalIfNew, const QString &library)
{
    return TerminalRepository(m_connection->database())
        .recordContact({devId, QStringLiteral("192.0.2.10"), approvalIfNew, library});
}

void TestRepositories::contactCreatesPendingTerminal()
{
    TerminalRepository terminals(m_connection->database());
    QVERIFY(!terminals.standing(devA));
    QVERIFY(terminals.recordContact({devA, QStringLiteral("192.0.2.10"), Approval::Pending,
                                     QStringLiteral("FKDataHS101")}));

    const std::optional<TerminalRow> row = terminals.find(devA);
    QVERIFY(row);
    QCOMPARE(row->approval, Approval::Pending);
    QCOMPARE(row->remoteAddress, QStringLiteral("192.0.2.10"));
    QCOMPARE(row->recordLibrary, QStringLiteral("FKDataHS101"));
    QVERIFY(row->firstSeen.isValid());
    QVERIFY(!row->lastPoll.isValid());

    // approvalIfNew only applies to a terminal heard of for the first time.
    QVERIFY(terminals.recordContact({devA, QStringLiteral("192.0.2.11"), Approval::Approved,
                                     QStringLiteral("FKDataHS103")}));
    const std::optional<TerminalStanding> standing = terminals.standing(devA);
    QVERIFY(standing);
    QCOMPARE(standing->approval, Approval::Pending);
    QCOMPARE(standing->recordLibrary, QStringLiteral("FKDataHS101"));
    QCOMPARE(terminals.find(devA)->remoteAddress, QStringLiteral("192.0.2.11"));

    QVERIFY(terminals.recordContact({devB, QStringLiteral("192.0.2.12"), Approval::Approved, QString()}));
    QCOMPARE(terminals.standing(devB)->approval, Approval::Approved);
}

// The engine reads the standings of a batch's terminals at once; each must be what a read of
// that one terminal gives, whatever the number asked (the statement pads to powers of two).
void TestRepositories::standingsOfManyInOneRead()
{
    TerminalRepository terminals(m_connection->database());
    QStringList asked;
    for (int i = 0; i < 70; ++i) {
        const QString devId = QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0'));
        asked.append(devId);
        if (i % 3 == 0)
            continue; // never registered
        QVERIFY(terminals.recordContact({devId, QStringLiteral("192.0.2.%1").arg(i), Approval::Pending,
                                         i % 2 ? QStringLiteral("FKDataHS101") : QString()}));
        if (i % 5 == 0)
            QVERIFY(terminals.setApproval(devId, Approval::Blocked));
    }
    for (const qsizetype count : {qsizetype(1), qsizetype(3), qsizetype(64), qsizetype(70)}) {
        const QStringList ids = asked.mid(0, count);
        const std::optional<QHash<QString, TerminalStanding>> found = terminals.standings(ids);
        QVERIFY(found);
        for (const QString &devId : ids) {
            const std::optional<TerminalStanding> one = terminals.standing(devId);
            QCOMPARE(found->contains(devId), one.has_value());
            if (!one)
                continue;
            const TerminalStanding &many = found->value(devId);
            QCOMPARE(many.approval, one->approval);
            QCOMPARE(many.recordLibrary, one->recordLibrary);
            QCOMPARE(many.remoteAddress, one->remoteAddress);
        }
        QCOMPARE(found->size(), std::count_if(ids.cbegin(), ids.cend(), [](const QString &id) {
                     return id.mid(1).toInt() % 3 != 0;
                 }));
    }
    QCOMPARE(terminals.standings({QStringLiteral("T005")})->value(QStringLiteral("T005")).approval,
             Approval::Blocked);
    QVERIFY(terminals.standings({})->isEmpty());
}

void TestRepositories::pollStoresTerminalInfo()
{
    TerminalRepository terminals(m_connection->database());
    const protocol::PollInfo poll =
        pollFrom(R"({"fk_info":{"firmware":"ZFKL101HS100 V2.69 MG BS2A","firmware_filename":"zfkl101",)"
                 R"("fk_bin_data_lib":"FKDataHS101","fp_data_ver":128,)"
                 R"("supported_enroll_data":["PASSWORD","IDCARD","FP"]},)"
                 R"("fk_name":"fk_device","fk_time":"20190103130159"})");
    QVERIFY(terminals.recordPoll({devA, QStringLiteral("192.0.2.10"), Approval::Pending, QString()}, poll, -42));

    const std::optional<TerminalRow> row = terminals.find(devA);
    QVERIFY(row);
    QCOMPARE(row->name, QStringLiteral("fk_device"));
    QCOMPARE(row->firmware, QStringLiteral("ZFKL101HS100 V2.69 MG BS2A"));
    QCOMPARE(row->firmwareFilename, QStringLiteral("zfkl101"));
    QCOMPARE(row->recordLibrary, QStringLiteral("FKDataHS101"));
    QCOMPARE(row->fpDataVersion, 128);
    QCOMPARE(row->supportedEnrollData,
             (QStringList{QStringLiteral("PASSWORD"), QStringLiteral("IDCARD"), QStringLiteral("FP")}));
    QCOMPARE(row->terminalClock, protocol::walltime::make(QDate(2019, 1, 3), QTime(13, 1, 59)));
    QVERIFY(row->clockDriftSeconds);
    QCOMPARE(*row->clockDriftSeconds, qint64(-42));
    QVERIFY(row->lastPoll.isValid());
    QCOMPARE(terminals.standing(devA)->recordLibrary, QStringLiteral("FKDataHS101"));
}

void TestRepositories::pollWithoutFkInfoKeepsFirmware()
{
    TerminalRepository terminals(m_connection->database());
    const TerminalContact contact{devA, QStringLiteral("192.0.2.10"), Approval::Pending, QString()};
    QVERIFY(terminals.recordPoll(contact,
                                 pollFrom(R"({"fk_info":{"firmware":"WS535BW1_BSCS_v1.5.31",)"
                                          R"("fk_bin_data_lib":"FKDataHS101","fp_data_ver":128},)"
                                          R"("fk_name":"gate","fk_time":"20260326080000"})"),
                                 0));

    const protocol::PollInfo bare = pollFrom(R"({"fk_name":"","fk_time":"20260326081500"})");
    QVERIFY(bare.rawInfo.isEmpty());
    QVERIFY(terminals.recordPoll(contact, bare, 5));

    const std::optional<TerminalRow> row = terminals.find(devA);
    QVERIFY(row);
    QCOMPARE(row->firmware, QStringLiteral("WS535BW1_BSCS_v1.5.31"));
    QCOMPARE(row->recordLibrary, QStringLiteral("FKDataHS101"));
    QCOMPARE(row->fpDataVersion, 128);
    QCOMPARE(row->name, QStringLiteral("gate"));
    QCOMPARE(row->terminalClock, protocol::walltime::make(QDate(2026, 3, 26), QTime(8, 15)));
    QVERIFY(row->clockDriftSeconds);
    QCOMPARE(*row->clockDriftSeconds, qint64(5));
}

namespace {

// Moves the terminal's last poll into the past, as if that much time had gone by since.
bool lastPollSecondsAgo(const QSqlDatabase &db, const QString &devId, qint64 seconds)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE terminals SET last_poll = ? WHERE dev_id = ?"));
    query.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODateWithMs));
    query.addBindValue(devId);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace

void TestRepositories::pollIntervalIsSmoothed()
{
    TerminalRepository terminals(m_connection->database());
    const TerminalContact contact{devA, QStringLiteral("192.0.2.10"), Approval::Pending, QString()};
    const protocol::PollInfo poll = pollFrom(R"({"fk_name":"gate","fk_time":"20260326080000"})");
    const auto pollAfter = [&](qint64 seconds) {
        return lastPollSecondsAgo(m_connection->database(), devA, seconds)
            && terminals.recordPoll(contact, poll, std::nullopt);
    };

    QVERIFY(terminals.recordPoll(contact, poll, std::nullopt));
    QVERIFY(!terminals.find(devA)->pollIntervalSeconds);

    QVERIFY(pollAfter(30));
    QCOMPARE(terminals.find(devA)->pollIntervalSeconds, std::optional<qint64>(30));

    // The re-poll right after a command's result is not the terminal's rhythm.
    QVERIFY(pollAfter(1));
    QCOMPARE(terminals.find(devA)->pollIntervalSeconds, std::optional<qint64>(30));

    // One late poll moves the estimate by a quarter of the difference.
    QVERIFY(pollAfter(38));
    QCOMPARE(terminals.find(devA)->pollIntervalSeconds, std::optional<qint64>(32));

    // A night switched off counts as two intervals only.
    QVERIFY(pollAfter(8 * 3600));
    QCOMPARE(terminals.find(devA)->pollIntervalSeconds, std::optional<qint64>(40));

    // A terminal set to poll less often is followed within a few polls.
    for (int i = 0; i < 12; ++i)
        QVERIFY(pollAfter(120));
    QVERIFY(*terminals.find(devA)->pollIntervalSeconds >= 115);
    QVERIFY(*terminals.find(devA)->pollIntervalSeconds <= 120);

    // Contacts that are not polls (punches, results) leave it alone.
    QVERIFY(terminals.recordContact(contact));
    QCOMPARE(terminals.find(devA)->pollIntervalSeconds, std::optional<qint64>(117));
}

void TestRepositories::pollIntervalIgnoresLongFirstGap()
{
    TerminalRepository terminals(m_connection->database());
    const TerminalContact contact{devA, QStringLiteral("192.0.2.10"), Approval::Pending, QString()};
    const protocol::PollInfo poll = pollFrom(R"({"fk_name":"gate","fk_time":"20260326080000"})");
    QVERIFY(terminals.recordPoll(contact, poll, std::nullopt));

    // Switched off for the weekend after its first poll: that gap is no rhythm.
    QVERIFY(lastPollSecondsAgo(m_connection->database(), devA, 2 * 24 * 3600));
    QVERIFY(terminals.recordPoll(contact, poll, std::nullopt));
    QVERIFY(!terminals.find(devA)->pollIntervalSeconds);

    QVERIFY(lastPollSecondsAgo(m_connection->database(), devA, 20));
    QVERIFY(terminals.recordPoll(contact, poll, std::nullopt));
    QCOMPARE(terminals.find(devA)->pollIntervalSeconds, std::optional<qint64>(20));
}

void TestRepositories::setApproval()
{
    TerminalRepository terminals(m_connection->database());
    QVERIFY(!terminals.setApproval(devA, Approval::Approved));
    QVERIFY(!terminals.find(devA));

    QVERIFY(contact(devA));
    QVERIFY(terminals.setApproval(devA, Approval::Approved));
    QCOMPARE(terminals.standing(devA)->approval, Approval::Approved);
    QVERIFY(terminals.setApproval(devA, Approval::Blocked));
    QCOMPARE(terminals.find(devA)->approval, Approval::Blocked);
}

void TestRepositories::terminalsListedByName()
{
    TerminalRepository terminals(m_connection->database());
    const auto named = [&](const QString &devId, const QByteArray &name) {
        return terminals.recordPoll({devId, QString(), Approval::Pending, QString()},
                                    pollFrom(R"({"fk_name":")" + name + R"(","fk_time":"20260326080000"})"),
                                    std::nullopt);
    };
    QVERIFY(named(QStringLiteral("T1"), "Warehouse"));
    QVERIFY(named(QStringLiteral("T2"), "Front door"));
    QVERIFY(named(QStringLiteral("T3"), "Canteen"));

    QStringList order;
    for (const TerminalRow &row : terminals.list())
        order.append(row.name);
    QCOMPARE(order, (QStringList{QStringLiteral("Canteen"), QStringLiteral("Front door"), QStringLiteral("Warehouse")}));
}

void TestRepositories::duplicatePunchIsCounted()
{
    QVERIFY(contact(devA));
    PunchRepository punches(m_connection->database());
    const NewPunch first = punch(devA, QStringLiteral("1"), wallTime(QStringLiteral("2018-10-05 16:59:17")));

    QCOMPARE(punches.insert(first), PunchRepository::InsertOutcome::Inserted);
    QCOMPARE(punches.insert(first), PunchRepository::InsertOutcome::Duplicate);

    const QList<PunchRow> rows = punches.query({});
    QCOMPARE(rows.size(), 1);
    const PunchRow &row = rows.first();
    QCOMPARE(row.resendCount, 1);
    QCOMPARE(row.devId, devA);
    QCOMPARE(row.userId, QStringLiteral("1"));
    QCOMPARE(row.ioTime, first.record.ioTime);
    QCOMPARE(row.verifyMethods, QStringLiteral("FP"));
    QCOMPARE(row.ioMode, 1);
    QCOMPARE(row.direction, QStringLiteral("in"));
    QCOMPARE(row.source, QStringLiteral("realtime"));
    QVERIFY(row.receivedAt.isValid());
}

void TestRepositories::samePunchOnAnotherTerminal()
{
    QVERIFY(contact(devA));
    QVERIFY(contact(devB));
    PunchRepository punches(m_connection->database());
    const QDateTime time = wallTime(QStringLiteral("2026-03-26 08:00:00"));

    QCOMPARE(punches.insert(punch(devA, QStringLiteral("1"), time)), PunchRepository::InsertOutcome::Inserted);
    QCOMPARE(punches.insert(punch(devB, QStringLiteral("1"), time)), PunchRepository::InsertOutcome::Inserted);
    QCOMPARE(punches.count({}), qint64(2));
    for (const PunchRow &row : punches.query({}))
        QCOMPARE(row.resendCount, 0);
}

void TestRepositories::punchPhoto()
{
    QVERIFY(contact(devA));
    PunchRepository punches(m_connection->database());
    const QByteArray jpeg("\xff\xd8\xff\xe0\x00\x10JFIF\x00 photo", 17);
    QCOMPARE(punches.insert(punch(devA, QStringLiteral("1"), wallTime(QStringLiteral("2026-03-26 08:00:00")), jpeg)),
             PunchRepository::InsertOutcome::Inserted);
    QCOMPARE(punches.insert(punch(devA, QStringLiteral("2"), wallTime(QStringLiteral("2026-03-26 08:01:00")))),
             PunchRepository::InsertOutcome::Inserted);

    const QList<PunchRow> rows = punches.query({});
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).hasPhoto);
    QCOMPARE(punches.photo(rows.at(0).id), jpeg);
    QVERIFY(!rows.at(1).hasPhoto);
    QVERIFY(punches.photo(rows.at(1).id).isEmpty());
}

void TestRepositories::punchOfUnknownTerminalFails()
{
    PunchRepository punches(m_connection->database());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
    QCOMPARE(punches.insert(punch(devA, QStringLiteral("1"), wallTime(QStringLiteral("2026-03-26 08:00:00")))),
             PunchRepository::InsertOutcome::Failed);
    QCOMPARE(punches.count({}), qint64(0));
}

// What the server writes per transaction: new, repeated within the list, already stored, with
// a photo; more than one statement's worth (64 rows).
void TestRepositories::manyPunchesInOneWrite()
{
    QVERIFY(contact(devA));
    QVERIFY(contact(devB));
    PunchRepository punches(m_connection->database());
    const QDateTime at = wallTime(QStringLiteral("2026-03-26 08:00:00"));
    QCOMPARE(punches.insert(punch(devA, QStringLiteral("stored"), at)), PunchRepository::InsertOutcome::Inserted);

    QList<NewPunch> list;
    for (int i = 0; i < 70; ++i)
        list.append(punch(i % 2 ? devA : devB, QString::number(i), at.addSecs(i)));
    list.append(punch(devA, QStringLiteral("stored"), at));                     // 70: already stored
    list.append(punch(devB, QStringLiteral("4"), at.addSecs(4)));               // 71: repeats 4
    list.append(punch(devB, QStringLiteral("4"), at.addSecs(4)));               // 72: and again
    list.append(punch(devA, QStringLiteral("4"), at.addSecs(4)));               // 73: same, other terminal
    list.append(punch(devA, QStringLiteral("photo"), at, QByteArrayLiteral("JPEG"))); // 74
    const std::optional<QList<PunchRepository::InsertOutcome>> outcomes = punches.insertMany(list);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->size(), list.size());
    for (int i = 0; i < 70; ++i)
        QCOMPARE(outcomes->at(i), PunchRepository::InsertOutcome::Inserted);
    QCOMPARE(outcomes->at(70), PunchRepository::InsertOutcome::Duplicate);
    QCOMPARE(outcomes->at(71), PunchRepository::InsertOutcome::Duplicate);
    QCOMPARE(outcomes->at(72), PunchRepository::InsertOutcome::Duplicate);
    QCOMPARE(outcomes->at(73), PunchRepository::InsertOutcome::Inserted);
    QCOMPARE(outcomes->at(74), PunchRepository::InsertOutcome::Inserted);
    QCOMPARE(punches.count({}), qint64(1 + 70 + 2));

    QSqlQuery query(m_connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT user_id, dev_id, resend_count FROM punches "
                                      "WHERE resend_count > 0 ORDER BY user_id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("4"));
    QCOMPARE(query.value(1).toString(), devB);
    QCOMPARE(query.value(2).toInt(), 2);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("stored"));
    QCOMPARE(query.value(2).toInt(), 1);
    QVERIFY(!query.next());
    const QList<PunchRow> photo = punches.query({devA, QStringLiteral("photo"), {}, {}, -1, 0});
    QCOMPARE(photo.size(), 1);
    QCOMPARE(punches.photo(photo.first().id), QByteArrayLiteral("JPEG"));

    // Sent again as a whole, nothing is new.
    const std::optional<QList<PunchRepository::InsertOutcome>> again = punches.insertMany(list);
    QVERIFY(again);
    QVERIFY(!again->contains(PunchRepository::InsertOutcome::Inserted));
    QCOMPARE(punches.count({}), qint64(73));
}

void TestRepositories::queryFilters_data()
{
    QTest::addColumn<QString>("devId");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected"); // dev initial / user / io_time, in io_time order

    const QString a1_25 = QStringLiteral("D/1/2026-03-25 08:00:00");
    const QString a1_26 = QStringLiteral("D/1/2026-03-26 00:00:00");
    const QString a2_26 = QStringLiteral("D/2/2026-03-26 12:00:00");
    const QString b1_27 = QStringLiteral("C/1/2026-03-27 23:59:59");
    const QString a1_28 = QStringLiteral("D/1/2026-03-28 00:00:00");
    const QDate none;

    QTest::newRow("no filter") << QString() << QString() << none << none
                               << QStringList{a1_25, a1_26, a2_26, b1_27, a1_28};
    QTest::newRow("terminal") << devA << QString() << none << none << QStringList{a1_25, a1_26, a2_26, a1_28};
    QTest::newRow("user") << QString() << QStringLiteral("1") << none << none
                          << QStringList{a1_25, a1_26, b1_27, a1_28};
    QTest::newRow("dates inclusive") << QString() << QString() << QDate(2026, 3, 26) << QDate(2026, 3, 27)
                                     << QStringList{a1_26, a2_26, b1_27};
    QTest::newRow("from only") << QString() << QString() << QDate(2026, 3, 27) << none << QStringList{b1_27, a1_28};
    QTest::newRow("to only") << QString() << QString() << none << QDate(2026, 3, 25) << QStringList{a1_25};
    QTest::newRow("single day") << QString() << QString() << QDate(2026, 3, 28) << QDate(2026, 3, 28)
                                << QStringList{a1_28};
    QTest::newRow("all filters") << devA << QStringLiteral("1") << QDate(2026, 3, 26) << QDate(2026, 3, 27)
                                 << QStringList{a1_26};
    QTest::newRow("nothing matches") << devB << QStringLiteral("2") << none << none << QStringList();
}

void TestRepositories::queryFilters()
{
    QFETCH(QString, devId);
    QFETCH(QString, userId);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);

    QVERIFY(contact(devA));
    QVERIFY(contact(devB));
    PunchRepository punches(m_connection->database());
    // Inserted out of order: the query sorts by io_time.
    for (const auto &[dev, user, time] :
         {std::tuple{devA, "1", "2026-03-28 00:00:00"}, std::tuple{devA, "1", "2026-03-25 08:00:00"},
          std::tuple{devB, "1", "2026-03-27 23:59:59"}, std::tuple{devA, "2", "2026-03-26 12:00:00"},
          std::tuple{devA, "1", "2026-03-26 00:00:00"}}) {
        QCOMPARE(punches.insert(punch(dev, QLatin1String(user), wallTime(QLatin1String(time)))),
                 PunchRepository::InsertOutcome::Inserted);
    }

    PunchFilter filter;
    filter.devId = devId;
    filter.userId = userId;
    filter.from = from;
    filter.to = to;
    QCOMPARE(punchKeys(punches.query(filter)), expected);
    QCOMPARE(punches.count(filter), qint64(expected.size()));
}

void TestRepositories::queryPaging()
{
    QVERIFY(contact(devA));
    PunchRepository punches(m_connection->database());
    for (int minute = 0; minute < 5; ++minute) {
        const QDateTime time = protocol::walltime::make(QDate(2026, 3, 26), QTime(8, minute));
        QCOMPARE(punches.insert(punch(devA, QStringLiteral("1"), time)), PunchRepository::InsertOutcome::Inserted);
    }

    PunchFilter page;
    page.limit = 2;
    QStringList seen;
    for (int offset : {0, 2, 4}) {
        page.offset = offset;
        const QList<PunchRow> rows = punches.query(page);
        QCOMPARE(rows.size(), offset < 4 ? 2 : 1);
        for (const PunchRow &row : rows)
            seen.append(row.ioTime.time().toString(QStringLiteral("HH:mm")));
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("08:00"), QStringLiteral("08:01"), QStringLiteral("08:02"),
                                QStringLiteral("08:03"), QStringLiteral("08:04")}));
    QCOMPARE(punches.count(page), qint64(5));
}

void TestRepositories::pulledLogsAreImportedOnce()
{
    QVERIFY(TerminalRepository(m_connection->database())
                .recordContact({devA, QStringLiteral("192.0.2.1"), Approval::Approved, QString()}));
    PunchRepository punches(m_connection->database());
    // A log with no direction and no recognised verify method: text columns must still get text.
    protocol::LogRecord bare;
    bare.userId = QStringLiteral("9");
    bare.ioTime = wallTime(QStringLiteral("2026-11-02 07:00:00"));
    QList<protocol::LogRecord> logs{bare, punch(devA, QStringLiteral("9"), wallTime(QStringLiteral("2026-11-02 17:00:00"))).record};
    const auto flagsFor = [](const protocol::LogRecord &) { return 0; };

    const PunchRepository::ImportCount first = punches.importPulled(devA, logs, flagsFor);
    QVERIFY(first.ok);
    QCOMPARE(first.imported, 2);
    QCOMPARE(first.duplicates, 0);
    const PunchRepository::ImportCount second = punches.importPulled(devA, logs, flagsFor);
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.duplicates, 2);

    const QList<PunchRow> rows = punches.query({});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().source, QStringLiteral("pull"));
    QCOMPARE(rows.first().direction, QString());
    QCOMPARE(rows.first().resendCount, 0); // a pull is no resend
}

void TestRepositories::punchInDstGapReadsBack()
{
    // 02:30 on 2026-03-29 does not exist in Europe/Berlin, but a terminal clock that was not
    // switched yet reports it all the same; the punch must read back exactly as stored.
    QVERIFY(contact(devA));
    PunchRepository punches(m_connection->database());
    const QDateTime time = protocol::walltime::fromProtocol(QStringLiteral("20260329023000"));
    QCOMPARE(punches.insert(punch(devA, QStringLiteral("1"), time)), PunchRepository::InsertOutcome::Inserted);

    const QList<PunchRow> rows = punches.query({});
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first().ioTime.isValid(), "io_time 2026-03-29 02:30:00 read back as an invalid time");
    QCOMPARE(rows.first().ioTime, time);
}

void TestRepositories::enrollmentCreatesUser()
{
    QVERIFY(contact(devA));
    UserRepository users(m_connection->database());
    const QByteArray finger(800, '\x11');
    const QByteArray photo("\xff\xd8 photo");
    QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("1"), QStringLiteral("Budi"),
                                                   {{0, finger}, {10, QByteArray("1234")}}, photo)));

    const QList<UserRow> rows = users.list();
    QCOMPARE(rows.size(), 1);
    const UserRow &user = rows.first();
    QCOMPARE(user.userId, QStringLiteral("1"));
    QCOMPARE(user.name, QStringLiteral("Budi"));
    QCOMPARE(user.privilege, QStringLiteral("USER"));
    QVERIFY(user.enabled);
    QVERIFY(user.hasPhoto);
    QCOMPARE(user.fingers, 1);
    QVERIFY(user.password);
    QVERIFY(!user.card);
    QVERIFY(!user.face);
    QCOMPARE(user.terminals, QStringList{devA});
    QCOMPARE(users.credential(QStringLiteral("1"), 0), finger);
    QCOMPARE(users.credential(QStringLiteral("1"), 10), QByteArray("1234"));
    QVERIFY(users.credential(QStringLiteral("1"), 11).isEmpty());
}

void TestRepositories::laterEnrollmentMergesCredentials()
{
    QVERIFY(contact(devA));
    QVERIFY(contact(devB));
    UserRepository users(m_connection->database());
    QVERIFY(users.applyEnrollment(devA, enrollment(QStringLiteral("1"), QStringLiteral("Budi"),
                                                   {{0, QByteArray(800, '\x11')}, {10, QByteArray("1234")}},
                                                   QByteArray("photo"))));

    // A terminal that truncates names (or reports none) must not wipe the known name.
    const QByteArray newFinger0(800, '\x22');
    const QByteArray face(20000, '\x33');
    QVERIFY(users.applyEnrollment(devB, enrollment(QStringLiteral("1"), QString(),
                                                   {{0, newFinger0}, {1, QByteArray(800, '\x44')}, {11, QByteArray("0012345678")},
                                                    {12, face}})));

    const QList<UserRow> rows = users.list();
    QCOMPARE(rows.size(), 1);
    const UserRow &user = rows.first();
    QCOMPARE(user.name, QStringLiteral("Budi"));
    QCOMPARE(user.fingers, 2);
    QVERIFY(user.face);
    QVERIFY(user.card);
    QVERIFY(user.password);
    QVERIFY(user.hasPhoto);
    QCOMPARE(user.terminals, (QStringList{devB, devA})); // ordered by dev_id
    QCOMPARE(users.credential(QStringLiteral("1"), 0), newFinger0);
    QCOMPARE(users.credential(QStringLiteral("1"), 12), face);
    QCOMPARE(users.credential(QStringLiteral("1"), 10), QByteArray("1234"));
}

void TestRepositories::settings()
{
    SettingsRepository settings(m_connection->database());
    QCOMPARE(settings.value(QStringLiteral("site_zone"), QStringLiteral("UTC")), QStringLiteral("UTC"));
    QVERIFY(settings.value(QStringLiteral("site_zone")).isEmpty());

    QVERIFY(settings.setValue(QStringLiteral("site_zone"), QStringLiteral("Asia/Jakarta")));
    QCOMPARE(settings.value(QStringLiteral("site_zone"), QStringLiteral("UTC")), QStringLiteral("Asia/Jakarta"));
    QVERIFY(settings.setValue(QStringLiteral("site_zone"), QStringLiteral("Europe/Berlin")));
    QCOMPARE(settings.value(QStringLiteral("site_zone")), QStringLiteral("Europe/Berlin"));

    // An explicitly stored empty value is a value, not a missing key.
    QVERIFY(settings.setValue(QStringLiteral("server_port"), QString()));
    QCOMPARE(settings.value(QStringLiteral("server_port"), QStringLiteral("8090")), QString());

    // What an operator may type, and what PostgreSQL's one-off statements carry inline: quotes,
    // question marks (the placeholder sign), backslashes, a comment sign, other scripts.
    const QString awkward = QStringLiteral("it's a ? test \\ 'quoted' \"dq\" -- not a comment ?; ünïcödé 考勤 $1");
    QVERIFY(settings.setValue(QStringLiteral("awkward ? key"), awkward));
    QCOMPARE(settings.value(QStringLiteral("awkward ? key")), awkward);
    const QHash<QString, QString> both = settings.values({QStringLiteral("awkward ? key"), QStringLiteral("site_zone"),
                                                          QStringLiteral("never set")});
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.value(QStringLiteral("awkward ? key")), awkward);
    QCOMPARE(both.value(QStringLiteral("site_zone")), QStringLiteral("Europe/Berlin"));

    // Every byte value through a binary column, and numbers through integer ones.
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    protocol::UserEnrollment user;
    user.userId = QStringLiteral("bytes?");
    user.name = awkward;
    user.credentials = {{0, bytes}};
    UserRepository users(m_connection->database());
    QVERIFY(users.saveUser(user));
    QCOMPARE(users.credential(user.userId, 0), bytes);
    QCOMPARE(users.load(user.userId)->name, awkward);
}

qint64 TestRepositories::job(const QString &commandCode)
{
    NewJob job;
    job.devId = devA;
    job.commandCode = commandCode;
    return JobRepository(m_connection->database()).enqueue(job).value_or(-1);
}

void TestRepositories::failedJobsFollowOneRule()
{
    QVERIFY(contact(devA, Approval::Approved));
    JobRepository jobs(m_connection->database());
    const qint64 waiting = job(QStringLiteral("GET_DEVICE_STATUS"));
    const qint64 sent = job(QStringLiteral("SET_TIME"));
    const qint64 silent = job(QStringLiteral("GET_USER_ID_LIST"));
    const qint64 refused = job(QStringLiteral("GET_ENROLL_DATA"));
    const qint64 unreadable = job(QStringLiteral("GET_LOG_DATA"));
    const qint64 done = job(QStringLiteral("SET_FK_NAME"));
    const qint64 userNamedError = job(QStringLiteral("GET_USER_INFO"));
    const qint64 cancelled = job(QStringLiteral("DELETE_USER"));
    for (qint64 id : {sent, silent, refused, unreadable, done, userNamedError})
        QVERIFY(jobs.markSent(id, {}));
    QVERIFY(jobs.transition(silent, {JobStatus::Run}, JobStatus::Timeout));
    QVERIFY(jobs.recordResult(refused, {JobStatus::Run}, QStringLiteral("ERROR_NOT_EXIST"), {}, {}));
    QVERIFY(jobs.recordResult(unreadable, {JobStatus::Run}, QStringLiteral("OK"), {},
                              QStringLiteral(R"({"error":"TRUNCATED"})")));
    QVERIFY(jobs.recordResult(done, {JobStatus::Run}, QStringLiteral("OK"), {}, {}));
    // A name is no error: the rule reads the summary's keys, not its text.
    QVERIFY(jobs.recordResult(userNamedError, {JobStatus::Run}, QStringLiteral("OK"), {},
                              QStringLiteral(R"({"user_id":"7","name":"error","credentials":1})")));
    QVERIFY(jobs.transition(cancelled, {JobStatus::Wait}, JobStatus::Cancelled));

    const QList<qint64> failed{unreadable, refused, silent}; // newest first
    const auto idsOf = [](const QList<JobRow> &rows) {
        QList<qint64> ids;
        for (const JobRow &row : rows)
            ids << row.id;
        return ids;
    };
    const auto withOutcome = [&](JobOutcome outcome) {
        JobFilter filter;
        filter.outcome = outcome;
        return idsOf(jobs.list(filter));
    };
    // The rows, the filters, the counts and the dashboard's list all say the same.
    for (const JobRow &row : jobs.list({}))
        QCOMPARE(row.failed(), failed.contains(row.id));
    QCOMPARE(withOutcome(JobOutcome::Failed), failed);
    QCOMPARE(withOutcome(JobOutcome::Done), (QList<qint64>{userNamedError, done}));
    QCOMPARE(withOutcome(JobOutcome::Active), (QList<qint64>{sent, waiting}));
    QCOMPARE(withOutcome(JobOutcome::Cancelled), QList<qint64>{cancelled});
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QCOMPARE(jobs.countFailedSince(hourAgo), 3);
    QCOMPARE(jobs.countFailedSince(hourAgo.addSecs(7200)), 0);
    QCOMPARE(jobs.countActive(), 2);
    const auto dashboardIds = [&] {
        QList<qint64> ids;
        for (const FailedJob &job : DashboardQueries(m_connection->database()).failedJobsSince(hourAgo))
            ids << job.id;
        return ids;
    };
    QCOMPARE(dashboardIds(), failed);

    // Sent again, a failure leaves the dashboard's list of what still needs doing; it failed all the same.
    const qint64 again = job(QStringLiteral("GET_USER_ID_LIST"));
    QVERIFY(again > silent);
    QCOMPARE(dashboardIds(), (QList<qint64>{unreadable, refused}));
    QCOMPARE(jobs.countFailedSince(hourAgo), 3);
    QCOMPARE(jobs.countActive(), 3);

    // Filters combine, by terminal and by command.
    JobFilter narrow;
    narrow.devId = devA;
    narrow.commandCode = QStringLiteral("GET_USER_ID_LIST");
    QCOMPARE(idsOf(jobs.list(narrow)), (QList<qint64>{again, silent}));
    narrow.outcome = JobOutcome::Failed;
    QCOMPARE(idsOf(jobs.list(narrow)), QList<qint64>{silent});
    narrow.devId = devB;
    QCOMPARE(idsOf(jobs.list(narrow)), QList<qint64>());
}

void TestRepositories::jobHistoryTellsWhatChanged()
{
    QVERIFY(contact(devA, Approval::Approved));
    JobRepository jobs(m_connection->database());
    QCOMPARE(jobs.latestEvent().eventId, 0);
    const qint64 first = job(QStringLiteral("GET_DEVICE_STATUS"));
    const qint64 second = job(QStringLiteral("GET_USER_ID_LIST"));
    const JobHistoryMark mark = jobs.latestEvent();
    QVERIFY(mark.eventId > 0);
    QVERIFY(mark.at.isValid());
    QCOMPARE(jobs.eventTime(mark.eventId), mark.at);
    QVERIFY(!jobs.eventTime(mark.eventId + 100).isValid());
    QVERIFY(jobs.latestEvent() == mark);

    QVERIFY(jobs.transition(first, {JobStatus::Wait}, JobStatus::Cancelled));
    const qint64 third = job(QStringLiteral("SET_TIME"));
    const JobHistoryMark latest = jobs.latestEvent();
    QVERIFY(latest.eventId > mark.eventId);
    const JobEventSpan span{mark.eventId, latest.eventId};
    QList<qint64> changed = jobs.changedIn(span);
    std::sort(changed.begin(), changed.end());
    QCOMPARE(changed, (QList<qint64>{first, third}));
    // The changed ones that pass a filter, newest first, without the answers.
    JobFilter filter;
    filter.changedIn = span;
    filter.withResult = false;
    QList<qint64> listed;
    for (const JobRow &row : jobs.list(filter))
        listed << row.id;
    QCOMPARE(listed, (QList<qint64>{third, first}));
    filter.outcome = JobOutcome::Active;
    QCOMPARE(jobs.list(filter).size(), 1);
    QCOMPARE(jobs.changedIn({latest.eventId, latest.eventId}), QList<qint64>());

    QVERIFY(jobs.exists(second));
    QVERIFY(!jobs.exists(third + 1));
}

void TestRepositories::olderJobsGetTheirFailureOnMigration()
{
    // A database at schema 5, with jobs that ended before jobs.failed existed.
    QVERIFY(contact(devA, Approval::Approved));
    QSqlDatabase db = m_connection->database();
    QSqlQuery query(db);
    const QString failedUndo = test::rollBackSchema(db, 5);
    QVERIFY2(failedUndo.isEmpty(), qPrintable(failedUndo));
    const QList<std::tuple<QString, QString, QString, bool>> ended{
        {QStringLiteral("TIMEOUT"), QString(), QString(), true},
        {QStringLiteral("RESULT"), QStringLiteral("ERROR_NO_DATA"), QString(), true},
        {QStringLiteral("RESULT"), QStringLiteral("OK"), QStringLiteral(R"({"error":"NOT_FRAMED"})"), true},
        {QStringLiteral("RESULT"), QStringLiteral("OK"), QStringLiteral(R"({"imported":3,"duplicates":0})"), false},
        {QStringLiteral("RESULT"), QStringLiteral("OK"), QStringLiteral(R"({"user_id":"7","name":"error"})"), false},
        {QStringLiteral("CANCELLED"), QString(), QString(), false},
        {QStringLiteral("WAIT"), QString(), QString(), false},
    };
    QHash<qint64, bool> expected;
    for (const auto &[status, returnCode, summary, failed] : ended) {
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO jobs (dev_id, cmd_code, status, return_code, summary, "
                                             "created_at, status_changed_at) VALUES (?, 'GET_LOG_DATA', ?, ?, ?, ?, ?) "
                                             "RETURNING id")));
        for (const QVariant &value : QVariantList{devA, status, returnCode, summary, utcNowText(), utcNowText()})
            query.addBindValue(bindable(value));
        QVERIFY(query.exec() && query.next());
        expected.insert(query.value(0).toLongLong(), failed);
        query.finish();
    }

    const Migrator::Result migrated = Migrator(db).migrate();
    QVERIFY2(migrated.ok, qPrintable(migrated.message));
    QCOMPARE(migrated.toVersion, Migrator::latestVersion());
    QVERIFY(query.exec(QStringLiteral("SELECT id, failed FROM jobs")));
    int rows = 0;
    while (query.next()) {
        QCOMPARE(query.value(1).toInt() == 1, expected.value(query.value(0).toLongLong()));
        ++rows;
    }
    QCOMPARE(rows, expected.size());
    // And the repository's rule agrees with what the migration wrote.
    for (const JobRow &row : JobRepository(db).list({}))
        QCOMPARE(row.failed(), expected.value(row.id));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
