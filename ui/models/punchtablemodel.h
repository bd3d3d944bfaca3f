#pragma once

#include "lazyreads.h"
#include "punchbrowser.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QIcon>
#include <QSqlDatabase>

namespace punchclock::ui {

// The punches matching a filter, read lazily a page at a time (a million rows open at once),
// kept compactly, ordered by io_time only (the order every index serves; sort() on the time
// column reverses it, other columns do not sort). refresh() inserts rows committed since the
// last read where they belong, without a reset, so the view keeps its scroll and selection.
// Every read goes through LazyReads: across a network the rows arrive after the call asking
// for them returns.
class PunchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, TerminalColumn, DirectionColumn, VerifyColumn, FlagsColumn, ColumnCount };

    enum Role {
        PunchIdRole = Qt::UserRole + 1,
        FlagsRole,
        UserIdRole,
        DevIdRole,
        IoTimeRole, // storage text "YYYY-MM-DD hh:mm:ss"
        HasPhotoRole,
    };

    static constexpr int pageSize = 256;

    // Reads at once from `db` (tests).
    explicit PunchTableModel(QSqlDatabase db, QObject *parent = nullptr);
    // Reads where the console reads: off the GUI thread on PostgreSQL.
    explicit PunchTableModel(ConsoleReader &reader, QObject *parent = nullptr);

    // Reads the count and the first page of `query`, which replace the rows once read.
    void setQuery(const storage::PunchQuery &query);
    // The query asked for last.
    const storage::PunchQuery &query() const { return m_query; }
    // Rows matching the query in the database, fetched or not; -1 after a database error.
    qint64 matchingCount() const { return m_matching; }
    // Reads rows committed since the last read and inserts those matching the query.
    void refresh();
    qint64 punchIdAt(int row) const;
    // Whose punch the row is, with their name, and its day (invalid date for no row).
    struct Owner
    {
        QString userId;
        QString name;
        QDate day;
    };
    Owner ownerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void matchingCountChanged(qint64 count);
    // A read failed; the table shows what it had.
    void loadFailed();

private:
    // 32 bytes a row: names and codes are interned, the time packed as yyyyMMddhhmmss.
    struct Row
    {
        qint64 id;
        qint64 ioTime;
        int user;
        int terminal;
        quint16 verify;
        quint8 direction;
        quint8 flags;
    };
    struct Named
    {
        QString id;
        QString name;
    };

    // What a read gives; ok false when the database failed.
    struct FirstPage
    {
        qint64 upToId = -1;
        qint64 matching = -1;
        QList<storage::BrowsedPunch> rows;
        bool ok = false;
    };
    struct Fresh
    {
        qint64 last = -1; // the highest id when read
        QList<storage::BrowsedPunch> rows;
        bool ok = false;
    };
    struct NextPage
    {
        QList<storage::BrowsedPunch> rows;
        bool ok = false;
    };
    static FirstPage readFirstPage(const QSqlDatabase &db, const storage::PunchQuery &query);
    static Fresh readFresh(const QSqlDatabase &db, const storage::PunchQuery &query, qint64 afterId);
    void showFirstPage(FirstPage page);
    void insertFresh(Fresh fresh);
    void readNextPage();
    void appendPage(const NextPage &page);

    Row compact(const storage::BrowsedPunch &punch);
    int intern(QHash<QString, int> &index, QList<Named> &table, const QString &id, const QString &name);
    storage::PunchKey keyOf(const Row &row) const;
    QVariant display(const Row &row, int column) const;

    LazyReads m_reads;
    storage::PunchQuery m_query;
    QList<Row> m_rows;
    // The cursor of refresh(): rows up to this id were read. Moved only as a read is applied.
    qint64 m_upToId = 0;
    qint64 m_matching = 0;
    bool m_atEnd = true;
    // Set while the model resets or inserts: a view (or QAbstractItemModelTester) asking for
    // more rows from inside those signals would nest one insert in another.
    bool m_announcing = false;

    QHash<QString, int> m_userIndex;
    QList<Named> m_users;
    QHash<QString, int> m_terminalIndex;
    QList<Named> m_terminals;
    QHash<QString, int> m_verifyIndex;
    QStringList m_verifyTexts;
    QList<QIcon> m_verifyIcons;
    QIcon m_inIcon;
    QIcon m_outIcon;
    QIcon m_flagIcon;
};

} // namespace punchclock::ui
