#pragma once

#include "attendancerepository.h"

#include <QWidget>

#include <array>

class QComboBox;
class QFormLayout;

namespace punchclock::ui {

// Which shift each weekday plans, Monday to Sunday, one drop-down a day ("Day off" or a shift):
// the week the schedule editors save, for a department, one employee or several at once.
class WeekShiftsEditor : public QWidget
{
    Q_OBJECT

public:
    WeekShiftsEditor(const QList<storage::ShiftRow> &shifts, QWidget *parent = nullptr);

    storage::WeekShiftIds week() const;
    void setWeek(const storage::WeekShiftIds &week);
    // The rows, for a caller that adds its own below the seven days.
    QFormLayout *form() const { return m_form; }

private:
    QFormLayout *m_form;
    std::array<QComboBox *, 7> m_days{};
};

} // namespace punchclock::ui
