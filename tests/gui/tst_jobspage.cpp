#include "consolecontext.h"
#include "consoletestbed.h"
#include "jobdetailspane.h"
#include "jobsortproxymodel.h"
#include "jobspage.h"
#include "jobtablemodel.h"
#include "pageheader.h"
#include "readerthreadtools.h"
#include "statustone.h"
#include "terminaljobbanner.h"
#include "usermessages.h"
#include "widgetlookup.h"

#include "simulatedterminal.h"

#include "bscommframe.h"
#include "commanddispatcher.h"
#include "commandservice.h"
#include "connection.h"
#include "jobrepository.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "statusrefresh.h"
#include "terminalrepository.h"
#include "userrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace punchclock;
using storage::JobOutcome;
using storage::JobStatus;
using ui::JobSortProxyModel;
using ui::JobTableModel;

// The Jobs page against the real server on 127.0.0.1 and a simulated terminal talking to it:
// jobs follow their trans_status live, and cancel, retry and "show job" do what they say.
class tst_JobsPage : public QObject
{
    Q_OBJECT

private:
    static constexpr int WaitMs = 10000;
    const QString dev = QStringLiteral("SIMJOBS1");
    std::unique_ptr<test::ConsoleTestbed> m_bed;

    QSqlDatabase db() const { return m_bed->database(); }

    // A terminal that polls only when told to (after its first poll), so each step is the test's.
    std::unique_ptr<simulator::SimulatedTerminal> startTerminal(simulator::TerminalQuirks quirks = {})
    {
        simulator::TerminalConfig config;
        config.quirks = quirks;
        config.deviceId = dev;
        config.fkName = QStringLiteral("Front door");
        config.server = {QStringLiteral("127.0.0.1"), m_bed->server()->port()};
        config.seed.seed = 7;
        config.seed.users = 5;
        config.seed.logs = 20;
        config.pollIntervalMs = 600000;
        config.requestTimeoutMs = 20000;
        auto terminal = std::make_unique<simulator::SimulatedTerminal>(config);
        terminal->start();
        const storage::TerminalRepository terminals(db());
        const bool approved = QTest::qWaitFor(
            [&] {
                const auto standing = terminals.standing(dev);
                return standing && standing->approval == storage::Approval::Approved;
            },
            WaitMs);
        return approved ? std::move(terminal) : nullptr;
    }

    qint64 queue(protocol::CommandCode code, const QJsonObject &parameters = {})
    {
        const auto outcome = services::CommandService(db()).queue(dev, code, parameters, {}, services::Actor::system(QStringLiteral("tester")));
        if (!outcome.ok())
            return -1;
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        return outcome.jobIds.first();
    }

    static QString statusShown(const ui::JobsPage &page, qint64 jobId)
    {
        const int row = page.model()->rowOf(jobId);
        return row < 0 ? QString() : page.model()->index(row, JobTableModel::StatusColumn).data().toString();
    }

    static QJsonObject parametersOf(const storage::JobRow &job)
    {
        return protocol::BsCommFrame::decode(job.parameters).frame.json();
    }

