#pragma once

#include "dashboardqueries.h"
#include "keyedtablemodel.h"
#include "thumbnailcache.h"

#include <QPixmap>
#include <QTimeZone>

#include <functional>

namespace punchclock::ui {

// The dashboard's live feed: the latest punches, newest on top, with the photo the terminal
// took as a thumbnail next to the user. A refill inserts the new punches on top and drops the
// oldest at the bottom, without a reset.
//
// The feed is ordered by arrival, and so it shows the arrival time: a manager watching it asks
// "what just happened", and a feed ordered by one time while showing another looks shuffled.
// Ordering by the terminal's time instead would pin a terminal whose clock jumped ahead to the
// top, and let punches resent after an outage vanish below. When the terminal's own time is
// more than two minutes off (a resend, a wrong clock), the cell says so beside the arrival.
class RecentPunchModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        DirectionColumn,
        TerminalColumn,
        ColumnCount
    };

    enum Role {
        PunchIdRole = Qt::UserRole + 1,
        UserIdRole,
        DevIdRole,
        HasPhotoRole,
    };

    static constexpr int thumbnailSize = 32;
    // Beyond this, the terminal's time is shown beside the arrival (as the dashboard's clock check).
    static constexpr qint64 shownDifferenceSeconds = 2 * 60;

    explicit RecentPunchModel(QObject *parent = nullptr);

    // Asks for a punch's photo (JPEG bytes) when its thumbnail is first shown; the cell changes
    // when it comes.
    void setPhotoSource(PhotoFetch<qint64> fetch) { m_thumbnails.setFetch(std::move(fetch)); }
    void setPhotoSource(std::function<QByteArray(const qint64 &)> source)
    {
        setPhotoSource(photoFetchOf(std::move(source)));
    }
    void setPunches(QList<storage::RecentPunch> punches);
    // The site's time zone: terminals keep its wall clock, so an arrival is shown in it too.
    void setSiteZone(const QTimeZone &zone);
    const storage::RecentPunch *punchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::RecentPunch &punch, int column) const;
    // The arrival on the site's wall clock, comparable with the terminal's time.
    QDateTime arrival(const storage::RecentPunch &punch) const;
    QString timeText(const storage::RecentPunch &punch) const;
    QString timeToolTip(const storage::RecentPunch &punch) const;
    QString userText(const storage::RecentPunch &punch) const;
    void photoArrived(qint64 punchId);

    QList<storage::RecentPunch> m_punches;
    mutable ThumbnailCache<qint64> m_thumbnails;
    QTimeZone m_siteZone = QTimeZone::systemTimeZone();
};

} // namespace punchclock::ui
