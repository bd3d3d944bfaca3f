#include "roundtriprig.h"

#include "digitcredential.h"

#include <QJsonArray>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::CommandCode;
using storage::JobStatus;
using test::SimulatorRig;
using Failure = services::CommandService::Outcome::Failure;

namespace {

constexpr int WaitMs = SimulatorRig::WaitMs;

const QByteArray finger0(612, '\x10');
const QByteArray finger1(612, '\x11');

QList<int> numbers(const QMap<int, QByteArray> &credentials)
{
    return credentials.keys();
}

} // namespace

// The store holds what the terminals hold (issue 12 §4), through the real server and simulated
// terminals: a credential removed on a terminal does not come back with the next push or copy, a
// user known only from a terminal's list is not sent to wipe it elsewhere, and passwords and cards
// are kept without the NUL some firmware adds and sent to each terminal in its own form.
class tst_StoreFollowsTerminals : public QObject
{
    Q_OBJECT

private:
    const QString Result = storage::jobStatusName(JobStatus::Result);
    SimulatorRig m_rig;

    SimulatedTerminal *add(const QString &devId)
    {
        TerminalConfig config = m_rig.terminalConfig(devId);
        config.seed.users = 0;
        return m_rig.addTerminal(config);
    }

    services::Actor actor() const { return services::Actor::system(QLatin1String(SimulatorRig::QueuedBy)); }
    services::CommandService service() const { return services::CommandService(m_rig.db()); }
    storage::UserRepository users() const { return storage::UserRepository(m_rig.db()); }

    QList<int> stored(const QString &userId) const
    {
        QList<int> backupNumbers;
        for (const storage::CredentialInfo &credential : users().credentials(userId))
            backupNumbers << credential.backupNumber;
        return backupNumbers;
    }

    // The credentials a SET_USER_INFO job delivered, byte for byte as the terminal got them.
    QMap<int, QByteArray> delivered(qint64 jobId) const
    {
        const protocol::BsCommFrame frame = protocol::BsCommFrame::decode(m_rig.job(jobId).parameters).frame;
        QMap<int, QByteArray> credentials;
        for (const QJsonValue &item : frame.json().value(QLatin1String("enroll_data_array")).toArray()) {
            const QJsonObject entry = item.toObject();
            credentials.insert(entry.value(QLatin1String("backup_number")).toInt(),
                               frame.binaryFor(entry.value(QLatin1String("enroll_data"))));
        }
        return credentials;
    }

    // The last job of a queued operation (the SET_USER_INFO of a copy or push), once it succeeded.
    qint64 finished(const services::CommandService::Outcome &outcome) const
    {
        if (!outcome.ok() || outcome.jobIds.isEmpty()) {
            qWarning("operation refused: failure %d", int(outcome.failure));
            return 0;
        }
        const qint64 last = outcome.jobIds.last();
        return QTest::qWaitFor([&] { return m_rig.job(last).succeeded(); }, WaitMs) ? last : 0;
    }

    qint64 copy(const QString &userId, const QString &from, const QString &to)
    {
        return finished(service().copyUser(userId, from, {to}, actor()));
    }

