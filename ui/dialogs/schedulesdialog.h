#pragma once

#include "attendancerepository.h"

#include <QDialog>

#include <QHash>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace punchclock::ui {

class ConsoleContext;

// Which shift each weekday plans, for a department or for one employee (who then follows
// their own week instead of the department's).
class SchedulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchedulesDialog(ConsoleContext &context, QWidget *parent = nullptr);

    // "d:<department id>" or "u:<user id>", as the owner combo holds them.
    void selectOwner(const QString &key);

private:
    void loadOwner();
    void save();
    void clearOwn();
    void showError(const QString &message);

    ConsoleContext &m_context;
    QComboBox *m_owner;
    std::array<QComboBox *, 7> m_days{};
    QLabel *m_source;
    QLabel *m_error;
    QPushButton *m_clear;
    QHash<QString, std::optional<qint64>> m_departmentOf; // user id → department
};

} // namespace punchclock::ui
