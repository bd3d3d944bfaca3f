#include "jobrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace punchclock::storage {

namespace {

constexpr std::array<std::pair<JobStatus, const char *>, 5> statusNames{{
    {JobStatus::Wait, "WAIT"},
    {JobStatus::Run, "RUN"},
    {JobStatus::Result, "RESULT"},
    {JobStatus::Cancelled, "CANCELLED"},
    {JobStatus::Timeout, "TIMEOUT"},
}};

QString selectJobs(bool withResult)
{
    return QStringLiteral("SELECT j.id, j.dev_id, j.cmd_code, j.parameters, j.build_at_delivery, j.status, "
                          "j.return_code, %1, j.summary, j.queued_by, j.operation_id, j.depends_on, j.created_at, "
                          "j.sent_at, j.finished_at, j.status_changed_at, j.build_from_dev_id, j.reads_back, "
                          "j.delivery_note FROM jobs j")
        .arg(withResult ? QStringLiteral("j.result") : QStringLiteral("NULL"));
}

const QString jobColumns = selectJobs(true);

QDateTime utc(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

template<typename Query>
JobRow rowFrom(const Query &query)
{
    JobRow row;
    row.id = query.value(0).toLongLong();
    row.devId = query.value(1).toString();
    row.commandCode = query.value(2).toString();
    row.parameters = query.value(3).toByteArray();
    row.buildAtDelivery = query.value(4).toBool();
    row.status = jobStatusFromName(query.value(5).toString()).value_or(JobStatus::Wait);
    row.returnCode = query.value(6).toString();
    row.result = query.value(7).toByteArray();
    row.summary = query.value(8).toString();
    row.queuedBy = query.value(9).toString();
    row.operationId = optionalId(query.value(10));
    row.dependsOn = optionalId(query.value(11));
    row.createdAt = utc(query.value(12));
    row.sentAt = utc(query.value(13));
    row.finishedAt = utc(query.value(14));
    row.statusChangedAt = utc(query.value(15));
    row.buildFromDevId = query.value(16).toString();
    row.readsBack = optionalId(query.value(17));
    row.deliveryNote = query.value(18).toString();
    return row;
}

QString statusList(std::initializer_list<JobStatus> statuses)
{
    QStringList names;
    for (JobStatus status : statuses)
        names << QLatin1Char('\'') + jobStatusName(status) + QLatin1Char('\'');
    return names.join(QLatin1Char(','));
}

} // namespace

QString jobStatusName(JobStatus status)
{
    for (const auto &[value, name] : statusNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return {};
}

std::optional<JobStatus> jobStatusFromName(const QString &name)
{
    for (const auto &[value, text] : statusNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool isFinal(JobStatus status)
{
    return status == JobStatus::Result || status == JobStatus::Cancelled || status == JobStatus::Timeout;
}

bool answerUnreadable(const QString &summary)
{
    // Most summaries say what a result did: only those naming "error" are worth parsing.
    return summary.contains(QLatin1String("\"error\""))
        && QJsonDocument::fromJson(summary.toUtf8()).object().contains(QLatin1String("error"));
}

bool writeNotApplied(const QString &summary)
{
    return summary.contains(QLatin1String("\"not_applied\""))
        && QJsonDocument::fromJson(summary.toUtf8()).object().contains(QLatin1String("not_applied"));
}

bool jobFailed(JobStatus status, const QString &returnCode, const QString &summary)
{
    return status == JobStatus::Timeout
        || (status == JobStatus::Result
            && (returnCode != QLatin1String("OK") || answerUnreadable(summary) || writeNotApplied(summary)));
}

JobRepository::JobRepository(QSqlDatabase db)
    : m_db(db)
    , m_statements(db)
{
}

std::optional<qint64> JobRepository::createOperation(const QString &kind, const QString &description,
                                                      const QString &queuedBy)
{
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("INSERT INTO operations (kind, description, queued_by, created_at) VALUES (?, ?, ?, ?) "
                       "RETURNING id"),
        {kind, description, queuedBy, utcNowText()});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> JobRepository::enqueue(const NewJob &job)
{
    const QString now = utcNowText();
    qint64 id = 0;
    {
        StatementCache::Handle query = m_statements.run(
            QStringLiteral("INSERT INTO jobs (dev_id, cmd_code, parameters, build_at_delivery, build_from_dev_id, "
                           "status, queued_by, operation_id, depends_on, created_at, status_changed_at, reads_back) "
                           "VALUES (?, ?, ?, ?, ?, 'WAIT', ?, ?, ?, ?, ?, ?) RETURNING id"),
            {job.devId, job.commandCode, job.parameters.isEmpty() ? QVariant() : QVariant(job.parameters),
             job.buildAtDelivery ? 1 : 0, job.buildFromDevId.isEmpty() ? QVariant() : QVariant(job.buildFromDevId),
             job.queuedBy, nullable(job.operationId), nullable(job.dependsOn), now, now, nullable(job.readsBack)});
        if (!query.next())
            return std::nullopt;
        id = query.value(0).toLongLong();
    }
    if (!addEvent(id, JobStatus::Wait, now, job.queuedBy.isEmpty() ? QString() : QStringLiteral("queued by ") + job.queuedBy))
        return std::nullopt;
    return id;
}

std::optional<JobRow> JobRepository::find(qint64 id) const
{
    StatementCache::Handle query = m_statements.run(jobColumns + QStringLiteral(" WHERE j.id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return rowFrom(query);
}

bool JobRepository::exists(qint64 id) const
{
    return m_statements.run(QStringLiteral("SELECT 1 FROM jobs WHERE id = ?"), {id}).next();
}

QHash<JobStatus, int> JobRepository::countByStatus(const QString &devId) const
{
    QHash<JobStatus, int> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool ok = devId.isEmpty()
        ? exec(query, QStringLiteral("SELECT status, COUNT(*) FROM jobs GROUP BY status"), {})
        : exec(query, QStringLiteral("SELECT status, COUNT(*) FROM jobs WHERE dev_id = ? GROUP BY status"), {devId});
    if (!ok)
        return counts;
    while (query.next()) {
        if (const std::optional<JobStatus> status = jobStatusFromName(query.value(0).toString()))
            counts.insert(*status, query.value(1).toInt());
    }
    return counts;
}

int JobRepository::countActive() const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE status IN ('WAIT', 'RUN')"));
    return query.next() ? query.value(0).toInt() : -1;
}

int JobRepository::countFailedSince(const QDateTime &sinceUtc) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE failed = 1 AND status_changed_at >= ?"),
                         {sinceUtc.toUTC().toString(Qt::ISODateWithMs)});
    return query.next() ? query.value(0).toInt() : -1;
}

JobHistoryMark JobRepository::latestEvent() const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT id, at FROM job_events ORDER BY id DESC LIMIT 1"));
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), utc(query.value(1))};
}

