#pragma once

#include "jobrepository.h"
#include "keyedtablemodel.h"

#include <QHash>
#include <QSqlDatabase>

namespace punchclock::ui {

// Commands and their trans_status, newest first, in words (JobDescription) with the raw codes
// in tooltips. setJobs() merges: rows keep their place and selection while jobs change status.
// Given a database, the model reads the jobs itself, a page at a time by id (every job there
// is, however many), and refresh() re-reads the pages loaded so far.
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
    // Reads from `db`: the newest page at the first refresh(), older ones as views fetch more.
    JobTableModel(QSqlDatabase db, QObject *parent);

    // Newest first, as JobRepository::list returns them.
    void setJobs(const QList<storage::JobRow> &jobs);
    // Reads the newest page, or, once rows are loaded, every job down to the oldest one loaded.
    void refresh();
    // Loads older pages until `jobId` is among the rows; false when there is no such job.
    bool loadUntil(qint64 jobId);
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
    QString terminalName(const QString &devId) const;
    void append(const QList<storage::JobRow> &older);

    QSqlDatabase m_db;
    QList<storage::JobRow> m_jobs;
    QHash<QString, QString> m_terminalNames;
    bool m_atEnd = true;
    // Set while rows are inserted: a view (or QAbstractItemModelTester) asking for more rows
    // from inside those signals would nest one insert in another.
    bool m_announcing = false;
};

} // namespace punchclock::ui
