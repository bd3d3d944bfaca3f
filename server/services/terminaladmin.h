#pragma once

#include "actor.h"
#include "outcome.h"

#include <QSqlDatabase>

namespace punchclock::services {

// Approval and the per-terminal settings, from the Terminals page, the Dashboard and the CLI
// alike. Needs Permission::ManageTerminals.
class TerminalAdmin
{
public:
    explicit TerminalAdmin(QSqlDatabase db);

    // Approving counts the punches it kept while pending from now on; blocking refuses its next
    // requests and takes nothing already counted away.
    Outcome approve(const Actor &actor, const QString &devId);
    Outcome block(const Actor &actor, const QString &devId);
    // RESET_FK as response_code (false) or as OK + cmd_code (true).
    Outcome setResetAsCommandCode(const Actor &actor, const QString &devId, bool asCommandCode);
    // Only requests from its present address are served (docs/security.md).
    Outcome setAddressPinned(const Actor &actor, const QString &devId, bool pinned);

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
