#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace punchclock::ui {

// What the first-run wizard asks, with the defaults a small office needs.
struct FirstRunChoices
{
    QString dataFolder;
    // A PostgreSQL database instead of a file in dataFolder: its URL, and a password typed for
    // this session only (empty: libpq's ~/.pgpass).
    QString databaseUrl;
    QString databasePassword;
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = 8090;
    QByteArray timeZoneId;
    bool autoApprove = false;
    // The first administrator's account; no default password. Cleared once it is used.
    QString administratorName;
    QString administratorPassword;
};

// What putting the choices into effect gave: where terminals now reach the server.
struct FirstRunOutcome
{
    bool ok = false;
    QString error; // in words, shown on the wizard page
    QHostAddress boundAddress;
    quint16 port = 0;
};

} // namespace punchclock::ui
