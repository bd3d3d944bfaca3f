#include "destinationtablemodel.h"

#include "displayformat.h"
#include "integrationtext.h"

#include <QLocale>

#include <tuple>

namespace punchclock::ui {

namespace {

bool isNumeric(int column)
{
    return column == DestinationTableModel::PendingColumn || column == DestinationTableModel::FailedColumn ||
           column == DestinationTableModel::ParkedColumn;
}

// A moment of today as its time, another day's with its date.
QString momentText(const QDateTime &utc, const QDateTime &nowUtc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == nowUtc.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

DestinationTableModel::DestinationTableModel(QObject *parent)
    : KeyedTableModel(parent)
{}

void DestinationTableModel::setDestinations(QList<Destination> destinations, const QDateTime &nowUtc)
{
    QList<Entry> entries;
    entries.reserve(destinations.size());
    for (Destination &destination : destinations) {
        Entry entry;
        entry.state = stateOf(destination);
        entry.stateText = stateText(destination, nowUtc);
        entry.lastDeliveredText = destination.row.lastDeliveredAt.isValid()
                                      ? DisplayFormat::age(destination.row.lastDeliveredAt, nowUtc)
                                      : tr("never");
        entry.destination = std::move(destination);
        entries.append(std::move(entry));
    }
    replaceRows(
        m_entries, std::move(entries), [](const Entry &entry) { return entry.destination.row.id; }, &sameEntry);
}

bool DestinationTableModel::sameEntry(const Entry &a, const Entry &b)
{
    // Every field the details pane shows as well as the columns.
    const auto fields = [](const Entry &e) {
        const storage::DestinationRow &d = e.destination.row;
        const storage::OutboxBacklog &q = e.destination.backlog;
        return std::tie(d.name, d.kind, d.url, d.options, d.sendsPunches, d.sendsCorrections, d.sendsUserChanges,
                        d.enabled, d.failures, d.nextAttemptAt, d.lastError, d.lastDeliveredAt, q.pending, q.delivered,
                        q.failed, q.parked, q.oldestPending, e.state, e.stateText, e.lastDeliveredText);
    };
    return fields(a) == fields(b);
}

const DestinationTableModel::Destination *DestinationTableModel::destinationAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).destination : nullptr;
}

int DestinationTableModel::rowOf(qint64 destinationId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).destination.row.id == destinationId)
            return row;
    }
    return -1;
}

DestinationTableModel::State DestinationTableModel::stateOf(const Destination &destination)
{
    if (!destination.row.enabled)
        return State::Paused;
    if (destination.row.failures > 0)
        return State::Waiting;
    return destination.backlog.pending > 0 ? State::Delivering : State::UpToDate;
}

QString DestinationTableModel::stateText(const Destination &destination, const QDateTime &nowUtc)
{
    switch (stateOf(destination)) {
    case State::UpToDate: return tr("Up to date");
    case State::Delivering: return tr("Delivering");
    case State::Paused: return tr("Paused");
    case State::Waiting: break;
    }
    const int failures = destination.row.failures;
    const QDateTime next = destination.row.nextAttemptAt;
    if (next.isValid() && next > nowUtc)
        //: %1 the time of the next attempt; %n failures in a row
        return tr("Waiting until %1 after %n failure(s)", nullptr, failures).arg(momentText(next, nowUtc));
    return tr("Trying again after %n failure(s)", nullptr, failures);
}

StatusTone DestinationTableModel::stateTone(State state)
{
    switch (state) {
    case State::UpToDate: return StatusTone::Good;
    case State::Delivering: return StatusTone::Running;
    case State::Waiting: return StatusTone::Bad;
    case State::Paused: break;
    }
    return StatusTone::Inactive;
}

int DestinationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DestinationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DestinationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(entry, index.column());
    case Qt::ToolTipRole: return toolTip(entry, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return toneIcon(stateTone(entry.state));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return toneColor(stateTone(entry.state));
        if ((index.column() == FailedColumn && entry.destination.backlog.failed > 0) ||
            (index.column() == ParkedColumn && entry.destination.backlog.parked > 0))
            return toneColor(StatusTone::Bad);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DestinationIdRole: return entry.destination.row.id;
    case StateRole: return int(entry.state);
    case SortRole: return sortValue(entry, index.column());
    default: return {};
    }
}

QVariant DestinationTableModel::display(const Entry &entry, int column) const
{
    const storage::DestinationRow &row = entry.destination.row;
    const storage::OutboxBacklog &backlog = entry.destination.backlog;
    switch (column) {
    case NameColumn: return row.name;
    case KindColumn: return IntegrationText::kindName(row.kind);
    case ReceivesColumn: return IntegrationText::receives(row);
    case StateColumn: return entry.stateText;
    case PendingColumn: return QLocale().toString(backlog.pending);
    case FailedColumn: return QLocale().toString(backlog.failed);
    case ParkedColumn: return QLocale().toString(backlog.parked);
    case LastDeliveredColumn: return entry.lastDeliveredText;
    case LastErrorColumn: return row.lastError.simplified();
    default: return {};
    }
}

QVariant DestinationTableModel::sortValue(const Entry &entry, int column) const
{
    switch (column) {
    case StateColumn: return int(entry.state);
    case PendingColumn: return entry.destination.backlog.pending;
    case FailedColumn: return entry.destination.backlog.failed;
    case ParkedColumn: return entry.destination.backlog.parked;
    case LastDeliveredColumn: return entry.destination.row.lastDeliveredAt;
    default: return display(entry, column);
    }
}

QVariant DestinationTableModel::toolTip(const Entry &entry, int column) const
{
    const storage::DestinationRow &row = entry.destination.row;
    const QLocale locale;
    switch (column) {
    case NameColumn: return row.url;
    case StateColumn:
        if (entry.state == State::Paused)
            return tr("Events are queued for it; none is sent until it is resumed.");
        if (entry.state == State::Waiting)
            return row.lastError;
        return {};
    case PendingColumn:
        if (!entry.destination.backlog.oldestPending.isValid())
            return {};
        return tr("The oldest was queued at %1")
            .arg(locale.toString(entry.destination.backlog.oldestPending.toLocalTime(), QLocale::ShortFormat));
    case FailedColumn: return tr("Refused for good by the destination; sent again only when you ask");
    case ParkedColumn: return tr("Held until someone acts, usually in the other system (an employee to map)");
    case LastDeliveredColumn:
        if (!row.lastDeliveredAt.isValid())
            return {};
        return locale.toString(row.lastDeliveredAt.toLocalTime(), QLocale::LongFormat);
    case LastErrorColumn: return row.lastError;
    default: return {};
    }
}

QVariant DestinationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumeric(section))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case ReceivesColumn: return tr("Receives");
    case StateColumn: return tr("State");
    case PendingColumn: return tr("Pending");
    case FailedColumn: return tr("Failed");
    case ParkedColumn: return tr("Parked");
    case LastDeliveredColumn: return tr("Last delivered");
    case LastErrorColumn: return tr("Last error");
    default: return {};
    }
}

} // namespace punchclock::ui
