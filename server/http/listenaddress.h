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
};

} // namespace punchclock::http
