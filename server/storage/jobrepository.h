#pragma once

#include "sqlsupport.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace punchclock::storage {

// trans_status of a job: WAIT → RUN (sent in a receive_cmd reply) → RESULT (the terminal
// answered) | CANCELLED (by an operator, or its prerequisite failed) | TIMEOUT (no answer).
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

struct JobRow
{
    qint64 id = 0;
    QString devId;
    QString commandCode;
    QByteArray parameters; // framed body; empty for parameterless commands
    bool buildAtDelivery = false;
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
    QString queuedBy;
    std::optional<qint64> operationId;
    std::optional<qint64> dependsOn;
};

struct JobFilter
{
    QString devId;
    std::optional<JobStatus> status;
    std::optional<qint64> operationId;
    // Keyset paging over the id order: ids below `beforeId`, at or above `fromId`.
    std::optional<qint64> beforeId;
    std::optional<qint64> fromId;
    int limit = 500; // -1 for all
    // Off for lists: a log pull's raw answer can run to megabytes, and its summary says what it did.
    bool withResult = true;
};

class JobRepository
{
public:
    explicit JobRepository(QSqlDatabase db);

    std::optional<qint64> createOperation(const QString &kind, const QString &description, const QString &queuedBy);
    std::optional<qint64> enqueue(const NewJob &job);

    std::optional<JobRow> find(qint64 id) const;
    QList<JobRow> list(const JobFilter &filter) const; // newest first
    QList<JobEvent> events(qint64 id) const;
    // How many jobs are in each status (statuses with none are absent), optionally of one terminal.
    QHash<JobStatus, int> countByStatus(const QString &devId = {}) const;
    // Jobs that ended in TIMEOUT, in a RESULT other than OK, or in an answer that could not be
    // read, at or after `sinceUtc`; -1 when the database cannot say.
    int countFailedSince(const QDateTime &sinceUtc) const;

    // The job to send at this terminal's poll: RESET_FK before anything, then the oldest
    // waiting job whose prerequisite (if any) succeeded.
    std::optional<JobRow> nextDeliverable(const QString &devId) const;
    QList<qint64> running(const QString &devId) const;
    // RUN jobs sent before `sentBefore` (UTC).
    QList<qint64> runningSince(const QDateTime &sentBefore) const;
    // Waiting jobs whose prerequisite ended without success.
    QList<qint64> orphaned() const;

    // Moves the job from one of `from` to `to`, records the event; false when the job was not
    // in one of `from` (someone else got there first).
    bool transition(qint64 id, std::initializer_list<JobStatus> from, JobStatus to, const QString &detail = {});
    bool markSent(qint64 id, const QByteArray &parametersSent);
    bool recordResult(qint64 id, std::initializer_list<JobStatus> from, const QString &returnCode,
                      const QByteArray &result, const QString &summary, const QString &detail = {});

private:
    bool addEvent(qint64 id, JobStatus status, const QString &at, const QString &detail);

    QSqlDatabase m_db;
    mutable StatementCache m_statements;
};

} // namespace punchclock::storage
