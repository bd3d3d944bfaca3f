// ENABLE_USER, OPEN_DOOR and ENABLE_ENROLL_FUNC through the real server and simulated terminals
// over 127.0.0.1: a leaver disabled from the console is refused at every terminal's keypad and
// keeps their templates, enabled again they punch as before; the door opens; a locked enrolment
// menu refuses keypad enrolments.

#include "roundtriprig.h"

#include "userstatusadmin.h"

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::CommandCode;
using test::SimulatorRig;

class tst_UserStatusRoundTrip : public QObject
{
    Q_OBJECT

private:
    const QString devA = QStringLiteral("SIMUS0001");
    const QString devB = QStringLiteral("SIMUS0002");
    SimulatorRig m_rig;

    SimulatedTerminal *add(const QString &devId) { return m_rig.addTerminal(m_rig.terminalConfig(devId)); }

    const services::Actor m_actor = services::Actor::system(QLatin1String(SimulatorRig::QueuedBy));

    // Waits until every job of the result answered OK.
    bool answered(const services::UserStatusAdmin::Result &result) const
    {
        return result.outcome.ok() && !result.jobIds.isEmpty() && QTest::qWaitFor(
                   [&] {
                       return std::all_of(result.jobIds.cbegin(), result.jobIds.cend(),
                                          [this](qint64 id) { return m_rig.job(id).succeeded(); });
                   },
                   SimulatorRig::WaitMs);
    }

