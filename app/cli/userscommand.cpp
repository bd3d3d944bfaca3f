#include "commands.h"
#include "output.h"

#include "connection.h"
#include "userrepository.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

QString credentialSummary(const storage::UserRow &user)
{
    QStringList parts;
    if (user.fingers > 0)
        parts << QStringLiteral("fingers:%1").arg(user.fingers);
    if (user.face)
        parts << QStringLiteral("face");
    if (user.card)
        parts << QStringLiteral("card");
    if (user.password)
        parts << QStringLiteral("password");
    return parts.join(QLatin1Char(' '));
}

} // namespace

int runUsers(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List users with their credentials and terminals."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("users takes no arguments"));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QList<storage::UserRow> users = storage::UserRepository(connection->database()).list();
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const storage::UserRow &user : users) {
            items.append(QJsonObject{
                {QStringLiteral("user_id"), user.userId},
                {QStringLiteral("name"), user.name},
                {QStringLiteral("privilege"), user.privilege},
                {QStringLiteral("enabled"), user.enabled},
                {QStringLiteral("photo"), user.hasPhoto},
                {QStringLiteral("fingers"), user.fingers},
                {QStringLiteral("face"), user.face},
                {QStringLiteral("card"), user.card},
                {QStringLiteral("password"), user.password},
                {QStringLiteral("terminals"), QJsonArray::fromStringList(user.terminals)},
            });
        }
        printJson(context.out(), items);
        return Success;
    }
    QList<QStringList> rows;
    for (const storage::UserRow &user : users) {
        rows << QStringList{user.userId, user.name, user.privilege, credentialSummary(user),
                            user.terminals.join(QLatin1Char(',')),
                            user.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")};
    }
    printTable(context.out(),
               {QStringLiteral("USER_ID"), QStringLiteral("NAME"), QStringLiteral("PRIVILEGE"),
                QStringLiteral("CREDENTIALS"), QStringLiteral("TERMINALS"), QStringLiteral("STATUS")},
               rows);
    return Success;
}

} // namespace punchclock::cli
