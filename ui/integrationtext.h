#pragma once

#include "statustone.h"

#include "outcome.h"

#include "destinationrepository.h"
#include "outboxrepository.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// The words of the Integrations page and the destination dialog (docs/integrations.md): the
// kinds, what a destination receives, the outbox's statuses, and why services::IntegrationAdmin
// refused, naming the field or option it named, as the command line does in English.
class IntegrationText
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationText)

public:
    static inline const QString Webhook = QStringLiteral("webhook");
    static inline const QString Erpnext = QStringLiteral("erpnext");
    static inline const QString Odoo = QStringLiteral("odoo");
    // The options the dialog sets, and what the deliverer (server/integrations) takes when one
    // is not set.
    static inline const QString TimeoutOption = QStringLiteral("timeout_s");
    static constexpr int DefaultTimeoutSeconds = 10;
    static inline const QString BatchSizeOption = QStringLiteral("batch_size");
    static constexpr int DefaultBatchSize = 50;
    static inline const QString ApiKeyOption = QStringLiteral("api_key");
    static inline const QString MethodOption = QStringLiteral("method");
    static inline const QString HrmsMethod = QStringLiteral("hrms");          // Frappe HR v14 and later
    static inline const QString ErpnextV13Method = QStringLiteral("erpnext"); // ERPNext v13
    static inline const QString EmployeeFieldOption = QStringLiteral("employee_fieldname");
    static inline const QString DefaultEmployeeField = QStringLiteral("attendance_device_id");
    static inline const QString OdooApiOption = QStringLiteral("api");
    static inline const QString JsonRpcApi = QStringLiteral("jsonrpc"); // Odoo 17 and 18, the default
    static inline const QString Json2Api = QStringLiteral("json2");     // Odoo 19 and later
    static inline const QString DatabaseOption = QStringLiteral("database");
    static inline const QString UserIdOption = QStringLiteral("user_id"); // JSON-RPC only
    static inline const QString EmployeeMatchOption = QStringLiteral("employee_match");
    static inline const QString BadgeMatch = QStringLiteral("barcode"); // the employee's Badge ID, the default
    static inline const QString PinMatch = QStringLiteral("pin");
    static inline const QString MapMatch = QStringLiteral("map"); // by the table employee_map
    static inline const QString EmployeeMapOption = QStringLiteral("employee_map");

    // "Webhook", "Frappe HR · ERPNext", "Odoo"; an unknown kind as stored.
    static QString kindName(const QString &kind);
    // "Punches, corrections and changes of employees", in the language's list form.
    static QString receives(const storage::DestinationRow &destination);
    // How it sends: "Batches of up to 50 events · timeout 10 s", "Frappe HR v14 and later · …",
    // "Odoo 17 and 18 (JSON-RPC) · database prod · user 6 · employees by Badge ID · timeout 10 s".
    static QString settings(const storage::DestinationRow &destination);
    // "Frappe HR v14 and later", "ERPNext v13".
    static QString versionName(const QString &method);
    // "Odoo 17 and 18 (JSON-RPC)", "Odoo 19 and later (JSON-2)".
    static QString odooApiName(const QString &api);
    // How a terminal's user is found among Odoo's employees: "Badge ID", "PIN", "A table of their own".
    static QString employeeMatchName(const QString &match);
    // Why a kind that makes attendance records has no box for changes of employees.
    static QString sendsNoUserChanges(const QString &kind);
    static QString eventName(storage::OutboxEvent event);
    // Whose id the subject is: "The punch's number on the Punches page", …
    static QString subjectHint(storage::OutboxEvent event);
    static QString statusName(storage::OutboxStatus status);
    static StatusTone statusTone(storage::OutboxStatus status);
    // Why the change was not made: a refusal of IntegrationAdmin (`name` as typed, for "already
    // taken"; `keyFile`, for a secret that cannot be sealed), else as OutcomeText::general.
    static QString refusal(const services::Outcome &outcome, const QString &name = {}, const QString &keyFile = {});
};

} // namespace punchclock::ui
