#pragma once

#include "commandservice.h"
#include "outcome.h"
#include "protocolcodes.h"
#include "terminalrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

class QLabel;
class QWidget;

namespace punchclock::ui {

class ConsoleContext;

// What the Terminals page and the Dashboard do to one terminal: asks what it needs (dialogs
// parented to the page), approves, blocks and pins through services::TerminalAdmin, queues
// commands through services::CommandService, and says what happened in words. Both pages call
// these, so an action says the same wherever it is taken.
class TerminalCommands
{
    Q_DECLARE_TR_FUNCTIONS(TerminalCommands)

public:
    struct Result
    {
        bool cancelled = false; // the operator changed their mind: nothing to report
        QString done;           // what was queued or changed
        QString failure;        // why nothing was
        QList<qint64> jobIds;
    };
    using Command = Result (TerminalCommands::*)(const storage::TerminalRow &);
    using CommandOnMany = Result (TerminalCommands::*)(const QList<storage::TerminalRow> &);

    TerminalCommands(ConsoleContext &context, QWidget *dialogParent);

    Result approve(const storage::TerminalRow &terminal);
    Result block(const storage::TerminalRow &terminal);
    // One confirmation for all of them.
    Result block(const QList<storage::TerminalRow> &terminals);
    // Serves the terminal from terminal.remoteAddress only, the address the operator saw; a
    // terminal that talks from another one by now is left unpinned, with why.
    Result pinAddress(const storage::TerminalRow &terminal);
    Result unpinAddress(const storage::TerminalRow &terminal);
    Result rename(const storage::TerminalRow &terminal);
    Result syncTime(const storage::TerminalRow &terminal);
    Result getStatus(const storage::TerminalRow &terminal);
    // The whole administrator log (GET_SLOG_DATA); what is already stored is not stored again.
    Result downloadKeypadLog(const storage::TerminalRow &terminal);
    Result restart(const storage::TerminalRow &terminal);
    Result pullLogs(const storage::TerminalRow &terminal);
    // One choice of range for all of them.
    Result pullLogs(const QList<storage::TerminalRow> &terminals);
    Result pullUserList(const storage::TerminalRow &terminal);
    // The whole roster of each (RosterDownloadDialog, which reports for itself).
    Result downloadUsers(const QList<storage::TerminalRow> &terminals);
    Result setServerAddress(const storage::TerminalRow &terminal);
    Result clearLogs(const storage::TerminalRow &terminal);
    Result clearEnrollments(const storage::TerminalRow &terminal);
    // The same command to the same terminal, as a new job (a failed one on the Dashboard or
    // the Jobs page).
    Result retry(qint64 jobId);

    // `command` to each terminal, what happened to each in one result.
    Result forEach(const QList<storage::TerminalRow> &terminals, Command command);

    static QString titleOf(const storage::TerminalRow &terminal);
    // Shows what happened in `label` (a failure styled as one, a queued job as a link
    // "job:<id>"); nothing for a cancelled action. False when there was nothing to show.
    static bool show(const Result &result, QLabel *label);
    // `text` in `label`, styled as a failure or not, with a link to the job when there is one.
    static void showText(QLabel *label, const QString &text, bool failed, qint64 jobId);

private:
    // `one` added to `all`: the texts joined, the jobs together; a cancelled one adds nothing.
    static void merge(Result *all, const Result &one);
    Result queue(const storage::TerminalRow &terminal, protocol::CommandCode code, const QJsonObject &parameters,
                 const QString &done);
    using CommandCall =
        std::function<services::CommandService::Outcome(services::CommandService &, const services::Actor &)>;
    // What `call` queued, `done` when it did; the Jobs page hears of it.
    Result queueThrough(const CommandCall &call, const QString &done);
    Result setApproval(const storage::TerminalRow &terminal, bool approve, const QString &done);
    // What a TerminalAdmin call came to; the pages hear of the change.
    Result adminResult(const storage::TerminalRow &terminal, const services::Outcome &outcome, const QString &done);
    // `call(service, actor)` with a `Service` of the console's database, as the operator acting
    // now: on the reader's thread across a network, the window painting meanwhile.
    template <typename Service, typename Call>
    auto withService(Call call);
    // Asks for the terminal's name to be typed; false when the operator did not.
    bool confirmByName(const storage::TerminalRow &terminal, const QString &title, const QString &warning,
                       const QString &actionText);

    ConsoleContext &m_context;
    QWidget *m_dialogParent;
};

} // namespace punchclock::ui
