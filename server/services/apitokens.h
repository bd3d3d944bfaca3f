#pragma once

#include "actor.h"
#include "outcome.h"

#include "apitokenrepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::services {

// What a token may do: reads only; the rights of an operator (terminals, users, jobs and
// operations); or everything, as an administrator.
enum class ApiScope { Read, ReadWrite, Admin };

QString apiScopeName(ApiScope scope); // "read", "read_write", "admin"
std::optional<ApiScope> apiScopeFromName(const QString &name);

// Why a token change was refused (Outcome::refusal).
enum class ApiTokenError {
    None,
    EmptyName,
    ExpiryPassed, // an expiry that is not in the future
    NoSuchDepartment,
    AdminOfADepartment, // the admin scope is the whole site's, never one department's
    AlreadyRevoked,
};

struct NewApiToken
{
    QString name;
    ApiScope scope = ApiScope::Read;
    std::optional<qint64> departmentId; // only this department's employees
    QDateTime expiresAt;                // invalid: never
};

// The tokens of the REST API. A token is "pct_<public id>_<secret>": shown once when made, and
// stored only as the public id with the SHA-256 of the secret. Making and revoking one is
// managing access (Permission::ManageOperators), recorded in the audit trail; a request made
// with it acts as the token (ActorKind::Api, named "token:NAME").
class ApiTokens
{
public:
    enum class Refusal {
        None,
        Malformed, // not a Punchclock token at all
        Unknown,   // no such token, or its secret does not match
        Revoked,
        Expired,
    };
    struct Authentication
    {
        std::optional<Actor> actor; // the token's, when it may be used
        Refusal refusal = Refusal::None;
        qint64 tokenId = 0;
    };

    explicit ApiTokens(QSqlDatabase db);

    // The new token in *token (to be shown once); Outcome::id is its id.
    Outcome create(const Actor &actor, const NewApiToken &token, QString *secretToken);
    Outcome revoke(const Actor &actor, qint64 tokenId);

    // Who a request presenting `presented` acts as, at `now`; `origin` is where it came from
    // ("api from 192.0.2.7"). Compares the secret's hash in constant time.
    Authentication authenticate(const QString &presented, const QString &origin,
                                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The actor a token acts as: its scope's role, its department.
    static Actor actorFor(const storage::ApiTokenRow &token, const QString &origin);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
