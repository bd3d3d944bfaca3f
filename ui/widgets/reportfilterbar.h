#pragma once

#include "reportrequest.h"

#include "departmentrepository.h"
#include "userrepository.h"

#include <QSqlDatabase>
#include <QSet>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QComboBox;
class QDateEdit;

namespace punchclock::ui {

// What a report covers (ui-guide "Reports"): the report type, the period with its presets
// (This month, Last month, Custom), a department and an employee. One row where it fits; on a
// narrow window, or in a language with longer words, the department and employee go to a
// second row instead of widening the window beyond the screen.
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

    // Departments and employees as stored.
    struct Choices
    {
        QList<storage::DepartmentRow> departments;
        QList<storage::UserRow> users;
    };
    // For the console's reader: touches no widget.
    static Choices readChoices(const QSqlDatabase &db);
    // Offers `choices`; the current choices stay when they still exist. `departments`: an
    // account that sees only these is offered only them and their employees.
    void setChoices(const Choices &choices, const std::optional<QSet<qint64>> &departments = std::nullopt);
    engine::reports::ReportRequest request() const;
    // "Department: Kitchen · Employee: Alice Smith (12)", or empty for everyone.
    QString scopeText() const;
    // The timecard of one user id, also of one known only from punches.
    void showTimecardOf(const QString &userId);

    // As wide as one row; as high as the rows it has now.
    QSize sizeHint() const override;
    // As wide as the wider of the two rows.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPeriod(Period period);
    void selectEmployee(const QString &userId);
    bool fitsOneRow(int width) const;
    int rowsHeight() const;

    QComboBox *m_kind;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_department;
    QComboBox *m_employee;
    QWidget *m_when;  // report, period and its days
    QWidget *m_scope; // department and employee: beside m_when, or below it
    QBoxLayout *m_firstRow;
    QBoxLayout *m_secondRow;
};

} // namespace punchclock::ui
