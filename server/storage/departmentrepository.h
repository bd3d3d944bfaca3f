#pragma once

#include "storewrite.h"

#include "sqlsupport.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

struct DepartmentRow
{
    qint64 id = 0;
    QString name;
    int userCount = 0;
};

// Departments the operator groups users by; reports read them. Names are unique.
class DepartmentRepository
{
public:
    explicit DepartmentRepository(QSqlDatabase db);

    QList<DepartmentRow> list() const; // by name
    // The department of that name, created when there is none yet; nullopt for an empty name
    // or when the database refuses.
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> create(const QString &name);
    // False when the name is empty or taken by another department.
    PUNCHCLOCK_STORE_WRITE bool rename(qint64 id, const QString &name);
    // Its users are left without a department (the foreign key sets NULL).
    PUNCHCLOCK_STORE_WRITE bool remove(qint64 id);
    // nullopt: the user belongs to no department. False for an unknown user.
    PUNCHCLOCK_STORE_WRITE bool assign(const QString &userId, std::optional<qint64> departmentId);

private:
    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace punchclock::storage
