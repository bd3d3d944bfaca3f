#pragma once

#include "keyedtablemodel.h"
#include "statustone.h"
#include "terminalhealth.h"
#include "terminalrepository.h"

#include <QHash>

namespace punchclock::ui {

// One row per terminal with everything that tells its health (ui-guide "Terminals"). Refills
// update rows in place (KeyedTableModel), keyed by dev_id.
class TerminalTableModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        DevIdColumn,
        LastSeenColumn,
        ClockDriftColumn,
        UsersColumn,
        FacesColumn,
        FingersColumn,
        LogsColumn,
        FirmwareColumn,
        LibraryColumn,
        AddressColumn,
        QueuedJobsColumn,
        ColumnCount
    };

    enum Role {
        DevIdRole = Qt::UserRole + 1,
        ApprovalRole,
        StateRole, // engine::TerminalHealth::State as int
        SortRole,  // numbers and times as such, for the proxy
    };

    // Counts from the terminal's last GET_DEVICE_STATUS; -1 where it did not say.
    struct DeviceCounts
    {
        qint64 users = -1;
        qint64 faces = -1;
        qint64 fingers = -1;
        qint64 logs = -1;
    };

    explicit TerminalTableModel(QObject *parent = nullptr);

    // `queuedJobs`: WAIT + RUN jobs per dev_id. `nowUtc` decides online / offline.
    void setTerminals(QList<storage::TerminalRow> terminals, QHash<QString, int> queuedJobs = {},
                      const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    const storage::TerminalRow *terminalAt(int row) const;
    int rowOf(const QString &devId) const;

    static DeviceCounts countsOf(const storage::TerminalRow &terminal);
    // "Online", "Offline since 10:42", "Waiting for approval", "Blocked".
    static QString statusText(const storage::TerminalRow &terminal, const QDateTime &nowUtc);
    static StatusTone statusTone(engine::TerminalHealth::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        storage::TerminalRow terminal;
        DeviceCounts counts;
        int queuedJobs = 0;
        engine::TerminalHealth::State state = engine::TerminalHealth::State::Pending;
        // What depends on the time of the refill, fixed then: "Offline since 10:42", "2 min ago".
        QString statusText;
        QString lastSeenText;
    };

    static bool sameEntry(const Entry &a, const Entry &b);

    QVariant display(const Entry &entry, int column) const;
    QVariant sortValue(const Entry &entry, int column) const;
    QVariant toolTip(const Entry &entry, int column) const;

    QList<Entry> m_entries;
};

} // namespace punchclock::ui