    static QList<qint64> idsOf(const JobTableModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.jobAt(row)->id;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // `count` jobs of this terminal queued in one transaction, oldest first; those in `timedOut`
    // (indexes) got no answer, the others wait.
    QList<qint64> queueMany(int count, const QSet<int> &timedOut)
    {
        storage::JobRepository jobs(db());
        QList<qint64> ids;
        if (!db().transaction())
            return ids;
        for (int i = 0; i < count; ++i) {
            storage::NewJob job;
            job.devId = dev;
            job.commandCode = QStringLiteral("GET_DEVICE_STATUS");
            const std::optional<qint64> id = jobs.enqueue(job);
            if (!id)
                break;
            if (timedOut.contains(i)
                && !(jobs.markSent(*id, {}) && jobs.transition(*id, {JobStatus::Run}, JobStatus::Timeout)))
                break;
            ids << *id;
        }
        return db().commit() ? ids : QList<qint64>();
    }

    // Signals a model sent, by kind.
    struct ModelSignals
    {
        explicit ModelSignals(const QAbstractItemModel *model)
            : resets(model, &QAbstractItemModel::modelReset)
            , inserted(model, &QAbstractItemModel::rowsInserted)
            , removed(model, &QAbstractItemModel::rowsRemoved)
            , changed(model, &QAbstractItemModel::dataChanged)
        {
        }
        QSignalSpy resets;
        QSignalSpy inserted;
        QSignalSpy removed;
        QSignalSpy changed;
    };

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_jobspage"));
        test::ConsoleTestbed::Options options;
        options.settings.append({QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1")});
        options.settings.append({QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0")});
        options.settings.append({QLatin1String(engine::ServerSettings::StatusRefreshKey), QStringLiteral("0")});
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        m_bed->createContext();
    }

    void cleanup()
    {
        m_bed.reset();
    }

    void modelAndFiltersFollowTheQueue()
    {
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact({dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.recordContact({QStringLiteral("OTHER001"), QStringLiteral("192.0.2.11"),
                                         storage::Approval::Approved, QString()}));
        QVERIFY(terminals.setName(dev, QStringLiteral("Front door")));
        storage::JobRepository jobs(db());
        auto enqueue = [&](const char *code, const QString &devId) {
            storage::NewJob job;
            job.devId = devId;
            job.commandCode = QLatin1String(code);
            return *jobs.enqueue(job);
        };
        const qint64 waiting = enqueue("GET_USER_ID_LIST", dev);
        const qint64 sent = enqueue("GET_DEVICE_STATUS", dev);
        const qint64 done = enqueue("SET_FK_NAME", QStringLiteral("OTHER001"));
        const qint64 refused = enqueue("GET_ENROLL_DATA", dev);
        const qint64 silent = enqueue("GET_USER_INFO", dev);
        QVERIFY(jobs.markSent(sent, {}) && jobs.markSent(done, {}) && jobs.markSent(refused, {}) && jobs.markSent(silent, {}));
        QVERIFY(jobs.recordResult(done, {JobStatus::Run}, QStringLiteral("OK"), {}, {}));
        QVERIFY(jobs.recordResult(refused, {JobStatus::Run}, QStringLiteral("ERROR_NOT_EXIST"), {}, {}));
        QVERIFY(jobs.transition(silent, {JobStatus::Run}, JobStatus::Timeout));

        JobTableModel model;
        JobSortProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTerminalNames({{dev, QStringLiteral("Front door")}});
        model.setJobs(jobs.list({}));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, JobTableModel::TerminalColumn).data().toString(), QStringLiteral("Front door"));
        QCOMPARE(model.index(model.rowOf(done), JobTableModel::TerminalColumn).data().toString(), QStringLiteral("OTHER001"));
        QCOMPARE(model.index(model.rowOf(waiting), JobTableModel::CommandColumn).data().toString(),
                 QStringLiteral("Get user list"));
        QCOMPARE(model.index(model.rowOf(refused), JobTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Not enrolled on the terminal"));
        QCOMPARE(model.index(model.rowOf(refused), JobTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("RESULT ERROR_NOT_EXIST"));
        // The status in colour too (with words and an icon: never colour alone).
        const auto colour = [&](qint64 id) {
            return model.index(model.rowOf(id), JobTableModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
        };
        QCOMPARE(colour(done), ui::toneColor(ui::StatusTone::Good));
        QCOMPARE(colour(refused), ui::toneColor(ui::StatusTone::Bad));
        QCOMPARE(colour(silent), ui::toneColor(ui::StatusTone::Bad));
        QCOMPARE(colour(waiting), ui::toneColor(ui::StatusTone::Waiting));
        QCOMPARE(colour(sent), ui::toneColor(ui::StatusTone::Running));
        QVERIFY(ui::toneColor(ui::StatusTone::Good) != ui::toneColor(ui::StatusTone::Bad));
        QVERIFY(!model.index(model.rowOf(refused), JobTableModel::StatusColumn).data(Qt::DecorationRole).isNull());

        // The filters are part of the model's reads from the database.
        JobTableModel read(db(), nullptr);
        QAbstractItemModelTester readTester(&read, QAbstractItemModelTester::FailureReportingMode::QtTest);
        read.refresh();
        QCOMPARE(read.rowCount(), 5);
        QVERIFY(!read.isFiltered());
        read.setFilter({}, {}, JobOutcome::Active);
        QVERIFY(read.isFiltered());
        QCOMPARE(idsOf(read), (QList<qint64>{waiting, sent}));
        read.setFilter({}, {}, JobOutcome::Failed);
        QCOMPARE(idsOf(read), (QList<qint64>{refused, silent}));
        read.setFilter({}, {}, JobOutcome::Done);
        QCOMPARE(idsOf(read), (QList<qint64>{done}));
        read.setFilter({}, {}, JobOutcome::Cancelled);
        QCOMPARE(idsOf(read), QList<qint64>());
        read.setFilter(QStringLiteral("OTHER001"), {}, std::nullopt);
        QCOMPARE(idsOf(read), (QList<qint64>{done}));
        read.setFilter({}, QStringLiteral("GET_USER_INFO"), std::nullopt);
        QCOMPARE(idsOf(read), (QList<qint64>{silent}));
        read.setFilter(dev, QStringLiteral("GET_USER_INFO"), JobOutcome::Done);
        QCOMPARE(idsOf(read), QList<qint64>());

        // A status change updates the row in place; a new job appears on top; a deleted one goes.
        QPersistentModelIndex waitingRow = model.index(model.rowOf(waiting), 0);
        QVERIFY(jobs.transition(waiting, {JobStatus::Wait}, JobStatus::Cancelled));
        const qint64 newer = enqueue("GET_DEVICE_STATUS", dev);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setJobs(jobs.list({}));
        QCOMPARE(resets.count(), 0);
        QVERIFY(waitingRow.isValid());
        QCOMPARE(waitingRow.sibling(waitingRow.row(), JobTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
        QCOMPARE(model.index(0, 0).data(JobTableModel::JobIdRole).toLongLong(), newer);
        QList<storage::JobRow> fewer = jobs.list({});
        fewer.removeIf([&](const storage::JobRow &job) { return job.id == sent || job.id == refused; });
        model.setJobs(fewer);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(sent), -1);
        model.setJobs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void deviceStatusGoesFromQueuedToSentToDone()
    {
        auto terminal = startTerminal();
        QVERIFY(terminal);
        ui::JobsPage page(m_bed->context());
        page.show();

        const qint64 id = queue(protocol::CommandCode::GetDeviceStatus);
        QVERIFY(id > 0);
        QTRY_COMPARE(statusShown(page, id), QStringLiteral("Queued"));
        QVERIFY(page.selectJob(id));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("jobCommand"))->text(), QStringLiteral("Get device status"));

        // While the terminal works on the command, another connection holds the store's write
        // lock: the job is RUN (committed before the reply left) and its result has to wait.
        const auto lockConfig = m_bed->config();
        QString error;
        std::unique_ptr<storage::Connection> locker = storage::Connection::open(lockConfig, &error);
        QVERIFY2(locker, qPrintable(error));
        bool locked = false;
        connect(terminal.get(), &simulator::SimulatedTerminal::eventOccurred, this, [&](const QString &text) {
            if (!locked && text.endsWith(QLatin1String(" received")))
                locked = QSqlQuery(locker->database()).exec(QStringLiteral("BEGIN IMMEDIATE"));
        });
        terminal->pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(locked, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(page, id), QStringLiteral("Sent to terminal"), WaitMs);
        QVERIFY(QSqlQuery(locker->database()).exec(QStringLiteral("ROLLBACK")));
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(page, id), QStringLiteral("Done"), WaitMs);

        // The details pane follows the selected job: timeline, return code, decoded result.
        QCOMPARE(page.selectedJobId(), std::optional<qint64>(id));
        auto *timeline = page.findChild<QTreeWidget *>(QStringLiteral("jobTimeline"));
        QTRY_COMPARE(timeline->topLevelItemCount(), 3);
        QCOMPARE(timeline->topLevelItem(0)->text(0), QStringLiteral("Queued"));
        QCOMPARE(timeline->topLevelItem(1)->text(0), QStringLiteral("Sent to terminal"));
        QCOMPARE(timeline->topLevelItem(2)->text(0), QStringLiteral("Answered"));
        // Each step at the time it happened.
        const QList<storage::JobEvent> events = storage::JobRepository(db()).events(id);
        QCOMPARE(events.size(), 3);
        for (int step = 0; step < 3; ++step) {
            const QDateTime at = events.at(step).at.toLocalTime();
            QCOMPARE(timeline->topLevelItem(step)->text(1), QLocale().toString(at, QLocale::ShortFormat));
            QCOMPARE(timeline->topLevelItem(step)->toolTip(1), QLocale().toString(at, QLocale::LongFormat));
            QVERIFY(step == 0 || events.at(step - 1).at <= events.at(step).at);
        }
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("jobReturnCode"))->text(), QStringLiteral("Done (OK)"));
        const QString result = page.findChild<QLabel *>(QStringLiteral("jobResult"))->text();
        QCOMPARE(result, QStringLiteral("5 users, 8 fingerprints, 0 faces, 1 cards, 20 logs"));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("cancelJob"))->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("retryJob"))->isEnabled());
    }

    // A terminal that answers OK to a rename it ignored (protocol.md §11.7): the read-back shows
    // it, and the page says what was not applied instead of "Done".
    void aWriteTheTerminalIgnoredIsShownNotApplied()
    {
        simulator::TerminalQuirks quirks;
        quirks.ignoresUserWrites = true;
        auto terminal = startTerminal(quirks);
        QVERIFY(terminal);
        ui::JobsPage page(m_bed->context());
        page.show();
        const QString userId = terminal->state().userIds().first();
        const QString kept = terminal->state().user(userId)->name;
        const qint64 id = queue(protocol::CommandCode::SetUserName,
                                {{QStringLiteral("user_id"), userId}, {QStringLiteral("user_name"), QStringLiteral("Zoe")}});
        QVERIFY(id > 0);
        terminal->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(page, id), QStringLiteral("Not applied"), WaitMs);
        QVERIFY(page.selectJob(id));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("jobResult"))->text(),
                 QStringLiteral("Terminal said OK but did not apply: the name is still \"%1\", not \"Zoe\"").arg(kept));
        const auto colour = page.model()->index(page.model()->rowOf(id), JobTableModel::StatusColumn).data(Qt::ForegroundRole);
        QCOMPARE(colour.value<QColor>(), ui::toneColor(ui::StatusTone::Bad));
    }

    // A push to a terminal without a face reader: the face stays behind and the result says so.
    void aTemplateLeftOutIsNamedInTheResult()
    {
        auto terminal = startTerminal();
        QVERIFY(terminal);
        ui::JobsPage page(m_bed->context());
        page.show();
        protocol::UserEnrollment user;
        user.userId = QStringLiteral("88");
        user.name = QStringLiteral("Hana");
        user.privilegeName = QStringLiteral("USER");
        user.credentials = {{11, "0012345"}, {12, QByteArray(20000, 'f')}};
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact(
            {QStringLiteral("FACES0001"), QStringLiteral("192.0.2.12"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.setName(QStringLiteral("FACES0001"), QStringLiteral("Lobby")));
        QVERIFY(storage::UserRepository(db()).applyEnrollment(QStringLiteral("FACES0001"), user));
        const auto pushed =
            services::CommandService(db()).pushUser(user.userId, {dev}, services::Actor::system(QStringLiteral("tester")));
        QVERIFY(pushed.ok());
        const qint64 id = pushed.jobIds.last();
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        terminal->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(page, id), QStringLiteral("Done"), WaitMs);
        QVERIFY(page.selectJob(id));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("jobResult"))->text(),
                 QStringLiteral("The terminal carried it out; face template from Lobby cannot be used by Front door "
                                "(no face reader)"));
        QCOMPARE(terminal->state().user(user.userId)->credentials.keys(), QList<int>{11});
    }

    // A privilege reads as on the Users page, never as the protocol's code ("Make user 2 REGISTER").
    void privilegesAreInWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("USER") << QStringLiteral("USER") << QStringLiteral("User");
        QTest::newRow("MANAGER") << QStringLiteral("MANAGER") << QStringLiteral("Manager");
        QTest::newRow("REGISTER") << QStringLiteral("REGISTER") << QStringLiteral("Enroller");
        QTest::newRow("OPERATOR") << QStringLiteral("OPERATOR") << QStringLiteral("Operator");
    }
    void privilegesAreInWords()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        ui::JobsPage page(m_bed->context());
        const qint64 id =
            queue(protocol::CommandCode::SetUserPrivilege,
                  {{QStringLiteral("user_id"), QStringLiteral("2")}, {QStringLiteral("user_privilege"), code}});
        QVERIFY(id > 0);
        QTRY_VERIFY(page.model()->rowOf(id) >= 0);
        const QString shown =
            page.model()->index(page.model()->rowOf(id), JobTableModel::CommandColumn).data().toString();
        QCOMPARE(shown, QStringLiteral("Set privilege of user 2: %1").arg(words));
        QCOMPARE(ui::UserMessages::privilegeName(code), words);
    }

    void cancelAndRetry()
    {
        auto terminal = startTerminal();
        QVERIFY(terminal);
        ui::JobsPage page(m_bed->context());
        page.show();
        const QJsonObject range{{QStringLiteral("begin_time"), QStringLiteral("20261101000000")},
                                {QStringLiteral("end_time"), QStringLiteral("20261123235959")}};
        const qint64 id = queue(protocol::CommandCode::GetLogData, range);
        QVERIFY(id > 0);
        QTRY_COMPARE(statusShown(page, id), QStringLiteral("Queued"));
        QVERIFY(page.selectJob(id));
        QCOMPARE(page.model()->index(page.model()->rowOf(id), JobTableModel::CommandColumn).data().toString(),
                 QStringLiteral("Get logs 2026-11-01 → 2026-11-23 23:59"));
        const QString parameters = page.findChild<QPlainTextEdit *>(QStringLiteral("jobParameters"))->toPlainText();
        QCOMPARE(QJsonDocument::fromJson(parameters.toUtf8()).object(), range);

        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelJob"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(statusShown(page, id), QStringLiteral("Cancelled"));
        storage::JobRepository jobs(db());
        QCOMPARE(jobs.find(id)->status, JobStatus::Cancelled);
        // The terminal polls and gets nothing.
        terminal->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(terminal->statistics().polls, 2, WaitMs);
        QCOMPARE(jobs.find(id)->status, JobStatus::Cancelled);

        auto *retry = page.findChild<QPushButton *>(QStringLiteral("retryJob"));
        QTRY_VERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        const QList<storage::JobRow> all = jobs.list({});
        QCOMPARE(all.size(), 2);
        const storage::JobRow again = all.first();
        QVERIFY(again.id > id);
        QCOMPARE(again.devId, dev);
        QCOMPARE(again.commandCode, QStringLiteral("GET_LOG_DATA"));
        QCOMPARE(again.status, JobStatus::Wait);
        QCOMPARE(parametersOf(again), range);
        QCOMPARE(page.selectedJobId(), std::optional<qint64>(again.id));
        QCOMPARE(statusShown(page, again.id), QStringLiteral("Queued"));

        // And the retried job is carried out.
        terminal->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(page, again.id), QStringLiteral("Done"), WaitMs);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("jobResult"))->text().startsWith(QStringLiteral("Imported ")));
    }

    void showJobSelectsItPastFiltersAndBadgeCountsFailures()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        ui::JobsPage page(m_bed->context());
        const qint64 queued = queue(protocol::CommandCode::GetDeviceStatus);
        const qint64 silent = queue(protocol::CommandCode::GetUserIdList);
        storage::JobRepository jobs(db());
        QVERIFY(jobs.markSent(silent, {}));
        QVERIFY(jobs.transition(silent, {JobStatus::Run}, JobStatus::Timeout));
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QTRY_COMPARE(statusShown(page, silent), QStringLiteral("No answer"));
        QCOMPARE(page.badge(), 1);
        QCOMPARE(test::findWidget<ui::PageHeader>(&page, "jobsHeader")->summary(), QStringLiteral("1 running · 1 failed today"));
        // An answer that could not be read failed too; one that did what it was asked did not.
        const qint64 garbled = queue(protocol::CommandCode::GetUserIdList);
        const qint64 fine = queue(protocol::CommandCode::GetUserIdList);
        QVERIFY(jobs.markSent(garbled, {}) && jobs.markSent(fine, {}));
        QVERIFY(jobs.recordResult(garbled, {JobStatus::Run}, QStringLiteral("OK"), {}, QStringLiteral(R"({"error":"truncated"})")));
        QVERIFY(jobs.recordResult(fine, {JobStatus::Run}, QStringLiteral("OK"), {}, QStringLiteral(R"({"users":5})")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QCOMPARE(statusShown(page, garbled), QStringLiteral("Answer unreadable"));
        QCOMPARE(page.badge(), 2);
        QCOMPARE(test::findWidget<ui::PageHeader>(&page, "jobsHeader")->summary(), QStringLiteral("1 running · 2 failed today"));

        auto *statusFilter = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        statusFilter->setCurrentIndex(statusFilter->findData(int(JobOutcome::Failed)));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.proxy()->rowCount(), 2);
        m_bed->context().showJob(queued);
        QCOMPARE(page.selectedJobId(), std::optional<qint64>(queued));
        QCOMPARE(statusFilter->currentIndex(), 0);
        QVERIFY(!page.selectJob(4711));
        // Asked for a job that does not exist, the page keeps its filters.
        statusFilter->setCurrentIndex(statusFilter->findData(int(JobOutcome::Failed)));
        QVERIFY(!page.selectJob(4711));
        QCOMPARE(statusFilter->currentData().toInt(), int(JobOutcome::Failed));
    }

    // The server's own routine work (clock syncs, count refreshes) would fill the page with dozens
    // of jobs a day per terminal: those that went well stay out unless asked for; failures show.
    void routineJobsThatWentWellStayOutOfTheWay()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        storage::JobRepository jobs(db());
        auto finished = [&](const char *queuedBy, const QString &returnCode) {
            storage::NewJob job;
            job.devId = dev;
            job.commandCode = QStringLiteral("GET_DEVICE_STATUS");
            job.queuedBy = QLatin1String(queuedBy);
            const qint64 id = *jobs.enqueue(job);
            if (!jobs.markSent(id, {}) || !jobs.recordResult(id, {JobStatus::Run}, returnCode, {}, {}))
                return qint64(-1);
            return id;
        };
        const qint64 refreshed = finished(engine::StatusRefresh::QueuedBy, QStringLiteral("OK"));
        const qint64 synced = finished(engine::CommandDispatcher::ClockSyncQueuedBy, QStringLiteral("OK"));
        const qint64 refused = finished(engine::StatusRefresh::QueuedBy, QStringLiteral("ERROR_NOT_EXIST"));
        const qint64 operators = finished("console:alice", QStringLiteral("OK"));
        const qint64 waiting = queue(protocol::CommandCode::GetDeviceStatus);
        QVERIFY(refreshed > 0 && synced > 0 && refused > 0 && operators > 0 && waiting > 0);

        auto page = std::make_unique<ui::JobsPage>(m_bed->context());
        auto *showRoutine = page->findChild<QCheckBox *>(QStringLiteral("showRoutineJobs"));
        QVERIFY(showRoutine && !showRoutine->isChecked());
        QCOMPARE(idsOf(*page->model()), (QList<qint64>{refused, operators, waiting}));
        showRoutine->setChecked(true);
        QCOMPARE(idsOf(*page->model()), (QList<qint64>{refreshed, synced, refused, operators, waiting}));
        // The choice is kept for the next time the page opens.
        page = std::make_unique<ui::JobsPage>(m_bed->context());
        QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("showRoutineJobs"))->isChecked());
        QCOMPARE(page->model()->rowCount(), 5);
        page->findChild<QCheckBox *>(QStringLiteral("showRoutineJobs"))->setChecked(false);
        // Asked to show one of them (from a notice or a link), the page shows it.
        QVERIFY(page->selectJob(synced));
        QCOMPARE(page->selectedJobId(), std::optional<qint64>(synced));
        QVERIFY(page->findChild<QCheckBox *>(QStringLiteral("showRoutineJobs"))->isChecked());
    }

    // 3,000 jobs of which four old ones got no answer: the Failed filter reads those four, not
    // the whole table to fill the view; a refresh reads only what changed and touches only its row.
    void filtersReadMatchingJobsAndRefreshTouchesOnlyWhatChanged()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        const QList<qint64> ids = queueMany(3000, {3, 10, 250, 700});
        QCOMPARE(ids.size(), 3000);
        ui::JobsPage page(m_bed->context());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        JobTableModel *model = page.model();
        QCOMPARE(model->rowCount(), JobTableModel::pageSize);
        // Watched from here on (the tester itself asks for more rows, as a view may).
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *statusFilter = test::findWidget<QComboBox>(&page, "statusFilter");

        auto seen = std::make_unique<ModelSignals>(model);
        statusFilter->setCurrentIndex(statusFilter->findData(int(JobOutcome::Failed)));
        QCoreApplication::processEvents(); // a view with room left asks for more rows now
        QCOMPARE(idsOf(*model), (QList<qint64>{ids.at(3), ids.at(10), ids.at(250), ids.at(700)}));
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(page.proxy()->rowCount(), 4);
        QCOMPARE(seen->resets.count(), 1);

        // A job that fails now comes in on top; one that merely changes stays out.
        storage::JobRepository jobs(db());
        QVERIFY(jobs.markSent(ids.last(), {}) && jobs.transition(ids.last(), {JobStatus::Run}, JobStatus::Timeout));
        QVERIFY(jobs.transition(ids.at(ids.size() - 2), {JobStatus::Wait}, JobStatus::Cancelled));
        seen = std::make_unique<ModelSignals>(model);
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->jobAt(0)->id, ids.last());
        QCOMPARE(seen->inserted.count(), 1);
        QCOMPARE(seen->resets.count() + seen->removed.count() + seen->changed.count(), 0);

        // Every job again: one status change is one dataChanged for its row, nothing else.
        statusFilter->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), JobTableModel::pageSize);
        const qint64 changing = ids.at(ids.size() - 10);
        const int row = model->rowOf(changing);
        QVERIFY(row > 0);
        QPersistentModelIndex kept = model->index(row, 0);
        seen = std::make_unique<ModelSignals>(model);
        QVERIFY(jobs.transition(changing, {JobStatus::Wait}, JobStatus::Cancelled));
        // Older than the pages loaded: read when the view scrolls there, not now.
        QVERIFY(jobs.transition(ids.at(20), {JobStatus::Wait}, JobStatus::Cancelled));
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QCOMPARE(seen->changed.count(), 1);
        QCOMPARE(seen->changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(seen->changed.first().at(1).toModelIndex().row(), row);
        QCOMPARE(seen->resets.count() + seen->inserted.count() + seen->removed.count(), 0);
        QCOMPARE(kept.row(), row);
        QCOMPARE(statusShown(page, changing), QStringLiteral("Cancelled"));
        QCOMPARE(model->rowCount(), JobTableModel::pageSize);
        QCOMPARE(model->rowOf(ids.at(20)), -1);
        // Nothing changed since: nothing read again, nothing signalled.
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QCOMPARE(seen->changed.count(), 1);

        // Narrowed to jobs still queued or sent, a job that ends leaves the list.
        statusFilter->setCurrentIndex(statusFilter->findData(int(JobOutcome::Active)));
        const qint64 ending = ids.at(ids.size() - 3);
        QVERIFY(model->rowOf(ending) >= 0);
        seen = std::make_unique<ModelSignals>(model);
        QVERIFY(jobs.markSent(ending, {}) && jobs.recordResult(ending, {JobStatus::Run}, QStringLiteral("OK"), {}, {}));
        m_bed->context().notifyChanged(ui::ConsoleContext::Jobs);
        QCOMPARE(model->rowOf(ending), -1);
        QCOMPARE(seen->removed.count(), 1);
        QCOMPARE(seen->resets.count() + seen->inserted.count(), 0);
        // Scrolled to the end, the list holds every job still queued, each once.
        auto *table = test::findWidget<QTableView>(&page, "jobsTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                table->scrollToBottom();
                return !model->canFetchMore({});
            }(),
            WaitMs);
        QCOMPARE(model->rowCount(), 3000 - 4 - 1 - 1 - 2 - 1);
        QCOMPARE(model->jobAt(model->rowCount() - 1)->id, ids.first());
    }

    // Across a network the reads run on the console's reader thread (here on the SQLite file).
    // A refresh read under one filter and arriving after the filter changed would put jobs the
    // new filter leaves out among its rows: it is dropped, and the rows are the new filter's.
    // A job asked for (a link, the Dashboard's retry) while the list is read again under a new
    // filter: the step that looked for it is dropped with the old rows, and looks again.
    void aJobAskedForIsFoundAfterANewFilter()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        const QList<qint64> ids = queueMany(600, {3, 10});
        ui::ConsoleContext &readers = m_bed->createContext(true);
        JobTableModel model(readers.reader(), nullptr);
        model.refresh();
        QTRY_COMPARE(model.rowCount(), JobTableModel::pageSize);
        std::optional<bool> found;
        {
            test::ReaderHold hold(readers.reader(), &model);
            model.loadUntil(ids.at(3), [&found](bool inList) { found = inList; });
            model.setFilter({}, {}, JobOutcome::Failed);
        }
        QTRY_VERIFY(found.has_value());
        QVERIFY(*found);
        QVERIFY(model.rowOf(ids.at(3)) >= 0);
    }

    void aRefreshOnItsWayIsDroppedWhenTheFilterChanges()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        const QList<qint64> ids = queueMany(600, {3, 10});
        QCOMPARE(ids.size(), 600);
        ui::ConsoleContext &readers = m_bed->createContext(true);
        JobTableModel model(readers.reader(), nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 0); // on its way: nothing waited for it here
        QTRY_COMPARE(model.rowCount(), JobTableModel::pageSize);

        qint64 queued = 0;
        {
            test::ReaderHold hold(readers.reader(), &model);
            queued = queue(protocol::CommandCode::GetDeviceStatus);
            model.refresh();
            model.setFilter({}, {}, JobOutcome::Failed);
            hold.release();
            QTRY_COMPARE(idsOf(model), (QList<qint64>{ids.at(3), ids.at(10)}));
        }
        QCOMPARE(model.rowOf(queued), -1);

        // The mark is the new filter's: a job that fails now comes in, once.
        storage::JobRepository jobs(db());
        QVERIFY(jobs.markSent(queued, {}) && jobs.transition(queued, {JobStatus::Run}, JobStatus::Timeout));
        model.refresh();
        model.refresh();
        QTRY_COMPARE(idsOf(model), (QList<qint64>{ids.at(3), ids.at(10), queued}));

        // Every job again, the pages fetched one at a time as a view scrolls, each job once.
        model.setFilter({}, {}, std::nullopt);
        QTRY_COMPARE(model.rowCount(), JobTableModel::pageSize);
        for (int rows = model.rowCount(); model.canFetchMore({}); rows = model.rowCount()) {
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({}));
            QTRY_VERIFY(model.rowCount() > rows);
        }
        QCOMPARE(idsOf(model), ids + QList<qint64>{queued});
    }

    void thePageReadsOffTheGuiThread()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        const QList<qint64> ids = queueMany(400, {0, 1, 2});
        QCOMPARE(ids.size(), 400);
        ui::ConsoleContext &readers = m_bed->createContext(true);
        // With the GUI thread's connection closed, what the page shows was read on the reader's.
        const test::GuiConnectionClosed closed(db());
        ui::JobsPage page(readers);
        auto *header = test::findWidget<ui::PageHeader>(&page, "jobsHeader");
        QCOMPARE(page.model()->rowCount(), 0);
        QTRY_COMPARE(header->summary(), QStringLiteral("397 running · 3 failed today"));
        QCOMPARE(page.badge(), 3);
        QTRY_VERIFY(test::findWidget<QComboBox>(&page, "terminalFilter")->findData(dev) >= 0);

        // Older than the rows read so far: selected once its page arrives, with its timeline.
        QVERIFY(!page.selectJob(ids.first()));
        QTRY_COMPARE(page.selectedJobId(), std::optional<qint64>(ids.first()));
        auto *timeline = test::findWidget<QTreeWidget>(&page, "jobTimeline");
        QTRY_COMPARE(timeline->topLevelItemCount(), 3);
        QCOMPARE(timeline->topLevelItem(2)->text(0), QStringLiteral("No answer"));

        // Hidden by a filter: the filters are cleared for it.
        auto *statusFilter = test::findWidget<QComboBox>(&page, "statusFilter");
        statusFilter->setCurrentIndex(statusFilter->findData(int(JobOutcome::Failed)));
        QTRY_COMPARE(page.model()->rowCount(), 3);
        QVERIFY(!page.selectJob(ids.last()));
        QTRY_COMPARE(page.selectedJobId(), std::optional<qint64>(ids.last()));
        QCOMPARE(statusFilter->currentIndex(), 0);
        QTRY_COMPARE(timeline->topLevelItemCount(), 1);
    }

    // Cancel and retry run on the console's reader thread across a network: with the GUI
    // thread's connection closed, the job cancelled and the one queued again are its doing.
    void cancelAndRetryRunOnTheReader()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        const qint64 id = queue(protocol::CommandCode::GetDeviceStatus);
        QVERIFY(id > 0);
        ui::ConsoleContext &readers = m_bed->createContext(true);
        std::optional<test::GuiConnectionClosed> closed(db());
        ui::JobsPage page(readers);
        page.show();
        QTRY_COMPARE(statusShown(page, id), QStringLiteral("Queued"));
        // Until the selected job's details arrive there is no job to cancel: a press then would
        // do nothing, so the button cannot be pressed.
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelJob"));
        QVERIFY(!cancel->isEnabled());
        page.selectJob(id);
        QTRY_COMPARE(page.selectedJobId(), std::optional<qint64>(id));
        QTRY_VERIFY(cancel->isVisible() && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(statusShown(page, id), QStringLiteral("Cancelled"));
        auto *retry = page.findChild<QPushButton *>(QStringLiteral("retryJob"));
        QTRY_VERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(page.selectedJobId() && *page.selectedJobId() > id);
        const qint64 again = *page.selectedJobId();

        closed.reset();
        storage::JobRepository jobs(db());
        QCOMPARE(jobs.find(id)->status, JobStatus::Cancelled);
        QCOMPARE(jobs.find(again)->status, JobStatus::Wait);
        QCOMPARE(jobs.find(again)->commandCode, QStringLiteral("GET_DEVICE_STATUS"));
    }

    // The Terminals page's message after an action follows its jobs on the reader too: with the
    // GUI thread's connection closed, their outcome is read on the reader's.
    void theTerminalsMessageFollowsItsJobsOnTheReader()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        const QList<qint64> ids = queueMany(2, {1});
        QCOMPARE(ids.size(), 2);
        ui::ConsoleContext &readers = m_bed->createContext(true);
        QLabel message;
        ui::TerminalJobBanner banner(readers, &message);
        ui::TerminalCommands::Result queued;
        queued.done = QStringLiteral("Asking for the counts is queued.");
        queued.jobIds = ids;
        std::optional<test::GuiConnectionClosed> closed(db());
        QVERIFY(banner.show(queued));
        readers.notifyChanged(ui::ConsoleContext::Jobs);
        m_bed->waitForReads();
        QVERIFY2(message.text().startsWith(queued.done), qPrintable(message.text())); // one job still waits

        closed.reset();
        storage::JobRepository jobs(db());
        QVERIFY(jobs.markSent(ids.first(), {}));
        QVERIFY(jobs.recordResult(ids.first(), {JobStatus::Run}, QStringLiteral("OK"), {}, {}));
        closed.emplace(db());
        readers.notifyChanged(ui::ConsoleContext::Jobs);
        QTRY_VERIFY(message.text().startsWith(QStringLiteral("Failed: ")));
        QVERIFY2(message.text().contains(QStringLiteral("Done: ")), qPrintable(message.text()));
        QCOMPARE(message.property("role").toString(), QStringLiteral("fieldError"));
    }

    // "Failed today" begins at the site's midnight (Settings), as the dashboard's today does,
    // not at this PC's.
    void failedTodayCountsFromTheSitesMidnight()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        const QDateTime now = QDateTime::currentDateTime();
        const auto midnightOf = [&](const QTimeZone &zone) { return now.toTimeZone(zone).date().startOfDay(zone); };
        const QDateTime pcMidnight = midnightOf(QTimeZone::systemTimeZone());
        QByteArray zone;
        for (const char *candidate : {"Asia/Kolkata", "America/Caracas", "Pacific/Kiritimati"}) {
            if (zone.isEmpty() && std::llabs(midnightOf(QTimeZone(candidate)).secsTo(pcMidnight)) >= 3600)
                zone = candidate;
        }
        QVERIFY(!zone.isEmpty());
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(engine::ServerSettings::SiteTimeZoneKey),
                                                           QString::fromLatin1(zone)));
        const QDateTime siteMidnight = midnightOf(QTimeZone(zone)).toUTC();
        // Half an hour before the site's midnight and half an hour after: on the same side of
        // the PC's midnight, an hour or more away.
        const QList<qint64> ids = queueMany(2, {0, 1});
        QCOMPARE(ids.size(), 2);
        const QList<QDateTime> ended{siteMidnight.addSecs(-1800), siteMidnight.addSecs(1800)};
        for (int i = 0; i < 2; ++i) {
            QSqlQuery query(db());
            QVERIFY(query.prepare(QStringLiteral("UPDATE jobs SET status_changed_at = ? WHERE id = ?")));
            query.addBindValue(ended.at(i).toString(Qt::ISODateWithMs));
            query.addBindValue(ids.at(i));
            QVERIFY(query.exec());
        }
        ui::JobsPage page(m_bed->context());
        QCOMPARE(test::findWidget<ui::PageHeader>(&page, "jobsHeader")->summary(),
                 QStringLiteral("0 running · 1 failed today"));
    }

    void everyJobIsListedAsScrolledAndCountedInTheDatabase()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        // More jobs than any page: 1,100 without an answer today, 150 waiting, 50 done.
        storage::JobRepository jobs(db());
        QVERIFY(db().transaction());
        QList<qint64> ids;
        for (int i = 0; i < 1300; ++i) {
            storage::NewJob job;
            job.devId = dev;
            job.commandCode = QStringLiteral("GET_DEVICE_STATUS");
            const std::optional<qint64> id = jobs.enqueue(job);
            QVERIFY(id);
            ids << *id;
            if (i < 150)
                continue;
            QVERIFY(jobs.markSent(*id, {}));
            if (i < 1250)
                QVERIFY(jobs.transition(*id, {JobStatus::Run}, JobStatus::Timeout));
            else
                QVERIFY(jobs.recordResult(*id, {JobStatus::Run}, QStringLiteral("OK"), {}, {}));
        }
        QVERIFY(db().commit());

        ui::JobsPage page(m_bed->context());
        page.resize(1280, 800);
        page.show();
        QCOMPARE(page.model()->rowCount(), JobTableModel::pageSize);
        QVERIFY(page.model()->canFetchMore({}));
        // Watched from here on (the tester itself asks for more rows, as a view may).
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Counted by the database, not from the rows loaded so far.
        QCOMPARE(page.badge(), 1100);
        QCOMPARE(test::findWidget<ui::PageHeader>(&page, "jobsHeader")->summary(),
                 QStringLiteral("150 running · 1100 failed today"));

        // Scrolling down reads the older jobs, a page at a time, newest first, each once.
        auto *table = test::findWidget<QTableView>(&page, "jobsTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                table->scrollToBottom();
                return page.model()->rowCount() == ids.size();
            }(),
            WaitMs);
        QVERIFY(!page.model()->canFetchMore({}));
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->jobAt(row)->id, ids.at(ids.size() - 1 - row));

        // A job asked for by id is found however old, on a page that has not scrolled.
        ui::JobsPage fresh(m_bed->context());
        QCOMPARE(fresh.model()->rowCount(), JobTableModel::pageSize);
        QVERIFY(fresh.selectJob(ids.first()));
        QCOMPARE(fresh.selectedJobId(), std::optional<qint64>(ids.first()));
        QCOMPARE(fresh.model()->rowCount(), ids.size());
    }

    void jobQueuedByAnotherProgramShowsWithinTwoSeconds()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        ui::JobsPage page(m_bed->context());
        QString error;
        std::unique_ptr<storage::Connection> other = storage::Connection::open(m_bed->config(), &error);
        QVERIFY2(other, qPrintable(error));
        const auto outcome = services::CommandService(other->database())
                                 .queue(dev, protocol::CommandCode::GetDeviceStatus, {}, {}, services::Actor::system(QStringLiteral("cli")));
        QVERIFY(outcome.ok());
        const qint64 id = outcome.jobIds.first();
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(page, id), QStringLiteral("Queued"), 2500);
        QCOMPARE(test::findWidget<ui::PageHeader>(&page, "jobsHeader")->summary(),
                 QStringLiteral("1 running · 0 failed today"));
    }

    void editAndNewCommandOpenTheBuilder()
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {dev, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        ui::JobsPage page(m_bed->context());
        page.show();
        const QJsonObject rename{{QStringLiteral("user_id"), QStringLiteral("12")},
                                 {QStringLiteral("user_name"), QStringLiteral("Alice")}};
        const qint64 id = queue(protocol::CommandCode::SetUserName, rename);
        QVERIFY(id > 0);
        QVERIFY(page.selectJob(id));
        QList<ui::CommandDraft> builder;
        connect(&m_bed->context(), &ui::ConsoleContext::commandBuilderRequested, this,
                [&](const ui::CommandDraft &draft) { builder << draft; });
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("editJob")), Qt::LeftButton);
        QCOMPARE(builder.count(), 1);
        const ui::CommandDraft draft = builder.at(0);
        QCOMPARE(draft.devId, dev);
        QCOMPARE(draft.code, std::optional<protocol::CommandCode>(protocol::CommandCode::SetUserName));
        QCOMPARE(draft.parameters, rename);

        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newCommand")), Qt::LeftButton);
        QCOMPARE(builder.count(), 2);
        QVERIFY(!builder.at(1).code);
        QVERIFY(builder.at(1).devId.isEmpty());

        // From the table's context menu: a new command to the selected job's terminal, or this one again.
        auto *table = test::findWidget<QTableView>(&page, "jobsTable");
        auto *toTerminal = test::findWidget<QAction>(&page, "sendCommandToTerminal");
        auto *again = test::findWidget<QAction>(&page, "editJobAction");
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(table->actions().contains(toTerminal) && table->actions().contains(again));
        toTerminal->trigger();
        QCOMPARE(builder.count(), 3);
        QCOMPARE(builder.at(2).devId, dev);
        QVERIFY(!builder.at(2).code);
        again->trigger();
        QCOMPARE(builder.count(), 4);
        QCOMPARE(builder.at(3).parameters, rename);

        // Narrowed to a terminal, the list's New command is for that terminal.
        auto *terminalFilter = test::findWidget<QComboBox>(&page, "terminalFilter");
        terminalFilter->setCurrentIndex(terminalFilter->findData(dev));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newCommand")), Qt::LeftButton);
        QCOMPARE(builder.count(), 5);
        QCOMPARE(builder.at(4).devId, dev);
    }
};

QTEST_MAIN(tst_JobsPage)
#include "tst_jobspage.moc"
