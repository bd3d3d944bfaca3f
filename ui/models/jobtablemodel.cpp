#include "jobtablemodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace punchclock::ui {

namespace {

// Status colours of the UI guide; the text always says the same, colour is never alone.
QColor statusColour(const storage::JobRow &job)
{
    switch (job.status) {
    case storage::JobStatus::Wait: return QColor(0xb2, 0x6b, 0x00);  // amber
    case storage::JobStatus::Run: return QColor(0x1f, 0x5f, 0xbf);   // blue
    case storage::JobStatus::Result: return job.succeeded() ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb3, 0x26, 0x1e);
    case storage::JobStatus::Timeout: return QColor(0xb3, 0x26, 0x1e); // red
    case storage::JobStatus::Cancelled: return QColor(0x6b, 0x6b, 0x6b); // grey
    }
    return {};
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JobTableModel::setJobs(QList<storage::JobRow> jobs)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
}

const storage::JobRow *JobTableModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

QString JobTableModel::statusText(const storage::JobRow &job)
{
    switch (job.status) {
    case storage::JobStatus::Wait: return tr("Queued");
    case storage::JobStatus::Run: return tr("Sent to terminal");
    case storage::JobStatus::Result: return job.succeeded() ? tr("Done") : tr("Failed: %1").arg(job.returnCode);
    case storage::JobStatus::Timeout: return tr("No answer");
    case storage::JobStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::JobRow &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TransIdColumn: return job.transId();
        case TerminalColumn: return job.devId;
        case CommandColumn: return job.commandCode;
        case StatusColumn: return statusText(job);
        case ChangedColumn: return DisplayFormat::age(job.statusChangedAt);
        case EffectColumn: return job.summary;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return QStringLiteral("%1 %2").arg(storage::jobStatusName(job.status), job.returnCode).trimmed();
        if (index.column() == ChangedColumn)
            return QLocale().toString(job.statusChangedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(QBrush(statusColour(job))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == TransIdColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case JobIdRole:
        return job.id;
    case StatusRole:
        return int(job.status);
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TransIdColumn: return tr("Trans. ID");
    case TerminalColumn: return tr("Terminal");
    case CommandColumn: return tr("Command");
    case StatusColumn: return tr("Status");
    case ChangedColumn: return tr("Changed");
    case EffectColumn: return tr("Effect");
    default: return {};
    }
}

} // namespace punchclock::ui
