#pragma once

#include "terminalrequest.h"

#include <QByteArray>

namespace punchclock::http {

// Every response goes out through here, byte for byte, in a fixed header order: terminals act
// on response_code, need an exact Content-Length, and get no keep-alive (protocol.md §1).
namespace ReplyWriter {

QByteArray terminalReply(const engine::TerminalReply &reply);
QByteArray httpError(int status, const QByteArray &reason);
QByteArray plainText(int status, const QByteArray &reason, const QByteArray &text);

} // namespace ReplyWriter

} // namespace punchclock::http
