#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;

// Departments as a list the operator edits in place: add by name, rename by editing an entry
// (F2 or double-click), remove after confirmation, each through services::DepartmentAdmin.
// Users of a removed department keep everything else and belong to none; its weekly schedule
// goes with it. An operator whose role may not change departments sees the list only. A
// department's default week (what its employees follow without one of their own) opens in the
// Schedules dialog.
class DepartmentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DepartmentsDialog(ConsoleContext &context, QWidget *parent = nullptr);

private:
    void reload(qint64 selectId = 0);
    void addDepartment();
    void renameDepartment(QListWidgetItem *item);
    void removeDepartment();
    void editWeek();
    void showProblem(const QString &problem);
    void updateButtons();

    ConsoleContext &m_context;
    QListWidget *m_list;
    QLineEdit *m_newName;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_week = nullptr;
    QLabel *m_problem;
    bool m_reloading = false;
    bool m_mayChange = true; // the operator's role allows changing departments
};

} // namespace punchclock::ui
