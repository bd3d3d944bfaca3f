#include "dashboardnotices.h"

#include "backupscheduler.h"
#include "displayformat.h"
#include "listenaddress.h"
#include "privacyadmin.h"
#include "registrationrefusals.h"
#include "retentionscheduler.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalcommands.h"

#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace punchclock::ui {

namespace {

// "<dev_id> <changed_at>": one entry per move marked seen, so a later move shows again.
constexpr char seenMovesKey[] = "dashboard/seenAddressChanges";

QString seenEntry(const QString &devId, const QDateTime &changedAt)
{
    return devId + QLatin1Char(' ') + changedAt.toUTC().toString(Qt::ISODateWithMs);
}

QString shortDate(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat);
}

QString longTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

// A command line fit for one line of the list; the whole one is in the tooltip.
QString shortCommand(const QString &command)
{
    constexpr int shownCharacters = 80;
    return command.size() > shownCharacters ? QString(command.left(shownCharacters - 1) + QChar(0x2026)) : command;
}

QString nameOf(const services::BiometricHolding &person)
{
    return person.name.isEmpty() ? person.userId : person.name;
}

} // namespace

QList<AttentionItem> DashboardNotices::addressChanges(const QList<storage::TerminalRow> &terminals,
                                                      const QDateTime &nowUtc)
{
    const QDateTime since = nowUtc.addDays(-addressChangeDays);
    const QStringList seenList = QSettings().value(QLatin1String(seenMovesKey)).toStringList();
    const QSet<QString> seen(seenList.cbegin(), seenList.cend());
    QList<storage::TerminalRow> moved;
    for (const storage::TerminalRow &terminal : terminals) {
        if (terminal.addressChangedAt.isValid() && terminal.addressChangedAt >= since &&
            !seen.contains(seenEntry(terminal.devId, terminal.addressChangedAt)))
            moved.append(terminal);
    }
    std::sort(moved.begin(), moved.end(), [](const storage::TerminalRow &a, const storage::TerminalRow &b) {
        return a.addressChangedAt > b.addressChangedAt;
    });

    QList<AttentionItem> items;
    for (const storage::TerminalRow &terminal : std::as_const(moved)) {
        AttentionItem item;
        item.kind = AttentionItem::Kind::AddressChanged;
        item.devId = terminal.devId;
        //: %1 the terminal, %2 its new address, %3 the one before, %4 when ("2 h ago")
        item.text = tr("%1 now talks from %2, was %3 (%4).")
                        .arg(TerminalCommands::titleOf(terminal), terminal.remoteAddress, terminal.previousAddress,
                             DisplayFormat::age(terminal.addressChangedAt, nowUtc));
        item.toolTip =
            tr("It moved on %1.").arg(longTime(terminal.addressChangedAt)) + QLatin1Char('\n') +
            (terminal.pinned
                 ? tr("It is pinned: requests with its ID are served from %1 only.").arg(terminal.remoteAddress)
                 : tr("An unexpected move is worth a look: another device may be using its ID. Pin the "
                      "terminal if the new address is right; requests with its ID from any other address "
                      "are then refused."));
        item.tone = StatusTone::Waiting;
        item.address = terminal.remoteAddress;
        item.changedAt = terminal.addressChangedAt;
        item.pinned = terminal.pinned;
        items.append(item);
    }
    return items;
}

