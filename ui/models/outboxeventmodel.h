#pragma once

#include "keyedtablemodel.h"
#include "lazyreads.h"

#include "outboxrepository.h"

#include <optional>

namespace punchclock::ui {

// One destination's events in the outbox, newest first, optionally of one status: the newest
// page first, older pages as a view scrolls (by id, storage::OutboxRepository::records), and
// refresh() reads again what is shown, updating rows in place as their status changes. Reads
// go through LazyReads: across a network the rows arrive after the call asking for them.
class OutboxEventModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column { EventColumn, SubjectColumn, StatusColumn, TriesColumn, QueuedColumn, LastErrorColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, StatusRole };

    static constexpr int PageSize = 100;

    explicit OutboxEventModel(QObject *parent = nullptr);

    void setSource(ConsoleReader &reader);
    void setSource(QSqlDatabase db);
    // Shows the events of this destination (0: none) of this status (nullopt: all).
    void show(qint64 destinationId, std::optional<storage::OutboxStatus> status);
    qint64 destinationId() const { return m_destinationId; }
    // Reads again the rows shown and those queued since.
    void refresh();

    const storage::OutboxRow *eventAt(int row) const;
    // Whether older events are left to read.
    bool hasOlder() const { return m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // The newest `limit` events; the rows older than `oldestShown` (0: none shown) are left out.
    void readNewest(int limit, qint64 oldestShown);
    void appendOlder(QList<storage::OutboxRow> page);

    LazyReads m_reads;
    qint64 m_destinationId = 0;
    std::optional<storage::OutboxStatus> m_status;
    QList<storage::OutboxRow> m_rows;
    bool m_more = false;
    // Set while rows are inserted: a view asking for more from inside that would nest inserts.
    bool m_announcing = false;
};

} // namespace punchclock::ui
