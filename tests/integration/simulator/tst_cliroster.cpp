// `punchclock users download DEV_ID` through the real binary, next to the real server and a
// simulated terminal: every user arrives whole, the summary names who the terminal did not give,
// and bad input ends with a clear message.

#include "roundtriprig.h"

#include "cliprocess.h"

#include "auditrepository.h"

#include <QProcess>

using namespace punchclock;

class tst_CliRoster : public QObject
{
    Q_OBJECT

private:
    test::SimulatorRig m_rig;

    // The CLI runs while this process serves the terminal: started, then waited for with the
    // event loop turning.
    test::CliRun download(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(test::plainEnvironment());
        process.start(QStringLiteral(PUNCHCLOCK_BINARY),
                      QStringList{QStringLiteral("--db"), m_rig.databaseArgument(), QStringLiteral("users"),
                                  QStringLiteral("download")} +
                          arguments);
        if (!process.waitForStarted())
            return {};
        test::CliRun run;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_rig.start(&error), qPrintable(error));
    }

    void cleanup() { m_rig.stop(); }

    void everyUserArrivesWhole()
    {
        simulator::SimulatedTerminal *terminal = m_rig.addTerminal(m_rig.terminalConfig(QStringLiteral("CLI0001")));
        QVERIFY(terminal);
        const test::CliRun run = download({QStringLiteral("CLI0001"), QStringLiteral("--wait"), QStringLiteral("60")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("Fetched 10 of 10 users from CLI0001\n"));
        QVERIFY2(run.err.contains("10 of 10 users\n"), run.err.constData());
        storage::UserRepository users(m_rig.db());
        for (const QString &id : terminal->state().userIds()) {
            const auto stored = users.load(id);
            QVERIFY(stored);
            QCOMPARE(stored->name, terminal->state().user(id)->name);
            QCOMPARE(test::credentialMap(stored->credentials), terminal->state().user(id)->credentials);
        }
        storage::AuditFilter filter;
        filter.action = QStringLiteral("roster.download");
        QCOMPARE(storage::AuditRepository(m_rig.db()).list(filter).constFirst().actorKind, QStringLiteral("cli"));
    }

    void badInputIsRefusedClearly()
    {
        test::CliRun run = download({QStringLiteral("NOSUCH"), QStringLiteral("--wait"), QStringLiteral("5")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no terminal 'NOSUCH' in the store"), run.err.constData());
        run = download({QStringLiteral("CLI0001"), QStringLiteral("--wait"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--wait expects a whole number from 1 to 86400, not '0'"), run.err.constData());
        run = download({});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_MAIN(tst_CliRoster)
#include "tst_cliroster.moc"
