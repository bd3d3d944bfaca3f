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
    , m_browser(db)
    , m_inIcon(PunchWording::directionIcon(QStringLiteral("in")))
    , m_outIcon(PunchWording::directionIcon(QStringLiteral("out")))
    , m_flagIcon(themedIcon("dialog-warning"))
{}

void PunchTableModel::setQuery(const storage::PunchQuery &query)
{
    m_announcing = true;
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rows.squeeze();
    m_userIndex.clear();
    m_users.clear();
    m_terminalIndex.clear();
    m_terminals.clear();
    m_upToId = m_browser.lastId();
    m_matching = m_upToId < 0 ? -1 : m_browser.count(m_query, m_upToId);
    m_atEnd = m_matching <= 0;
    bool ok = m_matching >= 0;
    if (!m_atEnd) {
        const QList<storage::BrowsedPunch> first = m_browser.page(m_query, m_upToId, std::nullopt, pageSize, &ok);
        m_rows.reserve(first.size());
        for (const storage::BrowsedPunch &punch : first)
            m_rows.append(compact(punch));
        m_atEnd = !ok || first.size() < pageSize;
    }
    endResetModel();
    m_announcing = false;
    Q_EMIT matchingCountChanged(m_matching);
    if (!ok)
        Q_EMIT loadFailed();
}

void PunchTableModel::refresh()
{
    const qint64 last = m_browser.lastId();
    if (last < 0) {
        Q_EMIT loadFailed();
        return;
    }
    if (last <= m_upToId)
        return;
    bool ok = false;
    QList<storage::BrowsedPunch> fresh = m_browser.newerThan(m_query, m_upToId, &ok);
    if (!ok) {
        Q_EMIT loadFailed();
        return;
    }
    // Rows committed after lastId() was read come with the next refresh.
    fresh.erase(
        std::remove_if(fresh.begin(), fresh.end(), [last](const storage::BrowsedPunch &p) { return p.id > last; }),
        fresh.end());
    if (fresh.size() > liveInsertLimit) {
        setQuery(m_query);
        return;
    }
    m_upToId = last;
    if (fresh.isEmpty())
        return;
    for (const storage::BrowsedPunch &punch : std::as_const(fresh)) {
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
    m_matching += fresh.size();
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
    return !parent.isValid() && !m_atEnd && !m_announcing;
}

void PunchTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_announcing)
        return;
    std::optional<storage::PunchKey> after;
    if (!m_rows.isEmpty())
        after = keyOf(m_rows.constLast());
    bool ok = false;
    const QList<storage::BrowsedPunch> page = m_browser.page(m_query, m_upToId, after, pageSize, &ok);
    m_atEnd = !ok || page.size() < pageSize;
    if (!page.isEmpty()) {
        m_announcing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        for (const storage::BrowsedPunch &punch : page)
            m_rows.append(compact(punch));
        endInsertRows();
        m_announcing = false;
    }
    if (!ok)
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
