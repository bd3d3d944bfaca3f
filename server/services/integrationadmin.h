#pragma once

#include "actor.h"
#include "outcome.h"

#include "destinationrepository.h"
#include "outboxrepository.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::services {

class SecretBox;

// Why a destination change was refused (Outcome::refusal).
enum class IntegrationError {
    None,
    EmptyName,
    NameTaken,
    UnknownKind,   // not "webhook", "erpnext" or "odoo"
    BadUrl,        // not an http(s) address with a host, or one with a user name or password in it
    InsecureUrl,   // http:// to another machine for a kind whose key goes with every request
    SecretMissing, // a webhook signs with one; ERPNext authenticates with one
    OptionMissing, // Outcome::subject names it (ERPNext's api_key)
    BadOption,     // Outcome::subject names it, Outcome::detail says why
    NothingToSend, // no kind of event chosen
    NoKeyFile,     // the secret cannot be sealed: Outcome::detail has the key file's error
};

// What a destination is to be; the delivery state is the worker's.
struct DestinationSettings
{
    QString name;
    QString kind; // "webhook", "erpnext", "odoo"
    QString url;  // a webhook's address; an ERPNext or Odoo site's base address
    QJsonObject options;
    std::optional<QString> secret; // in clear, sealed before it is stored; nullopt: keep the stored one
    bool sendsPunches = true;
    bool sendsCorrections = false;
    bool sendsUserChanges = false;
    bool enabled = true;
};

// The systems punches are delivered to: adding, changing and removing them, and sending again
// what failed. All of it is a change of settings (Permission::ChangeSettings), recorded in
// the audit trail without the secret.
class IntegrationAdmin
{
public:
    IntegrationAdmin(QSqlDatabase db, const SecretBox *box);

    Outcome add(const Actor &actor, const DestinationSettings &settings); // id: the destination
    Outcome change(const Actor &actor, qint64 destinationId, const DestinationSettings &settings);
    Outcome remove(const Actor &actor, qint64 destinationId);
    // Sets its failed and parked events (as chosen) pending again and ends the wait after
    // failures: id is how many were set pending.
    Outcome retry(const Actor &actor, qint64 destinationId, const QList<storage::OutboxStatus> &statuses);
    // Queues again everything it sends from `from` on, delivered or not: id is how many.
    Outcome replay(const Actor &actor, qint64 destinationId, QDate from);

    // What a destination is now, its secret kept (nullopt): the start of a change.
    static DestinationSettings settingsOf(const storage::DestinationRow &row);
    // The options a kind knows, with their defaults filled in; a refusal names the option.
    static Outcome checkSettings(const DestinationSettings &settings, bool hasStoredSecret);

private:
    QSqlDatabase m_db;
    const SecretBox *m_box;
};

} // namespace punchclock::services
