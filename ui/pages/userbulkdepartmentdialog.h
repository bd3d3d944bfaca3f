#pragma once

#include <QDialog>

#include <optional>

class QComboBox;

namespace punchclock::ui {

class ConsoleContext;

// The one question before moving several employees: into which department (or none). The
// accept button names how many move, so the answer is the confirmation.
class UserBulkDepartmentDialog : public QDialog
{
    Q_OBJECT

public:
    UserBulkDepartmentDialog(ConsoleContext &context, int count, QWidget *parent = nullptr);

    std::optional<qint64> departmentId() const; // nullopt: no department

private:
    QComboBox *m_department;
};

} // namespace punchclock::ui
