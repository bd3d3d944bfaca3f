#pragma once

#include "payrollprofilelist.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace punchclock::ui {

class ConsoleContext;

// The payroll profiles: choose one to start from, then its columns (added from the list of
// figures, in order with Up and Down, each under the header the payroll program expects, a
// leave column with its kind of leave), how hours, decimals and dates are written and what
// separates the fields, and save it under a name through services::PayrollProfiles (which
// needs ChangeSettings; others see the profiles only). The shipped profiles are a starting
// point: saving needs another name, and they cannot be removed. Reads and changes run on the
// console's reader.
class PayrollProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens with the profile `current` (any case; the first when there is none of that name).
    explicit PayrollProfileDialog(ConsoleContext &context, const QString &current = {}, QWidget *parent = nullptr);

    // The profile as the form holds it now.
    engine::reports::PayrollProfile profile() const;
    void save();
    // After the operator confirms.
    void removeProfile();

Q_SIGNALS:
    // A profile was saved or removed: `current` is the one to choose now.
    void profilesChanged(const QString &current);

private:
    void reload(const QString &select);
    void load(const engine::reports::PayrollProfile &profile);
    void addColumn();
    void appendColumn(const engine::reports::PayrollProfileColumn &column);
    void removeColumn();
    void moveColumn(int by);
    void updateControls();
    void showProblem(const QString &problem);

    ConsoleContext &m_context;
    engine::reports::PayrollProfileList m_profiles;
    bool m_mayChange = false;
    QComboBox *m_choice;
    QLineEdit *m_name;
    QTableWidget *m_columns;
    QComboBox *m_newColumn;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_hours;
    QSpinBox *m_decimals;
    QComboBox *m_separator;
    QComboBox *m_dateFormat;
    QLabel *m_dateExample;
    QComboBox *m_delimiter;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_removeProfile;
};

} // namespace punchclock::ui
