#pragma once

#include "storewrite.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTime>

#include <optional>

namespace punchclock::storage {

// A period whose results were signed off (a payroll month). While it is closed, nothing may
// change its results: corrections, rule changes, holidays and leave on its days are refused,
// and punches that arrive for it afterwards are kept but do not count ("arrived after close").
struct ClosedPeriodRow
{
    qint64 id = 0;
    QDate from;
    QDate to;
    QDateTime closedAt; // UTC
    QString closedBy;
    QString closeReason;
    // The attendance settings its results were calculated with; its days keep using them.
    QString pairing; // "in_out", "first_last"
    int duplicateWindowSeconds = 60;
    QString siteTimeZone;
    // The night window then in force (AttendanceSettings), for night hours. Periods closed before
    // there was one had the default.
    QTime nightStart = QTime(22, 0);
    QTime nightEnd = QTime(6, 0);
    QDateTime reopenedAt; // invalid while closed
    QString reopenedBy;
    QString reopenReason;

    bool closed() const { return !reopenedAt.isValid(); }
    bool contains(QDate date) const { return date >= from && date <= to; }
};

// A punch kept for a closed period that does not count in it.
struct LatePunchRow
{
    qint64 id = 0;
    QString userId;
    QString devId;
    QDateTime ioTime;    // wall clock
    QDateTime countedAt; // UTC: when it arrived, or when its terminal was approved
};

enum class PeriodError {
    None,
    InvalidDates,  // missing, or `to` before `from`
    EmptyReason,
    Overlaps,      // another closed period shares a day; `conflict` names it
    UnknownPeriod,
    AlreadyReopened,
    Storage,
};

class ClosedPeriodRepository
{
public:
    explicit ClosedPeriodRepository(QSqlDatabase db);

    // Every close ever made, newest first; reopened ones included.
    QList<ClosedPeriodRow> history() const;
    // The periods closed now, by date.
    QList<ClosedPeriodRow> closed() const;
    // The closed period that contains the date, if any.
    std::optional<ClosedPeriodRow> covering(QDate date) const;
    // The first closed period that shares a day with [from, to], if any.
    std::optional<ClosedPeriodRow> overlapping(QDate from, QDate to) const;
    // The first closed period on or after the date, which a rule changed from that date on would
    // change; any closed period when the date is invalid (a change from the start).
    std::optional<ClosedPeriodRow> fromOnward(QDate from) const;
    std::optional<ClosedPeriodRow> find(qint64 id) const;

    // Closes [from, to] with the attendance settings now in force. Refused when it overlaps a
    // closed period (`conflict` is set to it).
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> close(QDate from, QDate to, const QString &reason, const QString &by,
                                PeriodError *error = nullptr, ClosedPeriodRow *conflict = nullptr);
    PUNCHCLOCK_STORE_WRITE bool reopen(qint64 id, const QString &reason, const QString &by, PeriodError *error = nullptr);

    // Punches of the period's days that do not count in it: they arrived, or their terminal was
    // approved, after it was closed. By time.
    QList<LatePunchRow> arrivedAfterClose(const ClosedPeriodRow &period) const;

private:
    QList<ClosedPeriodRow> read(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
