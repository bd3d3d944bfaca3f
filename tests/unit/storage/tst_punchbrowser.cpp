#include "connection.h"
#include "punchbrowser.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "walltime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace punchclock;
using namespace punchclock::storage;
using protocol::Direction;
using protocol::VerifyMethod;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");
const QString devB = QStringLiteral("C2610000000000AB");

struct Stored
{
    qint64 id;
    QString devId;
    QString userId;
    QString ioTime;
    QList<VerifyMethod> methods;
    Direction direction;
    int flags;
};

QList<qint64> idsOf(const QList<BrowsedPunch> &rows)
{
    QList<qint64> ids;
    for (const BrowsedPunch &row : rows)
        ids << row.id;
    return ids;
}

} // namespace

// The Punches page's reads: every filter against a hand-computed answer, keyset pages that
// neither repeat nor skip a row (ties in io_time included), and rows committed later.
class tst_PunchBrowser : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Connection> m_db;
    QList<Stored> m_stored;

    qint64 add(const QString &devId, const QString &userId, const QString &ioTime, QList<VerifyMethod> methods,
               Direction direction, int flags)
    {
        NewPunch punch;
        punch.devId = devId;
        punch.source = QStringLiteral("realtime");
        punch.flags = flags;
        punch.record.userId = userId;
        punch.record.ioTime = protocol::walltime::fromStorage(ioTime);
        punch.record.ioMode.direction = direction;
        punch.record.verifyMethods = methods;
        PunchRepository repository(m_db->database());
        if (repository.insert(punch) != PunchRepository::InsertOutcome::Inserted)
            return -1;
        const qint64 id = PunchBrowser(m_db->database()).lastId();
        m_stored.append({id, devId, userId, ioTime, methods, direction, flags});
        return id;
    }

    // The stored rows `keep` accepts, in the order the browser must return them.
    QList<qint64> expected(const std::function<bool(const Stored &)> &keep, bool newestFirst = true) const
    {
        QList<Stored> rows;
        for (const Stored &row : m_stored) {
            if (keep(row))
                rows << row;
        }
        std::sort(rows.begin(), rows.end(), [newestFirst](const Stored &a, const Stored &b) {
            const bool before = a.ioTime < b.ioTime || (a.ioTime == b.ioTime && a.id < b.id);
            return newestFirst ? !before : before;
        });
        QList<qint64> ids;
        for (const Stored &row : rows)
            ids << row.id;
        return ids;
    }

    QList<qint64> all(const PunchQuery &query, int pageSize = 1000) const
    {
        const PunchBrowser browser(m_db->database());
        const qint64 upTo = browser.lastId();
        QList<qint64> ids;
        std::optional<PunchKey> after;
        for (;;) {
            bool ok = false;
            const QList<BrowsedPunch> page = browser.page(query, upTo, after, pageSize, &ok);
            if (!ok)
                return {-1};
            ids << idsOf(page);
            if (page.size() < pageSize)
                return ids;
            after = page.constLast().key();
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_db = Connection::open(punchclock::test::testDatabaseConfig(m_dir->filePath(QStringLiteral("p.sqlite"))), &error);
        QVERIFY2(m_db, qPrintable(error));
        TerminalRepository terminals(m_db->database());
        QVERIFY(terminals.recordContact({devA, QStringLiteral("192.0.2.1"), Approval::Approved, QString()}));
        QVERIFY(terminals.recordContact({devB, QStringLiteral("192.0.2.2"), Approval::Pending, QString()}));
        QSqlQuery sql(m_db->database());
        QVERIFY(sql.exec(QStringLiteral("UPDATE terminals SET name = 'Front door' WHERE dev_id = '%1'").arg(devA)));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO users (user_id, name, created_at, updated_at) "
                                        "VALUES ('7', 'Ana Núñez', 'x', 'x'), ('8', 'Bob', 'x', 'x')")));
        // Ana works in the Plant (department 1), Bob in the Office (2); 9 is no one the store knows.
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO departments (id, name) VALUES (1, 'Plant'), (2, 'Office')")));
        QVERIFY(sql.exec(QStringLiteral("UPDATE users SET department_id = 1 WHERE user_id = '7'")));
        QVERIFY(sql.exec(QStringLiteral("UPDATE users SET department_id = 2 WHERE user_id = '8'")));

        m_stored.clear();
        const auto fp = QList<VerifyMethod>{VerifyMethod::Fingerprint};
        const auto face = QList<VerifyMethod>{VerifyMethod::Face};
        const auto fpPassword = QList<VerifyMethod>{VerifyMethod::Fingerprint, VerifyMethod::Password};
        QVERIFY(add(devA, QStringLiteral("7"), QStringLiteral("2026-10-31 23:59:59"), fp, Direction::In, 0) > 0);
        QVERIFY(add(devA, QStringLiteral("7"), QStringLiteral("2026-11-01 00:00:00"), face, Direction::Out, 0) > 0);
        // Four punches in the same second: pages must split ties by id.
        QVERIFY(add(devA, QStringLiteral("8"), QStringLiteral("2026-11-02 08:00:00"), fp, Direction::In, 0) > 0);
        QVERIFY(add(devB, QStringLiteral("8"), QStringLiteral("2026-11-02 08:00:00"), fpPassword, Direction::In,
                    FromPendingTerminal) > 0);
        QVERIFY(add(devA, QStringLiteral("9"), QStringLiteral("2026-11-02 08:00:00"), face, Direction::Unknown, 0) > 0);
        QVERIFY(add(devB, QStringLiteral("7"), QStringLiteral("2026-11-02 08:00:00"), fp, Direction::Out,
                    FromPendingTerminal | ImplausibleTime) > 0);
        QVERIFY(add(devA, QStringLiteral("9"), QStringLiteral("2026-11-30 23:59:59"), fpPassword, Direction::Out, 0) >
                0);
        QVERIFY(add(devA, QStringLiteral("7"), QStringLiteral("2026-12-01 00:00:00"), fp, Direction::In, 0) > 0);
        QVERIFY(add(devB, QStringLiteral("8"), QStringLiteral("2000-01-01 00:00:00"), fp, Direction::In,
                    ImplausibleTime) > 0);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"everything", "november", "one day", "user", "two users", "terminal", "face",
                                 "password combined", "in", "out", "no direction", "flagged", "one department",
                                 "two departments", "all together"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void filters()
    {
        QFETCH(QString, name);
        struct Case
        {
            const char *name;
            PunchQuery query;
            std::function<bool(const Stored &)> keep;
        };
        const auto q = [](auto edit) {
            PunchQuery query;
            edit(query);
            return query;
        };
        const QList<Case> cases{
            {"everything", {}, [](const Stored &) { return true; }},
            {"november", q([](PunchQuery &x) {
                 x.from = QDate(2026, 11, 1);
                 x.to = QDate(2026, 11, 30);
             }),
             [](const Stored &s) {
                 return s.ioTime >= QLatin1String("2026-11-01") && s.ioTime < QLatin1String("2026-12-01");
             }},
            {"one day", q([](PunchQuery &x) { x.from = x.to = QDate(2026, 11, 2); }),
             [](const Stored &s) { return s.ioTime.startsWith(QLatin1String("2026-11-02")); }},
            {"user", q([](PunchQuery &x) { x.userIds = {QStringLiteral("7")}; }),
             [](const Stored &s) { return s.userId == QLatin1String("7"); }},
            {"two users", q([](PunchQuery &x) {
                 x.userIds = {QStringLiteral("7"), QStringLiteral("9")};
             }),
             [](const Stored &s) { return s.userId != QLatin1String("8"); }},
            {"terminal", q([](PunchQuery &x) { x.devId = devB; }), [](const Stored &s) { return s.devId == devB; }},
            {"face", q([](PunchQuery &x) { x.verifyMethod = VerifyMethod::Face; }),
             [](const Stored &s) { return s.methods.contains(VerifyMethod::Face); }},
            {"password combined", q([](PunchQuery &x) { x.verifyMethod = VerifyMethod::Password; }),
             [](const Stored &s) { return s.methods.contains(VerifyMethod::Password); }},
            {"in", q([](PunchQuery &x) { x.direction = Direction::In; }),
             [](const Stored &s) { return s.direction == Direction::In; }},
            {"out", q([](PunchQuery &x) { x.direction = Direction::Out; }),
             [](const Stored &s) { return s.direction == Direction::Out; }},
            {"no direction", q([](PunchQuery &x) { x.direction = Direction::Unknown; }),
             [](const Stored &s) { return s.direction == Direction::Unknown; }},
            {"flagged", q([](PunchQuery &x) { x.flaggedOnly = true; }), [](const Stored &s) { return s.flags != 0; }},
            {"one department", q([](PunchQuery &x) { x.departments = QSet<qint64>{1}; }),
             [](const Stored &s) { return s.userId == QLatin1String("7"); }},
            {"two departments", q([](PunchQuery &x) { x.departments = QSet<qint64>{1, 2}; }),
             [](const Stored &s) { return s.userId != QLatin1String("9"); }},
            {"all together", q([](PunchQuery &x) {
                 x.from = QDate(2026, 11, 2);
                 x.to = QDate(2026, 11, 2);
                 x.userIds = {QStringLiteral("7"), QStringLiteral("8")};
                 x.devId = devB;
                 x.verifyMethod = VerifyMethod::Fingerprint;
                 x.direction = Direction::In;
                 x.flaggedOnly = true;
             }),
             [](const Stored &s) {
                 return s.ioTime.startsWith(QLatin1String("2026-11-02")) && s.userId == QLatin1String("8") &&
                        s.devId == devB && s.direction == Direction::In && s.flags;
             }},
        };
        for (const Case &c : cases) {
            if (QLatin1String(c.name) != name)
                continue;
            const QList<qint64> want = expected(c.keep);
            QVERIFY2(!want.isEmpty(), "a case that matches nothing proves nothing");
            QCOMPARE(all(c.query), want);
            QCOMPARE(PunchBrowser(m_db->database()).count(c.query, PunchBrowser(m_db->database()).lastId()),
                     qint64(want.size()));
            PunchQuery oldestFirst = c.query;
            oldestFirst.newestFirst = false;
            QCOMPARE(all(oldestFirst), expected(c.keep, false));
            return;
        }
        QFAIL("no such case");
    }

    void pagesNeitherRepeatNorSkip_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("newestFirst");
        for (int size : {1, 2, 3, 4, 5}) {
            QTest::addRow("%d newest first", size) << size << true;
            QTest::addRow("%d oldest first", size) << size << false;
        }
    }

    void pagesNeitherRepeatNorSkip()
    {
        QFETCH(int, pageSize);
        QFETCH(bool, newestFirst);
        PunchQuery query;
        query.newestFirst = newestFirst;
        QCOMPARE(all(query, pageSize), expected([](const Stored &) { return true; }, newestFirst));
    }

    void rowsCarryNamesAndCodes()
    {
        PunchQuery query;
        query.from = query.to = QDate(2026, 11, 2);
        query.userIds = {QStringLiteral("7")};
        const QList<BrowsedPunch> rows = PunchBrowser(m_db->database()).page(query, 1000, std::nullopt, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).userName, QStringLiteral("Ana Núñez"));
        QCOMPARE(rows.at(0).terminalName, QString()); // devB has no name
        QCOMPARE(rows.at(0).devId, devB);
        QCOMPARE(rows.at(0).ioTime, QStringLiteral("2026-11-02 08:00:00"));
        QCOMPARE(rows.at(0).direction, QStringLiteral("out"));
        QCOMPARE(rows.at(0).verifyMethods, QStringLiteral("FP"));
        QCOMPARE(rows.at(0).flags, FromPendingTerminal | ImplausibleTime);
        QVERIFY(!rows.at(0).hasPhoto);

        const std::optional<PunchDetails> details = PunchBrowser(m_db->database()).details(rows.at(0).id);
        QVERIFY(details);
        QCOMPARE(details->punch.userId, QStringLiteral("7"));
        QCOMPARE(details->userName, QStringLiteral("Ana Núñez"));
        QVERIFY(!PunchBrowser(m_db->database()).details(999999));
    }

    // An account given no department sees no punch, not every punch.
    void anEmptyDepartmentScopeSeesNothing()
    {
        PunchQuery query;
        query.departments = QSet<qint64>{};
        QCOMPARE(all(query), QList<qint64>{});
        QCOMPARE(PunchBrowser(m_db->database()).count(query, PunchBrowser(m_db->database()).lastId()), qint64(0));
    }

    void laterRowsComeOnlyThroughNewerThan()
    {
        const PunchBrowser browser(m_db->database());
        PunchQuery query;
        query.userIds = {QStringLiteral("7")};
        const qint64 upTo = browser.lastId();
        const qint64 before = browser.count(query, upTo);

        const qint64 late = add(devA, QStringLiteral("7"), QStringLiteral("2026-11-15 12:00:00"), {VerifyMethod::Card},
                                Direction::In, 0);
        const qint64 other = add(devA, QStringLiteral("8"), QStringLiteral("2026-11-15 12:00:01"), {VerifyMethod::Card},
                                 Direction::In, 0);
        QVERIFY(late > upTo && other > late);
        // Reads bounded by the earlier id see the table as it was …
        QCOMPARE(browser.count(query, upTo), before);
        QVERIFY(!idsOf(browser.page(query, upTo, std::nullopt, 100)).contains(late));
        // … and the new row matching the filter arrives once, on its own.
        bool ok = false;
        QCOMPARE(idsOf(browser.newerThan(query, upTo, &ok)), QList<qint64>{late});
        QVERIFY(ok);
        QCOMPARE(browser.newerThan(query, other, &ok).size(), 0);
        QCOMPARE(browser.count(query, browser.lastId()), before + 1);
    }

    void keyOrder()
    {
        PunchQuery newest;
        PunchQuery oldest;
        oldest.newestFirst = false;
        const PunchKey early{QStringLiteral("2026-11-02 08:00:00"), 5};
        const PunchKey tie{QStringLiteral("2026-11-02 08:00:00"), 6};
        const PunchKey late{QStringLiteral("2026-11-02 08:00:01"), 1};
        QVERIFY(PunchBrowser::precedes(newest, late, tie));
        QVERIFY(PunchBrowser::precedes(newest, tie, early));
        QVERIFY(!PunchBrowser::precedes(newest, early, early));
        QVERIFY(PunchBrowser::precedes(oldest, early, tie));
        QVERIFY(PunchBrowser::precedes(oldest, tie, late));
        QVERIFY(!PunchBrowser::precedes(oldest, tie, tie));
    }
};

QTEST_GUILESS_MAIN(tst_PunchBrowser)
#include "tst_punchbrowser.moc"
