#pragma once

#include "actor.h"
#include "outcome.h"

#include "keypadlogrepository.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::services {

// Reads of the terminals' administrator logs (what managers did at the keypads), with the
// reader's rights: they name who enrolled and deleted whom, so they are for operators and above
// (Permission::ViewKeypadActivity). Downloading them is a command (GET_SLOG_DATA, CommandService).
class KeypadLogReader
{
public:
    explicit KeypadLogReader(QSqlDatabase db);

    // Newest first; nullopt, with the reason in *why, when the actor may not read them or the
    // database refused.
    std::optional<QList<storage::KeypadLogRow>> entries(const Actor &actor, const storage::KeypadLogFilter &filter,
                                                        Outcome *why = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::services
