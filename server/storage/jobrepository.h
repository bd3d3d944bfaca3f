#pragma once

#include "storewrite.h"

#include "sqlsupport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace punchclock::storage {

// trans_status of a job: WAIT → RUN (sent in a receive_cmd reply) → RESULT (the terminal
// answered) | CANCELLED (by an operator, or its prerequisite failed) | TIMEOUT (no answer).
// A write to a user that the terminal answered OK stays RUN until a GET_USER_INFO read it back
// (jobs.reads_back); only then does it become RESULT, failed when the terminal did not apply it.
enum class JobStatus {
    Wait,
    Run,
    Result,
    Cancelled,
    Timeout,
};

QString jobStatusName(JobStatus status); // "WAIT", "RUN", …
std::optional<JobStatus> jobStatusFromName(const QString &name);
bool isFinal(JobStatus status);

// The terminal answered, but the result could not be used: its summary carries "error".
bool answerUnreadable(const QString &summary);
// The one rule of a failed job, for every colour, filter, count and list: no answer (TIMEOUT),
// a refusal (a RESULT other than OK), or an answer that could not be read. The repository keeps
// it in jobs.failed, so that SQL asks the column instead of restating the rule.
bool jobFailed(JobStatus status, const QString &returnCode, const QString &summary);
// The terminal answered OK to a write but reading the user back showed it was not applied
// (protocol.md §11.7): the summary carries "not_applied" with what differs.
bool writeNotApplied(const QString &summary);

// What became of a job, as the Jobs page groups them.
enum class JobOutcome {
    Active,    // WAIT, RUN
    Failed,    // jobFailed()
    Done,      // RESULT that did not fail
    Cancelled,
};

struct JobRow
{
    qint64 id = 0;
    QString devId;
    QString commandCode;
    QByteArray parameters; // framed body; empty for parameterless commands
    bool buildAtDelivery = false;
    QString buildFromDevId; // built from what this terminal holds; empty: from everything stored
    std::optional<qint64> readsBack; // a GET_USER_INFO checking this write job
    QString deliveryNote;            // what was left out of the parameters at delivery, and why
    JobStatus status = JobStatus::Wait;
    QString returnCode; // the terminal's cmd_return_code, verbatim
    QByteArray result;  // the reassembled result body
    QString summary;    // JSON: what the result did to the store
    QString queuedBy;
    std::optional<qint64> operationId;
    std::optional<qint64> dependsOn;
    QDateTime createdAt; // UTC
    QDateTime sentAt;
    QDateTime finishedAt;
    QDateTime statusChangedAt;

    QString transId() const { return QString::number(id); }
    bool succeeded() const { return status == JobStatus::Result && returnCode == QLatin1String("OK"); }
    bool failed() const { return jobFailed(status, returnCode, summary); }
};

struct JobEvent
{
    JobStatus status = JobStatus::Wait;
    QDateTime at; // UTC
    QString detail;
};

struct NewJob
{
    QString devId;
    QString commandCode;
    QByteArray parameters;
    bool buildAtDelivery = false;
    QString buildFromDevId; // see JobRow
    std::optional<qint64> readsBack; // see JobRow
    QString queuedBy;
    std::optional<qint64> operationId;
    std::optional<qint64> dependsOn;
};

// A span of the job history (job_events ids): after `afterEvent`, up to and with `upToEvent`.
struct JobEventSpan
{
    qint64 afterEvent = 0;
    qint64 upToEvent = 0;
};

// The newest entry of the job history. Every change of a job adds one, in commit order, so a
// reader that remembers it can ask for what changed since; if the entry it remembers is gone or
// different, the history was replaced (a restored backup).
struct JobHistoryMark
{
    qint64 eventId = 0; // 0: no history yet
    QDateTime at;

    bool operator==(const JobHistoryMark &other) const { return eventId == other.eventId && at == other.at; }
};

