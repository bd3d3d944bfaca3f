#include "jobtablemodel.h"

#include "displayformat.h"
#include "jobdescription.h"
#include "servertexts.h"
#include "statustone.h"

#include "sqlsupport.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace punchclock::ui {

namespace {

bool sameState(const storage::JobRow &a, const storage::JobRow &b)
{
    return a.status == b.status && a.returnCode == b.returnCode && a.summary == b.summary
        && a.statusChangedAt == b.statusChangedAt && a.parameters == b.parameters;
}

// Reads that failed leave the model where it was, so the next refresh asks again.
quint64 failuresSoFar()
{
    return storage::lastQueryFailureOnThisThread().serial;
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_reads(this)
{
}

JobTableModel::JobTableModel(QSqlDatabase db, QObject *parent)
    : JobTableModel(parent)
{
    m_reads.setSource(std::move(db));
}

JobTableModel::JobTableModel(ConsoleReader &reader, QObject *parent)
    : JobTableModel(parent)
{
    m_reads.setSource(reader);
}

storage::JobFilter JobTableModel::listFilter() const
{
    storage::JobFilter filter;
    filter.devId = m_devId;
    filter.commandCode = m_commandCode;
    filter.outcome = m_outcome;
    filter.hideDoneQueuedBy = m_hiddenWhenDone;
    // The rows show what the job did (its summary), never its raw answer.
    filter.withResult = false;
    return filter;
}

void JobTableModel::setFilter(const QString &devId, const QString &commandCode,
                              std::optional<storage::JobOutcome> outcome)
{
    if (devId == m_devId && commandCode == m_commandCode && outcome == m_outcome)
        return;
    m_devId = devId;
    m_commandCode = commandCode;
    m_outcome = outcome;
    if (m_reads.hasSource())
        reload();
}

void JobTableModel::setHiddenWhenDone(const QStringList &queuedBy)
{
    if (queuedBy == m_hiddenWhenDone)
        return;
    m_hiddenWhenDone = queuedBy;
    if (m_reads.hasSource())
        reload();
}

bool JobTableModel::isFiltered() const
{
    return !m_devId.isEmpty() || !m_commandCode.isEmpty() || m_outcome || !m_hiddenWhenDone.isEmpty();
}

void JobTableModel::reload()
{
    m_reads.discard();
    beginResetModel();
    m_jobs.clear();
    m_loaded = false;
    m_atEnd = true;
    m_coveredFrom.reset();
    m_mark = {};
    endResetModel();
    refresh();
}

void JobTableModel::refresh()
{
    if (!m_reads.hasSource())
        return;
    m_reads.refresh([this] {
        if (m_loaded)
            readChanges();
        else
            readFirstPage();
    });
}

void JobTableModel::readFirstPage()
{
    // Half of a first read that failed: start again from the newest page.
    if (!m_jobs.isEmpty()) {
        reload();
        return;
    }
    storage::JobFilter filter = listFilter();
    filter.limit = pageSize;
    m_reads.read<FirstPage>(
        [filter](const QSqlDatabase &db) {
            const storage::JobRepository jobs(db);
            const quint64 failures = failuresSoFar();
            FirstPage page;
            // The mark first: whatever changes while the page is read is read again next time.
            page.mark = jobs.latestEvent();
            page.jobs = jobs.list(filter);
            page.ok = failuresSoFar() == failures;
            return page;
        },
        [this](const FirstPage &page) { showFirstPage(page); });
}

void JobTableModel::showFirstPage(const FirstPage &page)
{
    m_atEnd = page.jobs.size() < pageSize;
    if (!page.jobs.isEmpty())
        m_coveredFrom = page.jobs.constLast().id;
    append(page.jobs);
    if (page.ok) {
        m_mark = page.mark;
        m_loaded = true;
    }
}

void JobTableModel::readChanges()
{
    storage::JobFilter filter = listFilter();
    // Older than the pages loaded: the view reads them when it scrolls there.
    if (!m_atEnd)
        filter.fromId = m_coveredFrom;
    filter.limit = -1;
    const Gap gap{m_gapId, m_gapId ? m_gapSeen.elapsed() : 0};
    m_reads.read<Changes>(
        [mark = m_mark, filter, gap](const QSqlDatabase &db) { return changesSince(db, mark, filter, gap); },
        [this](const Changes &changes) { applyChanges(changes); });
}

JobTableModel::Changes JobTableModel::changesSince(const QSqlDatabase &db, const storage::JobHistoryMark &mark,
                                                   storage::JobFilter filter, Gap gap)
{
    const storage::JobRepository jobs(db);
    const quint64 failures = failuresSoFar();
    Changes changes;
    changes.gap = gap;
    const storage::JobHistoryMark latest = jobs.latestEvent();
    if (failuresSoFar() != failures || latest == mark)
        return changes;
    // The entry last read is gone or another: the database was replaced (a restored backup),
    // and none of the rows can be trusted. Without a mark, "changed since" would be every job.
    changes.kind = Changes::Kind::Replaced;
    if (mark.eventId == 0)
        return changes;
    const QDateTime markedAt = jobs.eventTime(mark.eventId);
    changes.kind = Changes::Kind::Nothing;
    if (failuresSoFar() != failures)
        return changes; // could not tell: keep the rows until a read succeeds
    if (markedAt != mark.at) {
        changes.kind = Changes::Kind::Replaced;
        return changes;
    }
    changes.upTo = holdBelowGap(db, jobs, mark, latest, changes.gap);
    if (failuresSoFar() != failures || changes.upTo == mark)
        return changes;
    filter.changedIn = storage::JobEventSpan{mark.eventId, changes.upTo.eventId};
    changes.fresh = jobs.list(filter);
    changes.changed = jobs.changedIn(*filter.changedIn);
    if (failuresSoFar() == failures)
        changes.kind = Changes::Kind::Changed;
    return changes;
}

void JobTableModel::applyChanges(const Changes &changes)
{
    if (changes.gap.eventId != m_gapId) {
        m_gapId = changes.gap.eventId;
        m_gapSeen.start();
    }
    switch (changes.kind) {
    case Changes::Kind::Nothing: return;
    case Changes::Kind::Replaced: reload(); return;
    case Changes::Kind::Changed:
        m_mark = changes.upTo;
        merge(changes.changed, changes.fresh);
        return;
    }
}

storage::JobHistoryMark JobTableModel::holdBelowGap(const QSqlDatabase &db, const storage::JobRepository &jobs,
                                                    const storage::JobHistoryMark &mark,
                                                    const storage::JobHistoryMark &latest, Gap &gap)
{
    // Transactions last milliseconds; one still open after this long was rolled back.
    constexpr qint64 inFlightMs = 10000;
    // SQLite has one writer at a time: ids are in commit order and a gap is for good.
    if (db.driverName() != QLatin1String("QPSQL"))
        return latest;
    const qint64 missing = jobs.firstMissingEvent({mark.eventId, latest.eventId});
    if (missing != gap.eventId)
        gap = {missing, 0};
    if (missing == 0 || gap.seenMs >= inFlightMs)
        return latest;
    if (missing - 1 == mark.eventId)
        return mark;
    return {missing - 1, jobs.eventTime(missing - 1)};
}

void JobTableModel::merge(const QList<qint64> &changed, QList<storage::JobRow> fresh)
{
    QSet<qint64> matching;
    for (const storage::JobRow &job : std::as_const(fresh))
        matching.insert(job.id);
    m_announcing = true;
    // Changed so that the filter no longer takes them: finished while "Queued or sent" shows.
    for (qint64 id : changed) {
        const int row = matching.contains(id) ? -1 : rowOf(id);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_jobs.removeAt(row);
            endRemoveRows();
        }
    }
    // Both lists are newest first: each fresh job is a row to update or, in a run of new ones,
    // rows to insert before the next row kept.
    for (qsizetype next = 0; next < fresh.size();) {
        const int row = lowerBound(fresh.at(next).id);
        if (row < m_jobs.size() && m_jobs.at(row).id == fresh.at(next).id) {
            const bool shown = !sameState(m_jobs.at(row), fresh.at(next));
            m_jobs[row] = std::move(fresh[next++]);
            if (shown)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        // Older than the pages loaded, as every one after it is.
        if (!covers(fresh.at(next).id))
            break;
        qsizetype end = next + 1;
        while (end < fresh.size() && covers(fresh.at(end).id)
               && (row == m_jobs.size() || fresh.at(end).id > m_jobs.at(row).id))
            ++end;
        beginInsertRows({}, row, int(row + end - next - 1));
        for (qsizetype i = next; i < end; ++i)
            m_jobs.insert(row + (i - next), std::move(fresh[i]));
        endInsertRows();
        next = end;
    }
    m_announcing = false;
}

bool JobTableModel::covers(qint64 jobId) const
{
    return m_atEnd || !m_coveredFrom || jobId >= *m_coveredFrom;
}

int JobTableModel::lowerBound(qint64 jobId) const
{
    const auto found = std::lower_bound(m_jobs.cbegin(), m_jobs.cend(), jobId,
                                        [](const storage::JobRow &job, qint64 id) { return job.id > id; });
    return int(found - m_jobs.cbegin());
}

void JobTableModel::loadUntil(qint64 jobId, std::function<void(bool found)> found)
{
    refresh();
    m_reads.queue(
        [this, jobId, found] {
            if (rowOf(jobId) >= 0 || !m_reads.hasSource() || m_atEnd ||
                (m_coveredFrom && jobId >= *m_coveredFrom)) {
                found(rowOf(jobId) >= 0);
                return;
            }
            readOlder(jobId, [this, jobId, found] { found(rowOf(jobId) >= 0); });
        },
        // The model was read again meanwhile (a new filter, a restored database): look again.
        [this, jobId, found] { loadUntil(jobId, found); });
}

bool JobTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reads.hasSource() && m_loaded && !m_atEnd && !m_announcing && !m_reads.fetching();
}

void JobTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_reads.fetch([this] {
            if (!m_atEnd)
                readOlder(std::nullopt);
        });
}

void JobTableModel::readOlder(std::optional<qint64> fromId, std::function<void()> loaded)
{
    storage::JobFilter filter = listFilter();
    filter.beforeId = m_coveredFrom;
    filter.fromId = fromId;
    filter.limit = fromId ? -1 : pageSize;
    m_reads.read<QList<storage::JobRow>>(
        [filter](const QSqlDatabase &db) { return storage::JobRepository(db).list(filter); },
        [this, fromId, loaded = std::move(loaded)](const QList<storage::JobRow> &older) {
            if (fromId) {
                m_coveredFrom = fromId;
            } else {
                m_atEnd = older.size() < pageSize;
                if (!older.isEmpty())
                    m_coveredFrom = older.constLast().id;
            }
            append(older);
            if (loaded)
                loaded();
        });
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
    const int row = lowerBound(jobId);
    return row < m_jobs.size() && m_jobs.at(row).id == jobId ? row : -1;
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
        case QueuedByColumn: return job.queuedBy.isEmpty() ? QString() : ServerTexts::queuedBy(job.queuedBy);
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
