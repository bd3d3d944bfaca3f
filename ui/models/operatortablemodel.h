#pragma once

#include "keyedtablemodel.h"
#include "operatorrepository.h"

#include <QHash>

#include <functional>

namespace punchclock::ui {

// The accounts as one read gives them, with the departments' names by id to name theirs.
struct OperatorAccounts
{
    QList<storage::OperatorRow> operators;
    QHash<qint64, QString> departmentNames;
};

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

    void setAccounts(OperatorAccounts accounts);
    const storage::OperatorRow *operatorAt(int row) const;
    int rowOf(qint64 id) const;
    // The row of the account named `name`, in any case (names are unique regardless of case); -1 if none.
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int rowWhere(const std::function<bool(const storage::OperatorRow &)> &matches) const;
    QString departmentsText(const storage::OperatorRow &account) const;

    QList<storage::OperatorRow> m_operators;
    QHash<qint64, QString> m_departmentNames;
};

} // namespace punchclock::ui
