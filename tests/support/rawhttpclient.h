#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace punchclock::test {

// What came back on a raw connection, read until the server closed it.
struct RawHttpReply
{
    bool connected = false;
    bool closedByServer = false; // false: our timeout ended the read
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray raw;

    QByteArray header(const char *name) const;
    int headerCount(const char *name) const;
};

// Speaks to the server byte for byte like a terminal: one connection, the exact request bytes,
// then reads until the server closes. Works from any thread (blocking socket calls).
RawHttpReply sendRaw(quint16 port, const QByteArray &request, int timeoutMs = 5000);

// Sends `request` in pieces with pauses, to see how the server copes with slow terminals.
RawHttpReply sendRawInPieces(quint16 port, const QList<QByteArray> &pieces, int pauseMs, int timeoutMs = 5000);

} // namespace punchclock::test
