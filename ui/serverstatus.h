#pragma once

#include "jobrepository.h"
#include "terminalrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::ui {

class ConsoleContext;

// What the status bar says, from the server and from what the database holds.
struct ServerStatus
{
    Q_DECLARE_TR_FUNCTIONS(ServerStatus)

public:
    QString serverText;    // "Listening on 192.168.1.20:8090" / "Not listening: port 8090 is in use"
    QString serverToolTip; // every address, or the whole error
    QString terminalText;  // "3/4 terminals online"
    QString jobText;       // "1 job running"
    bool listening = false;

    // What the status bar needs from the database: read on the console's reader.
    struct Counts
    {
        QList<storage::TerminalRow> terminals;
        QHash<storage::JobStatus, int> jobs;
    };
    static Counts readCounts(const QSqlDatabase &db);
    static ServerStatus of(const ConsoleContext &context, const Counts &counts);

    struct SearchEntry
    {
        bool isUser = false;
        QString id;
        QString label; // "Alice Smith (12)" / "Front door (ABC123)"
    };
    // Everything the window's search box can find: the employees of these departments (nullopt:
    // all) and every terminal.
    static QList<SearchEntry> readSearchEntries(const QSqlDatabase &db, const std::optional<QSet<qint64>> &scope);
};

} // namespace punchclock::ui
