#pragma once

#include <QSortFilterProxyModel>

namespace punchclock::ui {

// The Users table's search (name or user id, any part, any case), department and status filters.
class UserFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr qint64 AnyDepartment = -2;
    static constexpr qint64 NoDepartment = -1;

    enum class Status {
        Any,
        Enabled,
        Disabled, // leavers
    };

    explicit UserFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // A department id, AnyDepartment or NoDepartment.
    void setDepartment(qint64 departmentId);
    void setStatus(Status status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    qint64 m_department = AnyDepartment;
    Status m_status = Status::Any;
};

} // namespace punchclock::ui
