#include "integrationtext.h"

#include "outcometext.h"

#include "integrationadmin.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace punchclock::ui {

using services::IntegrationError;

namespace {

// "employees by Badge ID", "employees by a table of 2 users": how the Odoo destination finds them.
QString employeesFound(const QJsonObject &options)
{
    const QString match = options.value(IntegrationText::EmployeeMatchOption).toString(IntegrationText::BadgeMatch);
    if (match == IntegrationText::PinMatch)
        return IntegrationText::tr("employees by PIN");
    if (match == IntegrationText::MapMatch)
        return IntegrationText::tr("employees by a table of %n user(s)", nullptr,
                                   int(options.value(IntegrationText::EmployeeMapOption).toObject().size()));
    return IntegrationText::tr("employees by Badge ID");
}

} // namespace

QString IntegrationText::kindName(const QString &kind)
{
    if (kind == Webhook)
        return tr("Webhook");
    if (kind == Erpnext)
        return tr("Frappe HR · ERPNext");
    if (kind == Odoo)
        return tr("Odoo");
    return kind;
}

QString IntegrationText::receives(const storage::DestinationRow &destination)
{
    QStringList events;
    if (destination.sendsPunches)
        events << tr("punches");
    if (destination.sendsCorrections)
        events << tr("corrections");
    if (destination.sendsUserChanges)
        events << tr("changes of employees");
    if (events.isEmpty())
        return tr("nothing");
    QString text = QLocale().createSeparatedList(events);
    // A sentence of its own in the table: the first letter as the language writes it.
    return text.left(1).toUpper() + text.mid(1);
}

QString IntegrationText::settings(const storage::DestinationRow &destination)
{
    const QJsonObject &options = destination.options;
    //: the timeout of one request to the destination
    const QString timeout = tr("timeout %1 s").arg(options.value(TimeoutOption).toInt(DefaultTimeoutSeconds));
    if (destination.kind == Erpnext) {
        //: %1 the version, %2 the field of Employee, %3 the API key, %4 the timeout
        return tr("%1 · employee field %2 · API key %3 · %4")
            .arg(versionName(options.value(MethodOption).toString(HrmsMethod)),
                 options.value(EmployeeFieldOption).toString(DefaultEmployeeField),
                 options.value(ApiKeyOption).toString(), timeout);
    }
    if (destination.kind == Odoo) {
        const QString api = options.value(OdooApiOption).toString(JsonRpcApi);
        QStringList parts{odooApiName(api)};
        const QString database = options.value(DatabaseOption).toString();
        if (!database.isEmpty())
            //: the name of the Odoo database
            parts << tr("database %1").arg(database);
        if (api == JsonRpcApi)
            //: the id of the Odoo user the API key belongs to
            parts << tr("user %1").arg(options.value(UserIdOption).toInt());
        parts << employeesFound(options) << timeout;
        return parts.join(QStringLiteral(" · "));
    }
    //: %1 the timeout
    return tr("Batches of up to %n event(s) · %1", nullptr, options.value(BatchSizeOption).toInt(DefaultBatchSize))
        .arg(timeout);
}

QString IntegrationText::versionName(const QString &method)
{
    if (method == ErpnextV13Method)
        return tr("ERPNext v13");
    return tr("Frappe HR v14 and later");
}

QString IntegrationText::odooApiName(const QString &api)
{
    if (api == Json2Api)
        return tr("Odoo 19 and later (JSON-2)");
    return tr("Odoo 17 and 18 (JSON-RPC)");
}

QString IntegrationText::employeeMatchName(const QString &match)
{
    if (match == PinMatch)
        //: the PIN on the employee's HR settings in Odoo
        return tr("PIN");
    if (match == MapMatch)
        return tr("A table of their own");
    //: the Badge ID on the employee's HR settings in Odoo
    return tr("Badge ID");
}

QString IntegrationText::sendsNoUserChanges(const QString &kind)
{
    //: %1 the kind of destination
    return tr("%1 receives punches and corrections, not changes of employees.").arg(kindName(kind));
}

QString IntegrationText::eventName(storage::OutboxEvent event)
{
    switch (event) {
    case storage::OutboxEvent::Punch: return tr("Punch");
    case storage::OutboxEvent::Correction: return tr("Correction");
    case storage::OutboxEvent::UserChange: return tr("Change of an employee");
    }
    return {};
}

QString IntegrationText::subjectHint(storage::OutboxEvent event)
{
    switch (event) {
    case storage::OutboxEvent::Punch: return tr("The punch's number, as the webhook's punch_id");
    case storage::OutboxEvent::Correction: return tr("The correction's number");
    case storage::OutboxEvent::UserChange: return tr("The number of the change's record in the audit trail");
    }
    return {};
}

