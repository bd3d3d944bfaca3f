#include "audittablemodel.h"

#include "auditreader.h"
#include "auditwording.h"
#include "displayformat.h"

#include <QLocale>

namespace punchclock::ui {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::optional<QList<storage::AuditEntry>> AuditTableModel::read(const storage::AuditFilter &filter)
{
    services::Outcome why;
    std::optional<QList<storage::AuditEntry>> entries = services::AuditReader(m_db).trail(m_actor, filter, &why);
    m_lastRead = why;
    if (!entries)
        Q_EMIT loadFailed(why);
    return entries;
}

void AuditTableModel::setTrail(QSqlDatabase db, const services::Actor &actor, const storage::AuditFilter &filter)
{
    m_announcing = true;
    beginResetModel();
    m_db = std::move(db);
    m_actor = actor;
    m_filter = filter;
    m_filter.limit = pageSize;
    m_filter.beforeId.reset();
    m_filter.afterId.reset();
    m_reads = true;
    m_entries.clear();
    m_more = false;
    if (std::optional<QList<storage::AuditEntry>> first = read(m_filter)) {
        m_entries = std::move(*first);
        m_more = m_entries.size() == pageSize;
    }
    endResetModel();
    m_announcing = false;
}

void AuditTableModel::refresh()
{
    if (!m_reads)
        return;
    if (m_entries.isEmpty()) {
        setTrail(m_db, m_actor, m_filter);
        return;
    }
    storage::AuditFilter since = m_filter;
    since.afterId = m_entries.constFirst().id;
    since.limit = -1;
    std::optional<QList<storage::AuditEntry>> fresh = read(since);
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
    beginResetModel();
    m_reads = false;
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
    return !parent.isValid() && hasOlder() && !m_announcing;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    storage::AuditFilter older = m_filter;
    older.beforeId = m_entries.constLast().id;
    std::optional<QList<storage::AuditEntry>> page = read(older);
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
