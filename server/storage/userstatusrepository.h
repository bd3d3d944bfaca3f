#pragma once

#include "storewrite.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

// One Disable or Enable of an employee (user_status_changes).
struct UserStatusChange
{
    qint64 id = 0;
    QString userId;
    bool enabled = true;
    QDate effectiveFrom; // the site's date from which it counts
    QString changedBy;
    QDateTime changedAt; // UTC
};

// When employees were disabled (leavers) and enabled again, for the reports and the Users page.
// users.enabled holds the state now (UserRepository::setEnabled); this keeps from when.
class UserStatusRepository
{
public:
    explicit UserStatusRepository(QSqlDatabase db);

    PUNCHCLOCK_STORE_WRITE bool record(const QString &userId, bool enabled, QDate effectiveFrom,
                                       const QString &changedBy);

    // The user's changes, newest first.
    QList<UserStatusChange> history(const QString &userId) const;
    // Everyone's, by user, each list by effective date (and on one date in the order made);
    // nullopt when the database could not be read.
    std::optional<QHash<QString, QList<UserStatusChange>>> all() const;

private:
    std::optional<QList<UserStatusChange>> read(const QString &where, const QVariantList &values, const QString &order) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
