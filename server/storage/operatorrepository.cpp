#include "operatorrepository.h"

#include "sqlsupport.h"
#include "writetransaction.h"

#include <QHash>

namespace punchclock::storage {

namespace {

QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

OperatorRepository::OperatorRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<OperatorRow> OperatorRepository::read(const QString &where, const QVariantList &values) const
{
    QList<OperatorRow> rows;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT id, name, password_hash, role, all_departments, disabled, created_at, created_by, "
                             "password_changed_at, failed_sign_ins, last_failed_at FROM operators ")
                  + where,
              values))
        return rows;
    while (query.next()) {
        OperatorRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.passwordHash = query.value(2).toString();
        row.role = query.value(3).toString();
        row.allDepartments = query.value(4).toInt() != 0;
        row.disabled = query.value(5).toInt() != 0;
        row.createdAt = utcFrom(query.value(6));
        row.createdBy = query.value(7).toString();
        row.passwordChangedAt = utcFrom(query.value(8));
        row.failedSignIns = query.value(9).toInt();
        row.lastFailedAt = utcFrom(query.value(10));
        rows.append(row);
    }
    if (!exec(query, QStringLiteral("SELECT operator_id, department_id FROM operator_departments")))
        return rows;
    QHash<qint64, QSet<qint64>> departments;
    while (query.next())
        departments[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
    for (OperatorRow &row : rows)
        row.departments = departments.value(row.id);
    return rows;
}

QList<OperatorRow> OperatorRepository::list() const
{
    return read(QStringLiteral("ORDER BY name"), {});
}

std::optional<OperatorRow> OperatorRepository::find(qint64 id) const
{
    const QList<OperatorRow> rows = read(QStringLiteral("WHERE id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<OperatorRow>(rows.first());
}

std::optional<OperatorRow> OperatorRepository::findByName(const QString &name) const
{
    const QList<OperatorRow> rows = read(QStringLiteral("WHERE lower(name) = lower(?)"), {name.trimmed()});
    return rows.isEmpty() ? std::nullopt : std::optional<OperatorRow>(rows.first());
}

int OperatorRepository::count() const
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("SELECT COUNT(*) FROM operators")) && query.next() ? query.value(0).toInt() : -1;
}

int OperatorRepository::activeAdministrators() const
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("SELECT COUNT(*) FROM operators WHERE role = 'administrator' AND disabled = 0")) &&
            query.next()
        ? query.value(0).toInt()
        : -1;
}

std::optional<qint64> OperatorRepository::create(const OperatorRow &row)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return std::nullopt;
    const QString now = utcNowText();
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO operators (name, password_hash, role, all_departments, disabled, created_at, "
                             "created_by, password_changed_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?) RETURNING id"),
              {row.name.trimmed(), row.passwordHash, row.role, row.allDepartments ? 1 : 0, now, row.createdBy, now}) ||
        !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (!writeDepartments(id, row.departments) || !transaction.commit())
        return std::nullopt;
    return id;
}

bool OperatorRepository::writeDepartments(qint64 id, const QSet<qint64> &departments)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("DELETE FROM operator_departments WHERE operator_id = ?"), {id}))
        return false;
    for (qint64 department : departments) {
        if (!exec(query, QStringLiteral("INSERT INTO operator_departments (operator_id, department_id) VALUES (?, ?)"),
                  {id, department}))
            return false;
    }
    return true;
}

bool OperatorRepository::setPasswordHash(qint64 id, const QString &hash)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("UPDATE operators SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
                {hash, utcNowText(), id}) &&
        query.numRowsAffected() == 1;
}

bool OperatorRepository::setDisabled(qint64 id, bool disabled)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("UPDATE operators SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, id}) &&
        query.numRowsAffected() == 1;
}

bool OperatorRepository::setRole(qint64 id, const QString &role, bool allDepartments, const QSet<qint64> &departments)
{
    WriteTransaction transaction(m_db);
    QSqlQuery query(m_db);
    return transaction.isActive() &&
        exec(query, QStringLiteral("UPDATE operators SET role = ?, all_departments = ? WHERE id = ?"),
             {role, allDepartments ? 1 : 0, id}) &&
        query.numRowsAffected() == 1 && writeDepartments(id, allDepartments ? QSet<qint64>{} : departments) &&
        transaction.commit();
}

bool OperatorRepository::recordFailedSignIn(qint64 id)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE operators SET failed_sign_ins = failed_sign_ins + 1, last_failed_at = ? WHERE id = ?"),
                {utcNowText(), id});
}

bool OperatorRepository::clearFailedSignIns(qint64 id)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("UPDATE operators SET failed_sign_ins = 0, last_failed_at = NULL WHERE id = ?"),
                {id});
}

} // namespace punchclock::storage
