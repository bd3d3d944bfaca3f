#include "keypadlogreader.h"

#include "servicecall.h"

namespace punchclock::services {

KeypadLogReader::KeypadLogReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<QList<storage::KeypadLogRow>>
KeypadLogReader::entries(const Actor &actor, const storage::KeypadLogFilter &filter, Outcome *why) const
{
    Outcome outcome;
    std::optional<QList<storage::KeypadLogRow>> rows;
    if (!allows(actor, Permission::ViewKeypadActivity)) {
        outcome = notAllowed(m_db, Permission::ViewKeypadActivity);
    } else {
        bool ok = false;
        rows = storage::KeypadLogRepository(m_db).list(filter, &ok);
        if (!ok) {
            rows.reset();
            outcome = Outcome::storage();
        }
    }
    if (why)
        *why = outcome;
    return rows;
}

} // namespace punchclock::services
