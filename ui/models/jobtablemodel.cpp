#include "jobtablemodel.h"

#include "displayformat.h"
#include "jobdescription.h"
#include "statustone.h"

#include <QLocale>

namespace punchclock::ui {

namespace {

// The rows show what the job did (its summary), never its raw answer.
storage::JobFilter listFilter()
{
    storage::JobFilter filter;
    filter.withResult = false;
    return filter;
}

bool sameState(const storage::JobRow &a, const storage::JobRow &b)
{
    return a.status == b.status && a.returnCode == b.returnCode && a.summary == b.summary
        && a.statusChangedAt == b.statusChangedAt && a.parameters == b.parameters;
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

JobTableModel::JobTableModel(QSqlDatabase db, QObject *parent)
    : KeyedTableModel(parent)
    , m_db(std::move(db))
{
}

void JobTableModel::refresh()
{
    if (!m_db.isValid())
        return;
    storage::JobFilter filter = listFilter();
    filter.limit = pageSize;
    const bool firstPage = m_jobs.isEmpty();
    if (!firstPage) {
        filter.fromId = m_jobs.constLast().id;
        filter.limit = -1;
    }
    const QList<storage::JobRow> jobs = storage::JobRepository(m_db).list(filter);
    if (firstPage)
        m_atEnd = jobs.size() < pageSize;
    setJobs(jobs);
}

bool JobTableModel::loadUntil(qint64 jobId)
{
    if (rowOf(jobId) >= 0)
        return true;
    refresh();
    if (rowOf(jobId) >= 0)
        return true;
    if (m_atEnd || m_jobs.isEmpty() || jobId > m_jobs.constLast().id)
        return false;
    storage::JobFilter filter = listFilter();
    filter.beforeId = m_jobs.constLast().id;
    filter.fromId = jobId;
    filter.limit = -1;
    append(storage::JobRepository(m_db).list(filter));
    return rowOf(jobId) >= 0;
}

bool JobTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db.isValid() && !m_atEnd && !m_announcing;
}

void JobTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    storage::JobFilter filter = listFilter();
    filter.limit = pageSize;
    if (!m_jobs.isEmpty())
        filter.beforeId = m_jobs.constLast().id;
    const QList<storage::JobRow> older = storage::JobRepository(m_db).list(filter);
    m_atEnd = older.size() < pageSize;
    append(older);
}

void JobTableModel::append(const QList<storage::JobRow> &older)
{
    if (older.isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size() + older.size() - 1));
    m_jobs.append(older);
    endInsertRows();
    m_announcing = false;
}

void JobTableModel::setJobs(const QList<storage::JobRow> &jobs)
{
    m_announcing = true;
    replaceRows(m_jobs, jobs, [](const storage::JobRow &job) { return job.id; }, &sameState);
    m_announcing = false;
}

const storage::JobRow *JobTableModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int JobTableModel::rowOf(qint64 jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

void JobTableModel::setTerminalNames(const QHash<QString, QString> &names)
{
    if (names == m_terminalNames)
        return;
    m_terminalNames = names;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, TerminalColumn), index(rowCount() - 1, TerminalColumn));
}

void JobTableModel::refreshAges()
{
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, ChangedColumn), index(rowCount() - 1, ChangedColumn), {Qt::DisplayRole});
}

QString JobTableModel::terminalName(const QString &devId) const
{
    const QString name = m_terminalNames.value(devId);
    return name.isEmpty() ? devId : name;
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
        case StatusColumn: return JobDescription::statusText(job);
        case TerminalColumn: return terminalName(job.devId);
        case CommandColumn: return JobDescription::commandText(job);
        case QueuedByColumn: return job.queuedBy;
        case ChangedColumn: return DisplayFormat::age(job.statusChangedAt);
        case TransIdColumn: return job.transId();
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            return QStringLiteral("%1 %2").arg(storage::jobStatusName(job.status), job.returnCode).trimmed();
        case TerminalColumn: return job.devId;
        case CommandColumn: return tr("%1 (%2)").arg(JobDescription::commandText(job), job.commandCode);
        case ChangedColumn: return QLocale().toString(job.statusChangedAt.toLocalTime(), QLocale::LongFormat);
        default: return {};
        }
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(toneIcon(JobDescription::statusTone(job))) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(toneColor(JobDescription::statusTone(job))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == TransIdColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case JobIdRole: return job.id;
    case StatusRole: return int(job.status);
    case ToneRole: return int(JobDescription::statusTone(job));
    case DevIdRole: return job.devId;
    case CommandCodeRole: return job.commandCode;
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return int(JobDescription::statusTone(job));
        case ChangedColumn: return job.statusChangedAt;
        case TransIdColumn: return job.id;
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case TerminalColumn: return tr("Terminal");
    case CommandColumn: return tr("Command");
    case QueuedByColumn: return tr("Queued by");
    case ChangedColumn: return tr("Changed");
    case TransIdColumn: return tr("Trans. ID");
    default: return {};
    }
}

} // namespace punchclock::ui
