// The simulator's administrator log: what commands change is logged, and GET_SLOG_DATA answers
// with it in the terminal's record layout, read back with the server's own decoder.

#include "commandexecutor.h"
#include "terminalstate.h"

#include "adminlogcodec.h"
#include "bscommframe.h"
#include "commandresults.h"
#include "walltime.h"

#include <QTest>

using namespace punchclock;
using namespace punchclock::simulator;
using protocol::AdminAction;
using protocol::BsCommFrame;
using protocol::RecordLibrary;

namespace {

TerminalState seeded(RecordLibrary library)
{
    TerminalState state(*TerminalModel::forLibrary(library));
    SeedOptions options;
    options.seed = 3;
    options.users = 5;
    options.logs = 0;
    state.seed(options);
    return state;
}

CommandOutcome run(TerminalState &state, const char *command, const QJsonObject &parameters = {},
                   const QList<QByteArray> &binaries = {})
{
    CommandExecutor executor(state, {});
    return executor.execute(command, BsCommFrame::decode(BsCommFrame(parameters, binaries).encode()).frame);
}

// The result body as the terminal sends it, decoded as the server decodes it.
protocol::AdminLogResult downloaded(TerminalState &state, const QJsonObject &range = {})
{
    const CommandOutcome outcome = run(state, "GET_SLOG_DATA", range);
    if (outcome.returnCode != QByteArray("OK"))
        qWarning("GET_SLOG_DATA answered %s", outcome.returnCode.constData());
    return protocol::decodeAdminLogResult(outcome.result.encode(BsCommFrame::TextTail::NewlineAndNul), state.library());
}

QList<int> kinds(const QList<protocol::AdminLogRecord> &records)
{
    QList<int> list;
    for (const protocol::AdminLogRecord &record : records)
        list << record.kind;
    return list;
}

} // namespace

class tst_SimulatedAdminLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedingLogsNothing()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        QVERIFY(state.adminLog().records().isEmpty());
        const protocol::AdminLogResult result = downloaded(state);
        QCOMPARE(result.error, protocol::ResultError::None);
        QVERIFY(result.records.isEmpty());
    }

    void commandsAreLoggedWithoutAManager()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        QCOMPARE(run(state, "SET_ENROLL_DATA",
                     {{QStringLiteral("user_id"), QStringLiteral("77")},
                      {QStringLiteral("backup_number"), 10},
                      {QStringLiteral("enroll_data"), QStringLiteral("BIN_1")}},
                     {QByteArray("4321")})
                     .returnCode,
                 QByteArray("OK"));
        QCOMPARE(run(state, "SET_USER_NAME",
                     {{QStringLiteral("user_id"), QStringLiteral("77")},
                      {QStringLiteral("user_name"), QStringLiteral("Ines")}})
                     .returnCode,
                 QByteArray("OK"));
        QCOMPARE(run(state, "DELETE_USER", {{QStringLiteral("user_id"), QStringLiteral("77")}}).returnCode,
                 QByteArray("OK"));
        // Reads change nothing and log nothing.
        run(state, "GET_USER_ID_LIST");

        const protocol::AdminLogResult result = downloaded(state);
        QCOMPARE(result.error, protocol::ResultError::None);
        QCOMPARE(kinds(result.records), (QList<int>{int(AdminAction::EnrollUser), int(AdminAction::ModifyUser),
                                                    int(AdminAction::DeleteUser)}));
        for (const protocol::AdminLogRecord &record : result.records) {
            QVERIFY(record.decoded);
            QCOMPARE(record.userId, QStringLiteral("77"));
            QVERIFY(record.managerId.isEmpty());
            QCOMPARE(record.time.date(), state.now().date());
        }
        QCOMPARE(result.records.at(0).target, 10); // the password
        QCOMPARE(result.records.at(1).target, int(protocol::AdminLogField::Name));
    }

    void clearingEveryoneDeletesEachUser()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        run(state, "CLEAR_ENROLL_DATA");
        const protocol::AdminLogResult result = downloaded(state);
        QCOMPARE(result.records.size(), 5);
        for (const protocol::AdminLogRecord &record : result.records)
            QCOMPARE(record.kind, int(AdminAction::DeleteUser));
    }

    void theRangeBoundsTheDownload()
    {
        TerminalState state = seeded(RecordLibrary::HS101);
        const QDateTime march = protocol::walltime::make(QDate(2026, 3, 2), QTime(8, 10));
        state.adminLog().record(AdminAction::TimeSettings, QStringLiteral("1"), {}, 0, march);
        state.adminLog().record(AdminAction::DeleteUser, QStringLiteral("1"), QStringLiteral("4"), 0, march.addDays(7));
        const protocol::AdminLogResult later =
            downloaded(state, {{QStringLiteral("begin_time"), QStringLiteral("20260303000000")}});
        QCOMPARE(kinds(later.records), QList<int>{int(AdminAction::DeleteUser)});
        QCOMPARE(later.records.at(0).time, march.addDays(7));
        const protocol::AdminLogResult earlier =
            downloaded(state, {{QStringLiteral("end_time"), QStringLiteral("20260302235959")}});
        QCOMPARE(kinds(earlier.records), QList<int>{int(AdminAction::TimeSettings)});
        QCOMPARE(earlier.records.at(0).managerId, QStringLiteral("1"));
    }

    void anHs103AnswersALayoutTheServerKeepsUndecoded()
    {
        TerminalState state = seeded(RecordLibrary::HS103);
        run(state, "DELETE_USER", {{QStringLiteral("user_id"), QStringLiteral("2")}});
        const protocol::AdminLogResult result = downloaded(state);
        QCOMPARE(result.error, protocol::ResultError::None);
        QCOMPARE(result.records.size(), 1);
        QVERIFY(!result.records.at(0).decoded);
        QCOMPARE(result.records.at(0).raw.size(), 40);
    }
};

QTEST_GUILESS_MAIN(tst_SimulatedAdminLog)
#include "tst_simulatedadminlog.moc"