QDateTime JobRepository::eventTime(qint64 eventId) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT at FROM job_events WHERE id = ?"), {eventId});
    return query.next() ? utc(query.value(0)) : QDateTime();
}

qint64 JobRepository::firstMissingEvent(const JobEventSpan &span) const
{
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT id FROM job_events WHERE id > ? AND id <= ? ORDER BY id"), {span.afterEvent, span.upToEvent});
    qint64 expected = span.afterEvent + 1;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != expected)
            return expected;
        ++expected;
    }
    return expected <= span.upToEvent ? expected : 0;
}

QList<qint64> JobRepository::changedIn(const JobEventSpan &span) const
{
    QList<qint64> ids;
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT DISTINCT job_id FROM job_events WHERE id > ? AND id <= ?"),
        {span.afterEvent, span.upToEvent});
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<JobRow> JobRepository::list(const JobFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.devId.isEmpty()) {
        conditions << QStringLiteral("j.dev_id = ?");
        values << filter.devId;
    }
    if (!filter.commandCode.isEmpty()) {
        conditions << QStringLiteral("j.cmd_code = ?");
        values << filter.commandCode;
    }
    if (filter.status) {
        conditions << QStringLiteral("j.status = ?");
        values << jobStatusName(*filter.status);
    }
    if (filter.outcome) {
        switch (*filter.outcome) {
        case JobOutcome::Active: conditions << QStringLiteral("j.status IN ('WAIT', 'RUN')"); break;
        case JobOutcome::Failed: conditions << QStringLiteral("j.failed = 1"); break;
        case JobOutcome::Done: conditions << QStringLiteral("j.status = 'RESULT' AND j.failed = 0"); break;
        case JobOutcome::Cancelled: conditions << QStringLiteral("j.status = 'CANCELLED'"); break;
        }
    }
    if (filter.changedIn) {
        conditions << QStringLiteral("j.id IN (SELECT job_id FROM job_events WHERE id > ? AND id <= ?)");
        values << filter.changedIn->afterEvent << filter.changedIn->upToEvent;
    }
    if (filter.operationId) {
        conditions << QStringLiteral("j.operation_id = ?");
        values << *filter.operationId;
    }
    if (!filter.hideDoneQueuedBy.isEmpty()) {
        QStringList marks(filter.hideDoneQueuedBy.size(), QStringLiteral("?"));
        conditions << QStringLiteral("NOT (j.status = 'RESULT' AND j.failed = 0 AND j.queued_by IN (%1))")
                          .arg(marks.join(QLatin1Char(',')));
        for (const QString &queuedBy : filter.hideDoneQueuedBy)
            values << queuedBy;
    }
    if (filter.beforeId) {
        conditions << QStringLiteral("j.id < ?");
        values << *filter.beforeId;
    }
    if (filter.fromId) {
        conditions << QStringLiteral("j.id >= ?");
        values << *filter.fromId;
    }
    QString sql = selectJobs(filter.withResult);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY j.id DESC");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    QList<JobRow> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, sql, values))
        return rows;
    while (query.next())
        rows.append(rowFrom(query));
    return rows;
}

