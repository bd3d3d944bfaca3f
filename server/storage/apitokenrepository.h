#pragma once

#include "storewrite.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

// A token of the REST API (api_tokens, migration 017), without its secret.
struct ApiTokenRow
{
    qint64 id = 0;
    QString publicId;   // "pc_…": the part of the token that names it
    QString secretHash; // hex SHA-256 of the secret part
    QString name;
    QString scope; // "read", "read_write", "admin"
    std::optional<qint64> departmentId;
    QDateTime createdAt;
    QString createdBy;
    QDateTime expiresAt; // invalid: never
    QDateTime revokedAt; // invalid: in force
    QDateTime lastUsedAt;
};

class ApiTokenRepository
{
public:
    explicit ApiTokenRepository(QSqlDatabase db);

    QList<ApiTokenRow> list() const; // newest first
    std::optional<ApiTokenRow> find(qint64 id) const;
    std::optional<ApiTokenRow> findByPublicId(const QString &publicId) const;

    PUNCHCLOCK_STORE_WRITE std::optional<qint64> insert(const ApiTokenRow &row);
    PUNCHCLOCK_STORE_WRITE bool revoke(qint64 id);
    // The department is going: its tokens are revoked and keep none (a token without one would
    // cover everyone). The tokens revoked, or nullopt.
    PUNCHCLOCK_STORE_WRITE std::optional<QList<ApiTokenRow>> revokeForDepartment(qint64 departmentId);
    // Noted at most once a minute per token: a busy client must not turn every read into a write.
    PUNCHCLOCK_STORE_WRITE bool noteUse(qint64 id, const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
