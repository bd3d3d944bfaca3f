#pragma once

#include "attentionlist.h"
#include "databaseconfig.h"
#include "portholder.h"
#include "terminalrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::ui {

// What the Dashboard's Attention list says about the terminal endpoint's guard, biometric
// retention and the installation: terminals that began to talk from another address,
// registrations the caps on waiting terminals refused, biometrics that retention removes within
// a week, a daily removal that failed, a stale backup, a port held by another program, and a
// server no terminal reached. Read at every refresh, so cheaply: the moves come from the
// terminals the page has read already, the rest from a few settings rows and, while retention
// is on, the inactive users.
class DashboardNotices
{
    Q_DECLARE_TR_FUNCTIONS(DashboardNotices)

public:
    static constexpr int addressChangeDays = 7;
    // The refusals are counted since the server started; they are news for an hour after the last.
    static constexpr qint64 refusalNewsSeconds = 60 * 60;
    static constexpr int purgeNoticeDays = 7;
    // People named in the purge notice's tooltip; the others are counted.
    static constexpr int namedPeople = 15;

    // Moves of the last addressChangeDays, the latest first, but for those marked seen.
    static QList<AttentionItem> addressChanges(const QList<storage::TerminalRow> &terminals, const QDateTime &nowUtc);
    static QList<AttentionItem> refusedRegistrations(const QSqlDatabase &db, const QDateTime &nowUtc);
    // Nothing while retention is off.
    static QList<AttentionItem> biometricRetention(const QSqlDatabase &db, const QDateTime &nowUtc);

    // A backup stale after BackupScheduler::StaleAfterDays, or none at all; nothing while the first
    // daily backup is still to come. `database` locates the default backup folder.
    static QList<AttentionItem> staleBackup(const QSqlDatabase &db, const storage::DatabaseConfig &database,
                                            const QDateTime &nowUtc);
    // The port the server is set to listen on (server.listen), else the default.
    static quint16 configuredPort(const QSqlDatabase &db);
    // The server is not running because another program holds `port`; `holder` names it when known.
    static QList<AttentionItem> portHeld(quint16 port, const std::optional<PortHolder> &holder);
    // No terminal has arrived firewallHintMinutes after the server began to listen on `port`:
    // perhaps the firewall keeps them out. `firewallTool` is "ufw", "firewalld" or empty.
    static constexpr int firewallHintMinutes = 5;
    static QList<AttentionItem> firewallHint(quint16 port, const QDateTime &listeningSinceUtc, const QDateTime &nowUtc,
                                             const QString &firewallTool);
    // The firewall tool installed here, for firewallHint().
    static QString installedFirewallTool();

    // Hides the terminal's move at `changedAt` on this PC (QSettings) until it moves again.
    static void markSeen(const QString &devId, const QDateTime &changedAt, const QDateTime &nowUtc);
};

} // namespace punchclock::ui
