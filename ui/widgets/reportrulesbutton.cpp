#include "reportrulesbutton.h"

#include "attendancesettingsdialog.h"
#include "correctionsdialog.h"
#include "holidaysleavedialog.h"
#include "icons.h"
#include "schedulesdialog.h"
#include "shiftsdialog.h"

#include <QMenu>

namespace punchclock::ui {

ReportRulesButton::ReportRulesButton(ConsoleContext &context, QWidget *parent)
    : QToolButton(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("attendanceRules"));
    setText(tr("&Rules"));
    setIcon(themedIcon("configure"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    const auto addRule = [this, menu](const QString &text, const char *name, auto create) {
        QAction *action = menu->addAction(text, this, [this, create] { open(create()); });
        action->setObjectName(QLatin1String(name));
    };
    addRule(tr("&Shifts…"), "editShifts", [this] { return new ShiftsDialog(m_context, this); });
    addRule(tr("&Weekly schedules…"), "editSchedules", [this] { return new SchedulesDialog(m_context, this); });
    addRule(tr("&Holidays and leave…"), "editHolidays", [this] { return new HolidaysLeaveDialog(m_context, this); });
    addRule(tr("&Corrections of punches…"), "editCorrections",
            [this] { return new CorrectionsDialog(m_context, this); });
    addRule(tr("&Attendance settings…"), "editAttendanceSettings",
            [this] { return new AttendanceSettingsDialog(m_context, this); });
    setMenu(menu);
}

void ReportRulesButton::correctDay(const QString &userId, QDate workingDate)
{
    auto *corrections = new CorrectionsDialog(m_context, this);
    corrections->showDay(userId, workingDate);
    open(corrections);
}

void ReportRulesButton::open(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace punchclock::ui
