#pragma once

#include "odooattendancerepository.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::integrations {

// One interval of work as Odoo keeps it: UTC "YYYY-MM-DD hh:mm:ss", check_out empty while open.
struct OdooInterval
{
    QString checkIn;
    QString checkOut;
};

// What to do in Odoo so that one working day's records match its intervals.
struct OdooChange
{
    enum class Kind { Unlink, Write, Create };
    Kind kind = Kind::Create;
    int position = 0;
    qint64 recordId = 0;   // Unlink, Write
    OdooInterval interval; // Write, Create
};

// The intervals of an employee's working day by Punchclock's attendance rules, as the reports
// pair them: every complete in→out pair, and an arrival still waiting for its departure. Wall
// times become UTC through the site's zone. nullopt when they cannot be calculated.
std::optional<QList<OdooInterval>> odooIntervals(const QSqlDatabase &db, const QString &userId, QDate workDate);

// The changes from what Odoo holds (`kept`, by position) to `intervals`: surplus records
// removed first, then a kept one written where it differs, then the new ones made, so that
// Odoo never sees two open records or an overlap it would refuse on the way. When more than one
// kept record would change, they are removed and made again: moved one by one, the first could
// land on the second's old place.
QList<OdooChange> odooChanges(const QList<OdooInterval> &intervals, const QList<storage::OdooAttendanceRow> &kept);

// The working days an event may change: the punch's (and for a move or a void, its former)
// calendar day and the day before, where a night shift's departure belongs.
QList<QDate> odooDaysOf(const QString &wallTime, const QString &previousWallTime);

} // namespace punchclock::integrations
