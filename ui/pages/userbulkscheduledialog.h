#pragma once

#include "schedulerepository.h"

#include <QDate>
#include <QDialog>

class QRadioButton;

namespace punchclock::ui {

class ConsoleContext;
class EffectiveDatePicker;
class WeekShiftsEditor;

// One week for several employees at once instead of seven drop-downs each: their department's
// week (the default they follow without one of their own), or a week of their own, from a date
// on. The accept button names how many it applies to.
class UserBulkScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    UserBulkScheduleDialog(ConsoleContext &context, int count, QWidget *parent = nullptr);

    bool followDepartment() const;
    storage::WeekShiftIds week() const;
    QDate from() const; // invalid: from the start

private:
    QRadioButton *m_follow;
    WeekShiftsEditor *m_week;
    EffectiveDatePicker *m_from;
};

} // namespace punchclock::ui
