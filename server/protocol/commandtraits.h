#pragma once

#include "protocolcodes.h"

// Properties of the commands of protocol.md §6 that the engine, CLI and GUI act on.
namespace punchclock::protocol {

// Commands that wipe data on the terminal (CLEAR_LOG_DATA, CLEAR_ENROLL_DATA): the CLI and GUI
// demand explicit confirmation before queueing them.
bool isDestructive(CommandCode code);

// Commands whose OK result carries a body to decode (the GET_* commands); the others answer
// with an empty result, and RESET_FK with none at all.
bool hasResultData(CommandCode code);

} // namespace punchclock::protocol
