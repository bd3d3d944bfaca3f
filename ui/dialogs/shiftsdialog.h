#pragma once

#include "attendancerepository.h"
#include "closedperiodrepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace punchclock::ui {

class ConsoleContext;
class EffectiveDatePicker;
class RuleHistoryTable;

// The shifts the schedules plan: times, graces, break, rounding, overtime threshold and the
// day-change time of night shifts. A change applies from a date on ("Applies from", the
// site's today unless chosen otherwise) and leaves the days before as they were; the shift's
// definitions through time are listed below it. The store validates; its refusal is shown
// under the form, a closed period by name. It reads and changes on the console's reader, waiting
// for what the form shows before the operator edits it.
class ShiftsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShiftsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void selectShift(qint64 id);

private:
    // A shift as the form shows it, with its definitions through time and what the date it
    // applies from starts at.
    struct Shown
    {
        storage::ShiftRow shift;
        QList<storage::ShiftRow> history;
        QList<storage::ClosedPeriodRow> closed;
        QDate today; // the site's
    };
    static std::optional<Shown> readShift(const QSqlDatabase &db, qint64 id);
    void loadList(qint64 select);
    void showShiftOf(qint64 id);
    void showShift(const Shown &shown);
    storage::ShiftRow enteredShift() const;
    void showHistory(const Shown &shown);
    void save();
    // Shows the first problem the shift rule finds and puts the cursor on its field.
    bool checkEntered(const storage::ShiftRow &shift);
    bool confirmChangeFrom(const QList<storage::ShiftRow> &history, QDate from);
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
    EffectiveDatePicker *m_appliesFrom;
    QFormLayout *m_form;
    QGroupBox *m_historyBox;
    RuleHistoryTable *m_history;
    QLabel *m_error;
};

} // namespace punchclock::ui
