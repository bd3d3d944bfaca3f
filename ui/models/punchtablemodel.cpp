#include "punchtablemodel.h"

#include "displayformat.h"

#include "icons.h"
#include "punchwording.h"
#include "statustone.h"
#include "walltime.h"

#include <QLocale>

#include <algorithm>

namespace punchclock::ui {

namespace {

enum DirectionCode : quint8 { NoDirection, InCode, OutCode };
constexpr quint8 photoBit = 0x80;
// More new rows than this at once (a pulled terminal) re-read the table instead.
constexpr int liveInsertLimit = 500;

qint64 packTime(const QString &storageText)
{
    qint64 packed = 0;
    for (QChar c : storageText) {
        if (c.isDigit())
            packed = packed * 10 + c.digitValue();
    }
    return packed;
}

QString unpackTime(qint64 packed)
{
    const QString digits = QStringLiteral("%1").arg(packed, 14, 10, QLatin1Char('0'));
    return QString(digits.left(4) + QLatin1Char('-') + digits.mid(4, 2) + QLatin1Char('-') + digits.mid(6, 2) +
                   QLatin1Char(' ') + digits.mid(8, 2) + QLatin1Char(':') + digits.mid(10, 2) + QLatin1Char(':') +
                   digits.mid(12, 2));
}

} // namespace

PunchTableModel::PunchTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(this)
    , m_inIcon(PunchWording::directionIcon(QStringLiteral("in")))
    , m_outIcon(PunchWording::directionIcon(QStringLiteral("out")))
    , m_flagIcon(themedIcon("dialog-warning"))
{
    m_reads.setSource(std::move(db));
}

PunchTableModel::PunchTableModel(ConsoleReader &reader, QObject *parent)
    : PunchTableModel(QSqlDatabase(), parent)
{
    m_reads.setSource(reader);
}

void PunchTableModel::setQuery(const storage::PunchQuery &query)
{
    m_query = query;
    m_reads.discard();
    m_reads.queue([this, query] {
        m_reads.read<FirstPage>([query](const QSqlDatabase &db) { return readFirstPage(db, query); },
                                [this](FirstPage page) { showFirstPage(std::move(page)); });
    });
}

PunchTableModel::FirstPage PunchTableModel::readFirstPage(const QSqlDatabase &db, const storage::PunchQuery &query)
{
    const storage::PunchBrowser browser(db);
    FirstPage first;
    first.upToId = browser.lastId();
    first.matching = first.upToId < 0 ? -1 : browser.count(query, first.upToId);
    first.ok = first.matching >= 0;
    if (first.matching > 0)
        first.rows = browser.page(query, first.upToId, std::nullopt, pageSize, &first.ok);
    return first;
}

void PunchTableModel::showFirstPage(FirstPage page)
{
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_userIndex.clear();
    m_users.clear();
    m_terminalIndex.clear();
    m_terminals.clear();
    m_upToId = page.upToId;
    m_matching = page.matching;
    m_rows.reserve(page.rows.size());
    for (const storage::BrowsedPunch &punch : std::as_const(page.rows))
        m_rows.append(compact(punch));
    m_atEnd = m_matching <= 0 || !page.ok || page.rows.size() < pageSize;
    endResetModel();
    m_announcing = false;
    Q_EMIT matchingCountChanged(m_matching);
    if (!page.ok)
        Q_EMIT loadFailed();
}

void PunchTableModel::refresh()
{
    m_reads.refresh([this] {
        m_reads.read<Fresh>(
            [query = m_query, afterId = m_upToId](const QSqlDatabase &db) { return readFresh(db, query, afterId); },
            [this](Fresh fresh) { insertFresh(std::move(fresh)); });
    });
}

PunchTableModel::Fresh PunchTableModel::readFresh(const QSqlDatabase &db, const storage::PunchQuery &query,
                                                  qint64 afterId)
{
    const storage::PunchBrowser browser(db);
    Fresh fresh;
    fresh.last = browser.lastId();
    if (fresh.last < 0)
        return fresh;
    if (fresh.last <= afterId) {
        fresh.ok = true;
        return fresh;
    }
    fresh.rows = browser.newerThan(query, afterId, &fresh.ok);
    // Rows committed after lastId() was read come with the next refresh.
    const qint64 last = fresh.last;
    fresh.rows.erase(std::remove_if(fresh.rows.begin(), fresh.rows.end(),
                                    [last](const storage::BrowsedPunch &p) { return p.id > last; }),
                     fresh.rows.end());
    return fresh;
}

void PunchTableModel::insertFresh(Fresh fresh)
{
    if (!fresh.ok) {
        Q_EMIT loadFailed();
        return;
    }
    if (fresh.last <= m_upToId)
        return;
    if (fresh.rows.size() > liveInsertLimit) {
        setQuery(m_query);
        return;
    }
    m_upToId = fresh.last;
    if (fresh.rows.isEmpty())
        return;
    for (const storage::BrowsedPunch &punch : std::as_const(fresh.rows)) {
        const storage::PunchKey key = punch.key();
        const auto at =
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), key, [this](const Row &row, const storage::PunchKey &k) {
                return storage::PunchBrowser::precedes(m_query, keyOf(row), k);
            });
        const int position = int(at - m_rows.cbegin());
        // Past the last fetched row the next fetchMore() reads it, in its place.
        if (position == m_rows.size() && !m_atEnd)
            continue;
        m_announcing = true;
        beginInsertRows({}, position, position);
        m_rows.insert(position, compact(punch));
        endInsertRows();
        m_announcing = false;
    }
    m_matching += fresh.rows.size();
    Q_EMIT matchingCountChanged(m_matching);
}

