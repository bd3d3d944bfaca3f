#include "commandactions.h"
#include "commands.h"
#include "integrationsupport.h"
#include "output.h"
#include "permissionmessages.h"

#include "integrationadmin.h"
#include "secretbox.h"

#include "connection.h"
#include "destinationrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace punchclock::cli {

namespace {

using services::DestinationSettings;
using services::IntegrationError;
using storage::DestinationRow;
using storage::OutboxStatus;

QString usageText()
{
    return QStringLiteral(
        "Systems punches are delivered to (docs/integrations.md).\n"
        "  integrations [list] [--json]\n"
        "  integrations show NAME [--status pending|delivered|failed|parked] [--limit N] [--json]\n"
        "  integrations add NAME --kind webhook|erpnext|odoo --url URL [--events punch,correction,user]\n"
        "                   [--option KEY=VALUE]... [--secret-file FILE | --generate-secret] [--disabled]\n"
        "  integrations change NAME [--name NEW] [--url URL] [--events …] [--option KEY=VALUE]...\n"
        "                   [--secret-file FILE | --ask-secret | --generate-secret] [--enable | --disable]\n"
        "  integrations remove NAME\n"
        "  integrations retry NAME [--failed] [--parked]   (both when neither is given)\n"
        "  integrations replay NAME --from YYYY-MM-DD\n"
        "Options of a webhook: batch_size (1-500, default 50), timeout_s (1-120, default 10).\n"
        "Options of ERPNext: api_key (required; the API secret is the destination's secret),\n"
        "method (hrms, or erpnext for v13), employee_fieldname (default attendance_device_id), timeout_s.\n"
        "Options of Odoo (the API key is the secret): api (jsonrpc for 17 and 18, json2 for 19),\n"
        "database, user_id (the API user's id; both required for jsonrpc), employee_match (barcode,\n"
        "pin or map), employee_map ({\"7\": 12}: terminal user id to hr.employee id), timeout_s.");
}

QString eventsText(const DestinationRow &row)
{
    QStringList events;
    if (row.sendsPunches)
        events << QStringLiteral("punch");
    if (row.sendsCorrections)
        events << QStringLiteral("correction");
    if (row.sendsUserChanges)
        events << QStringLiteral("user");
    return events.join(QLatin1Char(','));
}

QString refusalText(const services::Outcome &outcome, const QString &keyFile)
{
    switch (outcome.error<IntegrationError>()) {
    case IntegrationError::EmptyName: return QStringLiteral("a destination needs a name of at most 100 characters");
    case IntegrationError::NameTaken: return QStringLiteral("there is already a destination of that name");
    case IntegrationError::UnknownKind:
        return QStringLiteral("unknown kind '%1': use webhook, erpnext or odoo").arg(outcome.subject);
    case IntegrationError::BadUrl:
        return QStringLiteral("'%1' is not an http:// or https:// address with a host (and no user or password)")
            .arg(outcome.subject);
    case IntegrationError::InsecureUrl:
        return QStringLiteral("'%1' would send the API key in clear across the network: use https://")
            .arg(outcome.subject);
    case IntegrationError::SecretMissing:
        return QStringLiteral("a secret is needed (--secret-file FILE, or --generate-secret for a webhook)");
    case IntegrationError::OptionMissing: return QStringLiteral("the option %1 is needed").arg(outcome.subject);
    case IntegrationError::BadOption: return QStringLiteral("--option %1: %2").arg(outcome.subject, outcome.detail);
    case IntegrationError::NothingToSend: return QStringLiteral("--events: choose punch, correction or user");
    case IntegrationError::NoKeyFile:
        return QStringLiteral("the secret cannot be sealed: the key file %1 cannot be used").arg(keyFile);
    case IntegrationError::None: break;
    }
    return QStringLiteral("refused");
}

QJsonObject backlogJson(const storage::OutboxBacklog &backlog)
{
    return {{QStringLiteral("pending"), backlog.pending},
            {QStringLiteral("delivered"), backlog.delivered},
            {QStringLiteral("failed"), backlog.failed},
            {QStringLiteral("parked"), backlog.parked},
            {QStringLiteral("oldest_pending"), utcJson(backlog.oldestPending)}};
}

QJsonObject destinationJson(const DestinationRow &row, const storage::OutboxBacklog &backlog)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("url"), row.url},
            {QStringLiteral("events"), QJsonArray::fromStringList(eventsText(row).split(QLatin1Char(',')))},
            {QStringLiteral("options"), row.options},
            {QStringLiteral("enabled"), row.enabled},
            {QStringLiteral("backlog"), backlogJson(backlog)},
            {QStringLiteral("failures"), row.failures},
            {QStringLiteral("next_attempt_at"), utcJson(row.nextAttemptAt)},
            {QStringLiteral("last_error"), row.lastError},
            {QStringLiteral("last_delivered_at"), utcJson(row.lastDeliveredAt)}};
}