QList<JobEvent> JobRepository::events(qint64 id) const
{
    QList<JobEvent> events;
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT status, at, detail FROM job_events WHERE job_id = ? ORDER BY id"), {id}))
        return events;
    while (query.next()) {
        events.append({jobStatusFromName(query.value(0).toString()).value_or(JobStatus::Wait), utc(query.value(1)),
                       query.value(2).toString()});
    }
    return events;
}

std::optional<bool> JobRepository::hasOpenJobs(const QString &devId) const
{
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT 1 FROM jobs WHERE dev_id = ? AND status IN ('WAIT', 'RUN') LIMIT 1"), {devId});
    if (!query.ok())
        return std::nullopt;
    return query.next();
}

QHash<QString, int> JobRepository::openJobsByTerminal() const
{
    QHash<QString, int> open;
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT dev_id, COUNT(*) FROM jobs WHERE status IN ('WAIT', 'RUN') GROUP BY dev_id")))
        return open;
    while (query.next())
        open.insert(query.value(0).toString(), query.value(1).toInt());
    return open;
}

std::optional<JobRow> JobRepository::nextDeliverable(const QString &devId) const
{
    StatementCache::Handle query = m_statements.run(
        jobColumns
            + QStringLiteral(" WHERE j.dev_id = ? AND j.status = 'WAIT' AND (j.depends_on IS NULL OR EXISTS "
                             "(SELECT 1 FROM jobs d WHERE d.id = j.depends_on AND d.status = 'RESULT' "
                             "AND d.return_code = 'OK' AND d.failed = 0)) "
                             "ORDER BY CASE WHEN j.cmd_code = 'RESET_FK' THEN 0 WHEN j.reads_back IS NOT NULL THEN 1 ELSE 2 END, "
                             "j.id LIMIT 1")
            // Several servers on one PostgreSQL database: the job is locked until this
            // transaction marks it sent, and a server polled meanwhile passes it by rather than
            // waiting for it and then failing the poll. SQLite has one writer at a time already.
            + (m_db.driverName() == QLatin1String("QPSQL") ? QStringLiteral(" FOR UPDATE OF j SKIP LOCKED") : QString()),
        {devId});
    if (!query.next())
        return std::nullopt;
    return rowFrom(query);
}