QString IntegrationText::statusName(storage::OutboxStatus status)
{
    switch (status) {
    case storage::OutboxStatus::Pending: return tr("Pending");
    case storage::OutboxStatus::Delivered: return tr("Delivered");
    case storage::OutboxStatus::Failed: return tr("Failed");
    case storage::OutboxStatus::Parked: return tr("Parked");
    }
    return {};
}

StatusTone IntegrationText::statusTone(storage::OutboxStatus status)
{
    switch (status) {
    case storage::OutboxStatus::Pending: return StatusTone::Waiting;
    case storage::OutboxStatus::Delivered: return StatusTone::Good;
    case storage::OutboxStatus::Failed: return StatusTone::Bad;
    case storage::OutboxStatus::Parked: break;
    }
    return StatusTone::Inactive;
}

QString IntegrationText::refusal(const services::Outcome &outcome, const QString &name, const QString &keyFile)
{
    if (outcome.status != services::Outcome::Status::Refused)
        return OutcomeText::general(outcome);
    const QString &option = outcome.subject;
    switch (outcome.error<IntegrationError>()) {
    case IntegrationError::EmptyName: return tr("A destination needs a name of at most 100 characters.");
    case IntegrationError::NameTaken: return tr("There is already a destination called \"%1\".").arg(name.trimmed());
    case IntegrationError::UnknownKind: return tr("Choose the kind: a webhook, Frappe HR · ERPNext or Odoo.");
    case IntegrationError::BadUrl:
        return tr("\"%1\" is not an address beginning with http:// or https:// and naming a server, without a user "
                  "name or password in it.")
            .arg(option);
    case IntegrationError::InsecureUrl:
        return tr("\"%1\" would send the API key in clear across the network: use https://.").arg(option);
    case IntegrationError::SecretMissing:
        return tr("A secret is needed: the webhook's signing secret (Generate makes one), the API secret of the "
                  "Frappe HR user, or the API key of the Odoo user.");
    case IntegrationError::OptionMissing:
        if (option == ApiKeyOption)
            return tr("Enter the API key of the Frappe HR user Punchclock signs in as (User → API Access).");
        if (option == DatabaseOption)
            return tr("Enter the name of the Odoo database: Odoo 17 and 18 (JSON-RPC) need it.");
        if (option == UserIdOption)
            return tr("Enter the number of the Odoo user the API key belongs to.");
        return tr("The option %1 is needed.").arg(option);
    case IntegrationError::BadOption:
        if (option == TimeoutOption)
            return tr("The timeout is a whole number of seconds from 1 to 120.");
        if (option == BatchSizeOption)
            return tr("The batch size is a whole number of events from 1 to 500.");
        if (option == MethodOption)
            return tr("Choose the version: Frappe HR v14 and later, or ERPNext v13.");
        if (option == EmployeeFieldOption)
            return tr("Name the field of Employee that holds the terminal's user number (attendance_device_id "
                      "unless yours is another).");
        if (option == OdooApiOption)
            return tr("Choose the version: Odoo 17 and 18 (JSON-RPC), or Odoo 19 and later (JSON-2).");
        if (option == UserIdOption)
            return tr("The Odoo user is a whole number from 1: the user the API key belongs to.");
        if (option == EmployeeMatchOption)
            return tr("Choose how employees are found in Odoo: by Badge ID, by PIN or by a table of their own.");
        if (option == EmployeeMapOption)
            return tr("Fill in the table of employees: each user number of the terminals once, with the number of "
                      "its employee in Odoo (a whole number from 1).");
        if (option == QLatin1String("events"))
            return tr("This kind of destination receives punches and corrections, not changes of employees.");
        if (option == QLatin1String("kind"))
            return tr("A destination keeps its kind: add another one for the other kind.");
        if (option == QLatin1String("from"))
            return tr("Choose the day to send again from.");
        //: %1 the option's name, %2 what it accepts (in English, from the server)
        return tr("The option %1 is not accepted: %2").arg(option, outcome.detail);
    case IntegrationError::NothingToSend:
        return tr("Choose what it receives: punches, corrections or changes of employees.");
    case IntegrationError::NoKeyFile:
        if (!outcome.detail.isEmpty())
            //: %1 why, in English from the server ("cannot create the key file …: Permission denied")
            return tr("The secret cannot be sealed: %1.").arg(outcome.detail);
        return tr("The secret cannot be sealed: the key file %1 cannot be used.")
            .arg(QDir::toNativeSeparators(keyFile));
    case IntegrationError::None: break;
    }
    return tr("The change was refused.");
}

} // namespace punchclock::ui