qint64 PunchTableModel::punchIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

PunchTableModel::Owner PunchTableModel::ownerAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &punch = m_rows.at(row);
    const Named &user = m_users.at(punch.user);
    return {user.id, user.name, QDate(int(punch.ioTime / 10000000000), int(punch.ioTime / 100000000 % 100),
                                      int(punch.ioTime / 1000000 % 100))};
}

bool PunchTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcing && !m_reads.fetching();
}

void PunchTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_reads.fetch([this] { readNextPage(); });
}

void PunchTableModel::readNextPage()
{
    if (m_atEnd)
        return;
    std::optional<storage::PunchKey> after;
    if (!m_rows.isEmpty())
        after = keyOf(m_rows.constLast());
    m_reads.read<NextPage>(
        [query = m_query, upToId = m_upToId, after](const QSqlDatabase &db) {
            NextPage next;
            next.rows = storage::PunchBrowser(db).page(query, upToId, after, pageSize, &next.ok);
            return next;
        },
        [this](const NextPage &page) { appendPage(page); });
}

void PunchTableModel::appendPage(const NextPage &page)
{
    m_atEnd = !page.ok || page.rows.size() < pageSize;
    if (!page.rows.isEmpty()) {
        m_announcing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        for (const storage::BrowsedPunch &punch : page.rows)
            m_rows.append(compact(punch));
        endInsertRows();
        m_announcing = false;
    }
    if (!page.ok)
        Q_EMIT loadFailed();
}

void PunchTableModel::sort(int column, Qt::SortOrder order)
{
    const bool newestFirst = order == Qt::DescendingOrder;
    if (column != TimeColumn || newestFirst == m_query.newestFirst)
        return;
    storage::PunchQuery reversed = m_query;
    reversed.newestFirst = newestFirst;
    setQuery(reversed);
}

int PunchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PunchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PunchTableModel::Row PunchTableModel::compact(const storage::BrowsedPunch &punch)
{
    Row row;
    row.id = punch.id;
    row.ioTime = packTime(punch.ioTime);
    row.user = intern(m_userIndex, m_users, punch.userId, punch.userName);
    row.terminal = intern(m_terminalIndex, m_terminals, punch.devId, punch.terminalName);
    auto verify = m_verifyIndex.constFind(punch.verifyMethods);
    if (verify == m_verifyIndex.constEnd()) {
        verify = m_verifyIndex.insert(punch.verifyMethods, int(m_verifyTexts.size()));
        m_verifyTexts << punch.verifyMethods;
        m_verifyIcons << PunchWording::verifyIcon(punch.verifyMethods);
    }
    row.verify = quint16(*verify);
    switch (protocol::directionFromName(punch.direction)) {
    case protocol::Direction::In: row.direction = InCode; break;
    case protocol::Direction::Out: row.direction = OutCode; break;
    case protocol::Direction::Unknown: row.direction = NoDirection; break;
    }
    row.flags = quint8((punch.flags & 0x7f) | (punch.hasPhoto ? photoBit : 0));
    return row;
}