QList<AttentionItem> DashboardNotices::refusedRegistrations(const QSqlDatabase &db, const QDateTime &nowUtc)
{
    const engine::RegistrationRefusals refusals = engine::RegistrationRefusals::read(storage::SettingsRepository(db));
    const QDateTime lastAt = refusals.lastAtUtc();
    if (refusals.count() == 0 || !lastAt.isValid() || lastAt.secsTo(nowUtc) > refusalNewsSeconds)
        return {};
    const QList<QPair<QString, qint64>> top = refusals.topAddresses();
    const QString address = top.isEmpty() ? QString() : top.constFirst().first;
    const QString age = DisplayFormat::age(lastAt, nowUtc);

    AttentionItem item;
    item.kind = AttentionItem::Kind::RegistrationsRefused;
    item.tone = StatusTone::Bad;
    const int count = int(std::min<qint64>(refusals.count(), std::numeric_limits<int>::max()));
    // With automatic approval nothing waits: the caps count the terminals approved within the hour.
    const bool autoApproval = storage::SettingsRepository(db).value(QLatin1String(engine::ServerSettings::AutoApproveKey)) ==
        QLatin1String("1");
    if (autoApproval && count == 1)
        //: %1 the address, %2 when ("5 min ago")
        item.text = tr("A registration from %1 was refused %2: too many new terminals were approved automatically "
                       "within the hour.")
                        .arg(address, age);
    else if (autoApproval && top.size() == 1)
        //: %1 the address, %2 when the last one was ("5 min ago")
        item.text = tr("%n registrations refused from %1, the last one %2: too many new terminals were approved "
                       "automatically within the hour.",
                       nullptr, count)
                        .arg(address, age);
    else if (autoApproval)
        //: %1 the address refused most, %2 when the last one was ("5 min ago")
        item.text = tr("%n registrations refused from %1 and other addresses, the last one %2: too many new "
                       "terminals were approved automatically within the hour.",
                       nullptr, count)
                        .arg(address, age);
    else if (count == 1)
        //: %1 the address, %2 when ("5 min ago")
        item.text = tr("A registration from %1 was refused %2: too many new terminals are waiting for approval.")
                        .arg(address, age);
    else if (top.size() == 1)
        //: %1 the address, %2 when the last one was ("5 min ago")
        item.text = tr("%n registrations refused from %1, the last one %2: too many new terminals are waiting for "
                       "approval.",
                       nullptr, count)
                        .arg(address, age);
    else
        //: %1 the address refused most, %2 when the last one was ("5 min ago")
        item.text = tr("%n registrations refused from %1 and other addresses, the last one %2: too many new "
                       "terminals are waiting for approval.",
                       nullptr, count)
                        .arg(address, age);

    const QLocale locale;
    QStringList most;
    for (const auto &[from, refused] : top)
        //: An address and how many registrations were refused from it
        most << tr("%1 (%2)").arg(from, locale.toString(refused));
    QStringList tip;
    if (refusals.sinceUtc().isValid())
        tip << tr("Counted since the server started on %1.").arg(longTime(refusals.sinceUtc()));
    //: %1 addresses with counts, most first
    tip << tr("Refused most: %1.").arg(most.join(QLatin1String(", ")))
        << (autoApproval ? tr("Many new terminals from one address can be a device that is not yours: turn automatic "
                              "approval off in Settings, or allow only your networks.")
                         : tr("Approve or block the terminals waiting on the Terminals page to make room. Many new "
                              "terminals from one address can also be a device that is not yours."));
    item.toolTip = tip.join(QLatin1Char('\n'));
    return {item};
}

