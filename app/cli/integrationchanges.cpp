#include "commandactions.h"
#include "integrationsupport.h"
#include "output.h"
#include "passwordsource.h"

#include "integrationadmin.h"
#include "secretbox.h"

#include "connection.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace punchclock::cli {

namespace {

using services::DestinationSettings;

struct DestinationOptions
{
    QCommandLineOption name{QStringLiteral("name"), QStringLiteral("A new name."), QStringLiteral("NEW")};
    QCommandLineOption kind{QStringLiteral("kind"), QStringLiteral("webhook or erpnext."), QStringLiteral("KIND")};
    QCommandLineOption url{QStringLiteral("url"), QStringLiteral("The webhook's address, or the ERPNext site's."),
                           QStringLiteral("URL")};
    QCommandLineOption events{QStringLiteral("events"),
                              QStringLiteral("What it receives: punch, correction, user (comma-separated)."),
                              QStringLiteral("LIST")};
    QCommandLineOption option{QStringLiteral("option"), QStringLiteral("A setting of the kind; KEY= removes it."),
                              QStringLiteral("KEY=VALUE")};
    QCommandLineOption secretFile{QStringLiteral("secret-file"),
                                  QStringLiteral("Read the secret from the first line of FILE."),
                                  QStringLiteral("FILE")};
    QCommandLineOption askSecret{QStringLiteral("ask-secret"), QStringLiteral("Ask for a new secret.")};
    QCommandLineOption generateSecret{QStringLiteral("generate-secret"),
                                      QStringLiteral("Make a random secret and print it once (a webhook's).")};
    QCommandLineOption disabled{QStringLiteral("disabled"),
                                QStringLiteral("Add it paused: events queue, none is sent.")};
    QCommandLineOption enable{QStringLiteral("enable"), QStringLiteral("Deliver again.")};
    QCommandLineOption disable{QStringLiteral("disable"), QStringLiteral("Pause: events queue, none is sent.")};
};

// --events into the settings; false with the reason said when a name is unknown.
bool readEvents(CliContext &context, const QString &text, DestinationSettings *settings, int *exitCode)
{
    settings->sendsPunches = settings->sendsCorrections = settings->sendsUserChanges = false;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<storage::OutboxEvent> event = storage::outboxEventFromName(name.trimmed());
        if (!event) {
            *exitCode = context.usageError(QStringLiteral("--events: '%1' is not punch, correction or user").arg(name));
            return false;
        }
        (*event == storage::OutboxEvent::Punch        ? settings->sendsPunches
         : *event == storage::OutboxEvent::Correction ? settings->sendsCorrections
                                                      : settings->sendsUserChanges) = true;
    }
    return true;
}

// --option KEY=VALUE into the options: the numeric options' values as numbers, a JSON object
// (an employee map) as an object, the rest as text (a database named 2024, an API key of digits).
bool readOptions(CliContext &context, const QStringList &values, QJsonObject *options, int *exitCode)
{
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *exitCode = context.usageError(QStringLiteral("--option %1: use KEY=VALUE").arg(value));
            return false;
        }
        const QString key = value.left(equals).trimmed();
        const QString text = value.mid(equals + 1).trimmed();
        static const QStringList numeric{QStringLiteral("batch_size"), QStringLiteral("timeout_s"),
                                         QStringLiteral("user_id")};
        bool number = false;
        const int asNumber = numeric.contains(key) ? text.toInt(&number) : 0;
        if (text.startsWith(QLatin1Char('{'))) {
            QJsonParseError error;
            const QJsonDocument object = QJsonDocument::fromJson(text.toUtf8(), &error);
            if (!object.isObject()) {
                *exitCode = context.usageError(
                    QStringLiteral("--option %1: not a JSON object (%2)").arg(key, error.errorString()));
                return false;
            }
            options->insert(key, object.object());
        } else if (text.isEmpty()) {
            options->remove(key);
        } else {
            options->insert(key, number ? QJsonValue(asNumber) : QJsonValue(text));
        }
    }
    return true;
}

