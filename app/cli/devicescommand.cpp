#include "commandactions.h"
#include "commandmessages.h"
#include "commands.h"
#include "output.h"
#include "permissionmessages.h"

#include "terminaladmin.h"

#include "terminalhealth.h"

#include "connection.h"
#include "terminalrepository.h"

#include <QJsonObject>

#include <functional>

namespace punchclock::cli {

namespace {

QString driftText(const storage::TerminalRow &terminal)
{
    return terminal.clockDriftSeconds ? QString::number(*terminal.clockDriftSeconds) : QString();
}

QString stateText(const storage::TerminalRow &terminal, const QDateTime &nowUtc)
{
    return engine::TerminalHealth::stateName(engine::TerminalHealth::stateOf(terminal, nowUtc));
}

QJsonObject toJson(const storage::TerminalRow &terminal, const QDateTime &nowUtc)
{
    QJsonObject object{
        {QStringLiteral("dev_id"), terminal.devId},
        {QStringLiteral("name"), terminal.name},
        {QStringLiteral("approval"), storage::approvalName(terminal.approval)},
        {QStringLiteral("state"), stateText(terminal, nowUtc)},
        {QStringLiteral("firmware"), terminal.firmware},
        {QStringLiteral("record_library"), terminal.recordLibrary},
        {QStringLiteral("supported_enroll_data"), QJsonArray::fromStringList(terminal.supportedEnrollData)},
        {QStringLiteral("remote_address"), terminal.remoteAddress},
        {QStringLiteral("first_seen"), terminal.firstSeen.toString(Qt::ISODateWithMs)},
        {QStringLiteral("last_seen"), terminal.lastSeen.toString(Qt::ISODateWithMs)},
        {QStringLiteral("last_poll"), terminal.lastPoll.toString(Qt::ISODateWithMs)},
        {QStringLiteral("terminal_clock"), terminal.terminalClock.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {QStringLiteral("pinned"), terminal.pinned},
        {QStringLiteral("previous_address"), terminal.previousAddress},
        {QStringLiteral("address_changed_at"), terminal.addressChangedAt.toString(Qt::ISODateWithMs)},
    };
    object.insert(QStringLiteral("clock_drift_s"),
                  terminal.clockDriftSeconds ? QJsonValue(qint64(*terminal.clockDriftSeconds)) : QJsonValue());
    return object;
}

// One change of a terminal through TerminalAdmin; the exit status.
int changeTerminal(CliContext &context, const QString &devId,
                   const std::function<services::Outcome(services::TerminalAdmin &, const services::Actor &)> &change)
{
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        services::TerminalAdmin terminals(db);
        const services::Outcome outcome = change(terminals, actor);
        if (outcome.status == services::Outcome::Status::NotFound)
            return context.failure(unknownTerminal(devId));
        return outcome.ok() ? Success : failed(context, outcome);
    });
}

int setResetStyle(CliContext &context, const QStringList &positional)
{
    const QString style = positional.value(2);
    if (positional.size() != 3 || (style != QLatin1String("response_code") && style != QLatin1String("cmd_code")))
        return context.usageError(QStringLiteral("use 'devices reset-style DEV_ID response_code|cmd_code'"));
    const QString devId = positional.at(1);
    const int exitCode =
        changeTerminal(context, devId, [&](services::TerminalAdmin &terminals, const services::Actor &actor) {
            return terminals.setResetAsCommandCode(actor, devId, style == QLatin1String("cmd_code"));
        });
    if (exitCode == Success)
        context.out() << "Terminal " << devId << " gets RESET_FK as " << style << "." << Qt::endl;
    return exitCode;
}

// What `devices ACTION DEV_ID` made of the terminal, after "Terminal DEV_ID ".
QString changedText(const QString &action)
{
    if (action == QLatin1String("approve") || action == QLatin1String("block"))
        return QStringLiteral("is now %1.")
            .arg(storage::approvalName(action == QLatin1String("approve") ? storage::Approval::Approved
                                                                          : storage::Approval::Blocked));
    if (action == QLatin1String("pin"))
        return QStringLiteral("is now pinned to its present address: requests with its dev_id from elsewhere are "
                              "refused.");
    return QStringLiteral("is no longer pinned: it is served from any allowed address.");
}

// approve, block, pin or unpin: one DEV_ID, through TerminalAdmin.
int changeOne(CliContext &context, const QString &action, const QStringList &positional)
{
    if (positional.size() != 2)
        return context.usageError(QStringLiteral("devices %1 takes one DEV_ID").arg(action));
    const QString devId = positional.at(1);
    const int exitCode =
        changeTerminal(context, devId, [&](services::TerminalAdmin &terminals, const services::Actor &actor) {
            if (action == QLatin1String("approve"))
                return terminals.approve(actor, devId);
            if (action == QLatin1String("block"))
                return terminals.block(actor, devId);
            return terminals.setAddressPinned(actor, devId, action == QLatin1String("pin"));
        });
    if (exitCode == Success)
        context.out() << "Terminal " << devId << ' ' << changedText(action) << Qt::endl;
    return exitCode;
}

} // namespace

int runDevices(CliContext &context, const QStringList &arguments)
{
    if (arguments.value(1) == QLatin1String("keypad-log"))
        return runKeypadLog(context, QStringList{arguments.first() + QStringLiteral(" keypad-log")} + arguments.mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List terminals, approve or block one, pin one to its present address (requests with its DEV_ID from "
        "elsewhere are refused) or unpin it, or choose how it is sent RESET_FK: as the response code (the default) "
        "or as OK + cmd_code (some firmware only restarts on the latter). 'devices keypad-log DEV_ID' lists what "
        "managers did at its keypad."));
    parser.addPositionalArgument(
        QStringLiteral("action"), QStringLiteral("approve|block|pin|unpin|reset-style|keypad-log"),
        QStringLiteral(
            "[approve|block|pin|unpin DEV_ID | reset-style DEV_ID response_code|cmd_code | keypad-log DEV_ID]"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QString action = positional.first();
        if (action == QLatin1String("reset-style"))
            return setResetStyle(context, positional);
        if (!QStringList{QStringLiteral("approve"), QStringLiteral("block"), QStringLiteral("pin"),
                         QStringLiteral("unpin")}
                 .contains(action))
            return context.usageError(QStringLiteral("unknown devices action '%1'").arg(action));
        return changeOne(context, action, positional);
    }

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QList<storage::TerminalRow> terminals = storage::TerminalRepository(connection->database()).list();
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const storage::TerminalRow &terminal : terminals)
            items.append(toJson(terminal, nowUtc));
        printJson(context.out(), items);
        return Success;
    }
    QList<QStringList> rows;
    for (const storage::TerminalRow &terminal : terminals) {
        rows << QStringList{terminal.devId,
                            terminal.name,
                            storage::approvalName(terminal.approval),
                            stateText(terminal, nowUtc),
                            terminal.lastSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            terminal.remoteAddress,
                            terminal.pinned ? QStringLiteral("yes") : QStringLiteral("no"),
                            terminal.recordLibrary,
                            driftText(terminal),
                            terminal.firmware};
    }
    printTable(context.out(),
               {QStringLiteral("DEV_ID"), QStringLiteral("NAME"), QStringLiteral("APPROVAL"), QStringLiteral("STATE"),
                QStringLiteral("LAST_SEEN"), QStringLiteral("ADDRESS"), QStringLiteral("PINNED"),
                QStringLiteral("LIBRARY"), QStringLiteral("DRIFT_S"), QStringLiteral("FIRMWARE")},
               rows);
    return Success;
}

} // namespace punchclock::cli
