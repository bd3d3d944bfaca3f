#include "roundtriprig.h"

#include <QJsonDocument>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::CommandCode;
using storage::JobStatus;
using test::SimulatorRig;

namespace {

constexpr int WaitMs = SimulatorRig::WaitMs;
constexpr int FaceBackup = 12;
constexpr int CardBackup = 11;

QString summaryField(const storage::JobRow &job, const char *key)
{
    return QJsonDocument::fromJson(job.summary.toUtf8()).object().value(QLatin1String(key)).toString();
}

} // namespace

// Issue 12 §2 and §5 through the real server and simulated terminals: a face template of one
// version is not sent to a terminal of another while the rest of the user goes, and a terminal
// that answers OK to a write it ignored is caught by reading the user back.
class tst_TemplatesAndReadBack : public QObject
{
    Q_OBJECT

private:
    SimulatorRig m_rig;

    SimulatedTerminal *add(const QString &devId, const QString &name, int faceVersion, TerminalQuirks quirks = {})
    {
        TerminalConfig config = m_rig.terminalConfig(devId);
        config.library = protocol::RecordLibrary::HS103;
        config.fkName = name;
        config.faceDataVersion = faceVersion;
        config.seed.users = 0;
        config.quirks = quirks;
        return m_rig.addTerminal(config);
    }

    services::Actor actor() const { return services::Actor::system(QLatin1String(SimulatorRig::QueuedBy)); }
    storage::UserRepository users() const { return storage::UserRepository(m_rig.db()); }

