#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace punchclock::test {

// A port nothing listens on right now on 127.0.0.1: the probe that found it is closed again.
// Another program may take it meanwhile; tests use it at once.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace punchclock::test
