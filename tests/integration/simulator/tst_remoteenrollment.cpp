// Remote enrollment end to end: EnrollmentService and `punchclock enroll` against the real
// server on 127.0.0.1 and simulated terminals whose enrollment screen captures, is walked away
// from, or is refused by the firmware.

#include "roundtriprig.h"

#include "cliprocess.h"
#include "enrollmentservice.h"
#include "fingers.h"

#include <QProcess>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::CommandCode;
using protocol::RecordLibrary;
using services::EnrollmentError;
using services::EnrollmentService;
using storage::EnrollmentState;
using test::SimulatorRig;

namespace {

constexpr int WaitMs = SimulatorRig::WaitMs;
const QString User = QStringLiteral("3");
const int RightIndex = protocol::fingerBackupNumber(true, protocol::Digit::Index);
constexpr int Face = 12;

services::Actor admin()
{
    return services::Actor::system(QLatin1String(SimulatorRig::QueuedBy));
}

services::Actor withRole(services::Role role, QSet<qint64> departments)
{
    services::Actor actor;
    actor.kind = services::ActorKind::Operator;
    actor.name = QStringLiteral("sam");
    actor.operatorId = 7;
    actor.role = role;
    actor.allDepartments = false;
    actor.departments = std::move(departments);
    return actor;
}

} // namespace

class tst_RemoteEnrollment : public QObject
{
    Q_OBJECT

private:
    SimulatorRig m_rig;

    SimulatedTerminal *add(const QString &devId, RecordLibrary library,
                           const std::function<void(TerminalConfig &)> &adjust = {})
    {
        TerminalConfig config = m_rig.terminalConfig(devId, library);
        config.enrollDelayMs = 200;
        if (adjust)
            adjust(config);
        SimulatedTerminal *terminal = m_rig.addTerminal(config);
        // The user is in the store as the terminal holds them, as after any read.
        if (terminal && !m_rig.runOk(devId, CommandCode::GetUserInfo, {{QStringLiteral("user_id"), User}}))
            return nullptr;
        return terminal;
    }

    // Follows the request as the console and the CLI do, until it ends or the wait runs out.
    storage::EnrollmentRequest outcome(qint64 id, int waitMs = WaitMs)
    {
        EnrollmentService service(m_rig.db());
        storage::EnrollmentRequest request;
        // A request still waiting when the wait runs out is what the test then sees.
        [[maybe_unused]] const bool ended = QTest::qWaitFor(
            [&] {
                request = service.status(id).value_or(storage::EnrollmentRequest{});
                return request.state != EnrollmentState::Waiting;
            },
            waitMs);
        return request;
    }

    bool setTimeout(int seconds)
    {
        return storage::SettingsRepository(m_rig.db())
            .setValue(QLatin1String(engine::ServerSettings::EnrollTimeoutKey), QString::number(seconds));
    }

    int requestCount() const { return int(storage::EnrollmentRequestRepository(m_rig.db()).forUser(User).size()); }

