#pragma once

#include "outcome.h"

#include <QList>
#include <QString>

namespace punchclock::services {

// What an operation on several employees at once came to for each of them, in the order asked:
// a person the actor may not change is NotAllowed (with the department), never left out.
struct PersonOutcome
{
    QString userId;
    Outcome outcome;
};

using PersonOutcomes = QList<PersonOutcome>;

// The same outcome for everyone: a whole call that failed (the database, a closed period).
inline PersonOutcomes sameOutcomeForAll(const QStringList &userIds, const Outcome &outcome)
{
    PersonOutcomes outcomes;
    outcomes.reserve(userIds.size());
    for (const QString &userId : userIds)
        outcomes.append({userId, outcome});
    return outcomes;
}

} // namespace punchclock::services
