#include "reportrulesbutton.h"

#include "attendancesettingsdialog.h"
#include "consolecontext.h"
#include "correctionsdialog.h"
#include "holidaysleavedialog.h"
#include "icons.h"
#include "permissiontext.h"
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
    menu->setToolTipsVisible(true);
    using services::Permission;
    // `permission`: what the editor changes; the role decides whether it opens at all (the
    // service checks the department each change touches).
    const auto addRule = [this, menu](const QString &text, const char *name, Permission permission, auto create) {
        QAction *action = menu->addAction(text, this, [this, create] { open(create()); });
        action->setObjectName(QLatin1String(name));
        m_rules.append({action, permission});
    };
    addRule(tr("&Shifts…"), "editShifts", Permission::ChangeSiteRules,
            [this] { return new ShiftsDialog(m_context, this); });
    addRule(tr("&Weekly schedules…"), "editSchedules", Permission::ChangeSchedules,
            [this] { return new SchedulesDialog(m_context, this); });
    addRule(tr("&Holidays and leave…"), "editHolidays", Permission::ChangeSchedules,
            [this] { return new HolidaysLeaveDialog(m_context, this); });
    addRule(tr("&Corrections of punches…"), "editCorrections", Permission::CorrectPunches,
            [this] { return new CorrectionsDialog(m_context, this); });
    addRule(tr("&Attendance settings…"), "editAttendanceSettings", Permission::ChangeSiteRules,
            [this] { return new AttendanceSettingsDialog(m_context, this); });
    setMenu(menu);
    connect(&context, &ConsoleContext::actorChanged, this, &ReportRulesButton::updatePermissions);
    updatePermissions();
}

void ReportRulesButton::updatePermissions()
{
    for (const auto &[action, permission] : std::as_const(m_rules)) {
        const bool allowed = m_context.roleAllows(permission);
        action->setEnabled(allowed);
        action->setToolTip(allowed ? QString() : PermissionText::notAllowed(m_context.actor(), permission));
    }
}

void ReportRulesButton::correctDay(const QString &userId, QDate workingDate)
{
    if (!m_context.roleAllows(services::Permission::CorrectPunches))
        return;
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
