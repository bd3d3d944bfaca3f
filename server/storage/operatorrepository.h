#pragma once

#include "storewrite.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

// A console account. The role is a name ("administrator", …) that the services interpret.
struct OperatorRow
{
    qint64 id = 0;
    QString name;
    QString passwordHash; // crypto_pwhash_str; never the password
    QString role;
    bool allDepartments = true;
    QSet<qint64> departments;
    bool disabled = false;
    QDateTime createdAt;
    QString createdBy;
    QDateTime passwordChangedAt;
    int failedSignIns = 0;
    QDateTime lastFailedAt; // UTC
};

class OperatorRepository
{
public:
    explicit OperatorRepository(QSqlDatabase db);

    QList<OperatorRow> list() const; // by name
    std::optional<OperatorRow> find(qint64 id) const;
    std::optional<OperatorRow> findByName(const QString &name) const; // case-insensitive
    int count() const;               // -1 when the database cannot say
    int activeAdministrators() const;

    PUNCHCLOCK_STORE_WRITE std::optional<qint64> create(const OperatorRow &row);
    PUNCHCLOCK_STORE_WRITE bool setPasswordHash(qint64 id, const QString &hash);
    PUNCHCLOCK_STORE_WRITE bool setDisabled(qint64 id, bool disabled);
    PUNCHCLOCK_STORE_WRITE bool setRole(qint64 id, const QString &role, bool allDepartments, const QSet<qint64> &departments);
    PUNCHCLOCK_STORE_WRITE bool recordFailedSignIn(qint64 id);
    PUNCHCLOCK_STORE_WRITE bool clearFailedSignIns(qint64 id);

private:
    QList<OperatorRow> read(const QString &where, const QVariantList &values) const;
    bool writeDepartments(qint64 id, const QSet<qint64> &departments);

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
