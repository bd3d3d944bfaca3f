#pragma once

#include "templatecompatibility.h"

#include "userenrollment.h"

#include <QStringList>

namespace punchclock::storage {
class TerminalRepository;
class UserRepository;
} // namespace punchclock::storage

namespace punchclock::engine {

// Judges stored templates against the terminal they are about to be sent to, with their origin
// from the store (credentials.source_*) and the versions each terminal announced (fk_info).
class TemplateScreen
{
public:
    TemplateScreen(const storage::TerminalRepository &terminals, const storage::UserRepository &users);

    // Leaves out of `user` the templates `targetDevId` cannot use; returns what was left out or
    // sent without knowing, in words.
    QStringList screen(protocol::UserEnrollment *user, const QString &targetDevId) const;
    // One credential (SET_ENROLL_DATA); its origin is the stored one when the data is the stored data.
    TemplateVerdict judge(const QString &userId, int backupNumber, const QByteArray &data,
                          const QString &targetDevId) const;

private:
    TemplateTerminal terminal(const QString &devId) const;

    const storage::TerminalRepository &m_terminals;
    const storage::UserRepository &m_users;
};

} // namespace punchclock::engine
