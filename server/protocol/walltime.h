#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// Terminal clocks (io_time, fk_time, SET_TIME) are the site's wall clock with no zone
// (protocol.md §11.3). They are held in a QDateTime with Qt::UTC purely as a zone-less
// container and are never converted: shifting them through a zone is how other servers
// moved punches by hours.
namespace punchclock::protocol::walltime {

QDateTime make(QDate date, QTime time);

// "YYYYMMDDhhmmss"; an invalid QDateTime for anything else.
QDateTime fromProtocol(const QString &text);
QString toProtocol(const QDateTime &wallTime);

// "YYYY-MM-DD hh:mm:ss", the form kept in the database (sorts as text, portable).
QString toStorage(const QDateTime &wallTime);
QDateTime fromStorage(const QString &text);

// The current wall clock of a site in the given zone.
QDateTime now(const QTimeZone &siteZone);

} // namespace punchclock::protocol::walltime