    // The job once it ended, whatever the end.
    storage::JobRow ended(qint64 id) const
    {
        if (!QTest::qWaitFor([&] { return storage::isFinal(m_rig.job(id).status); }, WaitMs))
            qWarning("job %lld did not end", id);
        return m_rig.job(id);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_rig.start(&error), qPrintable(error));
    }
    void cleanup() { m_rig.stop(); }

    void aFaceOfAnotherVersionStaysBehindWhileNameAndCardGo()
    {
        SimulatedTerminal *front = add(QStringLiteral("SIMFRONT01"), QStringLiteral("Front door"), 528);
        SimulatedTerminal *gate = add(QStringLiteral("SIMGATE001"), QStringLiteral("Gate"), 300);
        QVERIFY(front && gate);
        const QString user = QStringLiteral("601");
        QVERIFY(front->enrollUser(user, QStringLiteral("Olga"),
                                  {{FaceBackup, QByteArray(20000, '\x3C')}, {CardBackup, "0012345678"}}));
        QTRY_COMPARE_WITH_TIMEOUT(users().credentials(user).size(), 2, WaitMs);
        // The store keeps where the face came from, and in which version.
        const storage::CredentialInfo face = users().credentials(user).value(1); // by backup number
        QCOMPARE(face.backupNumber, FaceBackup);
        QCOMPARE(face.sourceDevId, front->deviceId());
        QCOMPARE(face.sourceDataVersion, 528);
        QCOMPARE(face.sourceRecordLibrary.toUpper(), QStringLiteral("FKDATAHS103"));

        const services::CommandService::Outcome pushed =
            services::CommandService(m_rig.db()).pushUser(user, {gate->deviceId()}, actor());
        QVERIFY(pushed.ok());
        const storage::JobRow job = ended(pushed.jobIds.last());
        QVERIFY2(job.succeeded() && !job.failed(), qPrintable(job.summary));
        QCOMPARE(summaryField(job, "templates"),
                 QStringLiteral("face template 528 from Front door cannot be used by Gate (face 300); enroll the "
                                "face at Gate"));
        const SimulatedUser *atGate = gate->state().user(user);
        QVERIFY(atGate);
        QCOMPARE(atGate->name, QStringLiteral("Olga"));
        QCOMPARE(atGate->credentials.keys(), QList<int>{CardBackup});
        QCOMPARE(users().credentialsHeldBy(gate->deviceId(), user), QList<int>{CardBackup});
        // The face stays in the store: Front door still holds it.
        QCOMPARE(users().credentialsHeldBy(front->deviceId(), user), (QList<int>{CardBackup, FaceBackup}));

        // A single SET_ENROLL_DATA of that face is not sent at all, in the same words.
        const storage::JobRow single = ended(m_rig.queue(
            gate->deviceId(), CommandCode::SetEnrollData,
            {{QStringLiteral("user_id"), user}, {QStringLiteral("backup_number"), FaceBackup},
             {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}},
            {users().credential(user, FaceBackup)}));
        QCOMPARE(single.status, JobStatus::Cancelled);
        QCOMPARE(storage::JobRepository(m_rig.db()).events(single.id).last().detail,
                 QStringLiteral("ERROR_GET_PARAM: face template 528 from Front door cannot be used by Gate (face "
                                "300); enroll the face at Gate"));
        QVERIFY(!gate->state().user(user)->credentials.contains(FaceBackup));
    }

    void aFaceOfTheSameVersionGoes()
    {
        SimulatedTerminal *front = add(QStringLiteral("SIMFRONT02"), QStringLiteral("Front door"), 528);
        SimulatedTerminal *gate = add(QStringLiteral("SIMGATE002"), QStringLiteral("Gate"), 528);
        QVERIFY(front && gate);
        const QString user = QStringLiteral("602");
        QVERIFY(front->enrollUser(user, QStringLiteral("Pia"), {{FaceBackup, QByteArray(20000, '\x3D')}}));
        QTRY_COMPARE_WITH_TIMEOUT(users().credentials(user).size(), 1, WaitMs);
        const services::CommandService::Outcome pushed =
            services::CommandService(m_rig.db()).pushUser(user, {gate->deviceId()}, actor());
        QVERIFY(pushed.ok());
        const storage::JobRow job = ended(pushed.jobIds.last());
        QVERIFY2(job.succeeded() && !job.failed(), qPrintable(job.summary));
        QVERIFY(summaryField(job, "templates").isEmpty());
        QCOMPARE(gate->state().user(user)->credentials.keys(), QList<int>{FaceBackup});
    }

    // A Fingerspot (HS103) user copied to an HS101: fingerprint 128 there is 1,184 bytes, not 800,
    // and it has no face reader; only the card goes, and the result names both reasons.
    void aFingerspotUserReachesAnHs101WithTheCardOnly()
    {
        SimulatedTerminal *front = add(QStringLiteral("SIMFRONT03"), QStringLiteral("Front door"), 528);
        TerminalConfig config = m_rig.terminalConfig(QStringLiteral("SIMHS10101"));
        config.fkName = QStringLiteral("Gate");
        config.seed.users = 0;
        SimulatedTerminal *gate = m_rig.addTerminal(config);
        QVERIFY(front && gate);
        // The HS101 reports one of its own fingerprints: the store learns its template size.
        QVERIFY(gate->enrollUser(QStringLiteral("700"), QStringLiteral("Own"), {{0, QByteArray(1184, '\x11')}}));
        const QString user = QStringLiteral("606");
        QVERIFY(front->enrollUser(user, QStringLiteral("Dora"),
                                  {{0, QByteArray(800, '\x22')}, {CardBackup, "0096"},
                                   {FaceBackup, QByteArray(20000, '\x3E')}}));
        QTRY_COMPARE_WITH_TIMEOUT(users().credentials(user).size(), 3, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(users().credentials(QStringLiteral("700")).size(), 1, WaitMs);

        const services::CommandService::Outcome copied =
            services::CommandService(m_rig.db()).copyUser(user, front->deviceId(), {gate->deviceId()}, actor());
        QVERIFY(copied.ok());
        const storage::JobRow job = ended(copied.jobIds.last());
        QVERIFY2(job.succeeded() && !job.failed(), qPrintable(job.summary));
        QCOMPARE(summaryField(job, "templates"),
                 QStringLiteral("fingerprint template 128 of 800 bytes from Front door cannot be used by Gate "
                                "(fingerprint 128 of 1184 bytes); enroll the fingerprint at Gate; face template from "
                                "Front door cannot be used by Gate (no face reader)"));
        QCOMPARE(gate->state().user(user)->credentials.keys(), QList<int>{CardBackup});
        QCOMPARE(gate->state().user(user)->name, QStringLiteral("Dora"));
    }

    void anIgnoredWriteIsCaughtAndTheStoreKeepsWhatTheTerminalHas()
    {
        TerminalQuirks quirks;
        quirks.ignoresUserWrites = true;
        SimulatedTerminal *quirky = add(QStringLiteral("SIMQUIRK01"), QStringLiteral("Old lobby"), 528, quirks);
        QVERIFY(quirky);
        const QString user = QStringLiteral("603");
        QVERIFY(quirky->enrollUser(user, QStringLiteral("Ann"), {{CardBackup, "0099"}}));
        QTRY_COMPARE_WITH_TIMEOUT(users().credentials(user).size(), 1, WaitMs);

        const storage::JobRow renamed =
            ended(m_rig.queue(quirky->deviceId(), CommandCode::SetUserName,
                              {{QStringLiteral("user_id"), user}, {QStringLiteral("user_name"), QStringLiteral("Anna")}}));
        QCOMPARE(renamed.status, JobStatus::Result);
        QCOMPARE(renamed.returnCode, QStringLiteral("OK"));
        QVERIFY(renamed.failed());
        QCOMPARE(m_rig.trail(renamed.id), test::answeredTrail());
        QCOMPARE(summaryField(renamed, "not_applied"),
                 QStringLiteral("Terminal said OK but did not apply: the name is still \"Ann\", not \"Anna\""));
        QCOMPARE(users().load(user)->name, QStringLiteral("Ann"));

        const storage::JobRow promoted = ended(m_rig.queue(
            quirky->deviceId(), CommandCode::SetUserPrivilege,
            {{QStringLiteral("user_id"), user}, {QStringLiteral("user_privilege"), QStringLiteral("MANAGER")}}));
        QVERIFY(promoted.failed());
        QCOMPARE(summaryField(promoted, "not_applied"),
                 QStringLiteral("Terminal said OK but did not apply: the privilege is unchanged (USER, not MANAGER)"));
        QCOMPARE(users().load(user)->privilegeName, QStringLiteral("USER"));

        const storage::JobRow disabled =
            ended(m_rig.queue(quirky->deviceId(), CommandCode::EnableUser,
                              {{QStringLiteral("user_id"), user}, {QStringLiteral("enable_flag"), QStringLiteral("OFF")}}));
        QVERIFY(disabled.failed());
        QCOMPARE(summaryField(disabled, "not_applied"),
                 QStringLiteral("Terminal said OK but did not apply: the user is still enabled"));
    }

    // A new user sent to a terminal that ignores it and, like Fingerspot and WS535, says nothing
    // at all to GET_USER_INFO for a user it does not hold: the silence at its next poll tells.
    void aUserTheTerminalNeverCreatedIsTakenOffItInTheStore()
    {
        TerminalQuirks quirks;
        quirks.ignoresUserWrites = true;
        quirks.silentOnUnknownUser = true;
        SimulatedTerminal *quirky = add(QStringLiteral("SIMQUIRK03"), QStringLiteral("Old lobby"), 528, quirks);
        QVERIFY(quirky);
        const QString user = QStringLiteral("605");
        protocol::UserEnrollment cara;
        cara.userId = user;
        cara.name = QStringLiteral("Cara");
        cara.privilegeName = QStringLiteral("USER");
        cara.credentials = {{CardBackup, "0097"}};
        QVERIFY(storage::UserRepository(m_rig.db()).replaceUser(cara));
        const services::CommandService::Outcome pushed =
            services::CommandService(m_rig.db()).pushUser(user, {quirky->deviceId()}, actor());
        QVERIFY(pushed.ok());
        quirky->pollNow();
        const storage::JobRow job = ended(pushed.jobIds.last());
        // The read-back went unanswered and ended when the terminal polled again.
        storage::JobFilter readBacks;
        readBacks.commandCode = QStringLiteral("GET_USER_INFO");
        const QList<storage::JobRow> asked = storage::JobRepository(m_rig.db()).list(readBacks);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().readsBack, std::optional<qint64>(job.id));
        QCOMPARE(asked.first().status, JobStatus::Timeout);
        QVERIFY(job.failed());
        QCOMPARE(summaryField(job, "not_applied"),
                 QStringLiteral("Terminal said OK but did not apply: the terminal does not hold user 605"));
        QVERIFY(!quirky->state().user(user));
        QVERIFY(!users().holders(user).contains(quirky->deviceId()));
        // The store keeps the user and the card for other terminals.
        QCOMPARE(users().load(user)->name, QStringLiteral("Cara"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplatesAndReadBack)
#include "tst_templatesandreadback.moc"
