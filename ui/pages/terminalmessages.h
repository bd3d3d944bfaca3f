#pragma once

#include "commandservice.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// What the Dashboard and Terminals pages say about commands they queued.
class TerminalMessages
{
    Q_DECLARE_TR_FUNCTIONS(TerminalMessages)

public:
    // Why nothing was queued; empty when the outcome is fine.
    static QString failure(const services::CommandService::Outcome &outcome);
    static QString parameterError(protocol::ParameterError error);
};

} // namespace punchclock::ui
