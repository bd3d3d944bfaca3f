#include "weekshiftseditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>

namespace punchclock::ui {

WeekShiftsEditor::WeekShiftsEditor(const QList<storage::ShiftRow> &shifts, QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("scheduleDay%1").arg(day + 1));
        // A long shift name elides instead of widening the dialog.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->addItem(tr("Day off"), qint64(0));
        for (const storage::ShiftRow &shift : shifts)
            combo->addItem(shift.name, shift.id);
        m_days[size_t(day)] = combo;
        m_form->addRow(locale.dayName(day + 1) + QLatin1Char(':'), combo);
    }
}

storage::WeekShiftIds WeekShiftsEditor::week() const
{
    storage::WeekShiftIds week{};
    for (int day = 0; day < 7; ++day)
        week[size_t(day)] = m_days[size_t(day)]->currentData().toLongLong();
    return week;
}

void WeekShiftsEditor::setWeek(const storage::WeekShiftIds &week)
{
    for (int day = 0; day < 7; ++day)
        m_days[size_t(day)]->setCurrentIndex(std::max(0, m_days[size_t(day)]->findData(week[size_t(day)])));
}

} // namespace punchclock::ui
