#include "integrationadmin.h"

#include "secretbox.h"
#include "servicecall.h"

#include "destinationrepository.h"
#include "odooattendancerepository.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <limits>

namespace punchclock::services {

namespace {

constexpr int MaxNameLength = 100;

Outcome refusedOption(IntegrationError error, const QString &option, const QString &why = {})
{
    Outcome outcome = Outcome::refused(error);
    outcome.subject = option;
    outcome.detail = why;
    return outcome;
}

// A whole number option within [low, high], or absent.
bool numberWithin(const QJsonObject &options, const QString &key, int low, int high)
{
    if (!options.contains(key))
        return true;
    const QJsonValue value = options.value(key);
    return value.isDouble() && value.toDouble() == double(value.toInt()) && value.toInt() >= low &&
           value.toInt() <= high;
}

// What the audit trail keeps of a destination: everything but the secret, and whether there is one.
QJsonObject auditValue(const DestinationSettings &settings, bool hasSecret)
{
    QJsonArray events;
    if (settings.sendsPunches)
        events.append(QStringLiteral("punch"));
    if (settings.sendsCorrections)
        events.append(QStringLiteral("correction"));
    if (settings.sendsUserChanges)
        events.append(QStringLiteral("user"));
    return {{QStringLiteral("name"), settings.name.trimmed()},
            {QStringLiteral("kind"), settings.kind},
            {QStringLiteral("url"), settings.url.trimmed()},
            {QStringLiteral("options"), settings.options},
            {QStringLiteral("events"), events},
            {QStringLiteral("enabled"), settings.enabled},
            {QStringLiteral("secret"), hasSecret ? QStringLiteral("set") : QStringLiteral("none")}};
}


bool nameTaken(const QSqlDatabase &db, const QString &name, qint64 exceptId)
{
    for (const storage::DestinationRow &row : storage::DestinationRepository(db).list()) {
        if (row.id != exceptId && row.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Odoo: which of its APIs, what JSON-RPC needs to sign in, and how employees are found.
Outcome checkOdoo(const DestinationSettings &settings)
{
    const QJsonObject &options = settings.options;
    const QString api = options.value(QStringLiteral("api")).toString(QStringLiteral("jsonrpc"));
    if (api != QLatin1String("jsonrpc") && api != QLatin1String("json2"))
        return refusedOption(IntegrationError::BadOption, QStringLiteral("api"),
                             QStringLiteral("\"jsonrpc\" (Odoo 17 and 18) or \"json2\" (Odoo 19 and later)"));
    if (api == QLatin1String("jsonrpc")) {
        if (options.value(QStringLiteral("database")).toString().trimmed().isEmpty())
            return refusedOption(IntegrationError::OptionMissing, QStringLiteral("database"));
        if (!options.contains(QStringLiteral("user_id")))
            return refusedOption(IntegrationError::OptionMissing, QStringLiteral("user_id"));
        if (!numberWithin(options, QStringLiteral("user_id"), 1, std::numeric_limits<int>::max()))
            return refusedOption(IntegrationError::BadOption, QStringLiteral("user_id"),
                                 QStringLiteral("the id of the Odoo user the API key belongs to"));
    }
    const QString match = options.value(QStringLiteral("employee_match")).toString(QStringLiteral("barcode"));
    if (match != QLatin1String("barcode") && match != QLatin1String("pin") && match != QLatin1String("map"))
        return refusedOption(IntegrationError::BadOption, QStringLiteral("employee_match"),
                             QStringLiteral("barcode, pin or map"));
    if (match == QLatin1String("map")) {
        const QJsonValue map = options.value(QStringLiteral("employee_map"));
        const QJsonObject entries = map.toObject();
        const bool numbers = std::all_of(entries.begin(), entries.end(), [](const QJsonValue &id) {
            return id.isDouble() && id.toDouble() == double(qint64(id.toDouble())) && id.toDouble() > 0;
        });
        if (!map.isObject() || !numbers)
            return refusedOption(IntegrationError::BadOption, QStringLiteral("employee_map"),
                                 QStringLiteral("an object of terminal user ids and Odoo employee ids, "
                                                "{\"7\": 12, \"8\": 15}"));
    }
    if (settings.sendsUserChanges)
        return refusedOption(IntegrationError::BadOption, QStringLiteral("events"),
                             QStringLiteral("Odoo receives punches and corrections only"));
    return {};
}

// The first option the kind does not know (a typo would otherwise be ignored in silence).
QString unknownOption(const DestinationSettings &settings)
{
    static const QHash<QString, QStringList> known{
        {QStringLiteral("webhook"), {QStringLiteral("batch_size"), QStringLiteral("timeout_s")}},
        {QStringLiteral("erpnext"),
         {QStringLiteral("api_key"), QStringLiteral("method"), QStringLiteral("employee_fieldname"),
          QStringLiteral("timeout_s")}},
        {QStringLiteral("odoo"),
         {QStringLiteral("api"), QStringLiteral("database"), QStringLiteral("user_id"),
          QStringLiteral("employee_match"), QStringLiteral("employee_map"), QStringLiteral("timeout_s")}},
    };
    const QStringList options = known.value(settings.kind);
    for (auto it = settings.options.begin(); it != settings.options.end(); ++it) {
        if (!options.contains(it.key()))
            return it.key();
    }
    return {};
}

} // namespace

IntegrationAdmin::IntegrationAdmin(QSqlDatabase db, const SecretBox *box)
    : m_db(std::move(db))
    , m_box(box)
{}

DestinationSettings IntegrationAdmin::settingsOf(const storage::DestinationRow &row)
{
    return {row.name,
            row.kind,
            row.url,
            row.options,
            std::nullopt,
            row.sendsPunches,
            row.sendsCorrections,
            row.sendsUserChanges,
            row.enabled};
}

Outcome IntegrationAdmin::checkSettings(const DestinationSettings &settings, bool hasStoredSecret)
{
    const QString name = settings.name.trimmed();
    if (name.isEmpty() || name.size() > MaxNameLength)
        return Outcome::refused(IntegrationError::EmptyName);
    if (settings.kind != QLatin1String("webhook") && settings.kind != QLatin1String("erpnext") &&
        settings.kind != QLatin1String("odoo"))
        return refusedOption(IntegrationError::UnknownKind, settings.kind);
    const QUrl url(settings.url.trimmed(), QUrl::StrictMode);
    // A URL is not a secret: it is listed and recorded in the audit trail.
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return refusedOption(IntegrationError::BadUrl, settings.url);
    // ERPNext's token and Odoo's key travel with every request: not in clear across a network.
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (settings.kind != QLatin1String("webhook") && url.scheme() == QLatin1String("http") && !loopback)
        return refusedOption(IntegrationError::InsecureUrl, settings.url);
    if (const QString unknown = unknownOption(settings); !unknown.isEmpty())
        return refusedOption(IntegrationError::BadOption, unknown,
                             QStringLiteral("not an option of a %1 destination").arg(settings.kind));
    if (!settings.sendsPunches && !settings.sendsCorrections && !settings.sendsUserChanges)
        return Outcome::refused(IntegrationError::NothingToSend);
    const bool hasSecret = settings.secret ? !settings.secret->isEmpty() : hasStoredSecret;
    if (!hasSecret)
        return Outcome::refused(IntegrationError::SecretMissing);
    if (!numberWithin(settings.options, QStringLiteral("timeout_s"), 1, 120))
        return refusedOption(IntegrationError::BadOption, QStringLiteral("timeout_s"),
                             QStringLiteral("a whole number of seconds from 1 to 120"));
    if (settings.kind == QLatin1String("webhook")) {
        if (!numberWithin(settings.options, QStringLiteral("batch_size"), 1, 500))
            return refusedOption(IntegrationError::BadOption, QStringLiteral("batch_size"),
                                 QStringLiteral("a whole number of events from 1 to 500"));
        return {};
    }
    if (settings.kind == QLatin1String("odoo"))
        return checkOdoo(settings);
    if (settings.options.value(QStringLiteral("api_key")).toString().trimmed().isEmpty())
        return refusedOption(IntegrationError::OptionMissing, QStringLiteral("api_key"));
    const QJsonValue method = settings.options.value(QStringLiteral("method"));
    if (!method.isUndefined() && method != QLatin1String("hrms") && method != QLatin1String("erpnext"))
        return refusedOption(IntegrationError::BadOption, QStringLiteral("method"),
                             QStringLiteral("\"hrms\" (Frappe HR v14 and later) or \"erpnext\" (ERPNext v13)"));
    const QJsonValue field = settings.options.value(QStringLiteral("employee_fieldname"));
    if (!field.isUndefined() && (!field.isString() || field.toString().trimmed().isEmpty()))
        return refusedOption(IntegrationError::BadOption, QStringLiteral("employee_fieldname"),
                             QStringLiteral("the name of a field of Employee"));
    if (settings.sendsUserChanges)
        return refusedOption(IntegrationError::BadOption, QStringLiteral("events"),
                             QStringLiteral("ERPNext receives punches and added punches only"));
    return {};
}

Outcome IntegrationAdmin::add(const Actor &actor, const DestinationSettings &settings)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSettings))
        return call.finish();
    if (Outcome checked = checkSettings(settings, false); !checked.ok())
        return call.refuse(std::move(checked));
    if (nameTaken(m_db, settings.name, 0))
        return call.refuse(Outcome::refused(IntegrationError::NameTaken));
    if (!m_box)
        return call.refuse(Outcome::refused(IntegrationError::NoKeyFile));
    storage::DestinationRow row;
    row.name = settings.name.trimmed();
    row.kind = settings.kind;
    row.url = settings.url.trimmed();
    row.options = settings.options;
    row.sealedSecret = m_box->seal(*settings.secret);
    row.sendsPunches = settings.sendsPunches;
    row.sendsCorrections = settings.sendsCorrections;
    row.sendsUserChanges = settings.sendsUserChanges;
    row.enabled = settings.enabled;
    const std::optional<qint64> id = storage::DestinationRepository(m_db).insert(row);
    if (!id)
        return call.refuseStorage();
    call.outcome().id = *id;
    call.record(QStringLiteral("integration.add"), QStringLiteral("integration"), QString::number(*id), {},
                auditValue(settings, true));
    return call.finish();
}

Outcome IntegrationAdmin::change(const Actor &actor, qint64 destinationId, const DestinationSettings &settings)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSettings))
        return call.finish();
    storage::DestinationRepository destinations(m_db);
    std::optional<storage::DestinationRow> row = destinations.find(destinationId);
    if (!row)
        return call.refuse(Outcome::notFound(QString::number(destinationId)));
    if (settings.kind != row->kind)
        return call.refuse(refusedOption(IntegrationError::BadOption, QStringLiteral("kind"),
                                         QStringLiteral("a destination keeps its kind; add another one")));
    if (Outcome checked = checkSettings(settings, !row->sealedSecret.isEmpty()); !checked.ok())
        return call.refuse(std::move(checked));
    if (nameTaken(m_db, settings.name, destinationId))
        return call.refuse(Outcome::refused(IntegrationError::NameTaken));
    const QJsonObject before = auditValue(settingsOf(*row), !row->sealedSecret.isEmpty());
    // Another Odoo (or database) holds other records under the same ids: none of those noted
    // may be written there.
    const auto odooTarget = [](const QString &url, const QJsonObject &options) {
        return QStringList{url, options.value(QStringLiteral("api")).toString(),
                           options.value(QStringLiteral("database")).toString()};
    };
    const bool otherOdoo = row->kind == QLatin1String("odoo") &&
                           odooTarget(row->url, row->options) != odooTarget(settings.url.trimmed(), settings.options);
    if (settings.secret) {
        if (!m_box)
            return call.refuse(Outcome::refused(IntegrationError::NoKeyFile));
        row->sealedSecret = m_box->seal(*settings.secret);
    }
    row->name = settings.name.trimmed();
    row->url = settings.url.trimmed();
    row->options = settings.options;
    row->sendsPunches = settings.sendsPunches;
    row->sendsCorrections = settings.sendsCorrections;
    row->sendsUserChanges = settings.sendsUserChanges;
    row->enabled = settings.enabled;
    if (!destinations.update(*row) || !destinations.clearWait(destinationId) ||
        (otherOdoo && !storage::OdooAttendanceRepository(m_db, destinationId).forgetAll()))
        return call.refuseStorage();
    QJsonObject after = auditValue(settings, true);
    if (otherOdoo)
        after.insert(QStringLiteral("odoo_records"), QStringLiteral("forgotten"));
    if (settings.secret)
        after.insert(QStringLiteral("secret"), QStringLiteral("changed"));
    call.record(QStringLiteral("integration.change"), QStringLiteral("integration"), QString::number(destinationId),
                before, after);
    return call.finish();
}

