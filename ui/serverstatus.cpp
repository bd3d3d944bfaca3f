#include "serverstatus.h"

#include "consolecontext.h"
#include "jobrepository.h"
#include "lanaddresses.h"
#include "serverhost.h"
#include "terminalhealth.h"
#include "terminalrepository.h"
#include "userrepository.h"

#include <QCoreApplication>

namespace punchclock::ui {

namespace {

QString labelled(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

ServerStatus::Counts ServerStatus::readCounts(const QSqlDatabase &db)
{
    return {storage::TerminalRepository(db).list(), storage::JobRepository(db).countByStatus()};
}

ServerStatus ServerStatus::of(const ConsoleContext &context, const Counts &counts)
{
    ServerStatus status;
    const http::ServerHost *server = context.server();
    if (server && server->isRunning()) {
        status.listening = true;
        const QStringList addresses = reachableAddresses(server->address());
        const QString port = QString::number(server->port());
        status.serverText = addresses.isEmpty()
            ? tr("Listening on port %1 (no network address found)").arg(port)
            : tr("Listening on %1:%2").arg(addresses.constFirst(), port);
        status.serverToolTip = tr("Terminals reach this PC at: %1, port %2")
                                   .arg(addresses.join(QLatin1String(", ")), port);
    } else {
        status.serverText = context.serverError().isEmpty()
            ? tr("Server stopped")
            : tr("Server not running: %1").arg(context.serverError());
        status.serverToolTip = tr("Terminals cannot deliver punches until the server runs. Check Settings.");
    }

    const QList<storage::TerminalRow> &terminals = counts.terminals;
    int approved = 0;
    int pending = 0;
    int online = 0;
    for (const storage::TerminalRow &terminal : terminals) {
        pending += terminal.approval == storage::Approval::Pending ? 1 : 0;
        if (terminal.approval != storage::Approval::Approved)
            continue;
        ++approved;
        if (engine::TerminalHealth::isOnline(terminal))
            ++online;
    }
    if (approved > 0)
        status.terminalText = tr("%1/%n terminals online", nullptr, approved).arg(online);
    else if (pending > 0)
        status.terminalText = tr("%n terminal(s) waiting for approval", nullptr, pending);
    else if (!terminals.isEmpty())
        status.terminalText = tr("No approved terminals");
    else
        status.terminalText = tr("No terminals yet");

    const QHash<storage::JobStatus, int> &jobs = counts.jobs;
    const int running = jobs.value(storage::JobStatus::Run);
    const int waiting = jobs.value(storage::JobStatus::Wait);
    status.jobText = running + waiting == 0 ? tr("No jobs pending")
                                            : tr("%n job(s) pending", nullptr, running + waiting);
    return status;
}

QList<ServerStatus::SearchEntry> ServerStatus::readSearchEntries(const QSqlDatabase &db,
                                                                 const std::optional<QSet<qint64>> &scope)
{
    QList<SearchEntry> entries;
    for (const storage::UserRow &user : storage::UserRepository(db).list()) {
        if (!scope || (user.departmentId && scope->contains(*user.departmentId)))
            entries.append({true, user.userId, labelled(user.name, user.userId)});
    }
    for (const storage::TerminalRow &terminal : storage::TerminalRepository(db).list())
        entries.append({false, terminal.devId, labelled(terminal.name, terminal.devId)});
    return entries;
}

} // namespace punchclock::ui
