#pragma once

#include "reportrequest.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace punchclock::ui {

// What a report covers (ui-guide "Reports"): the report type, the period with its presets
// (This month, Last month, Custom), a department and an employee.
class ReportFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Period {
        ThisMonth,
        LastMonth,
        Custom,
    };

    explicit ReportFilterBar(QWidget *parent = nullptr);

    // Departments and employees as stored now; the current choices stay when they still exist.
    void loadChoices(const QSqlDatabase &db);
    engine::reports::ReportRequest request() const;
    // "Department: Kitchen · Employee: Alice Smith (12)", or empty for everyone.
    QString scopeText() const;
    // The timecard of one user id, also of one known only from punches.
    void showTimecardOf(const QString &userId);

private:
    void applyPeriod(Period period);
    void selectEmployee(const QString &userId);

    QComboBox *m_kind;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_department;
    QComboBox *m_employee;
};

} // namespace punchclock::ui
