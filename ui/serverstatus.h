#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace punchclock::ui {

class ConsoleContext;

// What the status bar says, read fresh from the server and the database.
struct ServerStatus
{
    Q_DECLARE_TR_FUNCTIONS(ServerStatus)

public:
    QString serverText;    // "Listening on 192.168.1.20:8090" / "Not listening: port 8090 is in use"
    QString serverToolTip; // every address, or the whole error
    QString terminalText;  // "3/4 terminals online"
    QString jobText;       // "1 job running"
    bool listening = false;

    static ServerStatus read(const ConsoleContext &context);

    struct SearchEntry
    {
        bool isUser = false;
        QString id;
        QString label; // "Alice Smith (12)" / "Front door (ABC123)"
    };
    // Everything the window's search box can find.
    static QList<SearchEntry> searchEntries(const ConsoleContext &context);
};

} // namespace punchclock::ui
