#include "attendancereader.h"

#include "sqlsupport.h"
#include "walltime.h"

namespace punchclock::storage {

namespace {

const QString punchColumns = QStringLiteral("SELECT p.id, p.user_id, p.io_time, p.direction, p.counted_at FROM punches p ");

// walltime::fromStorage goes through QDateTimeParser, which costs more than the rest of a
// report's reading; the stored form is fixed, so the digits are read directly.
QDateTime wallTimeFrom(const QString &text)
{
    static constexpr int digitAt[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' ' ||
        text.at(13) != u':' || text.at(16) != u':')
        return protocol::walltime::fromStorage(text);
    int digits[14];
    for (int i = 0; i < 14; ++i) {
        const char16_t c = text.at(digitAt[i]).unicode();
        if (c < u'0' || c > u'9')
            return protocol::walltime::fromStorage(text);
        digits[i] = c - u'0';
    }
    const auto number = [&digits](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + digits[i];
        return value;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime time(number(8, 2), number(10, 2), number(12, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return protocol::walltime::make(date, time);
}

// counted_at is utcNowText()'s "YYYY-MM-DDThh:mm:ss.zzzZ", read as directly as io_time.
qint64 utcMillisecondsFrom(const QVariant &value)
{
    if (value.isNull())
        return -1;
    const QString text = value.toString();
    const QDateTime wall = text.size() == 24 && text.at(10) == u'T' && text.at(19) == u'.' && text.at(23) == u'Z'
        ? wallTimeFrom(text.left(10) + QLatin1Char(' ') + text.mid(11, 8))
        : QDateTime();
    if (!wall.isValid()) {
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toMSecsSinceEpoch() : -1;
    }
    return wall.toMSecsSinceEpoch() + text.mid(20, 3).toInt();
}

bool readPunches(QSqlQuery &query, QList<AttendancePunchRow> *rows)
{
    while (query.next()) {
        AttendancePunchRow row;
        row.id = query.value(0).toLongLong();
        row.userId = query.value(1).toString();
        row.ioTime = wallTimeFrom(query.value(2).toString());
        row.direction = query.value(3).toString();
        row.countedAtMs = utcMillisecondsFrom(query.value(4));
        rows->append(row);
    }
    return true;
}

} // namespace

AttendanceReader::AttendanceReader(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<QList<EmployeeRow>> AttendanceReader::employees(std::optional<qint64> departmentId,
                                                             const QString &userId) const
{
    QString sql = QStringLiteral("SELECT u.user_id, u.name, COALESCE(u.department_id, 0), COALESCE(d.name, ''), "
                                 "u.enabled FROM users u LEFT JOIN departments d ON d.id = u.department_id WHERE 1 = 1");
    QVariantList values;
    if (!userId.isEmpty()) {
        sql += QStringLiteral(" AND u.user_id = ?");
        values.append(userId);
    }
    if (departmentId) {
        sql += QStringLiteral(" AND u.department_id = ?");
        values.append(*departmentId);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, sql, values))
        return std::nullopt;
    QList<EmployeeRow> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toString(), query.value(4).toInt() != 0});
    return rows;
}

std::optional<QList<AttendancePunchRow>> AttendanceReader::punches(QDate from, QDate toExclusive,
                                                                  std::optional<qint64> departmentId,
                                                                  const QString &userId) const
{
    // io_time is "YYYY-MM-DD hh:mm:ss": date bounds compare as text and use an index.
    QString sql = punchColumns + QStringLiteral("WHERE p.io_time >= ? AND p.io_time < ?");
    QVariantList values{from.toString(Qt::ISODate), toExclusive.toString(Qt::ISODate)};
    if (!userId.isEmpty()) {
        sql += QStringLiteral(" AND p.user_id = ?");
        values.append(userId);
    }
    if (departmentId) {
        sql += QStringLiteral(" AND p.user_id IN (SELECT user_id FROM users WHERE department_id = ?)");
        values.append(*departmentId);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QList<AttendancePunchRow> rows;
    if (!exec(query, sql, values) || !readPunches(query, &rows))
        return std::nullopt;
    return rows;
}

std::optional<QList<AttendancePunchRow>> AttendanceReader::punchesById(const QList<qint64> &ids) const
{
    QList<AttendancePunchRow> rows;
    if (ids.isEmpty())
        return rows;
    QStringList marks;
    QVariantList values;
    for (qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, punchColumns + QStringLiteral("WHERE p.id IN (") + marks.join(QLatin1Char(',')) +
                         QStringLiteral(")"),
              values) ||
        !readPunches(query, &rows))
        return std::nullopt;
    return rows;
}

bool AttendanceReader::departmentExists(qint64 departmentId) const
{
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("SELECT 1 FROM departments WHERE id = ?"), {departmentId}) && query.next();
}

bool AttendanceReader::userKnown(const QString &userId) const
{
    QSqlQuery query(m_db);
    return exec(query,
                QStringLiteral("SELECT 1 FROM users WHERE user_id = ? "
                               "UNION ALL SELECT 1 FROM punches WHERE user_id = ? LIMIT 1"),
                {userId, userId}) &&
           query.next();
}

} // namespace punchclock::storage
