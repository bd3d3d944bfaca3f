#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <QList>

#include <utility>

namespace punchclock::test {

// Takes a test database of today's schema back to `version`, shaped as an installation of that
// version had it, so that a test can check what the migrations do to older data. Each entry
// undoes what its migration (resources/sql/NNN_*.sql) added, newest first; a new migration adds
// its entry here. Returns the statement that failed, or an empty string.
inline QString rollBackSchema(QSqlDatabase db, int version)
{
    // Owned lists: an initializer_list's array would not outlive the statement that builds it.
    using Undo = std::pair<int, QList<const char *>>;
    static const Undo undos[] = {
        {18, {"DROP TABLE odoo_attendances"}},
        {17, {"DROP TABLE api_tokens"}},
        {16, {"DROP INDEX outbox_queue", "DROP TABLE outbox", "DROP TABLE integration_destinations"}},
        {15, {"DROP TABLE site_schedule_change_days", "DROP TABLE site_schedule_changes", "DROP TABLE site_schedules"}},
        {14,
         {"DROP INDEX jobs_reads_back", "ALTER TABLE jobs DROP COLUMN delivery_note", "ALTER TABLE jobs DROP COLUMN reads_back",
          "ALTER TABLE terminals DROP COLUMN name_limit", "ALTER TABLE credentials DROP COLUMN source_record_library",
          "ALTER TABLE credentials DROP COLUMN source_data_ver"}},
        {13, {"DROP TABLE enrollment_requests"}},
        {12,
         {"ALTER TABLE jobs DROP COLUMN build_from_dev_id", "ALTER TABLE terminals DROP COLUMN digits_with_nul",
          "ALTER TABLE users DROP COLUMN incomplete", "DROP TABLE terminal_credentials"}},
        {11, {"DROP TABLE user_status_changes"}},
        {10, {"DROP TABLE keypad_log"}},
        {9, {"DROP INDEX terminal_users_user", "ALTER TABLE users DROP COLUMN inactive_since"}},
        {8,
         {"ALTER TABLE terminals DROP COLUMN address_changed_at", "ALTER TABLE terminals DROP COLUMN previous_address",
          "ALTER TABLE terminals DROP COLUMN pinned_address", "DROP TABLE audit_log", "DROP TABLE operator_departments",
          "DROP TABLE operators"}},
        {7,
         {"DROP INDEX punches_uncounted", "DROP TABLE closed_periods", "DROP TABLE schedule_change_days",
          "DROP TABLE schedule_changes", "DROP TABLE shift_changes", "ALTER TABLE punches DROP COLUMN counted_at"}},
        {6, {"DROP INDEX jobs_device", "DROP INDEX jobs_failed", "ALTER TABLE jobs DROP COLUMN failed"}},
        {5,
         {"DROP TABLE punch_corrections", "DROP TABLE leave_days", "DROP TABLE holidays", "DROP TABLE user_schedules",
          "DROP TABLE department_schedules", "DROP TABLE shifts"}},
    };
    QSqlQuery query(db);
    for (const auto &[migration, statements] : undos) {
        if (migration <= version)
            break;
        for (const char *sql : statements) {
            if (!query.exec(QLatin1String(sql)))
                return QLatin1String(sql);
        }
    }
    if (!query.exec(QStringLiteral("DELETE FROM schema_version WHERE version > %1").arg(version)))
        return QStringLiteral("DELETE FROM schema_version");
    return {};
}

} // namespace punchclock::test
