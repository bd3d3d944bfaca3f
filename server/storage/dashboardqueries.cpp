#include "dashboardqueries.h"

#include "sqlsupport.h"
#include "walltime.h"

#include <QSqlQuery>

namespace punchclock::storage {

namespace {

// io_time is "YYYY-MM-DD hh:mm:ss": a day's bounds compare as text and use the index.
QVariantList dayBounds(const QDate &day)
{
    return {day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate)};
}

} // namespace

DashboardQueries::DashboardQueries(QSqlDatabase db, std::optional<QSet<qint64>> departments)
    : m_db(db)
    , m_departments(std::move(departments))
{
}

QString DashboardQueries::scoped(const char *userColumn) const
{
    if (!m_departments)
        return {};
    if (m_departments->isEmpty())
        return QStringLiteral(" AND 0 = 1");
    QStringList ids; // numbers, safe in the statement's text
    for (qint64 id : *m_departments)
        ids << QString::number(id);
    return QStringLiteral(" AND %1 IN (SELECT user_id FROM users WHERE department_id IN (%2))")
        .arg(QLatin1String(userColumn), ids.join(QLatin1Char(',')));
}

qint64 DashboardQueries::punchesOn(const QDate &siteDate) const
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral("SELECT COUNT(*) FROM punches p JOIN terminals t ON t.dev_id = p.dev_id "
                             "WHERE t.approval = 'approved' AND p.io_time >= ? AND p.io_time < ?") +
                  scoped("p.user_id"),
              dayBounds(siteDate)) ||
        !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QStringList DashboardQueries::presentOn(const QDate &siteDate) const
{
    // Only approved terminals count: a pending terminal may be someone's test device. A user is
    // in when the last punch of the day says "in". Terminals set up without in/out keys give no
    // direction; then the punches of the day alternate in, out, in…, so an odd count means in.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT p.user_id, p.direction FROM punches p JOIN terminals t ON t.dev_id = p.dev_id "
                             "WHERE t.approval = 'approved' AND p.io_time >= ? AND p.io_time < ?") +
                  scoped("p.user_id") + QStringLiteral(" ORDER BY p.user_id, p.io_time, p.id"),
              dayBounds(siteDate)))
        return {};
    QStringList present;
    QString userId;
    QString lastDirection;
    int count = 0;
    const auto settle = [&] {
        const bool in = lastDirection.isEmpty() ? count % 2 == 1 : lastDirection == QLatin1String("in");
        if (!userId.isEmpty() && in)
            present.append(userId);
    };
    while (query.next()) {
        const QString rowUser = query.value(0).toString();
        if (rowUser != userId) {
            settle();
            userId = rowUser;
            count = 0;
        }
        lastDirection = query.value(1).toString();
        ++count;
    }
    settle();
    return present;
}

QList<RecentPunch> DashboardQueries::latestPunches(int limit) const
{
    QList<RecentPunch> punches;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // By arrival, not by io_time: a terminal whose clock jumped ahead must not pin its punches
    // to the top, and logs pulled from history are not news.
    if (!exec(query,
              QStringLiteral("SELECT p.id, p.dev_id, t.name, p.user_id, u.name, p.io_time, p.direction, "
                             "p.verify_methods, p.flags, "
                             "EXISTS (SELECT 1 FROM punch_photos ph WHERE ph.punch_id = p.id), "
                             "u.user_id IS NOT NULL, p.received_at "
                             "FROM punches p JOIN terminals t ON t.dev_id = p.dev_id "
                             "LEFT JOIN users u ON u.user_id = p.user_id "
                             "WHERE p.source = 'realtime'") +
                  scoped("p.user_id") + QStringLiteral(" ORDER BY p.id DESC LIMIT ?"),
              {limit}))
        return punches;
    while (query.next()) {
        RecentPunch punch;
        punch.id = query.value(0).toLongLong();
        punch.devId = query.value(1).toString();
        punch.terminalName = query.value(2).toString();
        punch.userId = query.value(3).toString();
        punch.userName = query.value(4).toString();
        punch.ioTime = protocol::walltime::fromStorage(query.value(5).toString());
        punch.direction = query.value(6).toString();
        punch.verifyMethods = query.value(7).toString();
        punch.flags = query.value(8).toInt();
        punch.hasPhoto = query.value(9).toBool();
        punch.userKnown = query.value(10).toBool();
        punch.receivedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
        punches.append(punch);
    }
    return punches;
}

QList<FailedJob> DashboardQueries::failedJobsSince(const QDateTime &sinceUtc) const
{
    QList<FailedJob> jobs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT j.id, j.dev_id, t.name, j.cmd_code, j.status, j.return_code, j.summary, "
                             "j.status_changed_at FROM jobs j JOIN terminals t ON t.dev_id = j.dev_id "
                             "WHERE j.failed = 1 AND j.status_changed_at >= ? AND NOT EXISTS (SELECT 1 FROM jobs later "
                             "WHERE later.dev_id = j.dev_id AND later.cmd_code = j.cmd_code AND later.id > j.id) "
                             "ORDER BY j.id DESC"),
              {sinceUtc.toUTC().toString(Qt::ISODateWithMs)}))
        return jobs;
    while (query.next()) {
        FailedJob job;
        job.id = query.value(0).toLongLong();
        job.devId = query.value(1).toString();
        job.terminalName = query.value(2).toString();
        job.commandCode = query.value(3).toString();
        job.status = jobStatusFromName(query.value(4).toString()).value_or(JobStatus::Timeout);
        job.returnCode = query.value(5).toString();
        job.summary = query.value(6).toString();
        job.endedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        jobs.append(job);
    }
    return jobs;
}

} // namespace punchclock::storage
