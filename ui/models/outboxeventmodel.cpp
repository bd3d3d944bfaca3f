#include "outboxeventmodel.h"

#include "integrationtext.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

namespace punchclock::ui {

namespace {

qint64 keyOf(const storage::OutboxRow &row)
{
    return row.id;
}

bool sameRow(const storage::OutboxRow &a, const storage::OutboxRow &b)
{
    return std::tie(a.event, a.subjectId, a.status, a.attempts, a.lastError, a.createdAt, a.deliveredAt) ==
           std::tie(b.event, b.subjectId, b.status, b.attempts, b.lastError, b.createdAt, b.deliveredAt);
}

} // namespace

OutboxEventModel::OutboxEventModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_reads(this)
{}

void OutboxEventModel::setSource(ConsoleReader &reader)
{
    m_reads.setSource(reader);
    show(m_destinationId, m_status);
}

void OutboxEventModel::setSource(QSqlDatabase db)
{
    m_reads.setSource(std::move(db));
    show(m_destinationId, m_status);
}

void OutboxEventModel::show(qint64 destinationId, std::optional<storage::OutboxStatus> status)
{
    m_reads.discard();
    beginResetModel();
    m_destinationId = destinationId;
    m_status = status;
    m_rows.clear();
    m_more = false;
    endResetModel();
    if (destinationId != 0 && m_reads.hasSource())
        m_reads.queue([this] { readNewest(PageSize, 0); });
}

void OutboxEventModel::refresh()
{
    if (m_destinationId == 0 || !m_reads.hasSource())
        return;
    m_reads.refresh([this] {
        // As many as are shown and a page of newer ones: rows keep their place as they change.
        readNewest(int(m_rows.size()) + PageSize, m_rows.isEmpty() ? 0 : m_rows.constLast().id);
    });
}

void OutboxEventModel::readNewest(int limit, qint64 oldestShown)
{
    m_reads.read<QList<storage::OutboxRow>>(
        [destination = m_destinationId, status = m_status, limit](const QSqlDatabase &db) {
            return storage::OutboxRepository(db).records(destination, status, 0, limit);
        },
        [this, limit, oldestShown](QList<storage::OutboxRow> fresh) {
            bool more = fresh.size() == limit;
            if (oldestShown > 0) {
                // Older than what was shown: left for the view to ask for as it scrolls.
                const auto older =
                    std::find_if(fresh.begin(), fresh.end(),
                                 [oldestShown](const storage::OutboxRow &row) { return row.id < oldestShown; });
                more = more || older != fresh.end();
                fresh.erase(older, fresh.end());
            }
            m_announcing = true;
            replaceRows(m_rows, std::move(fresh), &keyOf, &sameRow);
            m_announcing = false;
            m_more = more;
        });
}

bool OutboxEventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_announcing && !m_reads.fetching() && !m_rows.isEmpty();
}

void OutboxEventModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_reads.fetch([this] {
        if (!m_more || m_rows.isEmpty())
            return;
        m_reads.read<QList<storage::OutboxRow>>(
            [destination = m_destinationId, status = m_status, before = m_rows.constLast().id](const QSqlDatabase &db) {
                return storage::OutboxRepository(db).records(destination, status, before, PageSize);
            },
            [this](QList<storage::OutboxRow> page) { appendOlder(std::move(page)); });
    });
}

void OutboxEventModel::appendOlder(QList<storage::OutboxRow> page)
{
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_announcing = false;
}

const storage::OutboxRow *OutboxEventModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutboxEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::OutboxRow &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EventColumn: return IntegrationText::eventName(row.event);
        case SubjectColumn: return QString::number(row.subjectId);
        case StatusColumn: return IntegrationText::statusName(row.status);
        case TriesColumn: return locale.toString(row.attempts);
        case QueuedColumn: return locale.toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
        case LastErrorColumn: return row.lastError.simplified();
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SubjectColumn: return IntegrationText::subjectHint(row.event);
        case StatusColumn:
            if (row.status == storage::OutboxStatus::Delivered && row.deliveredAt.isValid())
                return tr("Delivered at %1").arg(locale.toString(row.deliveredAt.toLocalTime(), QLocale::LongFormat));
            return {};
        case QueuedColumn: return locale.toString(row.createdAt.toLocalTime(), QLocale::LongFormat);
        case LastErrorColumn: return row.lastError;
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return toneIcon(IntegrationText::statusTone(row.status));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return toneColor(IntegrationText::statusTone(row.status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TriesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EventIdRole: return row.id;
    case StatusRole: return int(row.status);
    default: return {};
    }
}

QVariant OutboxEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == TriesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EventColumn: return tr("Event");
    case SubjectColumn: return tr("Number");
    case StatusColumn: return tr("Status");
    case TriesColumn: return tr("Tries");
    case QueuedColumn: return tr("Queued at");
    case LastErrorColumn: return tr("Last error");
    default: return {};
    }
}

} // namespace punchclock::ui
