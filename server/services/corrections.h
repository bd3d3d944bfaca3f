#pragma once

#include "actor.h"
#include "outcome.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace punchclock::services {

// Corrections of punches, as the append-only correction log keeps them
// (PunchCorrectionRepository), each also in the audit trail: Permission::CorrectPunches for the
// employee's department. Refusals are storage::CorrectionError; a closed period carries its row.
class Corrections
{
public:
    explicit Corrections(QSqlDatabase db);

    Outcome addPunch(const Actor &actor, const QString &userId, const QDateTime &ioTime, const QString &direction,
                     const QString &reason); // id: the correction
    Outcome voidPunch(const Actor &actor, qint64 punchId, const QString &reason);
    Outcome movePunch(const Actor &actor, qint64 punchId, const QDateTime &ioTime, const QString &direction,
                      const QString &reason);
    Outcome revoke(const Actor &actor, qint64 correctionId, const QString &reason);
    // A punch added by hand moves as one step: its addition revoked and the new one added.
    Outcome moveAddedPunch(const Actor &actor, qint64 correctionId, const QDateTime &ioTime, const QString &direction,
                           const QString &reason);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
