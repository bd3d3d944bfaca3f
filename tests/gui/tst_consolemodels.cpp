#include "displayformat.h"
#include "jobdescription.h"
#include "jobrepository.h"
#include "jobtablemodel.h"
#include "terminaldetailspane.h"
#include "terminaltablemodel.h"

#include "bscommframe.h"
#include "connection.h"
#include "pollinfo.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace punchclock;
using storage::Approval;
using ui::TerminalTableModel;

namespace {

const QString pendingDev = QStringLiteral("D96584729B906B39");
const QString approvedDev = QStringLiteral("C2610000000000AB");
const QString blockedDev = QStringLiteral("A1000000000000FF");

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

    QList<storage::TerminalRow> terminals() const { return storage::TerminalRepository(m_db->database()).list(); }

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
        QCOMPARE(text(model, pending, TerminalTableModel::StatusColumn), QStringLiteral("Waiting for approval"));
        QCOMPARE(text(model, approved, TerminalTableModel::StatusColumn), QStringLiteral("Online"));
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
        QCOMPARE(text(model, rowOf(model, TerminalTableModel::DevIdRole, pendingDev), TerminalTableModel::StatusColumn),
                 QStringLiteral("Online"));
        QCOMPARE(text(model, rowOf(model, TerminalTableModel::DevIdRole, blockedDev), TerminalTableModel::StatusColumn),
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

    // A terminal's clock is the site's wall time: labelled with the site's zone, never "UTC".
    void aTerminalClockIsLabelledWithTheSitesZone()
    {
        storage::TerminalRow terminal;
        terminal.devId = pendingDev;
        terminal.terminalClock = protocol::walltime::make(QDate(2026, 7, 1), QTime(9, 30, 5));
        terminal.clockDriftSeconds = 5;
        const QRegularExpression labelledUtc(QStringLiteral("\\d( [AP]M)? UTC"));

        ui::TerminalDetailsPane pane;
        pane.setSiteZone(QTimeZone("Europe/Madrid"));
        pane.showTerminal(&terminal);
        const QString details = pane.toPlainText();
        QVERIFY2(details.contains(QStringLiteral("(Europe/Madrid, UTC+02:00)")), qPrintable(details));
        QVERIFY2(!details.contains(labelledUtc), qPrintable(details));

        TerminalTableModel model;
        model.setTerminals({terminal});
        const QString toolTip = model.index(0, TerminalTableModel::ClockDriftColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(toolTip.contains(QStringLiteral("(site time)")), qPrintable(toolTip));
        QVERIFY2(!toolTip.contains(QStringLiteral("UTC")), qPrintable(toolTip));

        QCOMPARE(
            ui::JobDescription::commandText(protocol::CommandCode::SetTime,
                                            QJsonObject{{QStringLiteral("time"), QStringLiteral("20260701093005")}}),
            QStringLiteral("Set clock to 2026-07-01 09:30 (site time)"));
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
        QCOMPARE(shown.value(failed), QStringLiteral("Not enrolled on the terminal"));
        QCOMPARE(shown.value(silent), QStringLiteral("No answer"));
        QCOMPARE(shown.value(cancelled), QStringLiteral("Cancelled"));
        // Newest first, and the raw code is in the tooltip.
        QCOMPARE(model.index(0, 0).data(ui::JobTableModel::JobIdRole).toLongLong(), cancelled);
        QCOMPARE(model.index(0, ui::JobTableModel::StatusColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("CANCELLED"));

        model.setJobs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void terminalReloadUpdatesRowsInPlace()
    {
        QVERIFY(contact(approvedDev));
        QVERIFY(contact(pendingDev));
        QVERIFY(contact(blockedDev));
        TerminalTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TerminalTableModel::SortRole);
        proxy.sort(TerminalTableModel::DevIdColumn);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&proxy);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setTerminals(terminals(), {}, now);
        const int selectedRow = rowOf(proxy, TerminalTableModel::DevIdRole, blockedDev);
        selection.setCurrentIndex(proxy.index(selectedRow, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

        // The same terminals at the same moment: nothing to tell the views.
        model.setTerminals(terminals(), {}, now);
        QCOMPARE(changes.count(), 0);

        // One terminal renamed: that row changes, and only that one.
        QVERIFY(storage::TerminalRepository(m_db->database()).setName(pendingDev, QStringLiteral("Back door")));
        model.setTerminals(terminals(), {}, now);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        const QModelIndex topLeft = changes.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changes.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.row(), model.rowOf(pendingDev));
        QCOMPARE(bottomRight.row(), topLeft.row());
        QCOMPARE(bottomRight.column(), TerminalTableModel::ColumnCount - 1);
        QCOMPARE(text(model, model.rowOf(pendingDev), TerminalTableModel::NameColumn), QStringLiteral("Back door"));
        QCOMPARE(inserts.count() + removals.count(), 0);
        QCOMPARE(selection.currentIndex().data(TerminalTableModel::DevIdRole).toString(), blockedDev);
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));

        // A new terminal is inserted and a gone one removed, still without a reset.
        QList<storage::TerminalRow> fewer = terminals();
        fewer.removeIf([](const storage::TerminalRow &terminal) { return terminal.devId == approvedDev; });
        model.setTerminals(fewer, {}, now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removals.count(), 1);
        model.setTerminals(terminals(), {}, now);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(selection.currentIndex().data(TerminalTableModel::DevIdRole).toString(), blockedDev);

        // Time alone changes what the rows say ("3 min ago"): those rows are updated too.
        changes.clear();
        model.setTerminals(terminals(), {}, now.addSecs(3 * 60));
        QCOMPARE(changes.count(), 3);
        QCOMPARE(resets.count(), 0);
    }

    void terminalHeaders()
    {
        TerminalTableModel model;
        QCOMPARE(model.columnCount(), int(TerminalTableModel::ColumnCount));
        QCOMPARE(headers(model),
                 (QStringList{QStringLiteral("Status"), QStringLiteral("Name"), QStringLiteral("Device ID"),
                              QStringLiteral("Last seen"), QStringLiteral("Clock drift"), QStringLiteral("Users"),
                              QStringLiteral("Faces"), QStringLiteral("Fingers"), QStringLiteral("Logs"),
                              QStringLiteral("Firmware"), QStringLiteral("Record library"), QStringLiteral("Address"),
                              QStringLiteral("Queued jobs")}));
    }

    void terminalModelShowsHealthCountsAndQueue()
    {
        storage::TerminalRepository repository(m_db->database());
        QVERIFY(contact(approvedDev));
        QVERIFY(repository.setApproval(approvedDev, Approval::Approved));
        QVERIFY(repository.setDeviceStatus(approvedDev, R"({"total_user_count":12,"user_count":10,"fp_count":9,)"
                                                        R"("face_count":-1,"total_log_count":1204})"));
        QVERIFY(contact(blockedDev));
        QVERIFY(repository.setApproval(blockedDev, Approval::Approved));
        QVERIFY(repository.setDeviceStatus(blockedDev, R"({"total_user_count":3,"fp_count":10,"total_log_count":80})"));

        TerminalTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TerminalTableModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setTerminals(terminals(), {{approvedDev, 3}}, now);
        const int row = rowOf(model, TerminalTableModel::DevIdRole, approvedDev);
        QCOMPARE(text(model, row, TerminalTableModel::UsersColumn), QStringLiteral("12"));
        QCOMPARE(text(model, row, TerminalTableModel::FingersColumn), QStringLiteral("9"));
        QCOMPARE(text(model, row, TerminalTableModel::FacesColumn), QString()); // the terminal did not say
        QCOMPARE(text(model, row, TerminalTableModel::LogsColumn), QStringLiteral("1,204"));
        QCOMPARE(text(model, row, TerminalTableModel::QueuedJobsColumn), QStringLiteral("3"));
        QCOMPARE(model.index(row, TerminalTableModel::LogsColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(model.index(row, TerminalTableModel::StatusColumn).data(TerminalTableModel::StateRole).toInt(),
                 int(engine::TerminalHealth::State::Online));
        QVERIFY(!model.index(row, TerminalTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(row, TerminalTableModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                 ui::toneColor(ui::StatusTone::Good));

        // Numbers sort as numbers: 9 fingers before 10.
        proxy.sort(TerminalTableModel::FingersColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TerminalTableModel::DevIdRole).toString(), approvedDev);
        proxy.sort(TerminalTableModel::LogsColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(TerminalTableModel::DevIdRole).toString(), blockedDev);

        // Silent for longer than three poll intervals (six minutes while the interval is unknown).
        const QDateTime later = now.addSecs(7 * 60);
        model.setTerminals(terminals(), {}, later);
        const QString offline = text(model, rowOf(model, TerminalTableModel::DevIdRole, approvedDev),
                                     TerminalTableModel::StatusColumn);
        QVERIFY2(offline.startsWith(QStringLiteral("Offline since ")), qPrintable(offline));
        QCOMPARE(model.index(rowOf(model, TerminalTableModel::DevIdRole, approvedDev), TerminalTableModel::StatusColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 ui::toneColor(ui::StatusTone::Bad));
        QCOMPARE(text(model, rowOf(model, TerminalTableModel::DevIdRole, approvedDev), TerminalTableModel::QueuedJobsColumn),
                 QString());
        QCOMPARE(model.rowOf(blockedDev), rowOf(model, TerminalTableModel::DevIdRole, blockedDev));
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }
};

QTEST_MAIN(tst_ConsoleModels)
#include "tst_consolemodels.moc"
