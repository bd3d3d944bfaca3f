#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace punchclock::services {

// A name a queued job sends to a terminal known to keep fewer characters (terminals.name_limit,
// learned when a read-back showed it cut one), so the operator hears it before the terminal does.
struct NameCut
{
    qint64 jobId = 0;
    QString devId;
    QString terminal; // its name, or the dev_id when it has none
    int limit = 0;
    QString name;
    QString kept; // the first `limit` characters
};

// The cuts among these jobs' SET_USER_NAME and SET_USER_INFO; none where no limit is known.
QList<NameCut> knownNameCuts(const QSqlDatabase &db, const QList<qint64> &jobIds);

} // namespace punchclock::services
