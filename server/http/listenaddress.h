#pragma once

#include <QHostAddress>
#include <QString>

namespace punchclock::http {

// "HOST:PORT", "[v6]:PORT", ":PORT" or "PORT"; an empty host listens on every interface.
struct ListenAddress
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 0;

    static bool parse(const QString &text, ListenAddress *result, QString *error);
    // What parse() reads back as the same address and port: "192.168.1.20:8090",
    // "[fd00::20]:8090", and "*:8090" for every interface (as `ss` writes a dual-stack socket;
    // "0.0.0.0" would read back as IPv4 only).
    static QString format(const QHostAddress &address, quint16 port);
};

} // namespace punchclock::http
