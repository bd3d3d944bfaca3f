#include "reportchanges.h"

#include "sqlsupport.h"

#include <QSqlQuery>

namespace punchclock::storage {

namespace {

// io_time is "YYYY-MM-DD hh:mm:ss": the days' bounds compare as text.
QVariantList dayBounds(const ReportScope &scope)
{
    return {scope.from.toString(Qt::ISODate), scope.to.addDays(1).toString(Qt::ISODate)};
}

qint64 count(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!exec(query, sql, values) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

ReportChanges::ReportChanges(QSqlDatabase db)
    : m_db(db)
{}

ReportChanges::Mark ReportChanges::mark() const
{
    return {count(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM punches"), {}),
            count(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM punch_corrections"), {}),
            count(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"), {})};
}

QString ReportChanges::people(const ReportScope &scope, const char *userColumn, QVariantList &values) const
{
    QString sql;
    const QLatin1String column(userColumn);
    if (!scope.userId.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(column);
        values << scope.userId;
    } else if (scope.departmentId) {
        sql += QStringLiteral(" AND %1 IN (SELECT user_id FROM users WHERE department_id = ?)").arg(column);
        values << *scope.departmentId;
    }
    if (scope.departmentScope) {
        QStringList ids; // numbers, safe in the statement's text
        for (qint64 id : *scope.departmentScope)
            ids << QString::number(id);
        sql += ids.isEmpty() ? QStringLiteral(" AND 0 = 1")
                             : QStringLiteral(" AND %1 IN (SELECT user_id FROM users WHERE department_id IN (%2))")
                                   .arg(column, ids.join(QLatin1Char(',')));
    }
    return sql;
}

int ReportChanges::newPunches(const ReportScope &scope, const Mark &since) const
{
    QVariantList values{since.lastPunchId};
    values << dayBounds(scope);
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM punches WHERE id > ? AND io_time >= ? AND io_time < ?") +
                        people(scope, "user_id", values);
    return int(count(m_db, sql, values));
}

int ReportChanges::newCorrections(const ReportScope &scope, const Mark &since) const
{
    // A correction's punch time: the one it adds or moves to, the one it moved from or voided,
    // or for a revocation the time of the correction it revokes.
    QVariantList values{since.lastCorrectionId};
    values << dayBounds(scope) << dayBounds(scope);
    const QString sql =
        QStringLiteral(
            "SELECT COUNT(*) FROM punch_corrections c "
            "LEFT JOIN punches p ON p.id = c.punch_id "
            "LEFT JOIN punch_corrections r ON r.id = c.revoked_id "
            "WHERE c.id > ? AND ("
            "(COALESCE(c.io_time, r.io_time, p.io_time) >= ? AND COALESCE(c.io_time, r.io_time, p.io_time) < ?) "
            "OR (COALESCE(c.previous_io_time, r.previous_io_time) >= ? "
            "AND COALESCE(c.previous_io_time, r.previous_io_time) < ?))") +
        people(scope, "c.user_id", values);
    return int(count(m_db, sql, values));
}

int ReportChanges::ruleChanges(const Mark &since) const
{
    // The services' action names (server/services); a range of the primary key, so it reads only
    // the records written since.
    const QString sql = QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE id > ? AND ("
        "action IN ('attendance.settings', 'schedule.set', 'schedule.clear', 'holiday.set', 'holiday.remove', "
        "'leave.set', 'leave.remove', 'user.department', 'user.disable', 'user.enable', 'department.remove', "
        "'setting.change', 'backup.restore') OR action LIKE 'shift.%')");
    return int(count(m_db, sql, {since.lastAuditId}));
}

} // namespace punchclock::storage
