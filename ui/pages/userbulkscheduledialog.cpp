#include "userbulkscheduledialog.h"

#include "consolecontext.h"
#include "consolereader.h"
#include "effectivedatepicker.h"
#include "sitecalendar.h"
#include "weekshiftseditor.h"

#include "attendancerepository.h"
#include "closedperiodrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

// What the dialog opens with.
struct ScheduleChoices
{
    QList<storage::ShiftRow> shifts;
    QList<storage::ClosedPeriodRow> closedPeriods;
    QDate today; // the site's
};

ScheduleChoices readChoices(const QSqlDatabase &db)
{
    return {storage::AttendanceRepository(db).shifts(), storage::ClosedPeriodRepository(db).closed(),
            engine::SiteCalendar::today(db)};
}

} // namespace

UserBulkScheduleDialog::UserBulkScheduleDialog(ConsoleContext &context, int count, QWidget *parent)
    : QDialog(parent)
    , m_follow(new QRadioButton(tr("&Follow their department's week"), this))
    , m_week(nullptr)
    , m_from(new EffectiveDatePicker(this))
{
    const ScheduleChoices choices = context.reader().wait(readChoices);
    const QList<storage::ShiftRow> &shifts = choices.shifts;
    m_week = new WeekShiftsEditor(shifts, this);
    setObjectName(QStringLiteral("bulkScheduleDialog"));
    setWindowTitle(tr("Set schedule"));
    m_follow->setObjectName(QStringLiteral("bulkFollowDepartment"));
    auto *own = new QRadioButton(tr("This &week of their own:"), this);
    own->setObjectName(QStringLiteral("bulkOwnWeek"));
    own->setChecked(true);
    m_week->setObjectName(QStringLiteral("bulkWeek"));
    connect(own, &QRadioButton::toggled, m_week, &QWidget::setEnabled);
    auto *hint = new QLabel(
        tr("An employee without a week of their own follows their department's week, or the site's where the "
           "department has none."),
        this);
    hint->setWordWrap(true);
    // Without shifts a week of their own could only be days off: following the department is all.
    if (shifts.isEmpty()) {
        hint->setText(tr("There are no shifts yet: create them under Rules → Shifts to plan a week of their own."));
        own->setEnabled(false);
        m_follow->setChecked(true);
    }
    m_from->setObjectName(QStringLiteral("bulkScheduleFrom"));
    m_from->setClosedPeriods(choices.closedPeriods);
    m_from->setFrom(choices.today);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Apply to %n selected", nullptr, count), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("bulkScheduleApply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *from = new QFormLayout;
    from->addRow(tr("Applies &from:"), m_from);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(own);
    layout->addWidget(m_week);
    layout->addWidget(m_follow);
    layout->addLayout(from);
    layout->addWidget(buttons);
}

bool UserBulkScheduleDialog::followDepartment() const
{
    return m_follow->isChecked();
}

storage::WeekShiftIds UserBulkScheduleDialog::week() const
{
    return m_week->week();
}

QDate UserBulkScheduleDialog::from() const
{
    return m_from->from();
}

} // namespace punchclock::ui
