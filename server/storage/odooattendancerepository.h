#pragma once

#include "storewrite.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

// One hr.attendance record Punchclock keeps in an Odoo destination (odoo_attendances).
struct OdooAttendanceRow
{
    int position = 0; // the interval's place in the working day
    qint64 recordId = 0;
    QString checkIn;  // UTC "YYYY-MM-DD hh:mm:ss", as sent
    QString checkOut; // empty: open
};

class OdooAttendanceRepository
{
public:
    OdooAttendanceRepository(QSqlDatabase db, qint64 destinationId);

    // By position; nullopt when the database could not be read.
    std::optional<QList<OdooAttendanceRow>> day(const QString &userId, QDate workDate) const;
    PUNCHCLOCK_STORE_WRITE bool keep(const QString &userId, QDate workDate, const OdooAttendanceRow &row);
    PUNCHCLOCK_STORE_WRITE bool forget(const QString &userId, QDate workDate, int position);
    // Every record of the destination: it now points at another Odoo, where these ids are others'.
    PUNCHCLOCK_STORE_WRITE bool forgetAll();

private:
    QSqlDatabase m_db;
    qint64 m_destinationId;
};

} // namespace punchclock::storage
