#pragma once

#include "protocolcodes.h"

// Properties of the commands of protocol.md §6 that the engine, CLI and GUI act on.
namespace punchclock::protocol {

// Commands that wipe data on the terminal (CLEAR_LOG_DATA, CLEAR_ENROLL_DATA): the CLI and GUI
// demand explicit confirmation before queueing them.
bool isDestructive(CommandCode code);

// Commands that a mistake turns against the server (SET_WEB_SERVER_INFO: a wrong address cuts
// the terminal off until someone reaches its keypad): the CLI and GUI show exactly what will be
// sent and ask before queueing them.
bool cutsOffOnMistake(CommandCode code);

// Commands whose OK result carries a body to decode (the GET_* commands); the others answer
// with an empty result, and RESET_FK with none at all.
bool hasResultData(CommandCode code);

// Commands a terminal can be given a second time with the same effect and the same answer, so
// that one whose answer was lost can simply be sent again. Not the clears (a second clear
// would also wipe what arrived in between), DELETE_USER (a second one finds no user, and some
// firmware then never answers), RESET_FK (no answer at all), OPEN_DOOR (a door opening
// minutes later, when nobody asked for it) nor SET_COMMAND (an enrollment screen nobody waits at).
bool isSafeToRepeat(CommandCode code);

} // namespace punchclock::protocol
