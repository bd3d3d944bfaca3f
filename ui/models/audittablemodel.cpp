#include "audittablemodel.h"

#include "auditreader.h"
#include "auditwording.h"
#include "displayformat.h"

#include <QLocale>

namespace punchclock::ui {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(this)
{
}

void AuditTableModel::read(const storage::AuditFilter &filter,
                           std::function<void(std::optional<QList<storage::AuditEntry>>)> apply)
{
    m_reads.read<TrailRead>(
        [actor = m_actor, filter](const QSqlDatabase &db) {
            TrailRead read;
            read.entries = services::AuditReader(db).trail(actor, filter, &read.why);
            return read;
        },
        [this, apply = std::move(apply)](TrailRead read) {
            m_lastRead = read.why;
            if (!read.entries)
                Q_EMIT loadFailed(read.why);
            apply(std::move(read.entries));
        });
}

void AuditTableModel::setTrail(ConsoleReader &reader, const services::Actor &actor, const storage::AuditFilter &filter)
{
    m_reads.setSource(reader);
    m_actor = actor;
    m_filter = filter;
    m_filter.limit = pageSize;
    m_filter.beforeId.reset();
    m_filter.afterId.reset();
    m_reads.queue([this] { readFirstPage(); });
}

void AuditTableModel::readFirstPage()
{
    read(m_filter, [this](std::optional<QList<storage::AuditEntry>> first) { showFirstPage(std::move(first)); });
}

void AuditTableModel::showFirstPage(std::optional<QList<storage::AuditEntry>> first)
{
    m_announcing = true;
    beginResetModel();
    m_readsTrail = true;
    m_entries = first ? std::move(*first) : QList<storage::AuditEntry>();
    m_more = m_entries.size() == pageSize;
    endResetModel();
    m_announcing = false;
}

void AuditTableModel::refresh()
{
    m_reads.refresh([this] {
        if (!m_readsTrail)
            return;
        if (m_entries.isEmpty()) {
            readFirstPage();
            return;
        }
        storage::AuditFilter since = m_filter;
        since.afterId = m_entries.constFirst().id;
        since.limit = -1;
        read(since, [this](const std::optional<QList<storage::AuditEntry>> &fresh) { insertNewer(fresh); });
    });
}

void AuditTableModel::insertNewer(const std::optional<QList<storage::AuditEntry>> &fresh)
{
    if (!fresh || fresh->isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, 0, int(fresh->size()) - 1);
    m_entries = *fresh + m_entries;
    endInsertRows();
    m_announcing = false;
}

void AuditTableModel::setEntries(const QList<storage::AuditEntry> &entries)
{
    m_reads.discard();
    beginResetModel();
    m_readsTrail = false;
    m_more = false;
    m_entries = entries;
    m_lastRead = {};
    endResetModel();
}

const storage::AuditEntry *AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditTableModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId)
            return row;
    }
    return -1;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const storage::AuditEntry *entry = entryAt(index.row());
    if (!entry || !index.isValid())
        return {};
    if (role == EntryIdRole)
        return entry->id;
    if (role == ActionCodeRole)
        return entry->action;
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn: return QLocale().toString(entry->at.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn: return entry->actor;
        case ActionColumn: return AuditWording::action(entry->action);
        case ObjectColumn: return AuditWording::object(*entry);
        case ChangeColumn: return AuditWording::change(*entry);
        case OriginColumn: return entry->origin;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case TimeColumn:
            return tr("%1 (%2)").arg(QLocale().toString(entry->at.toLocalTime(), QLocale::LongFormat),
                                     DisplayFormat::age(entry->at));
        case ActorColumn: return AuditWording::actorKind(entry->actorKind);
        case ActionColumn: return entry->action;
        case ObjectColumn:
            return entry->objectId.isEmpty() ? entry->objectKind : entry->objectKind + QLatin1Char(':') + entry->objectId;
        case ChangeColumn: return AuditWording::change(*entry);
        case OriginColumn: return entry->origin;
        case ColumnCount: break;
        }
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn: return tr("When");
    case ActorColumn: return tr("Who");
    case ActionColumn: return tr("What");
    case ObjectColumn: return tr("Object");
    case ChangeColumn: return tr("Change");
    case OriginColumn: return tr("From");
    case ColumnCount: break;
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasOlder() && !m_announcing && !m_reads.fetching();
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    m_reads.fetch([this] {
        if (m_entries.isEmpty() || !hasOlder())
            return;
        storage::AuditFilter older = m_filter;
        older.beforeId = m_entries.constLast().id;
        read(older, [this](const std::optional<QList<storage::AuditEntry>> &page) { appendOlder(page); });
    });
}

void AuditTableModel::appendOlder(const std::optional<QList<storage::AuditEntry>> &page)
{
    if (!page) {
        m_more = false;
        return;
    }
    m_more = page->size() == pageSize;
    if (page->isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size()) - 1);
    m_entries += *page;
    endInsertRows();
    m_announcing = false;
}

} // namespace punchclock::ui
