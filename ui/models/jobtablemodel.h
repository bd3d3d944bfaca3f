#pragma once

#include "jobrepository.h"
#include "keyedtablemodel.h"
#include "lazyreads.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace punchclock::ui {

// Commands and their trans_status, newest first, in words (JobDescription) with the raw codes
// in tooltips. Given a database, the model reads the jobs itself, a page of matching jobs at a
// time by id (every job there is, however many); the filters are part of each read, so that a
// filter few jobs match does not drag the whole table in to fill a view. refresh() reads only
// what the job history says was queued or changed since the last read, and updates those rows
// in place: rows keep their place and selection while jobs change status. Every read goes
// through LazyReads: across a network the rows arrive after the call asking for them returns.
class JobTableModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        TerminalColumn,
        CommandColumn,
        QueuedByColumn,
        ChangedColumn,
        TransIdColumn,
        ColumnCount
    };

    enum Role {
        JobIdRole = Qt::UserRole + 1,
        StatusRole,      // storage::JobStatus as int
        ToneRole,        // StatusTone as int
        DevIdRole,
        CommandCodeRole, // "GET_LOG_DATA"
        SortRole,        // ids, times and codes that sort as they should
    };

    static constexpr int pageSize = 256;

    // Shows what setJobs() gives it.
    explicit JobTableModel(QObject *parent = nullptr);
    // Reads at once from `db` (tests): the newest page at the first refresh(), older ones as
    // views fetch more.
    JobTableModel(QSqlDatabase db, QObject *parent);
    // The same, where the console reads: off the GUI thread on PostgreSQL.
    JobTableModel(ConsoleReader &reader, QObject *parent);

    // Newest first, as JobRepository::list returns them.
    void setJobs(const QList<storage::JobRow> &jobs);
    // Lists only the jobs of one terminal, of one command, with one outcome (empty: any); read
    // again from the newest page, with a model reset.
    void setFilter(const QString &devId, const QString &commandCode, std::optional<storage::JobOutcome> outcome);
    // Leaves out the jobs these queued once they ended well (routine automatic work).
    void setHiddenWhenDone(const QStringList &queuedBy);
    bool isFiltered() const;
    // Reads the newest page, or, once rows are loaded, the jobs queued or changed since.
    void refresh();
    // Reads what changed, then older pages until `jobId` is among the rows; `found` then says
    // whether it is (false when no such job passes the filter). Not called after a reset.
    void loadUntil(qint64 jobId, std::function<void(bool found)> found);
    const storage::JobRow *jobAt(int row) const;
    int rowOf(qint64 jobId) const;
    // Terminal names by dev_id; terminals without a name show their dev_id.
    void setTerminalNames(const QHash<QString, QString> &names);
    // Ages are relative ("2 min ago"): views call this now and then.
    void refreshAges();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // A gap in the history just after the mark, and for how long it has been seen: see holdBelowGap().
    struct Gap
    {
        qint64 eventId = 0;
        qint64 seenMs = 0;
    };
    // What a refresh read once the rows were loaded.
    struct Changes
    {
        enum class Kind { Nothing, Replaced, Changed } kind = Kind::Nothing;
        storage::JobHistoryMark upTo;
        QList<storage::JobRow> fresh;
        QList<qint64> changed;
        Gap gap;
    };
    struct FirstPage
    {
        storage::JobHistoryMark mark;
        QList<storage::JobRow> jobs;
        bool ok = false;
    };

    storage::JobFilter listFilter() const;
    void readFirstPage();
    void showFirstPage(const FirstPage &page);
    void readChanges();
    static Changes changesSince(const QSqlDatabase &db, const storage::JobHistoryMark &mark, storage::JobFilter filter,
                                Gap gap);
    void applyChanges(const Changes &changes);
    // Every matching job with an id from `fromId` down, or the next page below what is loaded;
    // then `loaded`.
    void readOlder(std::optional<qint64> fromId, std::function<void()> loaded = {});
    // Everything again, from the newest page: after a filter change or a replaced history.
    void reload();
    void merge(const QList<qint64> &changed, QList<storage::JobRow> fresh);
    // The newest entry it is safe to move the mark to: just below the first id missing after the
    // mark, for up to a few seconds (a change may still be committing: PostgreSQL with several
    // writers), else `latest` (the gap is for good: a rolled-back change). `gap` follows the one found.
    static storage::JobHistoryMark holdBelowGap(const QSqlDatabase &db, const storage::JobRepository &jobs,
                                                const storage::JobHistoryMark &mark,
                                                const storage::JobHistoryMark &latest, Gap &gap);
    bool covers(qint64 jobId) const;
    // The first row whose id is `jobId` or lower (rows are newest first).
    int lowerBound(qint64 jobId) const;
    QString terminalName(const QString &devId) const;
    void append(const QList<storage::JobRow> &older);

    LazyReads m_reads;
    QList<storage::JobRow> m_jobs;
    QHash<QString, QString> m_terminalNames;
    QString m_devId;
    QString m_commandCode;
    std::optional<storage::JobOutcome> m_outcome;
    QStringList m_hiddenWhenDone;
    bool m_loaded = false;
    bool m_atEnd = true;
    // Every matching job from this id up is loaded (rows that stopped matching may have left).
    std::optional<qint64> m_coveredFrom;
    // Where in the job history the last read stopped: moved only as a read is applied.
    storage::JobHistoryMark m_mark;
    // A gap in the history just after the mark, and since when: see holdBelowGap().
    qint64 m_gapId = 0;
    QElapsedTimer m_gapSeen;
    // Set while rows are inserted: a view (or QAbstractItemModelTester) asking for more rows
    // from inside those signals would nest one insert in another.
    bool m_announcing = false;
};

} // namespace punchclock::ui