int listDestinations(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usageText());
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    const QSqlDatabase db = connection->database();
    QJsonArray items;
    QList<QStringList> rows;
    for (const DestinationRow &row : storage::DestinationRepository(db).list()) {
        const storage::OutboxBacklog backlog = storage::OutboxRepository(db).backlog(row.id);
        items.append(destinationJson(row, backlog));
        rows << QStringList{row.name,
                            row.kind,
                            eventsText(row),
                            row.enabled ? QStringLiteral("yes") : QStringLiteral("paused"),
                            QString::number(backlog.pending),
                            QString::number(backlog.failed),
                            QString::number(backlog.parked),
                            localText(row.lastDeliveredAt),
                            row.lastError};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("NAME"), QStringLiteral("KIND"), QStringLiteral("EVENTS"), QStringLiteral("ON"),
                  QStringLiteral("PENDING"), QStringLiteral("FAILED"), QStringLiteral("PARKED"),
                  QStringLiteral("LAST DELIVERED"), QStringLiteral("LAST ERROR")},
                 rows);
    return Success;
}

int showDestination(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usageText());
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only events of this status."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("How many events (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({status, limit, jsonOption()});
    int exitCode = Success;
    const auto connection = openForOne(context, parser, arguments, QStringLiteral("NAME"), &exitCode);
    if (!connection)
        return exitCode;
    const QSqlDatabase db = connection->database();
    const auto row = namedDestination(context, db, parser.positionalArguments().first(), &exitCode);
    if (!row)
        return exitCode;
    std::optional<OutboxStatus> only;
    if (parser.isSet(status) && !(only = storage::outboxStatusFromName(parser.value(status))))
        return context.usageError(QStringLiteral("--status: pending, delivered, failed or parked"));
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (!numeric || count < 1 || count > 10000)
        return context.usageError(QStringLiteral("--limit: a number from 1 to 10000"));

    const storage::OutboxRepository outbox(db);
    QJsonArray events;
    QList<QStringList> table;
    for (const storage::OutboxRow &event : outbox.records(row->id, only, 0, count)) {
        events.append(QJsonObject{{QStringLiteral("id"), event.id},
                                  {QStringLiteral("event"), storage::outboxEventName(event.event)},
                                  {QStringLiteral("subject_id"), event.subjectId},
                                  {QStringLiteral("status"), storage::outboxStatusName(event.status)},
                                  {QStringLiteral("attempts"), event.attempts},
                                  {QStringLiteral("last_error"), event.lastError},
                                  {QStringLiteral("queued_at"), utcJson(event.createdAt)},
                                  {QStringLiteral("delivered_at"), utcJson(event.deliveredAt)}});
        table << QStringList{QString::number(event.id),
                             storage::outboxEventName(event.event),
                             QString::number(event.subjectId),
                             storage::outboxStatusName(event.status),
                             QString::number(event.attempts),
                             localText(event.createdAt),
                             event.lastError};
    }
    QJsonObject shown = destinationJson(*row, outbox.backlog(row->id));
    if (parser.isSet(jsonOption())) {
        shown.insert(QStringLiteral("events_shown"), events);
        context.out() << QJsonDocument(shown).toJson(QJsonDocument::Indented);
        return Success;
    }
    const storage::OutboxBacklog backlog = outbox.backlog(row->id);
    context.out() << row->name << " (" << row->kind << ", " << (row->enabled ? "on" : "paused") << ") -> " << row->url
                  << Qt::endl
                  << "  sends " << eventsText(*row) << "; options "
                  << QJsonDocument(row->options).toJson(QJsonDocument::Compact) << Qt::endl
                  << "  pending " << backlog.pending << ", delivered " << backlog.delivered << ", failed "
                  << backlog.failed << ", parked " << backlog.parked << Qt::endl;
    if (!row->lastError.isEmpty())
        context.out() << "  last error: " << row->lastError << " (" << row->failures << " in a row; next try "
                      << localText(row->nextAttemptAt) << ")" << Qt::endl;
    printTable(context.out(),
               {QStringLiteral("ID"), QStringLiteral("EVENT"), QStringLiteral("SUBJECT"), QStringLiteral("STATUS"),
                QStringLiteral("TRIES"), QStringLiteral("QUEUED"), QStringLiteral("LAST ERROR")},
               table);
    return Success;
}

} // namespace

QString integrationsUsage()
{
    return usageText();
}

std::optional<DestinationRow> namedDestination(CliContext &context, const QSqlDatabase &db, const QString &name,
                                               int *exitCode)
{
    std::optional<DestinationRow> row = storage::DestinationRepository(db).findByName(name);
    if (!row)
        *exitCode = context.usageError(QStringLiteral("no destination is called '%1' ('integrations list')").arg(name));
    return row;
}

int integrationRefused(CliContext &context, const services::Outcome &outcome)
{
    if (outcome.status == services::Outcome::Status::Refused)
        return context.usageError(refusalText(outcome, services::SecretBox::keyFileFor(context.database())));
    return failed(context, outcome);
}

int runIntegrations(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments,
                     {{"list", listDestinations},
                      {"show", showDestination},
                      {"add", addDestination},
                      {"change", changeDestination},
                      {"remove", removeDestination},
                      {"retry", retryDestination},
                      {"replay", replayDestination}});
}

} // namespace punchclock::cli
