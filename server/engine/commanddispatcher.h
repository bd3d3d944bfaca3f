#pragma once

#include "templatescreen.h"
#include "terminalrequest.h"

#include "jobrepository.h"
#include "recordlibrary.h"
#include "terminalrepository.h"

#include <QSet>

#include <optional>

namespace punchclock::storage {
class UserRepository;
}

namespace punchclock::engine {

class ResultApplier;
class SiteClock;
struct ServerSettings;

// The command side of the protocol (protocol.md §4.2, §4.3, §7): which job a polling terminal
// gets, what its answer does, and when a job has waited long enough. Every method runs inside the
// engine's write transaction, so a job's state change commits together with its effect.
class CommandDispatcher
{
public:
    static constexpr char ClockSyncQueuedBy[] = "automatic clock sync";

    CommandDispatcher(storage::JobRepository &jobs, storage::UserRepository &users,
                      storage::TerminalRepository &terminals, ResultApplier &applier, SiteClock &siteClock);

    // For an approved terminal: ends jobs it abandoned, queues a clock sync when due, and
    // hands out the next job. `reply` is set only when the write succeeded.
    bool answerPoll(const TerminalRequest &poll, const storage::TerminalStanding &terminal,
                    std::optional<qint64> clockDriftSeconds, const ServerSettings &settings, TerminalReply *reply);
    // A write to a user answered OK is read back (settings.readBackWrites) before it ends.
    bool acceptResult(const TerminalRequest &result, const storage::TerminalStanding &terminal,
                      const ServerSettings &settings, TerminalReply *reply);
    // RUN jobs past the timeout end as TIMEOUT; jobs whose prerequisite failed are cancelled.
    // Returns how many jobs changed.
    int expire(int timeoutSeconds);
    // The terminal's answer to this job could not be stored and was refused. Terminals never
    // send an answer twice (protocol.md §4.3), so at its next poll the job is sent again when
    // that is safe (protocol::isSafeToRepeat), and otherwise ends saying what happened. Kept in
    // memory: after a restart such a job ends as TIMEOUT like any unanswered one.
    void resultNotStored(qint64 jobId);
    QSet<qint64> unstoredResults() const { return m_unstoredResults; }

private:
    bool endAbandoned(const QString &devId);
    static bool clockSyncWanted(std::optional<qint64> driftSeconds, const ServerSettings &settings);
    bool queueClockSyncIfDue(const QString &devId, std::optional<qint64> driftSeconds, const ServerSettings &settings);
    // The parameters as this terminal is sent them; nullopt with the reason when they cannot be.
    // `note`: what was left out or sent without knowing whether the terminal can use it.
    std::optional<QByteArray> parametersForDelivery(const storage::JobRow &job, const storage::TerminalStanding &terminal,
                                                    QString *refusal, QString *note);
    std::optional<QByteArray> userForDelivery(const storage::JobRow &job, protocol::DigitForm form, QString *refusal,
                                              QString *note);
    // The write stays RUN; a GET_USER_INFO for its user goes first at the next poll.
    bool startReadBack(const storage::JobRow &job);
    // The read-back `readBack` ended: its write ends as the terminal really has the user.
    bool concludeReadBack(const storage::JobRow &readBack, const QString &returnCode, const QByteArray &body);
    // `held`: the user as read back; nullopt when the terminal does not hold it.
    bool finishWrite(const storage::JobRow &write, const std::optional<protocol::UserEnrollment> &held,
                     bool enabledReported = true);
    int cancelOrphans();
    bool endJobWithLostResult(const storage::JobRow &job);

    storage::JobRepository &m_jobs;
    storage::UserRepository &m_users;
    storage::TerminalRepository &m_terminals;
    TemplateScreen m_screen;
    ResultApplier &m_applier;
    SiteClock &m_siteClock;
    QSet<qint64> m_unstoredResults;
};

} // namespace punchclock::engine