QList<qint64> JobRepository::running(const QString &devId) const
{
    QList<qint64> ids;
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT id FROM jobs WHERE dev_id = ? AND status = 'RUN' AND NOT EXISTS "
                                        "(SELECT 1 FROM jobs r WHERE r.reads_back = jobs.id "
                                        "AND r.status IN ('WAIT', 'RUN')) ORDER BY id"),
                         {devId});
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QList<qint64> JobRepository::runningSince(const QDateTime &sentBefore) const
{
    QList<qint64> ids;
    // Several servers: a job another one is answering now is its to end, not a late one to
    // expire; waiting for it could close a circle of waits with that server.
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("SELECT id FROM jobs WHERE status = 'RUN' AND sent_at < ? ORDER BY id")
            + (m_db.driverName() == QLatin1String("QPSQL") ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()),
        {sentBefore.toUTC().toString(Qt::ISODateWithMs)});
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool JobRepository::hasReadBack(qint64 id) const
{
    StatementCache::Handle query =
        m_statements.run(QStringLiteral("SELECT 1 FROM jobs WHERE reads_back = ? LIMIT 1"), {id});
    return query.next();
}

QList<qint64> JobRepository::orphaned() const
{
    QList<qint64> ids;
    StatementCache::Handle query = m_statements.run(QStringLiteral(
        "SELECT j.id FROM jobs j JOIN jobs d ON d.id = j.depends_on WHERE j.status = 'WAIT' "
        "AND d.status IN ('CANCELLED', 'TIMEOUT', 'RESULT') "
        "AND NOT (d.status = 'RESULT' AND d.return_code = 'OK' AND d.failed = 0)"));
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

bool JobRepository::transition(qint64 id, std::initializer_list<JobStatus> from, JobStatus to, const QString &detail)
{
    const QString now = utcNowText();
    const QString finished = isFinal(to) ? QStringLiteral(", finished_at = ?") : QString();
    QVariantList values{jobStatusName(to), jobFailed(to, {}, {}) ? 1 : 0, now};
    if (isFinal(to))
        values << now;
    values << id;
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("UPDATE jobs SET status = ?, failed = ?, status_changed_at = ?") + finished
            + QStringLiteral(" WHERE id = ? AND status IN (") + statusList(from) + QLatin1Char(')'),
        values);
    if (!query.ok() || query.numRowsAffected() != 1)
        return false;
    return addEvent(id, to, now, detail);
}

bool JobRepository::markSent(qint64 id, const QByteArray &parametersSent, const QString &deliveryNote)
{
    const QString now = utcNowText();
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("UPDATE jobs SET status = 'RUN', status_changed_at = ?, sent_at = ?, parameters = ?, "
                       "delivery_note = ? WHERE id = ? AND status = 'WAIT'"),
        {now, now, parametersSent.isEmpty() ? QVariant() : QVariant(parametersSent), deliveryNote, id});
    if (!query.ok() || query.numRowsAffected() != 1)
        return false;
    return addEvent(id, JobStatus::Run, now, deliveryNote);
}


bool JobRepository::recordResult(qint64 id, std::initializer_list<JobStatus> from, const QString &returnCode,
                                 const QByteArray &result, const QString &summary, const QString &detail)
{
    const QString now = utcNowText();
    StatementCache::Handle query = m_statements.run(
        QStringLiteral("UPDATE jobs SET status = 'RESULT', failed = ?, status_changed_at = ?, finished_at = ?, "
                       "return_code = ?, result = ?, summary = ? WHERE id = ? AND status IN (")
            + statusList(from) + QLatin1Char(')'),
        {jobFailed(JobStatus::Result, returnCode, summary) ? 1 : 0, now, now, returnCode,
         result.isEmpty() ? QVariant() : QVariant(result), summary, id});
    if (!query.ok() || query.numRowsAffected() != 1)
        return false;
    return addEvent(id, JobStatus::Result, now, detail.isEmpty() ? returnCode : detail);
}

bool JobRepository::addEvent(qint64 id, JobStatus status, const QString &at, const QString &detail)
{
    return m_statements
        .run(QStringLiteral("INSERT INTO job_events (job_id, status, at, detail) VALUES (?, ?, ?, ?)"),
             {id, jobStatusName(status), at, detail})
        .ok();
}

} // namespace punchclock::storage
