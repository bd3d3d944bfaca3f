#pragma once

#include "commandparameters.h"
#include "commandservice.h"
#include "userrepository.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// The Users page's words for protocol values and for what the command service answered.
class UserMessages
{
    Q_DECLARE_TR_FUNCTIONS(UserMessages)

public:
    // "Finger 1" … "Finger 10", "Password", "Card", "Face" (protocol.md §9.1).
    static QString backupNumberName(int backupNumber);
    // The protocol's USER / MANAGER / REGISTER / OPERATOR in words; anything else verbatim.
    static QString privilegeName(const QString &privilege);
    // "Finger ×2, Face, Card"; "None" without credentials.
    static QString credentialSummary(const storage::UserRow &user);
    static QString changeAction(storage::CredentialChange::Action action);
    static QString parameterError(protocol::ParameterError error);
    // Why nothing (or not everything) was queued; empty when the outcome is fine.
    static QString failure(const services::CommandService::Outcome &outcome);
};

} // namespace punchclock::ui
