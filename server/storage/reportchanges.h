#pragma once

#include <QDate>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::storage {

// The people and days a report preview shows, as the report builder chose them.
struct ReportScope
{
    QDate from;
    QDate to;
    QString userId;                              // one employee; empty: see departmentId
    std::optional<qint64> departmentId;          // one department; nullopt: everyone
    std::optional<QSet<qint64>> departmentScope; // an account's departments; nullopt: all
};

// What arrived after a report preview that the preview would have used: punches and
// corrections of its days and people, and changes of what reports count by. Terminals deliver
// all day; a preview is out of date only when something of its own period and people came in,
// not at every punch of anyone nor at every poll.
class ReportChanges
{
public:
    // Where the store stood: the newest punch, correction and audit record.
    struct Mark
    {
        qint64 lastPunchId = 0;
        qint64 lastCorrectionId = 0;
        qint64 lastAuditId = 0;
    };

    explicit ReportChanges(QSqlDatabase db);

    Mark mark() const;
    // Punches stored after `since` with a time inside the scope's days, of its people.
    int newPunches(const ReportScope &scope, const Mark &since) const;
    // Corrections made after `since` to a punch inside the scope's days, of its people.
    int newCorrections(const ReportScope &scope, const Mark &since) const;
    // Changes since `since` of what every report counts by: shifts, schedules, the calendar,
    // leave, the attendance rules and settings, who is in which department or enabled, a
    // restore. Read from the audit trail, which every such change writes through the services,
    // from whichever program made it.
    int ruleChanges(const Mark &since) const;

private:
    // " AND <column> IN (…)" for the scope's people, or nothing for everyone; the values bound.
    QString people(const ReportScope &scope, const char *userColumn, QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
