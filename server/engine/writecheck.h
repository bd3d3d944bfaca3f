#pragma once

#include "protocolcodes.h"
#include "userenrollment.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace punchclock::engine {

// A write to a user compared with the user as the terminal reports it afterwards (GET_USER_INFO).
// Some firmware answers OK to a write it ignored or applied in part (protocol.md §11.7).
struct WriteCheck
{
    QStringList differences;      // each in words; none: the write took effect
    std::optional<int> nameLimit; // the terminal cut the name to this many characters
    QString unchecked;            // what the read-back could not tell, in words; empty: all of it

    bool applied() const { return differences.isEmpty(); }
    // "Terminal said OK but did not apply: the terminal kept only the first 8 characters of the name"
    QString message() const;
};

// The writes that are read back: SET_USER_INFO, SET_USER_NAME, SET_USER_PRIVILEGE,
// SET_ENROLL_DATA, ENABLE_USER.
bool isCheckedWrite(protocol::CommandCode code);

// `sentParameters`: the framed parameters as the terminal got them; `readBack`: nullopt when the
// terminal does not hold the user. `enabledReported`: the read-back carried enable_flag, which
// not every firmware sends (protocol.md §6); without it ENABLE_USER cannot be checked.
WriteCheck checkWrite(protocol::CommandCode code, const QByteArray &sentParameters,
                      const std::optional<protocol::UserEnrollment> &readBack, bool enabledReported = true);

} // namespace punchclock::engine
