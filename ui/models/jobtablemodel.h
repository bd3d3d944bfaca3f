#pragma once

#include "jobrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace punchclock::ui {

// Commands and their trans_status, newest first, in words (JobDescription) with the raw codes
// in tooltips. setJobs() merges: rows keep their place and selection while jobs change status.
class JobTableModel : public QAbstractTableModel
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

    explicit JobTableModel(QObject *parent = nullptr);

    // Newest first, as JobRepository::list returns them.
    void setJobs(const QList<storage::JobRow> &jobs);
    // Adds or updates one job (one asked for that is older than the list), keeping the order.
    void upsertJob(const storage::JobRow &job);
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

private:
    QString terminalName(const QString &devId) const;

    QList<storage::JobRow> m_jobs;
    QHash<QString, QString> m_terminalNames;
};

} // namespace punchclock::ui
