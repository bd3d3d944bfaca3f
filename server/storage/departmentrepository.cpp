#include "departmentrepository.h"

namespace punchclock::storage {

DepartmentRepository::DepartmentRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(db)
{
}

QList<DepartmentRow> DepartmentRepository::list() const
{
    QList<DepartmentRow> rows;
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT d.id, d.name, COUNT(u.user_id) FROM departments d "
                       "LEFT JOIN users u ON u.department_id = d.id GROUP BY d.id, d.name ORDER BY d.name"));
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return rows;
}

std::optional<qint64> DepartmentRepository::create(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()
        || !m_statements
                .run(QStringLiteral("INSERT INTO departments (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                     {trimmed})
                .ok())
        return std::nullopt;
    StatementCache::Handle query = m_statements.run(QStringLiteral("SELECT id FROM departments WHERE name = ?"),
                                                    {trimmed});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool DepartmentRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("UPDATE departments SET name = ? WHERE id = ?"), {trimmed, id});
    return query.ok() && query.numRowsAffected() == 1;
}

bool DepartmentRepository::remove(qint64 id)
{
    // Explicitly, so that a connection without foreign keys enforced leaves no dangling ids.
    return m_statements.run(QStringLiteral("UPDATE users SET department_id = NULL WHERE department_id = ?"), {id}).ok()
        && m_statements.run(QStringLiteral("DELETE FROM departments WHERE id = ?"), {id}).ok();
}

bool DepartmentRepository::assign(const QString &userId, std::optional<qint64> departmentId)
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("UPDATE users SET department_id = ?, updated_at = ? WHERE user_id = ?"),
                         {departmentId ? QVariant(*departmentId) : QVariant(), utcNowText(), userId});
    return query.ok() && query.numRowsAffected() == 1;
}

} // namespace punchclock::storage
