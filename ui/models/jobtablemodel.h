#pragma once

#include "jobrepository.h"

#include <QAbstractTableModel>

namespace punchclock::ui {

// Commands and their trans_status, newest first, in words with the raw codes in tooltips.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TransIdColumn,
        TerminalColumn,
        CommandColumn,
        StatusColumn,
        ChangedColumn,
        EffectColumn,
        ColumnCount
    };

    enum Role {
        JobIdRole = Qt::UserRole + 1,
        StatusRole, // storage::JobStatus as int
    };

    explicit JobTableModel(QObject *parent = nullptr);

    void setJobs(QList<storage::JobRow> jobs);
    const storage::JobRow *jobAt(int row) const;

    // "Queued", "Sent to terminal", "Done", "Failed: ERROR_NOT_EXIST", "No answer", "Cancelled".
    static QString statusText(const storage::JobRow &job);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::JobRow> m_jobs;
};

} // namespace punchclock::ui
