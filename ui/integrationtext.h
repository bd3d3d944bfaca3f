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

    // "Webhook", "Frappe HR · ERPNext"; an unknown kind as stored.
    static QString kindName(const QString &kind);
    // "Punches, corrections and changes of employees", in the language's list form.
    static QString receives(const storage::DestinationRow &destination);
    // How it sends: "Batches of up to 50 events · timeout 10 s", "Frappe HR v14 and later · …".
    static QString settings(const storage::DestinationRow &destination);
    // "Frappe HR v14 and later", "ERPNext v13".
    static QString versionName(const QString &method);
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
