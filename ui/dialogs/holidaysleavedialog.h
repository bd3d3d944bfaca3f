#pragma once

#include "attendancerepository.h"
#include "consolereader.h"
#include "outcome.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace punchclock::services {
class CalendarAdmin;
}

namespace punchclock::ui {

class ConsoleContext;

// Public holidays (nobody is expected) and employees' leave days (nobody is absent), one year
// at a time. Days of a closed period cannot change; the refusal names the period. Reads and
// changes run on the console's reader.
class HolidaysLeaveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HolidaysLeaveDialog(ConsoleContext &context, QWidget *parent = nullptr);

private:
    QWidget *buildHolidays();
    QWidget *buildLeave();
    // A year's holidays and leave.
    struct Year
    {
        int year = 0;
        QList<storage::HolidayRow> holidays;
        QList<storage::LeaveRow> leave;
    };
    void loadYear();
    void showYear(const Year &year);
    using Change = std::function<services::Outcome(services::CalendarAdmin &)>;
    // Each of `changes` on the console's reader, in order, until one is refused: what it said.
    services::Outcome changeEach(const QList<Change> &changes);
    void addHoliday();
    void removeHolidays();
    void addLeave();
    void removeLeave();
    // The service's refusal of a change, a closed period by name.
    void showRefusal(const services::Outcome &outcome);
    void showError(const QString &message);
    bool confirmRemoval(int count);

    ConsoleContext &m_context;
    QSpinBox *m_year;
    QTableWidget *m_holidays;
    QDateEdit *m_holidayDate;
    QLineEdit *m_holidayName;
    QComboBox *m_employee;
    QDateEdit *m_leaveFrom;
    QDateEdit *m_leaveTo;
    QComboBox *m_leaveKind;
    QTableWidget *m_leave;
    QLabel *m_error;
    RepeatedRead<Year> m_yearRead;
};

} // namespace punchclock::ui
