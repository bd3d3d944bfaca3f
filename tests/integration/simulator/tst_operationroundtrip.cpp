#include "roundtriprig.h"

#include "punchrepository.h"
#include "walltime.h"

#include <QRandomGenerator>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::CommandCode;
using protocol::RecordLibrary;
using storage::JobStatus;
using test::SimulatorRig;

Q_DECLARE_METATYPE(punchclock::protocol::RecordLibrary)

namespace {

constexpr int WaitMs = SimulatorRig::WaitMs;

} // namespace

// The operations (several jobs followed as one) through the real server and simulated
// terminals over 127.0.0.1, and cancelling a job the terminal is working on.
class tst_OperationRoundTrip : public QObject
{
    Q_OBJECT

private:
    const QString Result = storage::jobStatusName(JobStatus::Result);
    SimulatorRig m_rig;

    bool startServer()
    {
        QString error;
        if (m_rig.start(&error))
            return true;
        qWarning("server did not start: %s", qPrintable(error));
        return false;
    }

    SimulatedTerminal *add(const QString &devId, RecordLibrary library = RecordLibrary::HS101,
                           const std::function<void(TerminalConfig &)> &adjust = {})
    {
        TerminalConfig config = m_rig.terminalConfig(devId, library);
        if (adjust)
            adjust(config);
        return m_rig.addTerminal(config);
    }

    services::CommandService service() const { return services::CommandService(m_rig.db()); }
    // Who queues here, as recorded in queued_by.
    services::Actor actor() const { return services::Actor::system(QLatin1String(SimulatorRig::QueuedBy)); }

    qint64 storedPunches(const QString &devId) const
    {
        storage::PunchFilter filter;
        filter.devId = devId;
        return storage::PunchRepository(m_rig.db()).count(filter);
    }

private Q_SLOTS:
    void cleanup() { m_rig.stop(); }

    void copyUser_data()
    {
        QTest::addColumn<RecordLibrary>("library");
        QTest::newRow("HS101") << RecordLibrary::HS101;
        QTest::newRow("HS103, face in blocks") << RecordLibrary::HS103;
    }
    void copyUser()
    {
        QFETCH(RecordLibrary, library);
        QVERIFY(startServer());
        const QString from = QStringLiteral("SIMSRC01");
        const QString to = QStringLiteral("SIMDST01");
        SimulatedTerminal *source = add(from, library);
        SimulatedTerminal *target = add(to, library, [](TerminalConfig &config) { config.seed.users = 0; });
        QVERIFY(source && target);
        QCOMPARE(target->state().userCount(), 0);
        // The user with the most to copy.
        const SimulatedUser *user = nullptr;
        for (const QString &id : source->state().userIds()) {
            const SimulatedUser *candidate = source->state().user(id);
            if (!user || candidate->credentials.size() + (candidate->photo.isEmpty() ? 0 : 1) >
                             user->credentials.size() + (user->photo.isEmpty() ? 0 : 1))
                user = candidate;
        }
        QVERIFY(user);

        const services::CommandService::Outcome outcome = service().copyUser(user->userId, from, {to}, actor());
        QVERIFY(outcome.ok());
        QVERIFY(outcome.operationId);
        QCOMPARE(outcome.jobIds.size(), 2);
        const qint64 fetch = outcome.jobIds.at(0);
        const qint64 push = outcome.jobIds.at(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(push), Result, WaitMs);
        for (const qint64 id : {fetch, push}) {
            QCOMPARE(m_rig.trail(id), test::answeredTrail());
            QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
            QCOMPARE(m_rig.job(id).operationId, outcome.operationId);
        }
        QCOMPARE(m_rig.job(fetch).commandCode, QStringLiteral("GET_USER_INFO"));
        QCOMPARE(m_rig.job(push).commandCode, QStringLiteral("SET_USER_INFO"));
        QCOMPARE(m_rig.job(push).devId, to);
        QCOMPARE(m_rig.job(push).dependsOn, std::optional<qint64>(fetch));

        const SimulatedUser *copied = target->state().user(user->userId);
        QVERIFY(copied);
        QCOMPARE(copied->name, user->name);
        QCOMPARE(copied->privilege, user->privilege);
        QCOMPARE(copied->enabled, user->enabled);
        QCOMPARE(copied->photo, user->photo);
        QCOMPARE(copied->credentials, user->credentials);
        QCOMPARE(target->state().userCount(), 1);
        QCOMPARE(storage::UserRepository(m_rig.db()).holders(user->userId), (QStringList{to, from}));
    }

