#pragma once

#include <QString>

#include <optional>

namespace punchclock::ui {

// Who listens on a TCP port of this PC, read from /proc (Linux): the terminal server cannot
// start when another program holds its port, and the operator should hear which one. The
// process is known only when it runs as the same user (or the console runs as root).
struct PortHolder
{
    qint64 pid = 0;  // 0 when the socket's owner cannot be seen
    QString command; // its command line, arguments separated by spaces

    // The listener on `port` (IPv4 or IPv6), or nothing when no socket listens there.
    static std::optional<PortHolder> find(quint16 port, const QString &procRoot = QStringLiteral("/proc"));
};

} // namespace punchclock::ui
