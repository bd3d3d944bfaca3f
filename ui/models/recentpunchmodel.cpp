#include "recentpunchmodel.h"

#include "icons.h"

#include <QLocale>
#include <QSet>

#include <tuple>

namespace punchclock::ui {

namespace {

bool samePunch(const storage::RecentPunch &a, const storage::RecentPunch &b)
{
    const auto fields = [](const storage::RecentPunch &p) {
        return std::tie(p.id, p.devId, p.terminalName, p.userId, p.userName, p.ioTime, p.direction, p.verifyMethods,
                        p.flags, p.hasPhoto);
    };
    return fields(a) == fields(b);
}

} // namespace

RecentPunchModel::RecentPunchModel(QObject *parent)
    : KeyedTableModel(parent)
{
}

void RecentPunchModel::setPunches(QList<storage::RecentPunch> punches)
{
    // Keep only the thumbnails still shown: the feed moves on.
    QSet<qint64> shown;
    for (const storage::RecentPunch &punch : std::as_const(punches))
        shown.insert(punch.id);
    m_thumbnails.removeIf([&shown](const auto &entry) { return !shown.contains(entry.key()); });
    replaceRows(m_punches, std::move(punches), [](const storage::RecentPunch &punch) { return punch.id; }, &samePunch);
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
            return thumbnail(punch);
        if (index.column() == DirectionColumn && !punch.direction.isEmpty())
            // A pixmap, not an icon: the view's icon size is the thumbnails', too large for an arrow.
            return themedIcon(punch.direction == QLatin1String("in") ? "go-next" : "go-previous").pixmap(16, 16);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(punch.ioTime, QLocale::LongFormat);
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
    case TimeColumn:
        return QLocale().toString(punch.ioTime.time(), QLocale::ShortFormat);
    case UserColumn:
        return punch.userName.isEmpty() ? punch.userId : punch.userName;
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

QPixmap RecentPunchModel::thumbnail(const storage::RecentPunch &punch) const
{
    if (const auto cached = m_thumbnails.constFind(punch.id); cached != m_thumbnails.cend())
        return *cached;
    QPixmap image;
    if (m_photoSource)
        image.loadFromData(m_photoSource(punch.id));
    if (!image.isNull())
        image = image.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_thumbnails.insert(punch.id, image);
    return image;
}

QVariant RecentPunchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case DirectionColumn: return tr("In/Out");
    case TerminalColumn: return tr("Terminal");
    default: return {};
    }
}

} // namespace punchclock::ui
