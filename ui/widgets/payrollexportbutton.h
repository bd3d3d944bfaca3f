#pragma once

#include "consolereader.h"
#include "payrollprofilelist.h"
#include "payrollwriter.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace punchclock::ui {

class ConsoleContext;

// The Reports page's payroll export: the profile to export with (a combo box of every usable
// profile, read on the console's reader and again when the settings change) and a Payroll menu
// with CSV, Excel and the profile editor (PayrollProfileDialog). Which period and people are
// exported is the page's to say: it hears exportRequested().
class PayrollExportButton : public QWidget
{
    Q_OBJECT

public:
    explicit PayrollExportButton(ConsoleContext &context, QWidget *parent = nullptr);

    // The profile chosen now; the first shipped one while nothing is read yet.
    engine::reports::PayrollProfile currentProfile() const;
    void editProfiles();

Q_SIGNALS:
    void exportRequested(engine::reports::PayrollWriter::Format format, const engine::reports::PayrollProfile &profile);

private:
    void reload();
    void present(const engine::reports::PayrollProfileList &profiles);

    ConsoleContext &m_context;
    QComboBox *m_profiles;
    QToolButton *m_button;
    engine::reports::PayrollProfileList m_list;
    QString m_wanted; // the profile to choose once the list is read again
    RepeatedRead<engine::reports::PayrollProfileList> m_read;
};

} // namespace punchclock::ui