int PunchTableModel::intern(QHash<QString, int> &index, QList<Named> &table, const QString &id, const QString &name)
{
    auto found = index.constFind(id);
    if (found != index.constEnd()) {
        // A rename since the first page: the newest read wins.
        table[*found].name = name;
        return *found;
    }
    index.insert(id, int(table.size()));
    table.append({id, name});
    return int(table.size() - 1);
}

storage::PunchKey PunchTableModel::keyOf(const Row &row) const
{
    return {unpackTime(row.ioTime), row.id};
}

QVariant PunchTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int flags = row.flags & ~photoBit;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == DirectionColumn && row.direction != NoDirection)
            return row.direction == InCode ? m_inIcon : m_outIcon;
        if (index.column() == VerifyColumn)
            return m_verifyIcons.at(row.verify);
        if (index.column() == FlagsColumn && flags)
            return m_flagIcon;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return tr("Terminal clock: %1").arg(unpackTime(row.ioTime));
        case UserColumn: return tr("User ID %1").arg(m_users.at(row.user).id);
        case TerminalColumn: return m_terminals.at(row.terminal).id;
        case VerifyColumn: return m_verifyTexts.at(row.verify);
        case FlagsColumn: {
            QStringList explanations;
            for (int flag : {int(storage::FromPendingTerminal), int(storage::ImplausibleTime)}) {
                if (flags & flag)
                    explanations << PunchWording::flagExplanation(flag);
            }
            return explanations.isEmpty() ? QVariant() : QVariant(explanations.join(QLatin1Char('\n')));
        }
        default: return {};
        }
    case Qt::BackgroundRole:
        if (!flags)
            return {};
        {
            QColor tint = toneColor(StatusTone::Waiting);
            tint.setAlpha(40);
            return tint;
        }
    case PunchIdRole: return row.id;
    case FlagsRole: return flags;
    case UserIdRole: return m_users.at(row.user).id;
    case DevIdRole: return m_terminals.at(row.terminal).id;
    case IoTimeRole: return unpackTime(row.ioTime);
    case HasPhotoRole: return bool(row.flags & photoBit);
    default: return {};
    }
}

QVariant PunchTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case TimeColumn: {
        // Terminal wall clock: shown as recorded, never converted.
        return DisplayFormat::wallTime(protocol::walltime::fromStorage(unpackTime(row.ioTime)));
    }
    case UserColumn: {
        const Named &user = m_users.at(row.user);
        return user.name.isEmpty() ? user.id : tr("%1 (%2)", "user name (user id)").arg(user.name, user.id);
    }
    case TerminalColumn: {
        const Named &terminal = m_terminals.at(row.terminal);
        return terminal.name.isEmpty() ? terminal.id : terminal.name;
    }
    case DirectionColumn: return row.direction == InCode ? tr("In") : row.direction == OutCode ? tr("Out") : QString();
    case VerifyColumn: return PunchWording::verifyMethods(m_verifyTexts.at(row.verify));
    case FlagsColumn: return PunchWording::flagNotes(row.flags & ~photoBit).join(QLatin1String(", "));
    default: return {};
    }
}

QVariant PunchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return tr("Punches are in time order; click Time to reverse it. The other columns do not sort.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case TerminalColumn: return tr("Terminal");
    case DirectionColumn: return tr("In/Out");
    case VerifyColumn: return tr("Verified by");
    case FlagsColumn: return tr("Review");
    default: return {};
    }
}

} // namespace punchclock::ui