QList<AttentionItem> DashboardNotices::biometricRetention(const QSqlDatabase &db, const QDateTime &nowUtc)
{
    const services::PrivacyAdmin privacy(db);
    const int retentionDays = privacy.retentionDays();
    if (retentionDays == 0)
        return {};
    QList<AttentionItem> items;

    const storage::SettingsRepository settings(db);
    const QString lastResult = settings.value(QLatin1String(services::RetentionScheduler::LastResultKey));
    if (!lastResult.isEmpty() && lastResult != QLatin1String("ok")) {
        AttentionItem failed;
        failed.kind = AttentionItem::Kind::PurgeFailed;
        failed.tone = StatusTone::Bad;
        //: %1 why, in the database's words
        failed.text = tr("The daily removal of old biometrics failed: %1").arg(lastResult);
        const QDateTime lastRun = QDateTime::fromString(
            settings.value(QLatin1String(services::RetentionScheduler::LastRunKey)), Qt::ISODateWithMs);
        failed.toolTip = tr("Last tried on %1. It is tried again every hour while the console or the server runs.")
                             .arg(lastRun.isValid() ? longTime(lastRun) : tr("an unknown date"));
        items.append(failed);
    }

    const QList<services::BiometricHolding> due = privacy.purgeCandidates(nowUtc, purgeNoticeDays);
    if (due.isEmpty())
        return items;
    AttentionItem notice;
    notice.kind = AttentionItem::Kind::BiometricsDue;
    notice.tone = StatusTone::Waiting;
    // Those already due go at the next hourly check: today.
    const QString first = shortDate(std::max(due.constFirst().purgeAt, nowUtc));
    const QString last = shortDate(std::max(due.constLast().purgeAt, nowUtc));
    const int people = int(due.size());
    if (people == 1) {
        const services::BiometricHolding &person = due.constFirst();
        //: %1 a person's name, %2 a date
        notice.text = tr("The biometrics of %1, inactive for a while, will be removed on %2.").arg(nameOf(person), first);
    } else if (first == last) {
        //: %1 a date
        notice.text = tr("The biometrics of %n inactive people will be removed on %1.", nullptr, people).arg(first);
    } else {
        //: %1 and %2 dates
        notice.text =
            tr("The biometrics of %n inactive people will be removed between %1 and %2.", nullptr, people).arg(first, last);
    }
    QStringList tip;
    for (const services::BiometricHolding &person : due) {
        notice.userIds << person.userId;
        if (notice.userIds.size() <= namedPeople)
            //: %1 name, %2 user ID, %3 the date their biometrics are removed
            tip << tr("%1 (%2): %3").arg(nameOf(person), person.userId, shortDate(std::max(person.purgeAt, nowUtc)));
    }
    if (people > namedPeople)
        tip << tr("and %n more", nullptr, people - namedPeople);
    tip << tr("Fingerprints, faces, palms and photos are kept for %n days after someone is disabled or on no "
              "terminal. To keep a person's, enable them again or send them to a terminal.",
              nullptr, retentionDays);
    notice.toolTip = tip.join(QLatin1Char('\n'));
    items.append(notice);
    return items;
}

QList<AttentionItem> DashboardNotices::staleBackup(const QSqlDatabase &db, const storage::DatabaseConfig &database,
                                                   const QDateTime &nowUtc)
{
    using engine::BackupScheduler;
    const storage::SettingsRepository settings(db);
    const QDateTime newest = BackupScheduler::newestSuccessUtc(settings);
    if (newest.isValid() && newest.daysTo(nowUtc) < BackupScheduler::StaleAfterDays)
        return {};
    const bool daily = BackupScheduler::dailyOn(settings) && !BackupScheduler::folder(settings, database).isEmpty();
    const BackupScheduler::AttemptKeys dailyKeys = BackupScheduler::keysFor(BackupScheduler::Kind::Daily);
    const bool dailyTried = !settings.value(QLatin1String(dailyKeys.at)).isEmpty();
    // A new installation: the scheduler makes the first one within a minute of starting.
    if (!newest.isValid() && daily && !dailyTried)
        return {};

    AttentionItem item;
    item.kind = AttentionItem::Kind::BackupStale;
    item.tone = StatusTone::Bad;
    item.text = newest.isValid()
                    //: %1 when ("3 days ago")
                    ? tr("The newest backup of this data is from %1.").arg(DisplayFormat::age(newest, nowUtc))
                    : tr("No backup of this data has been made yet.");
    const bool dailyFailed = dailyTried && settings.value(QLatin1String(dailyKeys.result)) != QLatin1String("ok");
    item.toolTip = !daily        ? tr("The daily backup is off: turn it on in Settings → Backups, or back up now.")
                   : dailyFailed ? tr("The daily backup failed: Settings → Backups says why.")
                                 : tr("The daily backup runs while the console or the server runs.");
    if (newest.isValid())
        item.toolTip += QLatin1Char('\n') + tr("Made on %1.").arg(longTime(newest));
    return {item};
}

quint16 DashboardNotices::configuredPort(const QSqlDatabase &db)
{
    const QString listen = storage::SettingsRepository(db).value(QLatin1String(engine::ServerSettings::ListenKey));
    http::ListenAddress address;
    QString error;
    if (!listen.isEmpty() && http::ListenAddress::parse(listen, &address, &error))
        return address.port;
    return http::ServerOptions().port;
}

