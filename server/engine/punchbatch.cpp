#include "punchbatch.h"

#include "contactrecorder.h"
#include "writetransaction.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcIngest) // realtimeingestor.cpp

namespace punchclock::engine {

bool PunchBatch::write(QSqlDatabase &db, ContactRecorder &contacts, storage::PunchRepository &punches)
{
    m_outcomes = QList<Outcome>(qsizetype(m_entries.size()), Outcome::Failed);
    const QSet<QString> recordedBefore = contacts.snapshot();
    {
        storage::WriteTransaction together(db); // a savepoint of the batcher's transaction
        if (!together.isActive())
            return false;
        if (writeTogether(contacts, punches) && together.commit())
            return true;
    }
    contacts.rollBackTo(recordedBefore);
    qCWarning(lcIngest) << "the database refused" << m_entries.size()
                            << "punches written together; writing them one by one";
    return writeOneByOne(db, contacts, punches);
}

bool PunchBatch::writeTogether(ContactRecorder &contacts, storage::PunchRepository &punches)
{
    QList<std::pair<storage::TerminalContact, bool>> contactList;
    QList<storage::NewPunch> punchList;
    for (const Entry &entry : m_entries) {
        contactList.append({entry.contact, entry.terminalKnown});
        punchList.append(entry.punch);
    }
    if (!contacts.recordAll(contactList))
        return false;
    const std::optional<QList<Outcome>> outcomes = punches.insertMany(punchList);
    if (!outcomes)
        return false;
    m_outcomes = *outcomes;
    return true;
}

bool PunchBatch::writeOneByOne(QSqlDatabase &db, ContactRecorder &contacts, storage::PunchRepository &punches)
{
    m_outcomes.fill(Outcome::Failed);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries[i];
        const QSet<QString> recordedBefore = contacts.snapshot();
        storage::WriteTransaction one(db);
        if (!one.isActive())
            return false;
        if (contacts.record(entry.contact, entry.terminalKnown)) {
            const Outcome outcome = punches.insert(entry.punch);
            if (outcome != Outcome::Failed && one.commit()) {
                m_outcomes[qsizetype(i)] = outcome;
                continue;
            }
        }
        one.rollback();
        contacts.rollBackTo(recordedBefore);
    }
    return true;
}

void PunchBatch::finish(bool committed)
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const bool written = committed && qsizetype(i) < m_outcomes.size();
        m_entries[i].done(written ? m_outcomes[qsizetype(i)] : Outcome::Failed);
    }
}

} // namespace punchclock::engine
