#include "odooattendancerepository.h"

#include "sqlsupport.h"

namespace punchclock::storage {

OdooAttendanceRepository::OdooAttendanceRepository(QSqlDatabase db, qint64 destinationId)
    : m_db(std::move(db))
    , m_destinationId(destinationId)
{}

std::optional<QList<OdooAttendanceRow>> OdooAttendanceRepository::day(const QString &userId, QDate workDate) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT position, record_id, check_in, check_out FROM odoo_attendances "
                             "WHERE destination_id = ? AND user_id = ? AND work_date = ? ORDER BY position"),
              {m_destinationId, userId, workDate.toString(Qt::ISODate)}))
        return std::nullopt;
    QList<OdooAttendanceRow> rows;
    while (query.next())
        rows.append({query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString()});
    return rows;
}

bool OdooAttendanceRepository::keep(const QString &userId, QDate workDate, const OdooAttendanceRow &row)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("INSERT INTO odoo_attendances (destination_id, user_id, work_date, position, record_id, "
                               "check_in, check_out) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (destination_id, user_id, work_date, position) DO UPDATE SET "
                               "record_id = excluded.record_id, check_in = excluded.check_in, "
                               "check_out = excluded.check_out"),
                {m_destinationId, userId, workDate.toString(Qt::ISODate), row.position, row.recordId, row.checkIn,
                 row.checkOut});
}

bool OdooAttendanceRepository::forget(const QString &userId, QDate workDate, int position)
{
    QSqlQuery query(m_db);
    return exec(
        query,
        QStringLiteral("DELETE FROM odoo_attendances WHERE destination_id = ? AND user_id = ? AND work_date = ? "
                       "AND position = ?"),
        {m_destinationId, userId, workDate.toString(Qt::ISODate), position});
}

bool OdooAttendanceRepository::forgetAll()
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("DELETE FROM odoo_attendances WHERE destination_id = ?"), {m_destinationId});
}

} // namespace punchclock::storage
