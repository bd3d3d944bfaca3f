#include "terminalcommands.h"

#include "commandbuilder.h"
#include "commandparameters.h"
#include "commandservice.h"
#include "confirmbynamedialog.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "lanaddresses.h"
#include "outcometext.h"
#include "pulllogsdialog.h"
#include "renameterminaldialog.h"
#include "rosterdownloaddialog.h"
#include "serveraddressconfirmation.h"
#include "serveraddressdialog.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminaladmin.h"
#include "terminalmessages.h"
#include "terminalrepository.h"

#include <QDateTime>
#include <QLabel>
#include <QMessageBox>
#include <QStyle>

namespace punchclock::ui {

namespace {

QString protocolTime(const QDate &date, const QTime &time)
{
    return QDateTime(date, time).toString(QStringLiteral("yyyyMMddHHmmss")); // fixed format: the protocol's
}

} // namespace

template <typename Service, typename Call>
auto TerminalCommands::withService(Call call)
{
    const services::Actor actor = m_context.actor();
    return m_context.reader().wait([&call, &actor](const QSqlDatabase &db) {
        Service service(db);
        return call(service, actor);
    });
}

TerminalCommands::TerminalCommands(ConsoleContext &context, QWidget *dialogParent)
    : m_context(context)
    , m_dialogParent(dialogParent)
{
}

QString TerminalCommands::titleOf(const storage::TerminalRow &terminal)
{
    return terminal.name.isEmpty() ? terminal.devId : terminal.name;
}

TerminalCommands::Result TerminalCommands::approve(const storage::TerminalRow &terminal)
{
    return setApproval(terminal, true, tr("%1 is approved.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::block(const storage::TerminalRow &terminal)
{
    return block(QList<storage::TerminalRow>{terminal});
}

TerminalCommands::Result TerminalCommands::block(const QList<storage::TerminalRow> &terminals)
{
    QStringList titles;
    for (const storage::TerminalRow &terminal : terminals)
        titles << titleOf(terminal);
    if (QMessageBox::question(m_dialogParent, tr("Block terminal"),
                              tr("Block %1? Its punches and polls are refused until you approve it again.")
                                  .arg(titles.join(QLatin1String(", "))))
        != QMessageBox::Yes)
        return {true, {}, {}, {}};
    Result all;
    for (const storage::TerminalRow &terminal : terminals)
        merge(&all, setApproval(terminal, false, tr("%1 is blocked.").arg(titleOf(terminal))));
    return all;
}

TerminalCommands::Result TerminalCommands::setApproval(const storage::TerminalRow &terminal, bool approve,
                                                       const QString &done)
{
    return adminResult(terminal,
                       withService<services::TerminalAdmin>([&](services::TerminalAdmin &admin, const services::Actor &actor) {
                           return approve ? admin.approve(actor, terminal.devId) : admin.block(actor, terminal.devId);
                       }),
                       done);
}

TerminalCommands::Result TerminalCommands::pinAddress(const storage::TerminalRow &terminal)
{
    // The address now and the pin in one wait: a terminal that moved is not pinned to where it was.
    struct Pinning
    {
        std::optional<QString> movedTo;
        services::Outcome outcome;
    };
    const services::Actor actor = m_context.actor();
    const Pinning pinning = m_context.reader().wait([&terminal, &actor](const QSqlDatabase &db) {
        Pinning result;
        const std::optional<storage::TerminalRow> now = storage::TerminalRepository(db).find(terminal.devId);
        if (now && now->remoteAddress != terminal.remoteAddress)
            result.movedTo = now->remoteAddress;
        else
            result.outcome = services::TerminalAdmin(db).setAddressPinned(actor, terminal.devId, true);
        return result;
    });
    if (pinning.movedTo) {
        m_context.notifyChanged(ConsoleContext::Terminals);
        return {false,
                {},
                tr("%1 has moved again, to %2: it is not pinned. Check the new address before you pin it.")
                    .arg(titleOf(terminal), *pinning.movedTo),
                {}};
    }
    return adminResult(terminal, pinning.outcome,
                       tr("%1 is pinned to %2: requests with its ID from any other address are refused.")
                           .arg(titleOf(terminal), terminal.remoteAddress));
}

TerminalCommands::Result TerminalCommands::unpinAddress(const storage::TerminalRow &terminal)
{
    return adminResult(
        terminal,
        withService<services::TerminalAdmin>([&terminal](services::TerminalAdmin &admin, const services::Actor &actor) {
            return admin.setAddressPinned(actor, terminal.devId, false);
        }),
        tr("%1 is no longer pinned: it is served from any address it talks from.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::adminResult(const storage::TerminalRow &terminal,
                                                       const services::Outcome &outcome, const QString &done)
{
    Result result;
    if (outcome.ok())
        result.done = done;
    else if (outcome.status == services::Outcome::Status::NotFound)
        result.failure = tr("%1 could not be changed: it is no longer in the database.").arg(terminal.devId);
    else
        result.failure = OutcomeText::general(outcome);
    m_context.notifyChanged(ConsoleContext::Terminals);
    return result;
}

TerminalCommands::Result TerminalCommands::rename(const storage::TerminalRow &terminal)
{
    RenameTerminalDialog dialog(terminal.devId, terminal.name, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {true, {}, {}, {}};
    const QString name = dialog.name();
    Result result = queue(terminal, protocol::CommandCode::SetFkName,
                          {{QLatin1String(protocol::ParameterKey::FkName), name}},
                          tr("Renaming %1 to %2 is queued.").arg(titleOf(terminal), name));
    // The service stored the name with the command: shown at once.
    m_context.notifyChanged(ConsoleContext::Terminals);
    return result;
}

TerminalCommands::Result TerminalCommands::syncTime(const storage::TerminalRow &terminal)
{
    return queueThrough([&terminal](services::CommandService &service,
                                    const services::Actor &actor) { return service.syncTime(terminal.devId, actor); },
                        tr("Setting the clock of %1 is queued.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::getStatus(const storage::TerminalRow &terminal)
{
    return queue(terminal, protocol::CommandCode::GetDeviceStatus, {},
                 tr("Asking %1 for its counts is queued.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::downloadKeypadLog(const storage::TerminalRow &terminal)
{
    return queue(terminal, protocol::CommandCode::GetSlogData, {},
                 tr("Downloading the keypad activity of %1 is queued.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::restart(const storage::TerminalRow &terminal)
{
    return queue(terminal, protocol::CommandCode::ResetFk, {}, tr("Restarting %1 is queued.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::pullUserList(const storage::TerminalRow &terminal)
{
    return queue(terminal, protocol::CommandCode::GetUserIdList, {},
                 tr("Pulling the user list of %1 is queued.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::pullLogs(const storage::TerminalRow &terminal)
{
    return pullLogs(QList<storage::TerminalRow>{terminal});
}

TerminalCommands::Result TerminalCommands::pullLogs(const QList<storage::TerminalRow> &terminals)
{
    QStringList titles;
    for (const storage::TerminalRow &terminal : terminals)
        titles << titleOf(terminal);
    const QTimeZone zone = m_context.reader().wait([](const QSqlDatabase &db) {
        return engine::ServerSettings::load(storage::SettingsRepository(db)).siteTimeZone;
    });
    PullLogsDialog dialog(titles.join(QLatin1String(", ")), QDateTime::currentDateTimeUtc().toTimeZone(zone).date(),
                          m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {true, {}, {}, {}};
    QJsonObject range;
    if (dialog.from().isValid()) {
        range.insert(QLatin1String(protocol::ParameterKey::BeginTime), protocolTime(dialog.from(), QTime(0, 0)));
        range.insert(QLatin1String(protocol::ParameterKey::EndTime), protocolTime(dialog.to(), QTime(23, 59, 59)));
    }
    const bool sinceLastPull = dialog.preset() == PullLogsDialog::Preset::SinceLastPull;
    Result all;
    for (const storage::TerminalRow &terminal : terminals) {
        const QString done = tr("Pulling logs from %1 is queued.").arg(titleOf(terminal));
        merge(&all, sinceLastPull ? queueThrough(
                                        [&terminal](services::CommandService &service, const services::Actor &actor) {
                                            return service.pullLogs(terminal.devId, QDate(), actor);
                                        },
                                        done)
                                  : queue(terminal, protocol::CommandCode::GetLogData, range, done));
    }
    return all;
}

TerminalCommands::Result TerminalCommands::downloadUsers(const QList<storage::TerminalRow> &terminals)
{
    QStringList devIds;
    for (const storage::TerminalRow &terminal : terminals)
        devIds << terminal.devId;
    auto *dialog = new RosterDownloadDialog(m_context, devIds, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return {true, {}, {}, {}};
}

TerminalCommands::Result TerminalCommands::forEach(const QList<storage::TerminalRow> &terminals, Command command)
{
    Result all{true, {}, {}, {}};
    for (const storage::TerminalRow &terminal : terminals)
        merge(&all, (this->*command)(terminal));
    return all;
}

void TerminalCommands::merge(Result *all, const Result &one)
{
    if (one.cancelled)
        return;
    all->cancelled = false;
    const auto append = [](QString *text, const QString &more) {
        if (!more.isEmpty())
            *text = text->isEmpty() ? more : *text + QLatin1Char(' ') + more;
    };
    append(&all->done, one.done);
    append(&all->failure, one.failure);
    all->jobIds += one.jobIds;
}

TerminalCommands::Result TerminalCommands::setServerAddress(const storage::TerminalRow &terminal)
{
    const http::ServerHost *server = m_context.server();
    const bool running = server && server->isRunning();
    ServerAddressDialog dialog(titleOf(terminal),
                               running ? reachableAddresses(server->address()) : QStringList(),
                               running ? server->port() : 0, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted
        || !ServerAddressConfirmation::confirm(m_dialogParent, titleOf(terminal),
                                               protocol::Commands::setWebServerInfo(dialog.address(), dialog.port())))
        return {true, {}, {}, {}};
    const QString address = QStringLiteral("%1:%2").arg(dialog.address()).arg(dialog.port());
    Result result = queue(terminal, protocol::CommandCode::SetWebServerInfo,
                          {{QLatin1String(protocol::ParameterKey::ServerIp), dialog.address()},
                           {QLatin1String(protocol::ParameterKey::ServerPort), dialog.port()}},
                          tr("Pointing %1 at %2 is queued.").arg(titleOf(terminal), address));
    if (result.jobIds.isEmpty() || !dialog.restartAfterwards())
        return result;
    const Result restarted = restart(terminal);
    result.jobIds += restarted.jobIds;
    result.failure = restarted.failure;
    if (restarted.failure.isEmpty())
        result.done = tr("Pointing %1 at %2 and restarting it are queued.").arg(titleOf(terminal), address);
    return result;
}

TerminalCommands::Result TerminalCommands::clearLogs(const storage::TerminalRow &terminal)
{
    if (!confirmByName(terminal, tr("Clear all logs"),
                       tr("This deletes every punch stored on %1. Punches already on this PC stay; punches not "
                          "yet pulled are lost for good.")
                           .arg(titleOf(terminal)),
                       tr("Clear &logs")))
        return {true, {}, {}, {}};
    return queue(terminal, protocol::CommandCode::ClearLogData, {},
                 tr("Clearing the logs of %1 is queued.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::clearEnrollments(const storage::TerminalRow &terminal)
{
    if (!confirmByName(terminal, tr("Clear all enrollments"),
                       tr("This deletes every user, fingerprint, face, card and password on %1. Nobody can punch "
                          "there until users are sent to it again.")
                           .arg(titleOf(terminal)),
                       tr("Clear &enrollments")))
        return {true, {}, {}, {}};
    return queue(terminal, protocol::CommandCode::ClearEnrollData, {},
                 tr("Clearing the enrollments of %1 is queued.").arg(titleOf(terminal)));
}

TerminalCommands::Result TerminalCommands::retry(qint64 jobId)
{
    return queueThrough([jobId](services::CommandService &service,
                                const services::Actor &actor) { return service.retry(jobId, actor); },
                        tr("Job %1 is queued again.").arg(jobId));
}

bool TerminalCommands::show(const Result &result, QLabel *label)
{
    if (result.cancelled)
        return false;
    const bool failed = !result.failure.isEmpty();
    showText(label, failed ? result.failure : result.done, failed,
             result.jobIds.isEmpty() ? 0 : result.jobIds.constFirst());
    return true;
}

void TerminalCommands::showText(QLabel *label, const QString &text, bool failed, qint64 jobId)
{
    QString html = text.toHtmlEscaped();
    if (jobId)
        html = tr("%1 <a href=\"job:%2\">Open the job</a>").arg(html).arg(jobId);
    label->setProperty("role", failed ? QStringLiteral("fieldError") : QString());
    label->style()->unpolish(label);
    label->style()->polish(label);
    label->setText(html);
    label->show();
}

bool TerminalCommands::confirmByName(const storage::TerminalRow &terminal, const QString &title, const QString &warning,
                                     const QString &actionText)
{
    ConfirmByNameDialog dialog(title, warning, titleOf(terminal), actionText, m_dialogParent);
    return dialog.exec() == QDialog::Accepted && dialog.isConfirmed();
}

TerminalCommands::Result TerminalCommands::queue(const storage::TerminalRow &terminal, protocol::CommandCode code,
                                                 const QJsonObject &parameters, const QString &done)
{
    return queueThrough(
        [&](services::CommandService &service, const services::Actor &actor) {
            return service.queue(terminal.devId, code, parameters, {}, actor);
        },
        done);
}

TerminalCommands::Result TerminalCommands::queueThrough(const CommandCall &call, const QString &done)
{
    const services::CommandService::Outcome outcome = withService<services::CommandService>(call);
    m_context.notifyChanged(ConsoleContext::Jobs);
    return {false, outcome.ok() ? done : QString(), TerminalMessages::failure(outcome), outcome.jobIds};
}

} // namespace punchclock::ui