struct JobFilter
{
    QString devId;
    QString commandCode; // "GET_LOG_DATA"
    std::optional<JobStatus> status;
    std::optional<JobOutcome> outcome;
    std::optional<qint64> operationId;
    // Routine work: jobs queued by these (e.g. the automatic clock sync) are left out once they
    // ended well, so that a day of them does not bury the operators' own; failures still show.
    QStringList hideDoneQueuedBy;
    // Keyset paging over the id order: ids below `beforeId`, at or above `fromId`.
    std::optional<qint64> beforeId;
    std::optional<qint64> fromId;
    // Only jobs queued or changed within this span of the history.
    std::optional<JobEventSpan> changedIn;
    int limit = 500; // -1 for all
    // Off for lists: a log pull's raw answer can run to megabytes, and its summary says what it did.
    bool withResult = true;
};

class JobRepository
{
public:
    explicit JobRepository(QSqlDatabase db);

    PUNCHCLOCK_STORE_WRITE std::optional<qint64> createOperation(const QString &kind, const QString &description, const QString &queuedBy);
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> enqueue(const NewJob &job);

    std::optional<JobRow> find(qint64 id) const;
    // Without reading the job's answer, which can run to megabytes.
    bool exists(qint64 id) const;
    QList<JobRow> list(const JobFilter &filter) const; // newest first
    QList<JobEvent> events(qint64 id) const;
    // How many jobs are in each status (statuses with none are absent), optionally of one terminal.
    QHash<JobStatus, int> countByStatus(const QString &devId = {}) const;
    // Jobs waiting or sent; -1 when the database cannot say.
    int countActive() const;
    // Jobs that failed (jobFailed) at or after `sinceUtc`; -1 when the database cannot say.
    int countFailedSince(const QDateTime &sinceUtc) const;

    JobHistoryMark latestEvent() const;
    // When the history entry `eventId` was written; invalid when there is none.
    QDateTime eventTime(qint64 eventId) const;
    // The jobs queued or changed within `span`, whatever they are now.
    QList<qint64> changedIn(const JobEventSpan &span) const;
    // The first id of the span that the history does not hold, 0 when it holds all. On SQLite
    // ids are handed out in commit order and a gap is for good (a rolled-back change). On
    // PostgreSQL with several writers (servers, consoles) a change that took an id may still be
    // committing while a later one is already visible: a reader that moved its mark past the gap
    // would never see it.
    qint64 firstMissingEvent(const JobEventSpan &span) const;

    // Whether the terminal has any job waiting or under way: most polls find none, and then
    // neither of the two reads below is needed. nullopt when the read failed.
    std::optional<bool> hasOpenJobs(const QString &devId) const;
    // Jobs waiting or under way per terminal (those with none are absent), in one read.
    QHash<QString, int> openJobsByTerminal() const;
    // The job to send at this terminal's poll: RESET_FK before anything, then the oldest
    // waiting job whose prerequisite (if any) succeeded.
    std::optional<JobRow> nextDeliverable(const QString &devId) const;
    // Jobs sent and not answered; a write whose read-back is still under way is not among them.
    QList<qint64> running(const QString &devId) const;
    // RUN jobs sent before `sentBefore` (UTC).
    QList<qint64> runningSince(const QDateTime &sentBefore) const;
    // Whether a read-back of this write was queued (jobs.reads_back).
    bool hasReadBack(qint64 id) const;
    // Waiting jobs whose prerequisite ended without success.
    QList<qint64> orphaned() const;

    // Moves the job from one of `from` to `to`, records the event; false when the job was not
    // in one of `from` (someone else got there first).
    PUNCHCLOCK_STORE_WRITE bool transition(qint64 id, std::initializer_list<JobStatus> from, JobStatus to, const QString &detail = {});
    // `deliveryNote`: what was left out of the parameters, and why (kept with the job).
    PUNCHCLOCK_STORE_WRITE bool markSent(qint64 id, const QByteArray &parametersSent, const QString &deliveryNote = {});
    PUNCHCLOCK_STORE_WRITE bool recordResult(qint64 id, std::initializer_list<JobStatus> from, const QString &returnCode,
                      const QByteArray &result, const QString &summary, const QString &detail = {});

private:
    bool addEvent(qint64 id, JobStatus status, const QString &at, const QString &detail);

    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace punchclock::storage
