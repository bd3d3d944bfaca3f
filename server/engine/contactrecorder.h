#pragma once

#include "terminalrepository.h"

#include <QSet>

namespace punchclock::engine {

// Writes a terminal's last contact once per transaction instead of once per request: under a
// burst, one batch holds dozens of punches from the same terminal.
class ContactRecorder
{
public:
    explicit ContactRecorder(storage::TerminalRepository &terminals) : m_terminals(terminals) {}

    // `known`: the terminal row existed before this request, so skipping cannot break the
    // punch's foreign key even if an earlier write of this batch was rolled back.
    bool record(const storage::TerminalContact &contact, bool known)
    {
        if (known && m_recorded.contains(contact.devId))
            return true;
        if (!m_terminals.recordContact(contact))
            return false;
        m_recorded.insert(contact.devId);
        return true;
    }

    void startNewTransaction() { m_recorded.clear(); }

private:
    storage::TerminalRepository &m_terminals;
    QSet<QString> m_recorded;
};

} // namespace punchclock::engine
