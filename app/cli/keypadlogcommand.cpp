#include "commandmessages.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "permissionmessages.h"

#include "keypadactivitytext.h"

#include "keypadlogreader.h"

#include "connection.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

QJsonValue decodedOnly(const storage::KeypadLogRow &row, const QJsonValue &value)
{
    return row.decoded ? value : QJsonValue();
}

QString timeText(const storage::KeypadLogRow &row)
{
    return row.decoded ? row.loggedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject toJson(const storage::KeypadLogRow &row)
{
    return {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("dev_id"), row.devId},
        {QStringLiteral("decoded"), row.decoded},
        {QStringLiteral("time"), decodedOnly(row, timeText(row))},
        {QStringLiteral("kind"), decodedOnly(row, row.kind)},
        {QStringLiteral("action"), ui::KeypadActivityText::action(row)},
        {QStringLiteral("manager_id"), row.managerId},
        {QStringLiteral("manager_name"), row.managerName},
        {QStringLiteral("manager_verify"), decodedOnly(row, row.managerVerify)},
        {QStringLiteral("target"), decodedOnly(row, row.target)},
        {QStringLiteral("user_id"), row.userId},
        {QStringLiteral("user_name"), row.userName},
        {QStringLiteral("record"), QString::fromLatin1(row.record.toHex())},
        {QStringLiteral("received_at"), utcJson(row.receivedAt)},
    };
}

} // namespace

int runKeypadLog(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "What managers did at a terminal's keypad (its administrator log), newest first: the time on the\n"
        "terminal's clock, the manager, the action and the user concerned. It shows what was downloaded\n"
        "with 'send DEV_ID GET_SLOG_DATA'; records of a layout Punchclock cannot read show their bytes.\n"
        "Reading it is for operators and above.\n"
        "  devices keypad-log DEV_ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]"));
    parser.addPositionalArgument(QStringLiteral("DEV_ID"), QStringLiteral("The terminal."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, on the terminal's clock."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, on the terminal's clock."),
                                QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({from, to, jsonOption()});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(
            QStringLiteral("use 'devices keypad-log DEV_ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]'"));

    storage::KeypadLogFilter filter;
    filter.devId = positional.first();
    OptionReader reader(parser);
    reader.optionalRange(from, to, &filter.from, &filter.to);
    if (!reader.ok())
        return context.usageError(reader.problem());

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    if (!storage::TerminalRepository(db).find(filter.devId))
        return context.failure(unknownTerminal(filter.devId));
    // It names who enrolled and deleted whom: unlike other reads, it asks who reads.
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    services::Outcome why;
    const auto rows = services::KeypadLogReader(db).entries(*actor, filter, &why);
    if (!rows)
        return failed(context, why);

    QJsonArray items;
    QList<QStringList> table;
    for (const storage::KeypadLogRow &row : *rows) {
        items.append(toJson(row));
        table << QStringList{timeText(row), ui::KeypadActivityText::manager(row), ui::KeypadActivityText::action(row),
                             ui::KeypadActivityText::person(row.userId, row.userName)};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("TIME"), QStringLiteral("MANAGER"), QStringLiteral("ACTION"), QStringLiteral("USER")},
                 table);
    if (rows->isEmpty() && !parser.isSet(jsonOption()))
        context.err() << "punchclock: nothing downloaded for these days; 'send " << filter.devId
                      << " GET_SLOG_DATA' downloads the keypad log" << Qt::endl;
    return Success;
}

} // namespace punchclock::cli