QList<AttentionItem> DashboardNotices::portHeld(quint16 port, const std::optional<PortHolder> &holder)
{
    if (!holder)
        return {};
    AttentionItem item;
    item.kind = AttentionItem::Kind::PortHeld;
    item.tone = StatusTone::Bad;
    const QLocale locale;
    const QString portText = QString::number(port);
    if (holder->pid == 0) {
        //: %1 the port number
        item.text = tr("Another program serves port %1, so this console runs no terminal server: terminals deliver "
                       "to that program. It may be another copy of Punchclock (“punchclock serve”).")
                        .arg(portText);
    } else {
        //: %1 the port number, %2 the program's command line, %3 its process number
        item.text =
            tr("Another copy serves the terminals on port %1: %2 (process %3). This console runs no terminal "
               "server; it shows what that one stores when both use the same data.")
                .arg(portText, holder->command.isEmpty() ? tr("unknown program") : shortCommand(holder->command),
                     QString::number(holder->pid));
        item.toolTip = holder->command + QLatin1Char('\n');
    }
    item.toolTip += tr("To run the server here instead, stop that program, then start the server in Settings → "
                       "Server, or choose another port there and on the terminals.");
    return {item};
}

QList<AttentionItem> DashboardNotices::firewallHint(quint16 port, const QDateTime &listeningSinceUtc,
                                                    const QDateTime &nowUtc, const QString &firewallTool)
{
    if (!listeningSinceUtc.isValid() || listeningSinceUtc.secsTo(nowUtc) < firewallHintMinutes * 60)
        return {};
    AttentionItem item;
    item.kind = AttentionItem::Kind::NoTerminalYet;
    item.tone = StatusTone::Waiting;
    const QString portText = QString::number(port);
    if (firewallTool == QLatin1String("ufw")) {
        //: %1 the port number, %2 the command that opens it
        item.text = tr("No terminal has reached this PC yet. If a firewall blocks port %1, open it: %2")
                        .arg(portText, QStringLiteral("sudo ufw allow %1/tcp").arg(portText));
    } else if (firewallTool == QLatin1String("firewalld")) {
        item.text = tr("No terminal has reached this PC yet. If a firewall blocks port %1, open it: %2")
                        .arg(portText, QStringLiteral("sudo firewall-cmd --permanent --add-port=%1/tcp && "
                                                      "sudo firewall-cmd --reload")
                                           .arg(portText));
    } else {
        //: %1 the port number
        item.text = tr("No terminal has reached this PC yet. No firewall tool (ufw, firewalld) is installed here; if "
                       "another firewall or the router blocks port %1, open it there.")
                        .arg(portText);
    }
    item.toolTip = tr("Also check on the terminal (Comm / Network → Server) that it uses this PC's address and port "
                      "%1, and that both are on the same network.")
                       .arg(portText);
    return {item};
}

QString DashboardNotices::installedFirewallTool()
{
    const QStringList sbin{QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")};
    if (!QStandardPaths::findExecutable(QStringLiteral("ufw"), sbin).isEmpty() ||
        !QStandardPaths::findExecutable(QStringLiteral("ufw")).isEmpty())
        return QStringLiteral("ufw");
    if (!QStandardPaths::findExecutable(QStringLiteral("firewall-cmd"), sbin).isEmpty() ||
        !QStandardPaths::findExecutable(QStringLiteral("firewall-cmd")).isEmpty())
        return QStringLiteral("firewalld");
    return {};
}

void DashboardNotices::markSeen(const QString &devId, const QDateTime &changedAt, const QDateTime &nowUtc)
{
    QSettings settings;
    // Moves older than the list shows are dropped, so that the entry stays short.
    const QDateTime since = nowUtc.addDays(-addressChangeDays);
    QStringList kept;
    for (const QString &entry : settings.value(QLatin1String(seenMovesKey)).toStringList()) {
        const QDateTime at = QDateTime::fromString(entry.section(QLatin1Char(' '), -1), Qt::ISODateWithMs);
        if (at.isValid() && at >= since)
            kept << entry;
    }
    kept << seenEntry(devId, changedAt);
    kept.removeDuplicates();
    settings.setValue(QLatin1String(seenMovesKey), kept);
}

} // namespace punchclock::ui
