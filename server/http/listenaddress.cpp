#include "listenaddress.h"

namespace punchclock::http {

bool ListenAddress::parse(const QString &text, ListenAddress *result, QString *error)
{
    const QString trimmed = text.trimmed();
    QString host;
    QString port = trimmed;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = QStringLiteral("'%1' is not HOST:PORT").arg(text);
            return false;
        }
        host = trimmed.mid(1, close - 1);
        port = trimmed.mid(close + 2);
    } else if (const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535) {
        *error = QStringLiteral("'%1' is not a port number (0–65535)").arg(port);
        return false;
    }
    ListenAddress parsed;
    parsed.port = quint16(number);
    if (!host.isEmpty() && host != QLatin1String("*")) {
        if (host == QLatin1String("localhost"))
            parsed.address = QHostAddress(QHostAddress::LocalHost);
        else if (!parsed.address.setAddress(host)) {
            *error = QStringLiteral("'%1' is not an IP address").arg(host);
            return false;
        }
    }
    *result = parsed;
    return true;
}

QString ListenAddress::format(const QHostAddress &address, quint16 port)
{
    if (address.isNull() || address == QHostAddress(QHostAddress::Any))
        return QStringLiteral("*:%1").arg(port);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace punchclock::http
