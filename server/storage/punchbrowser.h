#pragma once

#include "codetables.h"
#include "punchrepository.h"

#include <QDate>
#include <QSet>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace punchclock::storage {

// What the Punches page asks for. Every part is optional; an empty part matches everything.
struct PunchQuery
{
    QDate from; // inclusive, on io_time (the terminal's wall clock)
    QDate to;   // inclusive
    QStringList userIds;
    QString devId;
    std::optional<protocol::VerifyMethod> verifyMethod; // punches verified by it, alone or combined
    std::optional<protocol::Direction> direction;       // Unknown: punches without a direction
    bool flaggedOnly = false;
    bool newestFirst = true;
    // An account that sees only some departments sees only their employees' punches (nullopt:
    // every punch, also of ids the store has no user for).
    std::optional<QSet<qint64>> departments;
};

// Where a page of punches ends: the next page continues after this (io_time, id).
struct PunchKey
{
    QString ioTime; // storage text, "YYYY-MM-DD hh:mm:ss"
    qint64 id = 0;
};

// One row of the list, with the names the table shows.
struct BrowsedPunch
{
    qint64 id = 0;
    QString ioTime; // storage text
    QString userId;
    QString userName;
    QString devId;
    QString terminalName;
    QString verifyMethods; // "FP+PASSWORD"
    QString direction;     // "in", "out", ""
    int flags = 0;
    bool hasPhoto = false;

    PunchKey key() const { return {ioTime, id}; }
};

// Everything about one punch, for the details pane.
struct PunchDetails
{
    PunchRow punch;
    QString userName;
    QString terminalName;
};

// Filtered, ordered, windowed reads of `punches` for browsing a million rows: pages continue
// from the last row's key (never OFFSET), and every read is bounded by an id so that rows
// committed later are fetched once, through newerThan(). Order is io_time then id, the only
// order the indexes serve for every filter.
class PunchBrowser
{
public:
    explicit PunchBrowser(QSqlDatabase db);

    // The highest punch id now; 0 for an empty table, -1 on a database error.
    qint64 lastId() const;
    // Rows matching `query` with id ≤ `upToId`; -1 on a database error.
    qint64 count(const PunchQuery &query, qint64 upToId) const;
    // Up to `limit` rows in the query's order, after `after` when given, with id ≤ `upToId`.
    QList<BrowsedPunch> page(const PunchQuery &query, qint64 upToId, const std::optional<PunchKey> &after, int limit,
                             bool *ok = nullptr) const;
    // Rows matching `query` with id > `afterId`, in the query's order.
    QList<BrowsedPunch> newerThan(const PunchQuery &query, qint64 afterId, bool *ok = nullptr) const;

    std::optional<PunchDetails> details(qint64 punchId) const;

    // Whether `a` comes before `b` in the query's order.
    static bool precedes(const PunchQuery &query, const PunchKey &a, const PunchKey &b);

private:
    QList<BrowsedPunch> select(const QString &where, QVariantList values, const PunchQuery &query, int limit,
                               bool *ok) const;

    QSqlDatabase m_db;
};

} // namespace punchclock::storage
