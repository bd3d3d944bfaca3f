#pragma once

#include "storewrite.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <initializer_list>
#include <optional>

namespace punchclock::storage {

enum class CorrectionKind {
    Add,    // a punch entered by hand
    Void,   // a stored punch no longer counts
    Move,   // a stored punch counts at another time and/or direction
    Revoke, // cancels an earlier correction (revokedId)
};

enum class CorrectionError {
    None,
    EmptyReason,
    EmptyUser,      // add: whose punch
    InvalidTime,    // add, move: no valid new time
    UnknownPunch,   // void, move
    UnknownCorrection,
    AlreadyRevoked, // or a revoke row itself
    PeriodClosed,   // the punch's day, before or after the change, is in a closed period
    Storage,
};

// One row of the correction log. Rows are never changed or deleted; raw punches are never
// altered. Who and when are kept on every row, and void/move keep the value the punch had
// before (after earlier corrections), so the log reads as a history.
struct CorrectionRow
{
    qint64 id = 0;
    CorrectionKind kind = CorrectionKind::Add;
    qint64 punchId = 0;   // void, move
    qint64 revokedId = 0; // revoke
    QString userId;
    QString devId;          // add: optional, where the employee says they were
    QDateTime ioTime;       // add, move: the new wall-clock time
    QString direction;      // add, move: "in", "out" or ""
    QDateTime previousTime; // void, move: the time before this correction
    QString previousDirection;
    QString reason;
    QString changedBy;
    QDateTime changedAt; // UTC
    bool revoked = false; // a later Revoke row cancels this one
};

// What the corrections in force make of a user's punches: the one reading of the log that
// the reports and the corrections dialog share.
struct CorrectionsInForce
{
    struct OnPunch
    {
        CorrectionRow shown; // the void, else the latest move: the correction the punch is listed with
        CorrectionRow move;  // the latest move made before any void (id 0: none): where the punch is
        bool voided() const { return shown.kind == CorrectionKind::Void; }
    };
    QHash<qint64, OnPunch> stored;     // by punch id
    QMap<qint64, CorrectionRow> added; // by correction id, so in the order made
};

// Reads rows of the log in any order (history() or effective()). Revoked corrections and
// revoke rows count for nothing; a void outweighs any move, made before or after it (the punch
// no longer counts wherever it was moved); of the moves, the latest counts.
CorrectionsInForce correctionsInForce(const QList<CorrectionRow> &rows);

class PunchCorrectionRepository
{
public:
    explicit PunchCorrectionRepository(QSqlDatabase db);

    // Each returns the new correction's id; the reason is required.
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> addPunch(const QString &userId, const QDateTime &ioTime, const QString &direction,
                                   const QString &devId, const QString &reason, const QString &changedBy,
                                   CorrectionError *error = nullptr);
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> voidPunch(qint64 punchId, const QString &reason, const QString &changedBy,
                                    CorrectionError *error = nullptr);
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> movePunch(qint64 punchId, const QDateTime &ioTime, const QString &direction,
                                    const QString &reason, const QString &changedBy,
                                    CorrectionError *error = nullptr);
    PUNCHCLOCK_STORE_WRITE std::optional<qint64> revoke(qint64 correctionId, const QString &reason, const QString &changedBy,
                                 CorrectionError *error = nullptr);

    // The log, newest first, revoke rows included; empty userId: everyone.
    QList<CorrectionRow> history(const QString &userId = {}) const;
    QList<CorrectionRow> historyOfPunch(qint64 punchId) const;

    // What the reports apply: the corrections in force (not revoked, no revoke rows), in the
    // order made, whose new or previous time falls on a date in [from, to].
    QList<CorrectionRow> effective(QDate from, QDate to) const;

private:
    std::optional<qint64> insert(const CorrectionRow &row, CorrectionError *error);
    // The punch's user and its time and direction after the corrections in force.
    bool currentValue(qint64 punchId, CorrectionRow *row) const;
    bool touchesClosedPeriod(std::initializer_list<QDateTime> times) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
