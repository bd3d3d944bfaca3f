#pragma once

#include "punchrepository.h"
#include "terminalrepository.h"

#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace punchclock::engine {

class ContactRecorder;

// The realtime punches of one transaction, written together: a few multi-row statements
// instead of two statements per punch, each of which is a round trip on PostgreSQL. A punch
// the database refuses must not cost the others their answer, so when the statements fail
// they are rolled back and the punches written again one by one, each in its own savepoint.
class PunchBatch
{
public:
    using Outcome = storage::PunchRepository::InsertOutcome;

    struct Entry
    {
        storage::TerminalContact contact;
        bool terminalKnown = false; // its row existed before the request
        storage::NewPunch punch;
        std::function<void(Outcome)> done; // Failed when not committed
    };

    void add(Entry entry) { m_entries.push_back(std::move(entry)); }

    // The TransactionBatcher's work, inside its transaction; may run twice. False only when
    // the transaction itself is broken.
    bool write(QSqlDatabase &db, ContactRecorder &contacts, storage::PunchRepository &punches);
    // The TransactionBatcher's done: answers every punch.
    void finish(bool committed);

private:
    bool writeTogether(ContactRecorder &contacts, storage::PunchRepository &punches);
    bool writeOneByOne(QSqlDatabase &db, ContactRecorder &contacts, storage::PunchRepository &punches);

    std::vector<Entry> m_entries;
    QList<Outcome> m_outcomes;
};

} // namespace punchclock::engine