    // The store's word on whether the terminal lets the user punch; -1 when it does not hold them.
    int enabledOn(const QString &devId, const QString &userId) const
    {
        QSqlQuery query(m_rig.db());
        query.prepare(QStringLiteral("SELECT enabled FROM terminal_users WHERE dev_id = ? AND user_id = ?"));
        query.addBindValue(devId);
        query.addBindValue(userId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    int punchesOf(const QString &userId) const
    {
        QSqlQuery query(m_rig.db());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM punches WHERE user_id = ?"));
        query.addBindValue(userId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_rig.start(&error), qPrintable(error));
    }

    void cleanup() { m_rig.stop(); }

    void aLeaverIsRefusedEverywhereAndComesBackInOneStep()
    {
        SimulatedTerminal *a = add(devA);
        SimulatedTerminal *b = add(devB);
        QVERIFY(a && b);
        // The store learns who each terminal holds.
        QVERIFY(m_rig.runOk(devA, CommandCode::GetUserIdList));
        QVERIFY(m_rig.runOk(devB, CommandCode::GetUserIdList));
        const QString leaver = a->state().userIds().first();
        const QString stayer = a->state().userIds().last();
        const auto templates = a->state().user(leaver)->credentials;
        QVERIFY(!templates.isEmpty());
        QCOMPARE(enabledOn(devA, leaver), 1);

        services::UserStatusAdmin admin(m_rig.db());
        QVERIFY(answered(admin.disable(m_actor, leaver)));
        for (SimulatedTerminal *terminal : {a, b}) {
            QVERIFY(!terminal->state().user(leaver)->enabled);
            QCOMPARE(terminal->state().user(leaver)->credentials, templates);
        }
        QCOMPARE(enabledOn(devA, leaver), 0);
        QCOMPARE(enabledOn(devB, leaver), 0);
        QVERIFY(!storage::UserRepository(m_rig.db()).load(leaver)->enabled);

        // At the keypad: refused, counted, nothing sent; someone else still punches.
        const int before = punchesOf(leaver);
        QVERIFY(!a->punch(leaver));
        QCOMPARE(a->statistics().punchesRefused, 1);
        QVERIFY(a->punch(stayer));
        QTRY_COMPARE_WITH_TIMEOUT(a->pendingPunches(), 0, SimulatorRig::WaitMs);
        QCOMPARE(punchesOf(leaver), before);

        // Re-hired: one step, with the templates they left with.
        QVERIFY(answered(admin.enable(m_actor, leaver)));
        QVERIFY(a->state().user(leaver)->enabled && b->state().user(leaver)->enabled);
        QCOMPARE(enabledOn(devB, leaver), 1);
        QVERIFY(b->punch(leaver));
        QTRY_COMPARE_WITH_TIMEOUT(punchesOf(leaver), before + 1, SimulatorRig::WaitMs);
    }

    void aDisabledUserSentToAnotherTerminalArrivesDisabled()
    {
        SimulatedTerminal *a = add(devA);
        QVERIFY(a);
        const QString leaver = a->state().userIds().first();
        QVERIFY(m_rig.runOk(devA, CommandCode::GetUserInfo, {{QStringLiteral("user_id"), leaver}}));
        QVERIFY(answered(services::UserStatusAdmin(m_rig.db()).disable(m_actor, leaver)));

        // A new terminal, empty: the user sent from the store is disabled there too.
        simulator::TerminalConfig config = m_rig.terminalConfig(devB);
        config.seed.users = 0;
        SimulatedTerminal *b = m_rig.addTerminal(config);
        QVERIFY(b);
        const auto pushed = services::CommandService(m_rig.db()).pushUser(leaver, {devB}, m_actor);
        QVERIFY(pushed.ok());
        QVERIFY(QTest::qWaitFor([&] { return m_rig.job(pushed.jobIds.first()).succeeded(); }, SimulatorRig::WaitMs));
        QVERIFY(b->state().user(leaver));
        QVERIFY(!b->state().user(leaver)->enabled);
        QCOMPARE(enabledOn(devB, leaver), 0);
        QVERIFY(!b->punch(leaver));
    }

    void theDoorOpensOnceAndWrongDoorsAreSaid()
    {
        SimulatedTerminal *a = add(devA);
        QVERIFY(a);
        QVERIFY(m_rig.runOk(devA, CommandCode::OpenDoor, {{QStringLiteral("door_no"), 1}}));
        QCOMPARE(a->state().doorsOpened(), QList<int>{1});

        // The simulated terminal drives one lock: door 2 is refused in its own words.
        const qint64 wrong = m_rig.queue(devA, CommandCode::OpenDoor, {{QStringLiteral("door_no"), 2}});
        QVERIFY(wrong);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.status(wrong), QStringLiteral("RESULT"), SimulatorRig::WaitMs);
        QCOMPARE(m_rig.job(wrong).returnCode, QStringLiteral("ERROR_INVALID_PARAMTER"));
        QCOMPARE(m_rig.trail(wrong), test::answeredTrail());
        QCOMPARE(a->state().doorsOpened(), QList<int>{1});
    }

    void aLockedEnrolmentMenuRefusesTheKeypad()
    {
        SimulatedTerminal *a = add(devA);
        QVERIFY(a);
        QVERIFY(m_rig.runOk(devA, CommandCode::EnableEnrollFunc, {{QStringLiteral("enable_flag"), QStringLiteral("OFF")}}));
        QVERIFY(a->state().enrollMenuLocked());
        const QList<protocol::Credential> finger{{0, QByteArray(a->state().model().fingerTemplateSize, 'z')}};
        QVERIFY(!a->enrollUser(QStringLiteral("601"), QStringLiteral("Walk-in"), finger));
        QCOMPARE(a->statistics().enrollmentsRefused, 1);
        QVERIFY(!a->state().user(QStringLiteral("601")));

        QVERIFY(m_rig.runOk(devA, CommandCode::EnableEnrollFunc, {{QStringLiteral("enable_flag"), QStringLiteral("ON")}}));
        QVERIFY(a->enrollUser(QStringLiteral("601"), QStringLiteral("Walk-in"), finger));
        QTRY_VERIFY_WITH_TIMEOUT(storage::UserRepository(m_rig.db()).exists(QStringLiteral("601")), SimulatorRig::WaitMs);
    }
};

QTEST_GUILESS_MAIN(tst_UserStatusRoundTrip)
#include "tst_userstatusroundtrip.moc"
