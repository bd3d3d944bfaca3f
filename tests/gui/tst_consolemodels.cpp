#include "jobtablemodel.h"
#include "jobrepository.h"
#include "displayformat.h"
#include "punchtablemodel.h"
#include "terminaltablemodel.h"

#include "bscommframe.h"
#include "connection.h"
#include "pollinfo.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <time.h>

using namespace punchclock;
using storage::Approval;
using ui::PunchTableModel;
using ui::TerminalTableModel;

namespace {

const QString pendingDev = QStringLiteral("D96584729B906B39");
const QString approvedDev = QStringLiteral("C2610000000000AB");
const QString blockedDev = QStringLiteral("A1000000000000FF");

QDateTime wallTime(const QString &storageText)
{
    return protocol::walltime::fromStorage(storageText);
}

// The row showing `key` under `role`, or -1: rows are found by identity, never by position.
int rowOf(const QAbstractItemModel &model, int role, const QVariant &key)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(role) == key)
            return row;
    }
    return -1;
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

QStringList headers(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int column = 0; column < model.columnCount(); ++column)
        titles << model.headerData(column, Qt::Horizontal).toString();
    return titles;
}

} // namespace

// The console's table models, filled from real repositories on a fresh SQLite file and
// watched by QAbstractItemModelTester through every fill, refill and clear.
class tst_ConsoleModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Connection> m_db;

    bool contact(const QString &devId)
    {
        return storage::TerminalRepository(m_db->database())
            .recordContact({devId, QStringLiteral("192.0.2.10"), Approval::Pending, QStringLiteral("FKDataHS101")});
    }

    qint64 addPunch(const QString &devId, const QString &userId, const QString &ioTime, quint32 ioMode, int flags)
    {
        storage::NewPunch punch;
        punch.devId = devId;
        punch.source = QStringLiteral("realtime");
        punch.flags = flags;
        punch.record.userId = userId;
        punch.record.ioTime = wallTime(ioTime);
        punch.record.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS101, ioMode);
        punch.record.verifyModeRaw = 1;
        punch.record.verifyMethods = {protocol::VerifyMethod::Fingerprint};
        storage::PunchRepository punches(m_db->database());
        if (punches.insert(punch) != storage::PunchRepository::InsertOutcome::Inserted)
            return -1;
        storage::PunchFilter filter;
        filter.devId = devId;
        filter.userId = userId;
        const QList<storage::PunchRow> stored = punches.query(filter);
        return stored.isEmpty() ? -1 : stored.last().id;
    }

    QList<storage::TerminalRow> terminals() const { return storage::TerminalRepository(m_db->database()).list(); }
    QList<storage::PunchRow> punches() const { return storage::PunchRepository(m_db->database()).query({}); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_db = storage::Connection::open(
            storage::DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("punchclock.sqlite"))), &error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void terminalModelFollowsTheRepository()
    {
        TerminalTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        storage::TerminalRepository repository(m_db->database());
        const protocol::PollInfo poll = protocol::PollInfo::parse(protocol::BsCommFrame(
            QJsonDocument::fromJson(R"({"fk_info":{"firmware":"ZFKL101HS100 V2.69 MG BS2A",)"
                                    R"("fk_bin_data_lib":"FKDataHS101"},"fk_name":"fk_device",)"
                                    R"("fk_time":"20190103130159"})")
                .object()));
        QVERIFY(repository.recordPoll({pendingDev, QStringLiteral("192.0.2.10"), Approval::Pending, QString()}, poll, -42));
        QVERIFY(contact(approvedDev));
        QVERIFY(repository.setApproval(approvedDev, Approval::Approved));

        model.setTerminals(terminals());
        QCOMPARE(model.rowCount(), 2);
        const int pending = rowOf(model, TerminalTableModel::DevIdRole, pendingDev);
        const int approved = rowOf(model, TerminalTableModel::DevIdRole, approvedDev);
        QVERIFY(pending >= 0 && approved >= 0);
        QCOMPARE(text(model, pending, TerminalTableModel::ApprovalColumn), QStringLiteral("Waiting for approval"));
        QCOMPARE(text(model, approved, TerminalTableModel::ApprovalColumn), QStringLiteral("Approved"));
        QCOMPARE(text(model, pending, TerminalTableModel::NameColumn), QStringLiteral("fk_device"));
        QCOMPARE(text(model, approved, TerminalTableModel::NameColumn), QStringLiteral("(unnamed)"));
        QCOMPARE(text(model, pending, TerminalTableModel::DevIdColumn), pendingDev);
        QCOMPARE(text(model, pending, TerminalTableModel::AddressColumn), QStringLiteral("192.0.2.10"));
        QCOMPARE(text(model, pending, TerminalTableModel::FirmwareColumn), QStringLiteral("ZFKL101HS100 V2.69 MG BS2A"));
        QCOMPARE(model.index(pending, 0).data(TerminalTableModel::ApprovalRole).toInt(), int(Approval::Pending));
        QCOMPARE(model.terminalAt(pending)->devId, pendingDev);
        QVERIFY(!model.terminalAt(model.rowCount()));

        // Refill after an approval change and a new, blocked terminal.
        QVERIFY(repository.setApproval(pendingDev, Approval::Approved));
        QVERIFY(contact(blockedDev));
        QVERIFY(repository.setApproval(blockedDev, Approval::Blocked));
        model.setTerminals(terminals());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, rowOf(model, TerminalTableModel::DevIdRole, pendingDev), TerminalTableModel::ApprovalColumn),
                 QStringLiteral("Approved"));
        QCOMPARE(text(model, rowOf(model, TerminalTableModel::DevIdRole, blockedDev), TerminalTableModel::ApprovalColumn),
                 QStringLiteral("Blocked"));

        model.setTerminals({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.terminalAt(0));
    }

    void clockDrift_data()
    {
        QTest::addColumn<std::optional<qint64>>("drift");
        QTest::addColumn<QString>("shown");

        QTest::newRow("terminal behind") << std::optional<qint64>(-42) << QStringLiteral("42 s behind");
        QTest::newRow("terminal ahead") << std::optional<qint64>(42) << QStringLiteral("42 s ahead");
        QTest::newRow("in step") << std::optional<qint64>(0) << QStringLiteral("in sync");
        QTest::newRow("one second off") << std::optional<qint64>(-1) << QStringLiteral("in sync");
        QTest::newRow("minutes behind") << std::optional<qint64>(-300) << QStringLiteral("5 min behind");
        QTest::newRow("hours ahead") << std::optional<qint64>(3 * 3600 + 59) << QStringLiteral("3 h ahead");
        // A clock reset after power loss, years behind (the captured HS101 terminal).
        QTest::newRow("years behind") << std::optional<qint64>(-248962976) << QStringLiteral("2,881 days behind");
        QTest::newRow("never polled") << std::optional<qint64>() << QString();
    }

    void clockDrift()
    {
        QFETCH(std::optional<qint64>, drift);
        QFETCH(QString, shown);

        storage::TerminalRepository repository(m_db->database());
        const storage::TerminalContact terminal{pendingDev, QStringLiteral("192.0.2.10"), Approval::Pending, QString()};
        if (drift)
            QVERIFY(repository.recordPoll(terminal, protocol::PollInfo(), drift));
        else
            QVERIFY(repository.recordContact(terminal));

        TerminalTableModel model;
        model.setTerminals(terminals());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, TerminalTableModel::ClockDriftColumn), shown);
    }

    void lastSeenReadsAsAnAge()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ui::DisplayFormat::age(now.addSecs(-5), now), QStringLiteral("just now"));
        QCOMPARE(ui::DisplayFormat::age(now.addSecs(-125), now), QStringLiteral("2 min ago"));
        QCOMPARE(ui::DisplayFormat::age(now.addSecs(-3 * 3600), now), QStringLiteral("3 h ago"));
        QCOMPARE(ui::DisplayFormat::age(now.addDays(-4), now), QStringLiteral("4 days ago"));
        QCOMPARE(ui::DisplayFormat::age(QDateTime(), now), QStringLiteral("never"));
    }

    void jobModelFollowsTheQueue()
    {
        storage::TerminalRepository terminals(m_db->database());
        QVERIFY(terminals.recordContact({pendingDev, QStringLiteral("192.0.2.10"), Approval::Pending, QString()}));
        storage::JobRepository jobs(m_db->database());
        ui::JobTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto queued = [&](const char *code) {
            storage::NewJob job;
            job.devId = pendingDev;
            job.commandCode = QLatin1String(code);
            return *jobs.enqueue(job);
        };
        const qint64 waiting = queued("GET_USER_ID_LIST");
        const qint64 sent = queued("GET_DEVICE_STATUS");
        const qint64 done = queued("SET_FK_NAME");
        const qint64 failed = queued("DELETE_USER");
        const qint64 silent = queued("GET_USER_INFO");
        const qint64 cancelled = queued("CLEAR_LOG_DATA");
        QVERIFY(jobs.markSent(sent, {}) && jobs.markSent(done, {}) && jobs.markSent(failed, {}) && jobs.markSent(silent, {}));
        QVERIFY(jobs.recordResult(done, {storage::JobStatus::Run}, QStringLiteral("OK"), {}, {}));
        QVERIFY(jobs.recordResult(failed, {storage::JobStatus::Run}, QStringLiteral("ERROR_NOT_EXIST"), {}, {}));
        QVERIFY(jobs.transition(silent, {storage::JobStatus::Run}, storage::JobStatus::Timeout));
        QVERIFY(jobs.transition(cancelled, {storage::JobStatus::Wait}, storage::JobStatus::Cancelled));

        model.setJobs(jobs.list({}));
        QCOMPARE(model.rowCount(), 6);
        QHash<qint64, QString> shown;
        for (int row = 0; row < model.rowCount(); ++row) {
            shown.insert(model.index(row, 0).data(ui::JobTableModel::JobIdRole).toLongLong(),
                         model.index(row, ui::JobTableModel::StatusColumn).data().toString());
        }
        QCOMPARE(shown.value(waiting), QStringLiteral("Queued"));
        QCOMPARE(shown.value(sent), QStringLiteral("Sent to terminal"));
        QCOMPARE(shown.value(done), QStringLiteral("Done"));
        QCOMPARE(shown.value(failed), QStringLiteral("Failed: ERROR_NOT_EXIST"));
        QCOMPARE(shown.value(silent), QStringLiteral("No answer"));
        QCOMPARE(shown.value(cancelled), QStringLiteral("Cancelled"));
        // Newest first, and the raw code is in the tooltip.
        QCOMPARE(model.index(0, 0).data(ui::JobTableModel::JobIdRole).toLongLong(), cancelled);
        QCOMPARE(model.index(0, ui::JobTableModel::StatusColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("CANCELLED"));

        model.setJobs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void terminalHeaders()
    {
        TerminalTableModel model;
        QCOMPARE(model.columnCount(), int(TerminalTableModel::ColumnCount));
        QCOMPARE(headers(model), (QStringList{QStringLiteral("Name"), QStringLiteral("Device ID"),
                                              QStringLiteral("Approval"), QStringLiteral("Last seen"),
                                              QStringLiteral("Address"), QStringLiteral("Record library"),
                                              QStringLiteral("Firmware"), QStringLiteral("Clock drift")}));
    }

    void punchModelFollowsTheRepository()
    {
        PunchTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(contact(pendingDev));
        QVERIFY(contact(approvedDev));

        const qint64 fromPending =
            addPunch(pendingDev, QStringLiteral("1"), QStringLiteral("2018-10-05 16:59:17"), 1, storage::FromPendingTerminal);
        const qint64 implausible =
            addPunch(approvedDev, QStringLiteral("2"), QStringLiteral("2018-10-05 17:30:00"), 2, storage::ImplausibleTime);
        QVERIFY(fromPending > 0 && implausible > 0);

        model.setPunches(punches());
        QCOMPARE(model.rowCount(), 2);
        const int in = rowOf(model, PunchTableModel::PunchIdRole, fromPending);
        const int out = rowOf(model, PunchTableModel::PunchIdRole, implausible);
        QVERIFY(in >= 0 && out >= 0);
        QCOMPARE(text(model, in, PunchTableModel::UserColumn), QStringLiteral("1"));
        QCOMPARE(text(model, in, PunchTableModel::TerminalColumn), pendingDev);
        QCOMPARE(text(model, in, PunchTableModel::DirectionColumn), QStringLiteral("In"));
        QCOMPARE(text(model, out, PunchTableModel::DirectionColumn), QStringLiteral("Out"));
        QCOMPARE(text(model, in, PunchTableModel::VerifyColumn), QStringLiteral("FP"));
        QVERIFY(text(model, in, PunchTableModel::FlagsColumn).contains(QLatin1String("terminal not approved")));
        QVERIFY(!text(model, in, PunchTableModel::FlagsColumn).contains(QLatin1String("implausible clock")));
        QVERIFY(text(model, out, PunchTableModel::FlagsColumn).contains(QLatin1String("implausible clock")));
        QVERIFY(!text(model, out, PunchTableModel::FlagsColumn).contains(QLatin1String("terminal not approved")));
        QCOMPARE(model.index(in, 0).data(PunchTableModel::FlagsRole).toInt(), int(storage::FromPendingTerminal));
        QCOMPARE(model.index(out, 0).data(PunchTableModel::FlagsRole).toInt(), int(storage::ImplausibleTime));

        // Refill: a clean punch needs no review, one with both flags names both reasons.
        const qint64 clean = addPunch(approvedDev, QStringLiteral("3"), QStringLiteral("2018-10-06 08:00:00"), 1, 0);
        const qint64 both = addPunch(pendingDev, QStringLiteral("4"), QStringLiteral("2018-10-06 08:01:00"), 1,
                                     storage::FromPendingTerminal | storage::ImplausibleTime);
        model.setPunches(punches());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(text(model, rowOf(model, PunchTableModel::PunchIdRole, clean), PunchTableModel::FlagsColumn), QString());
        const QString bothNotes = text(model, rowOf(model, PunchTableModel::PunchIdRole, both), PunchTableModel::FlagsColumn);
        QVERIFY2(bothNotes.contains(QLatin1String("terminal not approved"))
                     && bothNotes.contains(QLatin1String("implausible clock")),
                 qPrintable(bothNotes));

        model.setPunches({});
        QCOMPARE(model.rowCount(), 0);
    }

    void punchHeaders()
    {
        PunchTableModel model;
        QCOMPARE(model.columnCount(), int(PunchTableModel::ColumnCount));
        QCOMPARE(headers(model), (QStringList{QStringLiteral("Time"), QStringLiteral("User"), QStringLiteral("Terminal"),
                                              QStringLiteral("In/Out"), QStringLiteral("Verified by"),
                                              QStringLiteral("Review")}));
    }

    void timeIsTheTerminalsWallClock_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("ioTime");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("clock");

        QTest::newRow("UTC") << QByteArray("UTC") << QStringLiteral("2018-10-05 16:59:17") << QDate(2018, 10, 5)
                             << QStringLiteral("16:59:17");
        QTest::newRow("Berlin summer") << QByteArray("Europe/Berlin") << QStringLiteral("2018-10-05 16:59:17")
                                       << QDate(2018, 10, 5) << QStringLiteral("16:59:17");
        QTest::newRow("Kiritimati, +14") << QByteArray("Pacific/Kiritimati") << QStringLiteral("2018-10-05 16:59:17")
                                         << QDate(2018, 10, 5) << QStringLiteral("16:59:17");
        QTest::newRow("St. John's, -2:30") << QByteArray("America/St_Johns") << QStringLiteral("2018-10-05 23:59:17")
                                           << QDate(2018, 10, 5) << QStringLiteral("23:59:17");
        // 02:30 does not exist on that night in Berlin; the terminal still recorded it.
        QTest::newRow("Berlin DST gap") << QByteArray("Europe/Berlin") << QStringLiteral("2018-03-25 02:30:00")
                                        << QDate(2018, 3, 25) << QStringLiteral("02:30:00");
    }

    void timeIsTheTerminalsWallClock()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, ioTime);
        QFETCH(QDate, date);
        QFETCH(QString, clock);

        const QByteArray previousZone = qgetenv("TZ");
        const bool hadZone = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", zone);
        tzset();
        const auto restoreZone = qScopeGuard([&] {
            if (hadZone)
                qputenv("TZ", previousZone);
            else
                qunsetenv("TZ");
            tzset();
        });

        QVERIFY(contact(pendingDev));
        QVERIFY(addPunch(pendingDev, QStringLiteral("1"), ioTime, 1, 0) > 0);
        PunchTableModel model;
        model.setPunches(punches());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, PunchTableModel::TimeColumn),
                 QString(QLocale().toString(date, QLocale::ShortFormat) + QLatin1Char(' ') + clock));
    }
};

QTEST_MAIN(tst_ConsoleModels)
#include "tst_consolemodels.moc"