    qint64 push(const QString &userId, const QString &to) { return finished(service().pushUser(userId, {to}, actor())); }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_rig.start(&error), qPrintable(error));
    }
    void cleanup() { m_rig.stop(); }

    void aCardRemovedAtTheKeypadIsNotPushedAgain()
    {
        SimulatedTerminal *keypad = add(QStringLiteral("SIMKEYPAD1"));
        SimulatedTerminal *target = add(QStringLiteral("SIMTARGET1"));
        QVERIFY(keypad && target);
        const QString user = QStringLiteral("501");
        QVERIFY(keypad->enrollUser(user, QStringLiteral("Ann"), {{0, finger0}, {1, finger1}, {11, "12345678"}}));
        QTRY_COMPARE_WITH_TIMEOUT(stored(user), (QList<int>{0, 1, 11}), WaitMs);

        // The lost card is revoked at the keypad; the terminal reports the user again, whole.
        keypad->state().user(user)->credentials.remove(11);
        QVERIFY(keypad->enrollUser(user, {}, {}));
        QTRY_COMPARE_WITH_TIMEOUT(stored(user), (QList<int>{0, 1}), WaitMs);
        const storage::CredentialChange removal = users().history(user).first();
        QCOMPARE(removal.backupNumber, 11);
        QCOMPARE(removal.action, storage::CredentialChange::Action::Removed);
        QCOMPARE(removal.sourceDevId, keypad->deviceId());

        const qint64 pushed = push(user, target->deviceId());
        QVERIFY(pushed);
        QCOMPARE(numbers(delivered(pushed)), (QList<int>{0, 1}));
        QCOMPARE(numbers(target->state().user(user)->credentials), (QList<int>{0, 1}));
        QCOMPARE(users().credentialsHeldBy(target->deviceId(), user), (QList<int>{0, 1}));
    }

    void aCopySendsWhatItsSourceHolds()
    {
        SimulatedTerminal *source = add(QStringLiteral("SIMSOURCE1"));
        SimulatedTerminal *other = add(QStringLiteral("SIMOTHER01"));
        SimulatedTerminal *target = add(QStringLiteral("SIMTARGET2"));
        QVERIFY(source && other && target);
        const QString user = QStringLiteral("502");
        QVERIFY(source->enrollUser(user, QStringLiteral("Bo"), {{0, finger0}, {1, finger1}, {11, "87654321"}}));
        QTRY_COMPARE_WITH_TIMEOUT(stored(user), (QList<int>{0, 1, 11}), WaitMs);
        QVERIFY(copy(user, source->deviceId(), other->deviceId()));
        QCOMPARE(numbers(other->state().user(user)->credentials), (QList<int>{0, 1, 11}));

        // Revoked on the source without a word to the server: the copy's GET_USER_INFO tells.
        source->state().user(user)->credentials.remove(11);
        const qint64 copied = copy(user, source->deviceId(), target->deviceId());
        QVERIFY(copied);
        QCOMPARE(numbers(delivered(copied)), (QList<int>{0, 1}));
        QCOMPARE(numbers(target->state().user(user)->credentials), (QList<int>{0, 1}));
        QCOMPARE(users().credentialsHeldBy(source->deviceId(), user), (QList<int>{0, 1}));
        // The other terminal still holds the card, so the store keeps it, for that terminal.
        QCOMPARE(stored(user), (QList<int>{0, 1, 11}));

        // Copied over the other terminal too: no terminal holds the card, the store lets it go.
        QVERIFY(copy(user, source->deviceId(), other->deviceId()));
        QCOMPARE(numbers(other->state().user(user)->credentials), (QList<int>{0, 1}));
        QCOMPARE(stored(user), (QList<int>{0, 1}));
        const storage::CredentialChange removal = users().history(user).first();
        QCOMPARE(removal.action, storage::CredentialChange::Action::Removed);
        QCOMPARE(removal.backupNumber, 11);
        QCOMPARE(removal.sourceDevId, other->deviceId());
        const qint64 pushed = push(user, target->deviceId());
        QVERIFY(pushed);
        QCOMPARE(numbers(delivered(pushed)), (QList<int>{0, 1}));
    }

    void aListedUserIsNotSentBeforeItWasReadWhole()
    {
        SimulatedTerminal *source = add(QStringLiteral("SIMSOURCE2"));
        SimulatedTerminal *target = add(QStringLiteral("SIMTARGET3"));
        QVERIFY(source && target);
        const QString user = QStringLiteral("503");
        SimulatedUser manager;
        manager.userId = user;
        manager.name = QStringLiteral("Mira");
        manager.privilege = protocol::Privilege::Manager;
        manager.credentials = {{0, finger0}, {1, finger1}};
        source->state().putUser(manager);
        QVERIFY(m_rig.runOk(source->deviceId(), CommandCode::GetUserIdList));
        QCOMPARE(users().load(user)->privilegeName, QStringLiteral("MANAGER"));
        QVERIFY(users().isIncomplete(user));

        const services::CommandService::Outcome pushed = service().pushUser(user, {target->deviceId()}, actor());
        QCOMPARE(pushed.failure, Failure::IncompleteUser);
        QCOMPARE(pushed.subject, user);
        QVERIFY(pushed.jobIds.isEmpty());
        const services::CommandService::Outcome given =
            m_rig.send(target->deviceId(), CommandCode::SetUserInfo,
                       {{QStringLiteral("user_id"), user}, {QStringLiteral("user_name"), QString()},
                        {QStringLiteral("user_privilege"), QStringLiteral("USER")},
                        {QStringLiteral("enroll_data_array"), QJsonArray()}});
        QCOMPARE(given.failure, Failure::IncompleteUser);
        QVERIFY(users().isIncomplete(user));

        // A push queued otherwise (an older Punchclock, a retry) is refused when it would be sent.
        storage::NewJob older;
        older.devId = source->deviceId();
        older.commandCode = QStringLiteral("SET_USER_INFO");
        older.parameters = protocol::BsCommFrame(QJsonObject{{QStringLiteral("user_id"), user}}).encode();
        older.buildAtDelivery = true;
        const std::optional<qint64> olderId = storage::JobRepository(m_rig.db()).enqueue(older);
        QVERIFY(olderId);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(*olderId), storage::jobStatusName(JobStatus::Cancelled), WaitMs);
        QVERIFY(storage::JobRepository(m_rig.db()).events(*olderId).last().detail.contains(QLatin1String("GET_USER_INFO")));
        QVERIFY(!source->statistics().commandsByCode.contains(QStringLiteral("SET_USER_INFO")));
        QCOMPARE(source->state().user(user)->privilege, protocol::Privilege::Manager);
        QCOMPARE(numbers(source->state().user(user)->credentials), (QList<int>{0, 1}));

        // A copy reads it first, and then sends it whole.
        QVERIFY(copy(user, source->deviceId(), target->deviceId()));
        const SimulatedUser *copied = target->state().user(user);
        QVERIFY(copied);
        QCOMPARE(copied->name, QStringLiteral("Mira"));
        QCOMPARE(copied->privilege, protocol::Privilege::Manager);
        QCOMPARE(numbers(copied->credentials), (QList<int>{0, 1}));
        QVERIFY(!users().isIncomplete(user));
    }

    void digitsAreKeptPlainAndWrittenInEachTerminalsForm()
    {
        SimulatedTerminal *withNul = add(QStringLiteral("SIMNULTERM"));
        SimulatedTerminal *plain = add(QStringLiteral("SIMPLAIN01"));
        QVERIFY(withNul && plain);
        const QString nia = QStringLiteral("504");
        const QString pat = QStringLiteral("505");
        QVERIFY(withNul->enrollUser(nia, QStringLiteral("Nia"),
                                    {{10, QByteArray("6720\0", 5)}, {11, QByteArray("0012345678\0", 11)}}));
        QVERIFY(plain->enrollUser(pat, QStringLiteral("Pat"), {{10, "4455"}}));
        QTRY_COMPARE_WITH_TIMEOUT(stored(nia), (QList<int>{10, 11}), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(stored(pat), (QList<int>{10}), WaitMs);
        QCOMPARE(users().credential(nia, 10), QByteArray("6720"));
        QCOMPARE(users().credential(nia, 11), QByteArray("0012345678"));
        const storage::TerminalRepository terminals(m_rig.db());
        QCOMPARE(terminals.standing(withNul->deviceId())->digitForm, protocol::DigitForm::WithNul);
        QCOMPARE(terminals.standing(plain->deviceId())->digitForm, protocol::DigitForm::Plain);

        const qint64 toPlain = copy(nia, withNul->deviceId(), plain->deviceId());
        QVERIFY(toPlain);
        QCOMPARE(delivered(toPlain).value(10), QByteArray("6720"));
        QCOMPARE(delivered(toPlain).value(11), QByteArray("0012345678"));
        QCOMPARE(plain->state().user(nia)->credentials.value(10), QByteArray("6720"));
        const qint64 toNul = push(pat, withNul->deviceId());
        QVERIFY(toNul);
        QCOMPARE(delivered(toNul).value(10), QByteArray("4455\0", 5));

        // Both terminals report Nia's password, each in its form: the store sees one password.
        QVERIFY(plain->enrollUser(nia, {}, {}));
        QVERIFY(withNul->enrollUser(nia, {}, {}));
        QTRY_COMPARE_WITH_TIMEOUT(withNul->pendingEnrollments() + plain->pendingEnrollments(), 0, WaitMs);
        for (const storage::CredentialChange &change : users().history(nia))
            QCOMPARE(change.action, storage::CredentialChange::Action::Added);
        QCOMPARE(users().credential(nia, 10), QByteArray("6720"));

        // A card the operator types is written with the NUL to the terminal that uses one.
        const qint64 card = m_rig.queue(withNul->deviceId(), CommandCode::SetEnrollData,
                                        {{QStringLiteral("user_id"), pat},
                                         {QStringLiteral("backup_number"), 11},
                                         {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}},
                                        {QByteArray("778899")});
        QVERIFY(card);
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.job(card).succeeded(), WaitMs);
        QCOMPARE(withNul->state().user(pat)->credentials.value(11), QByteArray("778899\0", 7));
        QCOMPARE(users().credential(pat, 11), QByteArray("778899"));
    }
};

QTEST_GUILESS_MAIN(tst_StoreFollowsTerminals)
#include "tst_storefollowsterminals.moc"
