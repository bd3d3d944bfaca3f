#include "apitokens.h"

#include "servicecall.h"

#include "departmentrepository.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace punchclock::services {

namespace {

constexpr auto Prefix = "pct_";
constexpr int PublicIdBytes = 8;
constexpr int SecretBytes = 32;

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

QByteArray secretHash(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

QJsonObject auditValue(const storage::ApiTokenRow &row)
{
    QJsonObject value{{QStringLiteral("name"), row.name},
                      {QStringLiteral("scope"), row.scope},
                      {QStringLiteral("public_id"), row.publicId}};
    if (row.departmentId)
        value.insert(QStringLiteral("department_id"), *row.departmentId);
    if (row.expiresAt.isValid())
        value.insert(QStringLiteral("expires_at"), row.expiresAt.toUTC().toString(Qt::ISODate));
    return value;
}

} // namespace

QString apiScopeName(ApiScope scope)
{
    switch (scope) {
    case ApiScope::Read: return QStringLiteral("read");
    case ApiScope::ReadWrite: return QStringLiteral("read_write");
    case ApiScope::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<ApiScope> apiScopeFromName(const QString &name)
{
    for (const ApiScope scope : {ApiScope::Read, ApiScope::ReadWrite, ApiScope::Admin}) {
        if (apiScopeName(scope) == name)
            return scope;
    }
    return std::nullopt;
}

ApiTokens::ApiTokens(QSqlDatabase db)
    : m_db(std::move(db))
{}

Outcome ApiTokens::create(const Actor &actor, const NewApiToken &token, QString *secretToken)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageOperators))
        return call.finish();
    if (token.name.trimmed().isEmpty())
        return call.refuse(Outcome::refused(ApiTokenError::EmptyName));
    // An administrator's rights are not a department's: settings, accounts and personal data
    // are the whole site's.
    if (token.departmentId && token.scope == ApiScope::Admin)
        return call.refuse(Outcome::refused(ApiTokenError::AdminOfADepartment));
    if (sodium_init() < 0)
        return call.refuseStorage();
    if (token.expiresAt.isValid() && token.expiresAt <= QDateTime::currentDateTimeUtc())
        return call.refuse(Outcome::refused(ApiTokenError::ExpiryPassed));
    if (token.departmentId) {
        bool known = false;
        for (const storage::DepartmentRow &department : storage::DepartmentRepository(m_db).list())
            known = known || department.id == *token.departmentId;
        if (!known)
            return call.refuse(Outcome::refused(ApiTokenError::NoSuchDepartment));
    }
    const QByteArray secret =
        randomBytes(SecretBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    storage::ApiTokenRow row;
    row.publicId = QString::fromLatin1(randomBytes(PublicIdBytes).toHex());
    row.secretHash = QString::fromLatin1(secretHash(secret).toHex());
    row.name = token.name.trimmed();
    row.scope = apiScopeName(token.scope);
    row.departmentId = token.departmentId;
    row.createdBy = actor.name;
    row.expiresAt = token.expiresAt;
    const std::optional<qint64> id = storage::ApiTokenRepository(m_db).insert(row);
    if (!id)
        return call.refuseStorage();
    call.outcome().id = *id;
    call.record(QStringLiteral("api_token.create"), QStringLiteral("api_token"), QString::number(*id), {},
                auditValue(row));
    const Outcome outcome = call.finish();
    if (outcome.ok())
        *secretToken = QLatin1String(Prefix) + row.publicId + QLatin1Char('_') + QString::fromLatin1(secret);
    return outcome;
}

Outcome ApiTokens::revoke(const Actor &actor, qint64 tokenId)
{
    ServiceCall call(m_db, actor);
    if (!call.allowed(Permission::ManageOperators))
        return call.finish();
    storage::ApiTokenRepository tokens(m_db);
    const std::optional<storage::ApiTokenRow> row = tokens.find(tokenId);
    if (!row)
        return call.refuse(Outcome::notFound(QString::number(tokenId)));
    if (row->revokedAt.isValid())
        return call.refuse(Outcome::refused(ApiTokenError::AlreadyRevoked));
    if (!tokens.revoke(tokenId))
        return call.refuseStorage();
    call.record(QStringLiteral("api_token.revoke"), QStringLiteral("api_token"), QString::number(tokenId),
                auditValue(*row), {});
    return call.finish();
}

ApiTokens::Authentication ApiTokens::authenticate(const QString &presented, const QString &origin,
                                                  const QDateTime &now) const
{
    Authentication result;
    if (sodium_init() < 0) {
        result.refusal = Refusal::Unknown;
        return result;
    }
    const QStringList parts = presented.split(QLatin1Char('_'));
    // "pct", the public id, the secret (base64url may itself hold '_').
    if (!presented.startsWith(QLatin1String(Prefix)) || parts.size() < 3 || parts.at(1).size() != PublicIdBytes * 2) {
        result.refusal = Refusal::Malformed;
        return result;
    }
    const QByteArray secret = presented.mid(qsizetype(qstrlen(Prefix)) + PublicIdBytes * 2 + 1).toLatin1();
    const std::optional<storage::ApiTokenRow> row = storage::ApiTokenRepository(m_db).findByPublicId(parts.at(1));
    const QByteArray stored = row ? QByteArray::fromHex(row->secretHash.toLatin1()) : QByteArray(32, '\0');
    const QByteArray offered = secretHash(secret);
    const bool matches = stored.size() == offered.size() &&
                         sodium_memcmp(stored.constData(), offered.constData(), size_t(offered.size())) == 0;
    if (!row || !matches) {
        result.refusal = Refusal::Unknown;
        return result;
    }
    result.tokenId = row->id;
    if (row->revokedAt.isValid())
        result.refusal = Refusal::Revoked;
    else if (row->expiresAt.isValid() && row->expiresAt <= now)
        result.refusal = Refusal::Expired;
    else
        result.actor = actorFor(*row, origin);
    return result;
}

Actor ApiTokens::actorFor(const storage::ApiTokenRow &token, const QString &origin)
{
    Actor actor;
    actor.kind = ActorKind::Api;
    actor.name = QStringLiteral("token:") + token.name;
    actor.origin = origin;
    const ApiScope scope = apiScopeFromName(token.scope).value_or(ApiScope::Read);
    actor.role = scope == ApiScope::Admin       ? Role::Administrator
                 : scope == ApiScope::ReadWrite ? Role::Operator
                                                : Role::Viewer;
    actor.allDepartments = !token.departmentId;
    if (token.departmentId)
        actor.departments = {*token.departmentId};
    return actor;
}

} // namespace punchclock::services
