#include "enrollmentrequestrepository.h"

#include "sqlsupport.h"

#include <algorithm>
#include <array>

namespace punchclock::storage {

namespace {

constexpr std::array<std::pair<EnrollmentState, const char *>, 5> stateNames{{
    {EnrollmentState::Waiting, "waiting"},
    {EnrollmentState::Enrolled, "enrolled"},
    {EnrollmentState::TimedOut, "timed_out"},
    {EnrollmentState::Refused, "refused"},
    {EnrollmentState::Cancelled, "cancelled"},
}};

// The same text form as every *_at column, so that deadlines compare as text.
QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtcText(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString enrollmentStateName(EnrollmentState state)
{
    for (const auto &[value, name] : stateNames) {
        if (value == state)
            return QLatin1String(name);
    }
    return {};
}

std::optional<EnrollmentState> enrollmentStateFromName(const QString &name)
{
    for (const auto &[value, text] : stateNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

EnrollmentRequestRepository::EnrollmentRequestRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> EnrollmentRequestRepository::create(const EnrollmentRequest &request)
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("INSERT INTO enrollment_requests (user_id, backup_number, dev_id, job_id, requested_by, "
                             "requested_at, deadline, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting')"),
              {request.userId, request.backupNumber, request.devId,
               request.jobId ? QVariant(*request.jobId) : QVariant(), request.requestedBy,
               utcText(request.requestedAt), utcText(request.deadline)}))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool EnrollmentRequestRepository::setJob(qint64 id, qint64 jobId)
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("UPDATE enrollment_requests SET job_id = ? WHERE id = ?"), {jobId, id})
        && query.numRowsAffected() == 1;
}

bool EnrollmentRequestRepository::finish(qint64 id, EnrollmentState state, const QString &reason, const QDateTime &at)
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("UPDATE enrollment_requests SET state = ?, reason = ?, finished_at = ? "
                               "WHERE id = ? AND state = 'waiting'"),
                {enrollmentStateName(state), reason, utcText(at), id})
        && query.numRowsAffected() == 1;
}

std::optional<QList<qint64>> EnrollmentRequestRepository::matchEnrollment(const QString &devId, const QString &userId,
                                                                          const QHash<int, int> &sizeByBackupNumber,
                                                                          const QDateTime &at)
{
    QList<qint64> matched;
    const auto waiting =
        read(QStringLiteral("WHERE r.dev_id = ? AND r.user_id = ? AND r.state = 'waiting'"), {devId, userId});
    if (!waiting)
        return std::nullopt;
    for (const EnrollmentRequest &request : *waiting) {
        if (!sizeByBackupNumber.contains(request.backupNumber) || at > request.deadline)
            continue;
        QSqlQuery query(m_db);
        if (!exec(query,
                  QStringLiteral("UPDATE enrollment_requests SET state = 'enrolled', template_size = ?, "
                                 "finished_at = ? WHERE id = ?"),
                  {sizeByBackupNumber.value(request.backupNumber), utcText(at), request.id}))
            return std::nullopt;
        matched.append(request.id);
    }
    return matched;
}

std::optional<EnrollmentRequest> EnrollmentRequestRepository::find(qint64 id) const
{
    const auto rows = read(QStringLiteral("WHERE r.id = ?"), {id});
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->first();
}

QList<EnrollmentRequest> EnrollmentRequestRepository::forUser(const QString &userId, int limit) const
{
    return read(QStringLiteral("WHERE r.user_id = ? ORDER BY r.id DESC LIMIT ?"), {userId, limit})
        .value_or(QList<EnrollmentRequest>());
}

QString EnrollmentRequestRepository::lastTerminalOf(const QString &userId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (exec(query, QStringLiteral("SELECT dev_id FROM punches WHERE user_id = ? ORDER BY io_time DESC LIMIT 1"), {userId})
        && query.next())
        return query.value(0).toString();
    const QList<EnrollmentRequest> requests = forUser(userId, 1);
    return requests.isEmpty() ? QString() : requests.first().devId;
}

std::optional<QList<EnrollmentRequest>> EnrollmentRequestRepository::read(const QString &where,
                                                                          const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT r.id, r.user_id, r.backup_number, r.dev_id, r.job_id, r.requested_by, r.requested_at, "
                             "r.deadline, r.state, r.finished_at, r.template_size, r.reason, j.sent_at "
                             "FROM enrollment_requests r LEFT JOIN jobs j ON j.id = r.job_id ")
                  + where,
              values))
        return std::nullopt;
    QList<EnrollmentRequest> rows;
    while (query.next()) {
        EnrollmentRequest row;
        row.id = query.value(0).toLongLong();
        row.userId = query.value(1).toString();
        row.backupNumber = query.value(2).toInt();
        row.devId = query.value(3).toString();
        if (!query.value(4).isNull())
            row.jobId = query.value(4).toLongLong();
        row.requestedBy = query.value(5).toString();
        row.requestedAt = fromUtcText(query.value(6));
        row.deadline = fromUtcText(query.value(7));
        row.state = enrollmentStateFromName(query.value(8).toString()).value_or(EnrollmentState::Waiting);
        row.finishedAt = fromUtcText(query.value(9));
        if (!query.value(10).isNull())
            row.templateSize = query.value(10).toInt();
        row.reason = query.value(11).toString();
        // The window opens when the terminal fetched the command: one that polls every two
        // minutes must not use up the whole of it before its screen even opened.
        const QDateTime sentAt = fromUtcText(query.value(12));
        if (sentAt.isValid() && row.requestedAt.isValid())
            row.deadline = std::max(row.deadline, sentAt.addMSecs(row.requestedAt.msecsTo(row.deadline)));
        rows.append(row);
    }
    return rows;
}

} // namespace punchclock::storage
