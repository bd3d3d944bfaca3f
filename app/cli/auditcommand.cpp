#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"

#include "auditrepository.h"
#include "connection.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace punchclock::cli {

namespace {

using storage::AuditEntry;

constexpr int DefaultLimit = 1000;

QJsonValue valueJson(const QJsonObject &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QString compactText(const QJsonObject &value)
{
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

// What the change did, on one line: "before → after", or the one side there is.
QString changeText(const AuditEntry &entry)
{
    if (entry.oldValue.isEmpty())
        return entry.newValue.isEmpty() ? QString() : compactText(entry.newValue);
    if (entry.newValue.isEmpty())
        return compactText(entry.oldValue) + QStringLiteral(" → (gone)");
    return compactText(entry.oldValue) + QStringLiteral(" → ") + compactText(entry.newValue);
}

QJsonObject toJson(const AuditEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("at"), utcJson(entry.at)},
        {QStringLiteral("actor_kind"), entry.actorKind},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("origin"), entry.origin},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("object_kind"), entry.objectKind},
        {QStringLiteral("object_id"), entry.objectId},
        {QStringLiteral("old"), valueJson(entry.oldValue)},
        {QStringLiteral("new"), valueJson(entry.newValue)},
        {QStringLiteral("prev_hash"), entry.prevHash},
        {QStringLiteral("hash"), entry.hash},
    };
}

int listAudit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The audit trail, newest first: who changed what, when, from where, and from what to what;\n"
                       "sign-ins and failed ones too.\n"
                       "  audit [list] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--actor A] [--object KIND[:ID]]\n"
                       "        [--action PREFIX] [--limit N] [--json]\n"
                       "  audit verify      check that no record was changed or taken out"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, on this PC's clock."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, on this PC's clock."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption actor(QStringLiteral("actor"),
                                   QStringLiteral("Only this actor, exactly as listed (anna, cli:root)."),
                                   QStringLiteral("ACTOR"));
    const QCommandLineOption object(QStringLiteral("object"),
                                    QStringLiteral("Only this kind of object (terminal, user, shift, operator …), or "
                                                   "one object of it (terminal:A0001)."),
                                    QStringLiteral("KIND[:ID]"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    QStringLiteral("Only actions that begin so (sign_in, leave., shift.add)."),
                                    QStringLiteral("PREFIX"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most this many records (default %1).").arg(DefaultLimit),
                                   QStringLiteral("N"));
    parser.addOptions({from, to, actor, object, action, limit});
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;

    storage::AuditFilter filter;
    OptionReader reader(parser);
    reader.optionalRange(from, to, &filter.from, &filter.to);
    filter.limit = reader.number(limit, 1, 1000000).value_or(DefaultLimit);
    if (!reader.ok())
        return context.usageError(reader.problem());
    filter.actor = parser.value(actor);
    const QString objectText = parser.value(object);
    filter.objectKind = objectText.section(QLatin1Char(':'), 0, 0);
    filter.objectId = objectText.section(QLatin1Char(':'), 1);
    filter.action = parser.value(action);

    const QList<AuditEntry> entries = storage::AuditRepository(connection->database()).list(filter);
    QJsonArray items;
    QList<QStringList> rows;
    for (const AuditEntry &entry : entries) {
        items.append(toJson(entry));
        const QString objectCell =
            entry.objectId.isEmpty() ? entry.objectKind : entry.objectKind + QLatin1Char(':') + entry.objectId;
        rows << QStringList{QString::number(entry.id),
                            entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            entry.actor,
                            entry.origin,
                            entry.action,
                            objectCell,
                            changeText(entry)};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("ID"), QStringLiteral("AT"), QStringLiteral("ACTOR"), QStringLiteral("ORIGIN"),
                  QStringLiteral("ACTION"), QStringLiteral("OBJECT"), QStringLiteral("CHANGE")},
                 rows);
    if (entries.size() == filter.limit)
        context.err() << "punchclock: the " << filter.limit << " newest records that match; --limit N shows more"
                      << Qt::endl;
    return Success;
}

int verifyAudit(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check the audit trail: each record holds the hash of the one before it and of its own content, so a\n"
        "record changed or taken out breaks the chain. Rows cut off the end leave no break: compare the last\n"
        "hash with one noted elsewhere."));
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const storage::AuditVerification result = storage::AuditRepository(connection->database()).verify();
    if (!result.ok) {
        if (result.firstBrokenId == 0)
            return context.failure(result.problem);
        return context.failure(
            QStringLiteral("the audit trail is broken at record %1: %2").arg(result.firstBrokenId).arg(result.problem));
    }
    context.out() << "The audit trail holds " << result.rows << (result.rows == 1 ? " record" : " records")
                  << ", each as it was written and none missing between them." << Qt::endl
                  << "Last hash: " << result.lastHash << Qt::endl
                  << "Note it elsewhere: only an outside copy shows rows cut off the end." << Qt::endl;
    return Success;
}

} // namespace

int runAudit(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments, {{"list", listAudit}, {"verify", verifyAudit}});
}

} // namespace punchclock::cli