Outcome IntegrationAdmin::remove(const Actor &actor, qint64 destinationId)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSettings))
        return call.finish();
    storage::DestinationRepository destinations(m_db);
    const std::optional<storage::DestinationRow> row = destinations.find(destinationId);
    if (!row)
        return call.refuse(Outcome::notFound(QString::number(destinationId)));
    const storage::OutboxBacklog backlog = storage::OutboxRepository(m_db).backlog(destinationId);
    if (!destinations.remove(destinationId))
        return call.refuseStorage();
    QJsonObject before = auditValue(settingsOf(*row), !row->sealedSecret.isEmpty());
    before.insert(QStringLiteral("undelivered"), backlog.pending + backlog.failed + backlog.parked);
    call.record(QStringLiteral("integration.remove"), QStringLiteral("integration"), QString::number(destinationId),
                before, {});
    return call.finish();
}

Outcome IntegrationAdmin::retry(const Actor &actor, qint64 destinationId, const QList<storage::OutboxStatus> &statuses)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSettings))
        return call.finish();
    storage::DestinationRepository destinations(m_db);
    if (!destinations.find(destinationId))
        return call.refuse(Outcome::notFound(QString::number(destinationId)));
    const std::optional<qint64> count = storage::OutboxRepository(m_db).retry(destinationId, statuses);
    if (!count || !destinations.clearWait(destinationId))
        return call.refuseStorage();
    QJsonArray names;
    for (const storage::OutboxStatus status : statuses)
        names.append(storage::outboxStatusName(status));
    call.outcome().id = *count;
    call.record(QStringLiteral("integration.retry"), QStringLiteral("integration"), QString::number(destinationId), {},
                {{QStringLiteral("statuses"), names}, {QStringLiteral("events"), *count}});
    return call.finish();
}

Outcome IntegrationAdmin::replay(const Actor &actor, qint64 destinationId, QDate from)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ChangeSettings))
        return call.finish();
    if (!from.isValid())
        return call.refuse(
            refusedOption(IntegrationError::BadOption, QStringLiteral("from"), QStringLiteral("a date, YYYY-MM-DD")));
    storage::DestinationRepository destinations(m_db);
    if (!destinations.find(destinationId))
        return call.refuse(Outcome::notFound(QString::number(destinationId)));
    const std::optional<qint64> count = storage::OutboxRepository(m_db).replay(destinationId, from);
    if (!count || !destinations.clearWait(destinationId))
        return call.refuseStorage();
    call.outcome().id = *count;
    call.record(QStringLiteral("integration.replay"), QStringLiteral("integration"), QString::number(destinationId), {},
                {{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("events"), *count}});
    return call.finish();
}

} // namespace punchclock::services
