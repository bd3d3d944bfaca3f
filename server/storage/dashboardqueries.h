#pragma once

#include "jobrepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <QStringList>

namespace punchclock::storage {

// A punch as the dashboard's live feed shows it.
struct RecentPunch
{
    qint64 id = 0;
    QString devId;
    QString terminalName; // empty when the terminal has none
    QString userId;
    QString userName;       // empty for a user the store does not know, or knows only by id
    bool userKnown = false; // the store has a row for the user
    QDateTime ioTime; // terminal wall clock, zone-less
    QDateTime receivedAt; // this PC's clock when it arrived, UTC
    QString direction; // "in", "out", ""
    QString verifyMethods;
    int flags = 0;
    bool hasPhoto = false;
};

// A command that did not do what it was asked (jobFailed) and needs the operator's eye.
struct FailedJob
{
    qint64 id = 0;
    QString devId;
    QString terminalName;
    QString commandCode;
    JobStatus status = JobStatus::Timeout; // Timeout or Result
    QString returnCode;
    QString summary;   // names the "error" of an answer that could not be read
    QDateTime endedAt; // UTC
};

// The few questions the dashboard asks of the whole store, each in one statement.
class DashboardQueries
{
public:
    // `departments`: an account that sees only these departments' employees gets the counts,
    // who is in and the feed of those alone (nullopt: everyone, also ids no user is stored for).
    explicit DashboardQueries(QSqlDatabase db, std::optional<QSet<qint64>> departments = std::nullopt);

    // Punches stamped on the site's wall-clock date `siteDate` by approved terminals (the tiles'
    // one rule: a terminal waiting for approval counts for nothing until it is approved).
    qint64 punchesOn(const QDate &siteDate) const;
    // Users present now: see the .cpp for how a punch without direction counts. Sorted.
    QStringList presentOn(const QDate &siteDate) const;
    // The latest punches as they arrived in real time, newest first.
    QList<RecentPunch> latestPunches(int limit) const;
    // Jobs that failed (jobFailed) since `sinceUtc`, newest first, leaving out those already sent
    // again (a later job of the same command to the same terminal): the list is what still needs doing.
    QList<FailedJob> failedJobsSince(const QDateTime &sinceUtc) const;

private:
    // " AND <column> IN (the departments' employees)", or nothing for everyone.
    QString scoped(const char *userColumn) const;

    QSqlDatabase m_db;
    std::optional<QSet<qint64>> m_departments;
};

} // namespace punchclock::storage