    // `punchclock enroll …` on the rig's database while this process serves the terminals.
    test::CliRun enrollOnCli(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(test::plainEnvironment());
        process.start(QStringLiteral(PUNCHCLOCK_BINARY),
                      QStringList{QStringLiteral("--db"), m_rig.databaseArgument(), QStringLiteral("enroll")} +
                          arguments);
        if (!process.waitForStarted(test::CliTimeoutMs))
            qWarning("punchclock did not start: %s", qPrintable(process.errorString()));
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, test::CliTimeoutMs))
            process.kill();
        process.waitForFinished(1000);
        test::CliRun run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_rig.start(&error), qPrintable(error));
    }

    void cleanup() { m_rig.stop(); }

    void theFingerGivenAtTheTerminalIsEnrolled()
    {
        SimulatedTerminal *terminal = add(QStringLiteral("FRONT01"), RecordLibrary::HS101);
        QVERIFY(terminal);
        const EnrollmentService::Result started = EnrollmentService(m_rig.db()).start(admin(), User, RightIndex,
                                                                                     QStringLiteral("FRONT01"));
        QVERIFY(started.outcome.ok());
        QCOMPARE(started.request->state, EnrollmentState::Waiting);

        const storage::EnrollmentRequest done = outcome(started.outcome.id);
        QCOMPARE(done.state, EnrollmentState::Enrolled);
        const QByteArray onTerminal = terminal->state().user(User)->credentials.value(RightIndex);
        QVERIFY(!onTerminal.isEmpty());
        QCOMPARE(done.templateSize, std::optional<int>(int(onTerminal.size())));
        // The store holds the template the terminal captured, as from any keypad enrollment.
        QCOMPARE(test::credentialMap(storage::UserRepository(m_rig.db()).load(User)->credentials).value(RightIndex),
                 onTerminal);
        QCOMPARE(m_rig.sentParameters(*done.jobId).value(QStringLiteral("cmd")).toString(), QStringLiteral("enter_enroll"));
    }

    void nobodyAtTheTerminalTimesOut()
    {
        QVERIFY(setTimeout(1));
        SimulatedTerminal *terminal = add(QStringLiteral("FRONT01"), RecordLibrary::HS101,
                                          [](TerminalConfig &config) { config.enrollScreen = EnrollScreenBehaviour::WalkAway; });
        QVERIFY(terminal);
        const EnrollmentService::Result started = EnrollmentService(m_rig.db()).start(admin(), User, RightIndex,
                                                                                     QStringLiteral("FRONT01"));
        QVERIFY(started.outcome.ok());
        QCOMPARE(outcome(started.outcome.id).state, EnrollmentState::TimedOut);

        // Enrolled at the keypad afterwards: stored as ever, and the request stays timed out.
        QVERIFY(terminal->enrollUser(User, {}, {{RightIndex, QByteArray(1184, 'k')}}));
        QVERIFY(QTest::qWaitFor([&] { return terminal->pendingEnrollments() == 0; }, WaitMs));
        QCOMPARE(test::credentialMap(storage::UserRepository(m_rig.db()).load(User)->credentials).value(RightIndex),
                 QByteArray(1184, 'k'));
        QCOMPARE(EnrollmentService(m_rig.db()).status(started.outcome.id)->state, EnrollmentState::TimedOut);
    }

    void aKindTheTerminalCannotEnrollIsRefusedBeforeSending()
    {
        QVERIFY(add(QStringLiteral("FRONT01"), RecordLibrary::HS101)); // no face reader
        const EnrollmentService::Result started = EnrollmentService(m_rig.db()).start(admin(), User, Face,
                                                                                     QStringLiteral("FRONT01"));
        QCOMPARE(started.outcome.status, services::Outcome::Status::Refused);
        QCOMPARE(started.outcome.error<EnrollmentError>(), EnrollmentError::KindNotSupported);
        QCOMPARE(requestCount(), 0);
        const QList<storage::TerminalRow> offered = EnrollmentService(m_rig.db()).terminalsFor(User, Face);
        QVERIFY(offered.isEmpty());
    }

    void theTerminalsRefusalIsReportedWithItsReason()
    {
        QVERIFY(add(QStringLiteral("FRONT01"), RecordLibrary::HS103,
                    [](TerminalConfig &config) { config.quirks.refusesRemoteEnroll = true; }));
        const EnrollmentService::Result started = EnrollmentService(m_rig.db()).start(admin(), User, Face,
                                                                                     QStringLiteral("FRONT01"));
        QVERIFY(started.outcome.ok());
        const storage::EnrollmentRequest done = outcome(started.outcome.id);
        QCOMPARE(done.state, EnrollmentState::Refused);
        QCOMPARE(done.reason, QStringLiteral("ERROR_NOT_SUPPORTED"));
    }

    void aViewerOrAnOperatorOfAnotherDepartmentMayNotStartOne()
    {
        QVERIFY(add(QStringLiteral("FRONT01"), RecordLibrary::HS101));
        for (const services::Role role : {services::Role::Viewer, services::Role::Operator}) {
            const EnrollmentService::Result started = EnrollmentService(m_rig.db()).start(
                withRole(role, {role == services::Role::Viewer ? 0 : 99}), User, RightIndex, QStringLiteral("FRONT01"));
            QCOMPARE(started.outcome.status, services::Outcome::Status::NotAllowed);
            QCOMPARE(started.outcome.permission, services::Permission::ManageUsers);
        }
        QCOMPARE(requestCount(), 0);
        QCOMPARE(storage::JobRepository(m_rig.db()).list({}).size(), 1); // the GET_USER_INFO of the set-up
    }

    void cancellingEndsTheWaiting()
    {
        QVERIFY(add(QStringLiteral("FRONT01"), RecordLibrary::HS101,
                    [](TerminalConfig &config) { config.enrollScreen = EnrollScreenBehaviour::WalkAway; }));
        EnrollmentService service(m_rig.db());
        const EnrollmentService::Result started = service.start(admin(), User, RightIndex, QStringLiteral("FRONT01"));
        QVERIFY(started.outcome.ok());
        QVERIFY(service.cancel(admin(), started.outcome.id).ok());
        QCOMPARE(service.status(started.outcome.id)->state, EnrollmentState::Cancelled);
        const services::Outcome again = service.cancel(admin(), started.outcome.id);
        QCOMPARE(again.status, services::Outcome::Status::Refused);
        QCOMPARE(again.error<EnrollmentError>(), EnrollmentError::NotWaiting);
    }

    void theCommandLineWaitsForTheOutcome()
    {
        QVERIFY(add(QStringLiteral("FRONT01"), RecordLibrary::HS101));
        const test::CliRun enrolled = enrollOnCli(
            {User, QStringLiteral("--device"), QStringLiteral("FRONT01"), QStringLiteral("--finger"),
             QString::number(RightIndex), QStringLiteral("--wait"), QStringLiteral("20")});
        QCOMPARE(enrolled.exitCode, 0);
        QVERIFY2(enrolled.err.contains("place the right index finger 3 times"), enrolled.err.constData());
        QVERIFY2(enrolled.out.startsWith("Enrolled at FRONT01: "), enrolled.out.constData());

        const test::CliRun face = enrollOnCli(
            {User, QStringLiteral("--device"), QStringLiteral("FRONT01"), QStringLiteral("--face")});
        QCOMPARE(face.exitCode, 4);
        QVERIFY2(face.err.contains("cannot enroll FACE"), face.err.constData());

    }

    // Mistakes on the command line end before anything is asked of a terminal.
    void theCommandLineRefusesUsageMistakes()
    {
        const QString database = m_rig.databaseArgument();
        const auto enroll = [&](const QStringList &arguments) {
            return test::runCli(QStringLiteral(PUNCHCLOCK_BINARY), database,
                                QStringList{QStringLiteral("enroll")} + arguments, test::plainEnvironment());
        };
        const test::CliRun tenth = enroll({User, QStringLiteral("--device"), QStringLiteral("FRONT01"),
                                           QStringLiteral("--finger"), QStringLiteral("10")});
        QCOMPARE(tenth.exitCode, 2);
        QVERIFY2(tenth.err.contains("--finger: a number from 0 to 9"), tenth.err.constData());
        const test::CliRun both = enroll({User, QStringLiteral("--device"), QStringLiteral("FRONT01"),
                                          QStringLiteral("--finger"), QStringLiteral("1"), QStringLiteral("--face")});
        QCOMPARE(both.exitCode, 2);
        const test::CliRun noDevice = enroll({User, QStringLiteral("--face")});
        QCOMPARE(noDevice.exitCode, 2);
        const test::CliRun wait = enroll({User, QStringLiteral("--device"), QStringLiteral("FRONT01"),
                                          QStringLiteral("--face"), QStringLiteral("--wait"), QStringLiteral("soon")});
        QCOMPARE(wait.exitCode, 2);
        QCOMPARE(requestCount(), 0);
    }

    void theCommandLineSaysTimedOut()
    {
        QVERIFY(setTimeout(1));
        QVERIFY(add(QStringLiteral("FRONT01"), RecordLibrary::HS101,
                    [](TerminalConfig &config) { config.enrollScreen = EnrollScreenBehaviour::WalkAway; }));
        const test::CliRun run = enrollOnCli({User, QStringLiteral("--device"), QStringLiteral("FRONT01"),
                                              QStringLiteral("--finger"), QStringLiteral("0"), QStringLiteral("--wait"),
                                              QStringLiteral("20")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("Still waiting: "), run.err.constData());
        QVERIFY2(run.err.contains("timed out"), run.err.constData());
    }
};

QTEST_MAIN(tst_RemoteEnrollment)
#include "tst_remoteenrollment.moc"
