#pragma once

#include "actor.h"
#include "auditrepository.h"
#include "lazyreads.h"
#include "outcome.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace punchclock::ui {

// Records of the audit trail, newest first, in words (AuditWording) with the codes in tooltips.
// Either the whole trail as filtered, read a page at a time as views scroll and topped up with
// what was recorded since (setTrail, refresh), or a fixed list: one employee's, terminal's or
// day's history (setEntries). The trail is read through LazyReads: across a network its rows
// arrive after the call asking for them returns.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, ObjectColumn, ChangeColumn, OriginColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, ActionCodeRole };

    static constexpr int pageSize = 500;

    explicit AuditTableModel(QObject *parent = nullptr);

    // Reads the trail through services::AuditReader with the actor's rights, a page at a time;
    // the first page replaces the rows once read.
    void setTrail(ConsoleReader &reader, const services::Actor &actor, const storage::AuditFilter &filter);
    // Adds what was recorded since the last read at the top.
    void refresh();
    void setEntries(const QList<storage::AuditEntry> &entries);

    const storage::AuditEntry *entryAt(int row) const;
    int rowOf(qint64 entryId) const; // -1 when not loaded
    // Whether older records are left to read; unlike canFetchMore(), also while the model resets
    // or inserts.
    bool hasOlder() const { return m_readsTrail && m_more; }
    // Why the last read failed (not allowed, the database); ok() when it did not.
    const services::Outcome &lastRead() const { return m_lastRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const services::Outcome &why);

private:
    // What one read of the trail gives: nullopt with why when it failed.
    struct TrailRead
    {
        std::optional<QList<storage::AuditEntry>> entries;
        services::Outcome why;
    };
    // Reads `filter`, then hands `apply` what it read, once the failure (if any) was said.
    void read(const storage::AuditFilter &filter, std::function<void(std::optional<QList<storage::AuditEntry>>)> apply);
    void readFirstPage();
    void showFirstPage(std::optional<QList<storage::AuditEntry>> first);
    void insertNewer(const std::optional<QList<storage::AuditEntry>> &fresh);
    void appendOlder(const std::optional<QList<storage::AuditEntry>> &page);

    LazyReads m_reads;
    services::Actor m_actor;
    storage::AuditFilter m_filter;
    bool m_readsTrail = false; // reads the trail (not a fixed list)
    bool m_more = false;
    // Set while the model resets or inserts: a view (or QAbstractItemModelTester) asking for
    // more rows from inside those signals would nest one insert in another.
    bool m_announcing = false;
    QList<storage::AuditEntry> m_entries;
    services::Outcome m_lastRead;
};

} // namespace punchclock::ui
