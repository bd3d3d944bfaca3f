#pragma once

#include "actor.h"
#include "outcome.h"

#include "userenrollment.h"

#include <QSqlDatabase>

namespace punchclock::services {

// An employee as the console's editor saves them: the whole record (name, privilege, photo,
// credentials) and their department, named (created when new). Permission::ManageUsers for
// the departments they leave and join; a new department also needs ManageDepartments. The
// audit record names what changed, never a credential's data.
class UserAdmin
{
public:
    explicit UserAdmin(QSqlDatabase db);

    Outcome save(const Actor &actor, const protocol::UserEnrollment &user, const QString &departmentName);
    // One credential imported from a file (a template, a card number, a password).
    Outcome storeCredential(const Actor &actor, const QString &userId, int backupNumber, const QByteArray &data);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
