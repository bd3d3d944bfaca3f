// GET_SLOG_DATA through the real server and a simulated terminal over 127.0.0.1: what was done at
// the keypad and by commands reaches the store once, however often it is downloaded.

#include "roundtriprig.h"

#include "keypadlogrepository.h"
#include "walltime.h"

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::AdminAction;
using protocol::CommandCode;
using protocol::RecordLibrary;
using test::SimulatorRig;

class tst_KeypadLogRoundTrip : public QObject
{
    Q_OBJECT

private:
    const QString dev = QStringLiteral("SIMKP0001");
    SimulatorRig m_rig;

    SimulatedTerminal *start(RecordLibrary library)
    {
        QString error;
        if (!m_rig.start(&error)) {
            qWarning("server did not start: %s", qPrintable(error));
            return nullptr;
        }
        return m_rig.addTerminal(m_rig.terminalConfig(dev, library));
    }

    QList<storage::KeypadLogRow> stored(const storage::KeypadLogFilter &filter = {}) const
    {
        storage::KeypadLogFilter byTerminal = filter;
        byTerminal.devId = dev;
        return storage::KeypadLogRepository(m_rig.db()).list(byTerminal);
    }

    // Downloads the keypad log; the job's summary once it answered.
    QJsonObject download(const QJsonObject &range = {})
    {
        const qint64 id = m_rig.queue(dev, CommandCode::GetSlogData, range);
        if (!id || !QTest::qWaitFor([&] { return m_rig.job(id).succeeded(); }, SimulatorRig::WaitMs))
            return {};
        return QJsonDocument::fromJson(m_rig.job(id).summary.toUtf8()).object();
    }

    // A keypad enrolment, then a command that deletes the same user: both in the terminal's log.
    static void enrolAtTheKeypadThenDeleteByCommand(SimulatedTerminal &terminal, SimulatorRig &rig, const QString &dev)
    {
        QVERIFY(terminal.enrollUser(QStringLiteral("501"), QStringLiteral("Nadia"),
                                    {{0, QByteArray(terminal.state().model().fingerTemplateSize, '\x5a')}},
                                    protocol::Privilege::User));
        QTRY_COMPARE_WITH_TIMEOUT(terminal.pendingEnrollments(), 0, SimulatorRig::WaitMs);
        QVERIFY(rig.runOk(dev, CommandCode::DeleteUser, {{QStringLiteral("user_id"), QStringLiteral("501")}}));
    }

private Q_SLOTS:
    void cleanup() { m_rig.stop(); }

    void downloadedTwiceStoredOnce()
    {
        SimulatedTerminal *terminal = start(RecordLibrary::HS101);
        QVERIFY(terminal);
        enrolAtTheKeypadThenDeleteByCommand(*terminal, m_rig, dev);
        const QList<protocol::AdminLogRecord> onTerminal = terminal->state().adminLog().records();
        QCOMPARE(onTerminal.size(), 2);

        const QJsonObject first = download();
        QCOMPARE(first.value(QLatin1String("received")).toInt(), 2);
        QCOMPARE(first.value(QLatin1String("imported")).toInt(), 2);
        QCOMPARE(first.value(QLatin1String("duplicates")).toInt(), 0);
        QVERIFY(!first.contains(QLatin1String("undecoded")));

        // Oldest first, as the terminal keeps them; the store lists newest first.
        QList<storage::KeypadLogRow> rows = stored();
        QCOMPARE(rows.size(), 2);
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        const storage::KeypadLogRow &enrolment = rows.at(0);
        QVERIFY(enrolment.decoded);
        QCOMPARE(enrolment.kind, int(AdminAction::EnrollUser));
        QCOMPARE(enrolment.userId, QStringLiteral("501"));
        QCOMPARE(enrolment.userName, QStringLiteral("Nadia")); // the keypad enrolment reached the store
        QCOMPARE(enrolment.target, 0);                         // finger 1
        QCOMPARE(enrolment.managerId, AdminLog::keypadManager(terminal->state().users()));
        QVERIFY(!enrolment.managerId.isEmpty());
        QCOMPARE(enrolment.loggedAt, onTerminal.at(0).time);
        const storage::KeypadLogRow &deletion = rows.at(1);
        QCOMPARE(deletion.kind, int(AdminAction::DeleteUser));
        QCOMPARE(deletion.userId, QStringLiteral("501"));
        QVERIFY(deletion.managerId.isEmpty()); // a command: nobody at the keypad

        const QJsonObject second = download();
        QCOMPARE(second.value(QLatin1String("received")).toInt(), 2);
        QCOMPARE(second.value(QLatin1String("imported")).toInt(), 0);
        QCOMPARE(second.value(QLatin1String("duplicates")).toInt(), 2);
        QCOMPARE(stored().size(), 2);

        // A new action, then a range that overlaps what is stored: only the new one is added.
        QVERIFY(m_rig.runOk(dev, CommandCode::DeleteUser, {{QStringLiteral("user_id"), QStringLiteral("2")}}));
        const QString since = protocol::walltime::toProtocol(onTerminal.at(0).time);
        const QJsonObject overlap = download({{QStringLiteral("begin_time"), since}});
        QCOMPARE(overlap.value(QLatin1String("received")).toInt(), 3);
        QCOMPARE(overlap.value(QLatin1String("imported")).toInt(), 1);
        QCOMPARE(overlap.value(QLatin1String("duplicates")).toInt(), 2);
        QCOMPARE(stored().size(), 3);
    }

    void anUnknownLayoutIsKeptUndecoded()
    {
        SimulatedTerminal *terminal = start(RecordLibrary::HS103);
        QVERIFY(terminal);
        enrolAtTheKeypadThenDeleteByCommand(*terminal, m_rig, dev);
        const QJsonObject first = download();
        QCOMPARE(first.value(QLatin1String("imported")).toInt(), 2);
        QCOMPARE(first.value(QLatin1String("undecoded")).toInt(), 2);
        const QList<storage::KeypadLogRow> rows = stored();
        QCOMPARE(rows.size(), 2);
        for (const storage::KeypadLogRow &row : rows) {
            QVERIFY(!row.decoded);
            QCOMPARE(row.record.size(), 40);
        }
        QCOMPARE(download().value(QLatin1String("duplicates")).toInt(), 2);
        QCOMPARE(stored().size(), 2);
    }
};

QTEST_MAIN(tst_KeypadLogRoundTrip)
#include "tst_keypadlogroundtrip.moc"
