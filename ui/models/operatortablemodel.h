#pragma once

#include "keyedtablemodel.h"
#include "operatorrepository.h"

#include <QHash>

namespace punchclock::ui {

// The console's operator accounts, by name: role, departments, whether disabled, who created
// each and when. Refills update rows in place (KeyedTableModel), keyed by the account's id.
class OperatorTableModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        DepartmentsColumn,
        StateColumn,
        CreatedByColumn,
        CreatedAtColumn,
        ColumnCount
    };

    explicit OperatorTableModel(QObject *parent = nullptr);

    // `departmentNames` by id, to name each account's departments.
    void setOperators(QList<storage::OperatorRow> operators, const QHash<qint64, QString> &departmentNames);
    const storage::OperatorRow *operatorAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString departmentsText(const storage::OperatorRow &account) const;

    QList<storage::OperatorRow> m_operators;
    QHash<qint64, QString> m_departmentNames;
};

} // namespace punchclock::ui
