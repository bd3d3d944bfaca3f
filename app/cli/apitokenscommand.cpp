#include "commandactions.h"
#include "commands.h"
#include "output.h"
#include "permissionmessages.h"
#include "rulelookups.h"

#include "apitokens.h"

#include "apitokenrepository.h"
#include "connection.h"
#include "departmentrepository.h"

#include <QJsonObject>

namespace punchclock::cli {

namespace {

using services::ApiScope;
using services::ApiTokenError;

QString usageText()
{
    return QStringLiteral("Tokens other programs use the REST API with (docs/api.md).\n"
                          "  api-tokens [list] [--json]\n"
                          "  api-tokens create NAME --scope read|read-write|admin [--department D] "
                          "[--expires YYYY-MM-DD]\n"
                          "  api-tokens revoke ID\n"
                          "A token is printed once, when it is made: keep it in the other program's settings.");
}

QString refusalText(const services::Outcome &outcome)
{
    switch (outcome.error<ApiTokenError>()) {
    case ApiTokenError::EmptyName: return QStringLiteral("a token needs a name");
    case ApiTokenError::ExpiryPassed: return QStringLiteral("--expires: a day after today");
    case ApiTokenError::NoSuchDepartment: return QStringLiteral("--department: no such department");
    case ApiTokenError::AdminOfADepartment:
        return QStringLiteral("an admin token acts for the whole site: --department goes with read or read-write");
    case ApiTokenError::AlreadyRevoked: return QStringLiteral("the token was already revoked");
    case ApiTokenError::None: break;
    }
    return QStringLiteral("refused");
}

int refused(CliContext &context, const services::Outcome &outcome)
{
    if (outcome.status == services::Outcome::Status::Refused)
        return context.failure(refusalText(outcome));
    return failed(context, outcome);
}

QString stateOf(const storage::ApiTokenRow &row)
{
    if (row.revokedAt.isValid())
        return QStringLiteral("revoked");
    if (row.expiresAt.isValid() && row.expiresAt <= QDateTime::currentDateTimeUtc())
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

int listTokens(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usageText());
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    const QSqlDatabase db = connection->database();
    QHash<qint64, QString> departments;
    for (const storage::DepartmentRow &department : storage::DepartmentRepository(db).list())
        departments.insert(department.id, department.name);
    QJsonArray items;
    QList<QStringList> rows;
    for (const storage::ApiTokenRow &row : storage::ApiTokenRepository(db).list()) {
        const QString department = row.departmentId ? departments.value(*row.departmentId) : QString();
        items.append(
            QJsonObject{{QStringLiteral("id"), row.id},
                        {QStringLiteral("name"), row.name},
                        {QStringLiteral("scope"), row.scope},
                        {QStringLiteral("department"), row.departmentId ? QJsonValue(department) : QJsonValue()},
                        {QStringLiteral("state"), stateOf(row)},
                        {QStringLiteral("created_at"), utcJson(row.createdAt)},
                        {QStringLiteral("created_by"), row.createdBy},
                        {QStringLiteral("expires_at"), utcJson(row.expiresAt)},
                        {QStringLiteral("last_used_at"), utcJson(row.lastUsedAt)}});
        rows << QStringList{QString::number(row.id),
                            row.name,
                            row.scope,
                            row.departmentId ? department : QStringLiteral("all"),
                            stateOf(row),
                            localText(row.expiresAt),
                            localText(row.lastUsedAt)};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("SCOPE"), QStringLiteral("DEPARTMENT"),
                  QStringLiteral("STATE"), QStringLiteral("EXPIRES"), QStringLiteral("LAST USED")},
                 rows);
    return Success;
}

int createToken(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usageText());
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("What the token is for."));
    const QCommandLineOption scope(QStringLiteral("scope"), QStringLiteral("read, read-write or admin."),
                                   QStringLiteral("SCOPE"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        QStringLiteral("Only this department's employees."), QStringLiteral("D"));
    const QCommandLineOption expires(QStringLiteral("expires"), QStringLiteral("Not valid from this day on."),
                                     QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({scope, department, expires});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use '%1 NAME --scope SCOPE'").arg(commandName(arguments)));
    services::NewApiToken token;
    token.name = parser.positionalArguments().first();
    const std::optional<ApiScope> chosen =
        services::apiScopeFromName(parser.value(scope).replace(QLatin1Char('-'), QLatin1Char('_')));
    if (!chosen)
        return context.usageError(QStringLiteral("--scope: read, read-write or admin"));
    token.scope = *chosen;
    if (parser.isSet(expires)) {
        const QDate day = QDate::fromString(parser.value(expires), Qt::ISODate);
        if (!day.isValid())
            return context.usageError(QStringLiteral("--expires: a date, YYYY-MM-DD"));
        token.expiresAt = day.startOfDay(Qt::LocalTime).toUTC();
    }
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        if (parser.isSet(department)) {
            const auto found = findDepartment(db, parser.value(department));
            if (!found)
                return context.usageError(unknownDepartment(parser.value(department)));
            token.departmentId = found->id;
        }
        QString secret;
        const services::Outcome outcome = services::ApiTokens(db).create(actor, token, &secret);
        if (!outcome.ok())
            return refused(context, outcome);
        context.out() << "Token " << outcome.id << " (" << token.name.trimmed() << ", "
                      << services::apiScopeName(token.scope)
                      << ") made. It is shown this once; Punchclock keeps only its hash:" << Qt::endl
                      << secret << Qt::endl;
        return int(Success);
    });
}

int revokeToken(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usageText());
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The token, as 'api-tokens' lists it."));
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    bool numeric = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&numeric);
    if (parser.positionalArguments().size() != 1 || !numeric)
        return context.usageError(QStringLiteral("use '%1 ID'").arg(commandName(arguments)));
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        const services::Outcome outcome = services::ApiTokens(db).revoke(actor, id);
        if (!outcome.ok())
            return refused(context, outcome);
        context.out() << "Token " << id << " revoked: requests presenting it are refused from now on." << Qt::endl;
        return int(Success);
    });
}

} // namespace

int runApiTokens(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, {{"list", listTokens}, {"create", createToken}, {"revoke", revokeToken}});
}

} // namespace punchclock::cli
