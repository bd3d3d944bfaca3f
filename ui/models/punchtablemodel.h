#pragma once

#include "punchrepository.h"

#include <QAbstractTableModel>

namespace punchclock::ui {

class PunchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        TerminalColumn,
        DirectionColumn,
        VerifyColumn,
        FlagsColumn,
        ColumnCount
    };

    enum Role {
        PunchIdRole = Qt::UserRole + 1,
        FlagsRole,
    };

    explicit PunchTableModel(QObject *parent = nullptr);

    void setPunches(QList<storage::PunchRow> punches);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::PunchRow &punch, int column) const;

    QList<storage::PunchRow> m_punches;
};

} // namespace punchclock::ui
