#pragma once

#include "keyedtablemodel.h"
#include "statustone.h"

#include "destinationrepository.h"
#include "outboxrepository.h"

#include <QDateTime>

namespace punchclock::ui {

// One row per destination of the outbox (docs/integrations.md) with what tells whether its
// events get there: its state, its backlog by status, when it last delivered and its last
// error. Refills update rows in place (KeyedTableModel), keyed by the destination's id.
class DestinationTableModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        ReceivesColumn,
        StateColumn,
        PendingColumn,
        FailedColumn,
        ParkedColumn,
        LastDeliveredColumn,
        LastErrorColumn,
        ColumnCount
    };

    enum Role {
        DestinationIdRole = Qt::UserRole + 1,
        StateRole, // State as int
        SortRole,  // numbers and times as such, for the proxy
    };

    enum class State {
        UpToDate,   // nothing waits
        Delivering, // events wait for their turn
        Waiting,    // failures that may pass hold it until its next attempt
        Paused,     // events queue, none is sent
    };

    struct Destination
    {
        storage::DestinationRow row;
        storage::OutboxBacklog backlog;
    };

    explicit DestinationTableModel(QObject *parent = nullptr);

    // `nowUtc` decides what its state says of the wait after failures.
    void setDestinations(QList<Destination> destinations, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    const Destination *destinationAt(int row) const;
    int rowOf(qint64 destinationId) const;

    static State stateOf(const Destination &destination);
    // "Up to date", "Delivering", "Paused", "Waiting until 14:05 after 3 failures".
    static QString stateText(const Destination &destination, const QDateTime &nowUtc);
    static StatusTone stateTone(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        Destination destination;
        State state = State::UpToDate;
        // What depends on the time of the refill, fixed then.
        QString stateText;
        QString lastDeliveredText;
    };

    static bool sameEntry(const Entry &a, const Entry &b);
    QVariant display(const Entry &entry, int column) const;
    QVariant sortValue(const Entry &entry, int column) const;
    QVariant toolTip(const Entry &entry, int column) const;

    QList<Entry> m_entries;
};

} // namespace punchclock::ui
