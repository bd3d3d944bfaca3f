#pragma once

#include "dashboardqueries.h"
#include "keyedtablemodel.h"

#include <QHash>
#include <QPixmap>

#include <functional>

namespace punchclock::ui {

// The dashboard's live feed: the latest punches, newest on top, with the photo the terminal
// took as a thumbnail next to the user. A refill inserts the new punches on top and drops the
// oldest at the bottom, without a reset.
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

    explicit RecentPunchModel(QObject *parent = nullptr);

    // Reads a punch's photo (JPEG bytes) when its thumbnail is first shown.
    void setPhotoSource(std::function<QByteArray(qint64)> source) { m_photoSource = std::move(source); }
    void setPunches(QList<storage::RecentPunch> punches);
    const storage::RecentPunch *punchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::RecentPunch &punch, int column) const;
    QPixmap thumbnail(const storage::RecentPunch &punch) const;

    QList<storage::RecentPunch> m_punches;
    std::function<QByteArray(qint64)> m_photoSource;
    mutable QHash<qint64, QPixmap> m_thumbnails;
};

} // namespace punchclock::ui