    void copyOfUnknownUserCancelsThePush()
    {
        QVERIFY(startServer());
        SimulatedTerminal *source = add(QStringLiteral("SIMSRC01"));
        SimulatedTerminal *target = add(QStringLiteral("SIMDST01"), RecordLibrary::HS101,
                                        [](TerminalConfig &config) { config.seed.users = 0; });
        QVERIFY(source && target);
        const services::CommandService::Outcome outcome = service().copyUser(
            QStringLiteral("999"), QStringLiteral("SIMSRC01"), {QStringLiteral("SIMDST01")}, actor());
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.jobIds.size(), 2);
        const qint64 fetch = outcome.jobIds.at(0);
        const qint64 push = outcome.jobIds.at(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(fetch), Result, WaitMs);
        QCOMPARE(m_rig.job(fetch).returnCode, QStringLiteral("ERROR_NOT_EXIST"));
        QCOMPARE(m_rig.status(push), storage::jobStatusName(JobStatus::Cancelled));
        QCOMPARE(m_rig.trail(push), test::statusTrail({JobStatus::Wait, JobStatus::Cancelled}));
        QCOMPARE(target->state().userCount(), 0);
        QVERIFY(target->statistics().commandsByCode.isEmpty());
    }

    void renameUserEverywhere()
    {
        QVERIFY(startServer());
        SimulatedTerminal *a = add(QStringLiteral("SIMA"));
        SimulatedTerminal *b = add(QStringLiteral("SIMB"), RecordLibrary::HS103,
                                   [](TerminalConfig &config) { config.quirks.nameLimit = 8; });
        SimulatedTerminal *c =
            add(QStringLiteral("SIMC"), RecordLibrary::HS101, [](TerminalConfig &config) { config.seed.users = 0; });
        QVERIFY(a && b && c);
        for (const QString &devId : {QStringLiteral("SIMA"), QStringLiteral("SIMB"), QStringLiteral("SIMC")})
            QVERIFY(m_rig.runOk(devId, CommandCode::GetUserIdList));

        const QString userId = QStringLiteral("2");
        const QString name = QStringLiteral("Maximilian Mustermann");
        const services::CommandService::Outcome outcome = service().renameUser(userId, name, actor());
        QVERIFY(outcome.ok());
        QVERIFY(outcome.operationId);
        // One job per terminal holding the user; none for the one without it.
        QCOMPARE(outcome.jobIds.size(), 2);
        QStringList targets;
        for (const qint64 id : outcome.jobIds) {
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
            QCOMPARE(m_rig.trail(id), test::answeredTrail());
            QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
            targets << m_rig.job(id).devId;
        }
        targets.sort();
        QCOMPARE(targets, (QStringList{QStringLiteral("SIMA"), QStringLiteral("SIMB")}));
        QCOMPARE(a->state().user(userId)->name, name);
        QCOMPARE(b->state().user(userId)->name, QStringLiteral("Maximili")); // cut short, still OK
        QCOMPARE(storage::UserRepository(m_rig.db()).load(userId)->name, name);
        storage::JobFilter ofC;
        ofC.devId = QStringLiteral("SIMC");
        QCOMPARE(storage::JobRepository(m_rig.db()).list(ofC).size(), 1); // only its GET_USER_ID_LIST
    }

    void pullLogsFromEveryApprovedTerminal()
    {
        QVERIFY(startServer());
        SimulatedTerminal *a =
            add(QStringLiteral("SIMA"), RecordLibrary::HS101, [](TerminalConfig &config) { config.seed.logs = 40; });
        SimulatedTerminal *b =
            add(QStringLiteral("SIMB"), RecordLibrary::HS103, [](TerminalConfig &config) { config.seed.logs = 60; });
        SimulatedTerminal *pending = add(QStringLiteral("SIMC"));
        QVERIFY(a && b && pending);
        QVERIFY(
            storage::TerminalRepository(m_rig.db()).setApproval(QStringLiteral("SIMC"), storage::Approval::Pending));
        const QMap<QString, SimulatedTerminal *> approved{{QStringLiteral("SIMA"), a}, {QStringLiteral("SIMB"), b}};

        const services::CommandService::Outcome first = service().pullLogs({}, {}, actor());
        QVERIFY(first.ok());
        QVERIFY(first.operationId);
        QCOMPARE(first.jobIds.size(), 2);
        for (const qint64 id : first.jobIds) {
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
            QCOMPARE(m_rig.trail(id), test::answeredTrail());
            QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
            const SimulatedTerminal *terminal = approved.value(m_rig.job(id).devId);
            QVERIFY(terminal);
            const int logs = int(terminal->state().logs().size());
            QCOMPARE(m_rig.summary(id), test::jsonText({{QStringLiteral("received"), logs},
                                                        {QStringLiteral("imported"), logs},
                                                        {QStringLiteral("duplicates"), 0}}));
        }
        QCOMPARE(storedPunches(QStringLiteral("SIMA")), qint64(40));
        QCOMPARE(storedPunches(QStringLiteral("SIMB")), qint64(60));
        QCOMPARE(storedPunches(QStringLiteral("SIMC")), qint64(0));
        storage::JobFilter ofPending;
        ofPending.devId = QStringLiteral("SIMC");
        QVERIFY(storage::JobRepository(m_rig.db()).list(ofPending).isEmpty());

        // A punch taken since: the next pull asks from where the last one ended and imports only it.
        QRandomGenerator random(1);
        QVERIFY(a->state().punch(QStringLiteral("3"), random));
        const services::CommandService::Outcome second = service().pullLogs({}, {}, actor());
        QVERIFY(second.ok());
        QCOMPARE(second.jobIds.size(), 2);
        for (const qint64 id : second.jobIds) {
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
            const QString devId = m_rig.job(id).devId;
            const QDateTime from = protocol::walltime::fromProtocol(
                m_rig.sentParameters(id).value(QStringLiteral("begin_time")).toString());
            QVERIFY(from.isValid());
            const int received = int(approved.value(devId)->state().logsBetween(from, {}).size());
            const int imported = devId == QLatin1String("SIMA") ? 1 : 0;
            QCOMPARE(m_rig.summary(id), test::jsonText({{QStringLiteral("received"), received},
                                                        {QStringLiteral("imported"), imported},
                                                        {QStringLiteral("duplicates"), received - imported}}));
        }
        QCOMPARE(storedPunches(QStringLiteral("SIMA")), qint64(41));
        QCOMPARE(storedPunches(QStringLiteral("SIMB")), qint64(60));
    }

    void syncTimeSetsEveryClock()
    {
        QVERIFY(startServer());
        SimulatedTerminal *a = add(QStringLiteral("SIMA"));
        SimulatedTerminal *b = add(QStringLiteral("SIMB"), RecordLibrary::HS103);
        QVERIFY(a && b);
        a->state().setClock(TerminalState::hostWallClock().addSecs(-3 * 3600));
        b->state().setClock(TerminalState::hostWallClock().addSecs(5 * 3600));

        const services::CommandService::Outcome outcome = service().syncTime({}, actor());
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.jobIds.size(), 2);
        for (const qint64 id : outcome.jobIds) {
            QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(id), Result, WaitMs);
            QCOMPARE(m_rig.trail(id), test::answeredTrail());
            QCOMPARE(m_rig.job(id).returnCode, QStringLiteral("OK"));
            const QDateTime sent =
                protocol::walltime::fromProtocol(m_rig.sentParameters(id).value(QStringLiteral("time")).toString());
            QVERIFY(qAbs(sent.secsTo(TerminalState::hostWallClock())) <= 5);
        }
        QVERIFY(qAbs(a->state().clockOffsetSeconds()) <= 5);
        QVERIFY(qAbs(b->state().clockOffsetSeconds()) <= 5);
    }

    void cancelWhileRunning_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::newRow("terminal never answers") << true;
        QTest::newRow("terminal answers after the cancel") << false;
    }
    void cancelWhileRunning()
    {
        QFETCH(bool, silent);
        QVERIFY(startServer());
        const QString dev = QStringLiteral("SIMRT0001");
        SimulatedTerminal *terminal =
            add(dev, RecordLibrary::HS101, [&](TerminalConfig &config) { config.quirks.silentOnUnknownUser = silent; });
        QVERIFY(terminal);

        // The operator cancels while the terminal works on the job: between its delivery and
        // the terminal's answer (or the terminal's next poll, when it never answers).
        qint64 id = 0;
        QString statusAtCancel;
        std::optional<services::CommandService::CancelOutcome> cancelled;
        int pollsAtCancel = 0;
        QObject context;
        connect(terminal, &SimulatedTerminal::polled, &context, [&](const QByteArray &responseCode) {
            if (responseCode != "OK" || id == 0 || cancelled)
                return;
            statusAtCancel = m_rig.status(id);
            cancelled = service().cancel(id, services::Actor::system(QStringLiteral("tester")));
            pollsAtCancel = terminal->statistics().polls;
        });
        id = silent ? m_rig.queue(dev, CommandCode::GetUserInfo, {{QStringLiteral("user_id"), QStringLiteral("999")}})
                    : m_rig.queue(dev, CommandCode::GetDeviceStatus);
        QVERIFY(id);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.has_value(), WaitMs);
        QCOMPARE(statusAtCancel, storage::jobStatusName(JobStatus::Run));
        QCOMPARE(*cancelled, services::CommandService::CancelOutcome::Cancelled);

        // The terminal goes on polling (and answering); the job keeps its end.
        QTRY_VERIFY_WITH_TIMEOUT(terminal->statistics().polls >= pollsAtCancel + 3, WaitMs);
        QCOMPARE(m_rig.status(id), storage::jobStatusName(JobStatus::Cancelled));
        QCOMPARE(m_rig.trail(id), test::statusTrail({JobStatus::Wait, JobStatus::Run, JobStatus::Cancelled}));
        QCOMPARE(storage::JobRepository(m_rig.db()).events(id).last().detail, QStringLiteral("cancelled by tester"));
        const storage::JobRow job = m_rig.job(id);
        QVERIFY(job.returnCode.isEmpty());
        QVERIFY(job.result.isEmpty());
        if (!silent) {
            // Answered ERROR_CANCELED, so the terminal gave the upload up and nothing was applied.
            QCOMPARE(terminal->statistics().uploadsAbandoned, 1);
            QCOMPARE(terminal->statistics().resultsSent, 0);
            QVERIFY(storage::TerminalRepository(m_rig.db()).find(dev)->deviceStatus.isEmpty());
        }
    }
};

int main(int argc, char *argv[])
{
    http::ServerHost::prepareProcess();
    QCoreApplication application(argc, argv);
    tst_OperationRoundTrip test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_operationroundtrip.moc"
