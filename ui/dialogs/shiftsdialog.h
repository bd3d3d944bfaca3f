#pragma once

#include "attendancerepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace punchclock::ui {

class ConsoleContext;

// The shifts the schedules plan: times, graces, break, rounding, overtime threshold and the
// day-change time of night shifts. The store validates; its refusal is shown under the form.
class ShiftsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShiftsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void selectShift(qint64 id);

private:
    void loadList(qint64 select);
    void showShift(const storage::ShiftRow &shift);
    storage::ShiftRow enteredShift() const;
    void save();
    void remove();
    void showError(const QString &message);

    ConsoleContext &m_context;
    qint64 m_currentId = 0;
    QListWidget *m_list;
    QLineEdit *m_name;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_lateGrace;
    QSpinBox *m_earlyGrace;
    QSpinBox *m_break;
    QSpinBox *m_breakAfter;
    QComboBox *m_rounding;
    QSpinBox *m_roundingStep;
    QSpinBox *m_overtime;
    QTimeEdit *m_dayChange;
    QLabel *m_error;
};

} // namespace punchclock::ui
