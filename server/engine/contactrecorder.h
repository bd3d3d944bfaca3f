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

    // Several requests' contacts in one write, each terminal once.
    bool recordAll(const QList<std::pair<storage::TerminalContact, bool>> &contacts)
    {
        QList<storage::TerminalContact> toWrite;
        QSet<QString> written;
        for (const auto &[contact, known] : contacts) {
            if ((known && m_recorded.contains(contact.devId)) || written.contains(contact.devId))
                continue;
            written.insert(contact.devId);
            toWrite.append(contact);
        }
        if (!toWrite.isEmpty() && !m_terminals.recordContacts(toWrite))
            return false;
        m_recorded.unite(written);
        return true;
    }

    void startNewTransaction() { m_recorded.clear(); }
    // For a savepoint: what was recorded before it, to go back to when it is rolled back.
    QSet<QString> snapshot() const { return m_recorded; }
    void rollBackTo(QSet<QString> snapshot) { m_recorded = std::move(snapshot); }

private:
    storage::TerminalRepository &m_terminals;
    QSet<QString> m_recorded;
};

} // namespace punchclock::engine
