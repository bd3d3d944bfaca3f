#include "terminalhealth.h"

#include <QTest>

#include <optional>

using namespace punchclock;
using engine::TerminalHealth;
using State = engine::TerminalHealth::State;

namespace {

storage::TerminalRow terminalSilentFor(std::optional<qint64> interval, qint64 silence, const QDateTime &now)
{
    storage::TerminalRow terminal;
    terminal.devId = QStringLiteral("D965");
    terminal.approval = storage::Approval::Approved;
    terminal.pollIntervalSeconds = interval;
    terminal.lastSeen = now.addSecs(-silence);
    return terminal;
}

} // namespace

class tst_TerminalHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsThePollInterval_data()
    {
        QTest::addColumn<std::optional<qint64>>("interval");
        QTest::addColumn<qint64>("silence");
        QTest::addColumn<bool>("online");

        // Three intervals of silence are allowed, not one second more.
        QTest::newRow("30 s interval, 89 s silent") << std::optional<qint64>(30) << qint64(89) << true;
        QTest::newRow("30 s interval, exactly 90 s silent") << std::optional<qint64>(30) << qint64(90) << true;
        QTest::newRow("30 s interval, 91 s silent") << std::optional<qint64>(30) << qint64(91) << false;
        QTest::newRow("2 min interval, 5 min silent") << std::optional<qint64>(120) << qint64(300) << true;
        QTest::newRow("2 min interval, 7 min silent") << std::optional<qint64>(120) << qint64(420) << false;
        // A terminal polling every 10 s is not called offline after 31 s: a minute at least.
        QTest::newRow("10 s interval, 45 s silent") << std::optional<qint64>(10) << qint64(45) << true;
        QTest::newRow("10 s interval, exactly 60 s silent") << std::optional<qint64>(10) << qint64(60) << true;
        QTest::newRow("10 s interval, 61 s silent") << std::optional<qint64>(10) << qint64(61) << false;
        // Until the terminal's interval is known, six minutes.
        QTest::newRow("unknown interval, 5 min silent") << std::optional<qint64>() << qint64(300) << true;
        QTest::newRow("unknown interval, exactly 6 min silent") << std::optional<qint64>() << qint64(360) << true;
        QTest::newRow("unknown interval, 6 min 1 s silent") << std::optional<qint64>() << qint64(361) << false;
        QTest::newRow("zero interval counts as unknown") << std::optional<qint64>(0) << qint64(360) << true;
        QTest::newRow("negative interval counts as unknown") << std::optional<qint64>(-5) << qint64(361) << false;
    }

    void followsThePollInterval()
    {
        QFETCH(std::optional<qint64>, interval);
        QFETCH(qint64, silence);
        QFETCH(bool, online);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const storage::TerminalRow terminal = terminalSilentFor(interval, silence, now);
        QCOMPARE(TerminalHealth::isOnline(terminal, now), online);
        QCOMPARE(TerminalHealth::stateOf(terminal, now), online ? State::Online : State::Offline);
    }

    void allowedSilence()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(TerminalHealth::allowedSilenceSeconds(terminalSilentFor(30, 0, now)), 90);
        QCOMPARE(TerminalHealth::allowedSilenceSeconds(terminalSilentFor(10, 0, now)), 60);
        QCOMPARE(TerminalHealth::allowedSilenceSeconds(terminalSilentFor(std::nullopt, 0, now)), 360);
    }

    void neverHeardFromIsOffline()
    {
        storage::TerminalRow terminal;
        terminal.approval = storage::Approval::Approved;
        terminal.pollIntervalSeconds = 30;
        QCOMPARE(TerminalHealth::stateOf(terminal, QDateTime::currentDateTimeUtc()), State::Offline);
    }

    // Waiting and blocked terminals are that, however recently or long ago heard from.
    void approvalWinsOverSilence_data()
    {
        QTest::addColumn<qint64>("silence");
        QTest::newRow("just heard from") << qint64(0);
        QTest::newRow("silent for an hour") << qint64(3600);
    }

    void approvalWinsOverSilence()
    {
        QFETCH(qint64, silence);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        storage::TerminalRow terminal = terminalSilentFor(30, silence, now);
        terminal.approval = storage::Approval::Pending;
        QCOMPARE(TerminalHealth::stateOf(terminal, now), State::Pending);
        terminal.approval = storage::Approval::Blocked;
        QCOMPARE(TerminalHealth::stateOf(terminal, now), State::Blocked);
    }

    void stateNames()
    {
        QCOMPARE(TerminalHealth::stateName(State::Online), QStringLiteral("online"));
        QCOMPARE(TerminalHealth::stateName(State::Offline), QStringLiteral("offline"));
        QCOMPARE(TerminalHealth::stateName(State::Pending), QStringLiteral("pending"));
        QCOMPARE(TerminalHealth::stateName(State::Blocked), QStringLiteral("blocked"));
    }
};

QTEST_GUILESS_MAIN(tst_TerminalHealth)
#include "tst_terminalhealth.moc"
