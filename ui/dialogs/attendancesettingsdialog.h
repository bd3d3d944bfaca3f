#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace punchclock::ui {

class ConsoleContext;

// How punches are paired (the terminal's in/out, or first and last of the day), how close
// a second punch must be to count as the same one pressed again, and the night window that
// payroll exports count night hours in. Closed periods keep the pairing and the duplicate
// window they were closed with, and the dialog says so.
class AttendanceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AttendanceSettingsDialog(ConsoleContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    ConsoleContext &m_context;
    QComboBox *m_pairing;
    QSpinBox *m_duplicateWindow;
    QTimeEdit *m_nightStart;
    QTimeEdit *m_nightEnd;
    QLabel *m_error;
};

} // namespace punchclock::ui