// The secret the options ask for: nullopt to keep (or have none), else the new one. False with
// the reason said when it cannot be had.
bool readSecret(CliContext &context, const DestinationOptions &options, const QCommandLineParser &parser,
                const QString &name, bool askByDefault, std::optional<QString> *secret, int *exitCode)
{
    if (parser.isSet(options.secretFile)) {
        QFile file(parser.value(options.secretFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *exitCode = context.failure(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return false;
        }
        Secret line;
        line.text = QString::fromUtf8(file.readLine()).trimmed();
        if (line.text.isEmpty()) {
            *exitCode = context.usageError(QStringLiteral("%1 holds no secret on its first line").arg(file.fileName()));
            return false;
        }
        *secret = line.text;
        return true;
    }
    if (parser.isSet(options.generateSecret)) {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        *secret = QString::fromLatin1(random.toHex());
        wipe(&random);
        return true;
    }
    if (!askByDefault && !parser.isSet(options.askSecret))
        return true;
    Secret typed;
    if (!context.passwords().next(context, QStringLiteral("the secret of %1").arg(name), PasswordSource::Ask::Twice,
                                  &typed.text, exitCode))
        return false;
    *secret = typed.text;
    return true;
}

QCommandLineParser &withDestinationOptions(QCommandLineParser &parser, const DestinationOptions &options, bool adding)
{
    parser.setApplicationDescription(integrationsUsage());
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The destination."));
    parser.addOptions({options.url, options.events, options.option, options.secretFile, options.generateSecret});
    if (adding)
        parser.addOptions({options.kind, options.disabled});
    else
        parser.addOptions({options.name, options.askSecret, options.enable, options.disable});
    return parser;
}

bool oneName(CliContext &context, const QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    if (parser.positionalArguments().size() == 1)
        return true;
    *exitCode = context.usageError(QStringLiteral("use '%1 NAME'").arg(commandName(arguments)));
    return false;
}

void printGenerated(CliContext &context, const QCommandLineParser &parser, const DestinationOptions &options,
                    const std::optional<QString> &secret)
{
    if (parser.isSet(options.generateSecret) && secret)
        context.out() << "Secret (shown this once; give it to the receiver to check signatures): " << *secret
                      << Qt::endl;
}

std::optional<services::SecretBox> secretBox(CliContext &context, int *exitCode)
{
    QString error;
    std::optional<services::SecretBox> box =
        services::SecretBox::open(services::SecretBox::keyFileFor(context.database()), true, &error);
    if (!box)
        *exitCode = context.failure(error);
    return box;
}

} // namespace

int addDestination(CliContext &context, const QStringList &arguments)
{
    const DestinationOptions options;
    QCommandLineParser parser;
    withDestinationOptions(parser, options, true);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode) || !oneName(context, parser, arguments, &exitCode))
        return exitCode;
    DestinationSettings settings;
    settings.name = parser.positionalArguments().first();
    settings.kind = parser.value(options.kind);
    settings.url = parser.value(options.url);
    settings.enabled = !parser.isSet(options.disabled);
    if ((parser.isSet(options.events) && !readEvents(context, parser.value(options.events), &settings, &exitCode)) ||
        !readOptions(context, parser.values(options.option), &settings.options, &exitCode))
        return exitCode;
    if (parser.isSet(options.generateSecret) && settings.kind != QLatin1String("webhook"))
        return context.usageError(QStringLiteral("--generate-secret makes a webhook's signing secret; %1 gives its own "
                                                 "key: use --secret-file")
                                      .arg(settings.kind));
    // Settings are checked before a secret is asked for: a typo costs no typing.
    settings.secret = QStringLiteral("-");
    if (const services::Outcome checked = services::IntegrationAdmin::checkSettings(settings, false); !checked.ok())
        return integrationRefused(context, checked);
    settings.secret.reset();
    if (!readSecret(context, options, parser, settings.name, true, &settings.secret, &exitCode))
        return exitCode;
    const std::optional<services::SecretBox> box = secretBox(context, &exitCode);
    if (!box)
        return exitCode;
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        const services::Outcome outcome = services::IntegrationAdmin(db, &*box).add(actor, settings);
        if (!outcome.ok())
            return integrationRefused(context, outcome);
        context.out() << "Destination " << settings.name.trimmed() << " added; " << (settings.enabled ? "" : "paused; ")
                      << "punches stored from now on are queued for it ('integrations replay' sends earlier ones)."
                      << Qt::endl;
        printGenerated(context, parser, options, settings.secret);
        return int(Success);
    });
}

