#include "recentpunchmodel.h"

#include "icons.h"
#include "sitetimetext.h"

#include "walltime.h"

#include <QLocale>

#include <cstdlib>
#include <tuple>

namespace punchclock::ui {

namespace {

bool samePunch(const storage::RecentPunch &a, const storage::RecentPunch &b)
{
    const auto fields = [](const storage::RecentPunch &p) {
        return std::tie(p.id, p.devId, p.terminalName, p.userId, p.userName, p.userKnown, p.ioTime, p.receivedAt,
                        p.direction, p.verifyMethods, p.flags, p.hasPhoto);
    };
    return fields(a) == fields(b);
}

} // namespace

RecentPunchModel::RecentPunchModel(QObject *parent)
    : KeyedTableModel(parent)
    , m_thumbnails(thumbnailSize, [this](const qint64 &punchId) { photoArrived(punchId); })
{
}

void RecentPunchModel::setPunches(QList<storage::RecentPunch> punches)
{
    // Keep only the thumbnails still shown: the feed moves on. A punch's photo never changes.
    QHash<qint64, QDateTime> shown;
    for (const storage::RecentPunch &punch : std::as_const(punches))
        shown.insert(punch.id, {});
    m_thumbnails.keep(shown);
    replaceRows(m_punches, std::move(punches), [](const storage::RecentPunch &punch) { return punch.id; }, &samePunch);
}

void RecentPunchModel::setSiteZone(const QTimeZone &zone)
{
    if (zone == m_siteZone || !zone.isValid())
        return;
    m_siteZone = zone;
    if (!m_punches.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

const storage::RecentPunch *RecentPunchModel::punchAt(int row) const
{
    return row >= 0 && row < m_punches.size() ? &m_punches.at(row) : nullptr;
}

int RecentPunchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_punches.size());
}

int RecentPunchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentPunchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::RecentPunch &punch = m_punches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(punch, index.column());
    case Qt::DecorationRole:
        if (index.column() == UserColumn && punch.hasPhoto)
            return m_thumbnails.thumbnail(punch.id);
        if (index.column() == DirectionColumn && !punch.direction.isEmpty())
            // A pixmap, not an icon: the view's icon size is the thumbnails', too large for an arrow.
            return themedIcon(punch.direction == QLatin1String("in") ? "go-next" : "go-previous").pixmap(16, 16);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return timeToolTip(punch);
        if (index.column() == UserColumn)
            return tr("User ID %1").arg(punch.userId);
        if (index.column() == TerminalColumn)
            return punch.devId;
        return {};
    case PunchIdRole:
        return punch.id;
    case UserIdRole:
        return punch.userId;
    case DevIdRole:
        return punch.devId;
    case HasPhotoRole:
        return punch.hasPhoto;
    default:
        return {};
    }
}

QVariant RecentPunchModel::display(const storage::RecentPunch &punch, int column) const
{
    switch (column) {
    case TimeColumn: return timeText(punch);
    case UserColumn: return userText(punch);
    case DirectionColumn:
        if (punch.direction == QLatin1String("in"))
            return tr("In");
        if (punch.direction == QLatin1String("out"))
            return tr("Out");
        return {};
    case TerminalColumn:
        return punch.terminalName.isEmpty() ? punch.devId : punch.terminalName;
    default:
        return {};
    }
}

QDateTime RecentPunchModel::arrival(const storage::RecentPunch &punch) const
{
    if (!punch.receivedAt.isValid())
        return punch.ioTime;
    const QDateTime local = punch.receivedAt.toTimeZone(m_siteZone);
    return protocol::walltime::make(local.date(), local.time());
}

QString RecentPunchModel::timeText(const storage::RecentPunch &punch) const
{
    const QLocale locale;
    const QDateTime arrived = arrival(punch);
    const QString shown = locale.toString(arrived.time(), QLocale::ShortFormat);
    if (std::abs(arrived.secsTo(punch.ioTime)) <= shownDifferenceSeconds)
        return shown;
    const QString punched = punch.ioTime.date() == arrived.date()
                                ? locale.toString(punch.ioTime.time(), QLocale::ShortFormat)
                                : locale.toString(punch.ioTime, QLocale::ShortFormat);
    return tr("%1 (punched %2)").arg(shown, punched);
}

QString RecentPunchModel::timeToolTip(const storage::RecentPunch &punch) const
{
    // Both on the site's wall clock, labelled with its zone (not the "UTC" of a zone-less time).
    return tr("Arrived %1; the terminal's clock said %2")
        .arg(SiteTimeText::wallTime(arrival(punch)), SiteTimeText::labelled(punch.ioTime, m_siteZone));
}

QString RecentPunchModel::userText(const storage::RecentPunch &punch) const
{
    if (!punch.userName.isEmpty())
        return punch.userName;
    return punch.userKnown ? tr("ID %1, name not fetched yet").arg(punch.userId)
                           : tr("ID %1, not in the user list").arg(punch.userId);
}

void RecentPunchModel::photoArrived(qint64 punchId)
{
    for (int row = 0; row < m_punches.size(); ++row) {
        if (m_punches.at(row).id == punchId)
            Q_EMIT dataChanged(index(row, UserColumn), index(row, UserColumn), {Qt::DecorationRole});
    }
}

QVariant RecentPunchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Arrived");
    case UserColumn: return tr("User");
    case DirectionColumn: return tr("In/Out");
    case TerminalColumn: return tr("Terminal");
    default: return {};
    }
}

} // namespace punchclock::ui
