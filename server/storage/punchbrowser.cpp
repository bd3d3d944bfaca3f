#include "punchbrowser.h"

#include "sqlsupport.h"
#include "walltime.h"

namespace punchclock::storage {

namespace {

// The WHERE conditions of a query, with their bound values in order. Date bounds compare
// io_time as text ("YYYY-MM-DD hh:mm:ss"), which keeps them on the indexes.
QStringList conditionsOf(const PunchQuery &query, QVariantList *values)
{
    QStringList conditions;
    if (query.from.isValid()) {
        conditions << QStringLiteral("p.io_time >= ?");
        values->append(query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("p.io_time < ?");
        values->append(query.to.addDays(1).toString(Qt::ISODate));
    }
    if (query.userIds.size() == 1) {
        conditions << QStringLiteral("p.user_id = ?");
        values->append(query.userIds.constFirst());
    } else if (!query.userIds.isEmpty()) {
        conditions << QStringLiteral("p.user_id IN (%1)")
                          .arg(QStringList(query.userIds.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &userId : query.userIds)
            values->append(userId);
    }
    if (!query.devId.isEmpty()) {
        conditions << QStringLiteral("p.dev_id = ?");
        values->append(query.devId);
    }
    if (query.verifyMethod) {
        // verify_methods joins the methods with '+': framing it finds one method anywhere in it.
        conditions << QStringLiteral("('+' || p.verify_methods || '+') LIKE ?");
        values->append(
            QString(QStringLiteral("%+") + protocol::verifyMethodName(*query.verifyMethod) + QStringLiteral("+%")));
    }
    if (query.direction) {
        conditions << QStringLiteral("p.direction = ?");
        values->append(protocol::directionName(*query.direction));
    }
    if (query.flaggedOnly)
        conditions << QStringLiteral("p.flags <> 0");
    if (query.departments) {
        QStringList marks;
        for (qint64 department : *query.departments) {
            marks << QStringLiteral("?");
            values->append(department);
        }
        conditions << (marks.isEmpty() ? QStringLiteral("0 = 1")
                                       : QStringLiteral("p.user_id IN (SELECT user_id FROM users WHERE department_id IN (%1))")
                                             .arg(marks.join(QLatin1Char(','))));
    }
    return conditions;
}

QString whereOf(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

} // namespace

PunchBrowser::PunchBrowser(QSqlDatabase db)
    : m_db(db)
{}

qint64 PunchBrowser::lastId() const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM punches")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 PunchBrowser::count(const PunchQuery &punchQuery, qint64 upToId) const
{
    QVariantList values;
    QStringList conditions = conditionsOf(punchQuery, &values);
    // Unary plus: the bound must not steer the planner away from the io_time indexes.
    conditions << QStringLiteral("+p.id <= ?");
    values << upToId;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM punches p") + whereOf(conditions), values) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QList<BrowsedPunch> PunchBrowser::page(const PunchQuery &query, qint64 upToId, const std::optional<PunchKey> &after,
                                       int limit, bool *ok) const
{
    QVariantList values;
    QStringList conditions = conditionsOf(query, &values);
    conditions << QStringLiteral("+p.id <= ?");
    values << upToId;
    if (after) {
        conditions << (query.newestFirst ? QStringLiteral("(p.io_time, p.id) < (?, ?)")
                                         : QStringLiteral("(p.io_time, p.id) > (?, ?)"));
        values << after->ioTime << after->id;
    }
    return select(whereOf(conditions), values, query, limit, ok);
}

QList<BrowsedPunch> PunchBrowser::newerThan(const PunchQuery &query, qint64 afterId, bool *ok) const
{
    QVariantList values;
    QStringList conditions = conditionsOf(query, &values);
    conditions << QStringLiteral("p.id > ?");
    values << afterId;
    return select(whereOf(conditions), values, query, -1, ok);
}

QList<BrowsedPunch> PunchBrowser::select(const QString &where, QVariantList values, const PunchQuery &punchQuery,
                                         int limit, bool *ok) const
{
    const QString order = punchQuery.newestFirst ? QStringLiteral(" ORDER BY p.io_time DESC, p.id DESC")
                                                 : QStringLiteral(" ORDER BY p.io_time, p.id");
    QString sql =
        QStringLiteral("SELECT p.id, p.io_time, p.user_id, COALESCE(u.name, ''), p.dev_id, COALESCE(t.name, ''), "
                       "p.verify_methods, p.direction, p.flags, "
                       "EXISTS (SELECT 1 FROM punch_photos ph WHERE ph.punch_id = p.id) "
                       "FROM punches p LEFT JOIN users u ON u.user_id = p.user_id "
                       "LEFT JOIN terminals t ON t.dev_id = p.dev_id") +
        where + order;
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    QList<BrowsedPunch> rows;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool done = exec(query, sql, values);
    if (ok)
        *ok = done;
    if (!done)
        return rows;
    if (limit > 0)
        rows.reserve(limit);
    while (query.next()) {
        BrowsedPunch row;
        row.id = query.value(0).toLongLong();
        row.ioTime = query.value(1).toString();
        row.userId = query.value(2).toString();
        row.userName = query.value(3).toString();
        row.devId = query.value(4).toString();
        row.terminalName = query.value(5).toString();
        row.verifyMethods = query.value(6).toString();
        row.direction = query.value(7).toString();
        row.flags = query.value(8).toInt();
        row.hasPhoto = query.value(9).toBool();
        rows.append(row);
    }
    return rows;
}

std::optional<PunchDetails> PunchBrowser::details(qint64 punchId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT p.id, p.dev_id, p.user_id, p.io_time, p.verify_mode, p.verify_methods, "
                             "p.io_mode_raw, p.io_mode, p.direction, p.work_code, p.source, p.flags, p.received_at, "
                             "p.resend_count, EXISTS (SELECT 1 FROM punch_photos ph WHERE ph.punch_id = p.id), "
                             "COALESCE(u.name, ''), COALESCE(t.name, '') "
                             "FROM punches p LEFT JOIN users u ON u.user_id = p.user_id "
                             "LEFT JOIN terminals t ON t.dev_id = p.dev_id WHERE p.id = ?"),
              {punchId}) ||
        !query.next())
        return std::nullopt;
    PunchDetails details;
    details.punch = punchRowFrom(query);
    details.userName = query.value(15).toString();
    details.terminalName = query.value(16).toString();
    return details;
}

bool PunchBrowser::precedes(const PunchQuery &query, const PunchKey &a, const PunchKey &b)
{
    const int byTime = a.ioTime.compare(b.ioTime);
    const bool before = byTime < 0 || (byTime == 0 && a.id < b.id);
    const bool same = byTime == 0 && a.id == b.id;
    return query.newestFirst ? !before && !same : before;
}

} // namespace punchclock::storage
