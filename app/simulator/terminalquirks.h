#pragma once

namespace punchclock::simulator {

// Firmware behaviour that differs between real terminals (protocol.md §10, §11.7).
struct TerminalQuirks
{
    // Fingerspot and WS535 send no result at all to GET_USER_INFO / DELETE_USER for an unknown
    // user; without the quirk the simulator answers ERROR_NOT_EXIST.
    bool silentOnUnknownUser = false;
    // WS535 answers "Error" to DELETE_USER although the user was deleted.
    bool deleteAnswersError = false;
    // Stored names are cut to this many characters (8 WS535, 15 Fingerspot); 0 keeps them whole.
    int nameLimit = 0;
    // Answers OK to SET_USER_INFO, SET_USER_NAME, SET_USER_PRIVILEGE, SET_ENROLL_DATA and
    // ENABLE_USER without applying them, as some firmware does (protocol.md §11.7).
    bool ignoresUserWrites = false;
    // Firmware without remote enrollment answers SET_COMMAND enter_enroll ERROR_NOT_SUPPORTED.
    bool refusesRemoteEnroll = false;
};

} // namespace punchclock::simulator