int changeDestination(CliContext &context, const QStringList &arguments)
{
    const DestinationOptions options;
    QCommandLineParser parser;
    withDestinationOptions(parser, options, false);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode) || !oneName(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(options.enable) && parser.isSet(options.disable))
        return context.usageError(QStringLiteral("--enable or --disable, not both"));
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        int status = Success;
        const auto row = namedDestination(context, db, parser.positionalArguments().first(), &status);
        if (!row)
            return status;
        if (parser.isSet(options.generateSecret) && row->kind != QLatin1String("webhook"))
            return context.usageError(QStringLiteral("--generate-secret makes a webhook's signing secret; %1 gives "
                                                     "its own key: use --secret-file or --ask-secret")
                                          .arg(row->kind));
        DestinationSettings settings = services::IntegrationAdmin::settingsOf(*row);
        if (parser.isSet(options.name))
            settings.name = parser.value(options.name);
        if (parser.isSet(options.url))
            settings.url = parser.value(options.url);
        if (parser.isSet(options.enable) || parser.isSet(options.disable))
            settings.enabled = parser.isSet(options.enable);
        if ((parser.isSet(options.events) && !readEvents(context, parser.value(options.events), &settings, &status)) ||
            !readOptions(context, parser.values(options.option), &settings.options, &status) ||
            !readSecret(context, options, parser, row->name, false, &settings.secret, &status))
            return status;
        std::optional<services::SecretBox> box;
        if (settings.secret && !(box = secretBox(context, &status)))
            return status;
        const services::Outcome outcome =
            services::IntegrationAdmin(db, box ? &*box : nullptr).change(actor, row->id, settings);
        if (!outcome.ok())
            return integrationRefused(context, outcome);
        context.out() << "Destination " << settings.name.trimmed() << " changed." << Qt::endl;
        printGenerated(context, parser, options, settings.secret);
        return int(Success);
    });
}

int removeDestination(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(integrationsUsage());
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The destination."));
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode) || !oneName(context, parser, arguments, &exitCode))
        return exitCode;
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        int status = Success;
        const auto row = namedDestination(context, db, parser.positionalArguments().first(), &status);
        if (!row)
            return status;
        const services::Outcome outcome = services::IntegrationAdmin(db, nullptr).remove(actor, row->id);
        if (!outcome.ok())
            return integrationRefused(context, outcome);
        context.out() << "Destination " << row->name << " removed with its queue." << Qt::endl;
        return int(Success);
    });
}

int retryDestination(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(integrationsUsage());
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The destination."));
    const QCommandLineOption failedOption(QStringLiteral("failed"), QStringLiteral("Send the failed events again."));
    const QCommandLineOption parkedOption(QStringLiteral("parked"), QStringLiteral("Send the parked events again."));
    parser.addOptions({failedOption, parkedOption});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode) || !oneName(context, parser, arguments, &exitCode))
        return exitCode;
    const bool both = !parser.isSet(failedOption) && !parser.isSet(parkedOption);
    QList<storage::OutboxStatus> statuses;
    if (both || parser.isSet(failedOption))
        statuses << storage::OutboxStatus::Failed;
    if (both || parser.isSet(parkedOption))
        statuses << storage::OutboxStatus::Parked;
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        int status = Success;
        const auto row = namedDestination(context, db, parser.positionalArguments().first(), &status);
        if (!row)
            return status;
        const services::Outcome outcome = services::IntegrationAdmin(db, nullptr).retry(actor, row->id, statuses);
        if (!outcome.ok())
            return integrationRefused(context, outcome);
        context.out() << outcome.id << " event(s) of " << row->name << " will be sent again, at once." << Qt::endl;
        return int(Success);
    });
}

int replayDestination(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(integrationsUsage());
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The destination."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Send again everything from this day on."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOption(from);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode) || !oneName(context, parser, arguments, &exitCode))
        return exitCode;
    const QDate since = QDate::fromString(parser.value(from), Qt::ISODate);
    if (!since.isValid())
        return context.usageError(QStringLiteral("--from: a date, YYYY-MM-DD"));
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        int status = Success;
        const auto row = namedDestination(context, db, parser.positionalArguments().first(), &status);
        if (!row)
            return status;
        const services::Outcome outcome = services::IntegrationAdmin(db, nullptr).replay(actor, row->id, since);
        if (!outcome.ok())
            return integrationRefused(context, outcome);
        context.out() << outcome.id << " event(s) from " << since.toString(Qt::ISODate) << " on are queued again for "
                      << row->name << "." << Qt::endl;
        return int(Success);
    });
}

} // namespace punchclock::cli
