#include "datepresetpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace punchclock::ui {

namespace {

struct Span
{
    QDate from;
    QDate to;
};

Span spanOf(DatePresetPicker::Preset preset, QDate today)
{
    using Preset = DatePresetPicker::Preset;
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Today: return {today, today};
    case Preset::Yesterday: return {today.addDays(-1), today.addDays(-1)};
    case Preset::Last7Days: return {today.addDays(-6), today};
    case Preset::Last30Days: return {today.addDays(-29), today};
    case Preset::ThisWeek: {
        const QDate start = today.addDays(-((today.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7));
        return {start, start.addDays(6)};
    }
    case Preset::ThisMonth: return {monthStart, monthStart.addMonths(1).addDays(-1)};
    case Preset::LastMonth: return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Preset::ThisYear: return {QDate(today.year(), 1, 1), today};
    case Preset::AllTime:
    case Preset::Custom: break;
    }
    return {};
}

} // namespace

DatePresetPicker::DatePresetPicker(const QString &name, const QList<Preset> &presets, Preset initial,
                                   QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_presets(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_presets->setObjectName(name + QLatin1String("DateRange"));
    for (Preset preset : presets)
        m_presets->addItem(presetName(preset), int(preset));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &DatePresetPicker::dateEdited);
    }
    m_from->setObjectName(name + QLatin1String("DateFrom"));
    m_to->setObjectName(name + QLatin1String("DateTo"));
    m_from->setToolTip(tr("First day"));
    m_to->setToolTip(tr("Last day"));

    auto *caption = new QLabel(tr("&Date:"), this);
    caption->setBuddy(m_presets);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_presets, 1);
    layout->addWidget(m_from);
    layout->addWidget(m_to);

    m_quiet = true;
    m_presets->setCurrentIndex(std::max(0, m_presets->findData(int(initial))));
    presetChosen();
    m_quiet = false;
    connect(m_presets, &QComboBox::currentIndexChanged, this, &DatePresetPicker::presetChosen);
}

QString DatePresetPicker::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today: return tr("Today");
    case Preset::Yesterday: return tr("Yesterday");
    case Preset::Last7Days: return tr("Last 7 days");
    case Preset::Last30Days: return tr("Last 30 days");
    case Preset::ThisWeek: return tr("This week");
    case Preset::ThisMonth: return tr("This month");
    case Preset::LastMonth: return tr("Last month");
    case Preset::ThisYear: return tr("This year");
    case Preset::AllTime: return tr("All time");
    case Preset::Custom: return tr("Custom…");
    }
    return {};
}

DatePresetPicker::Preset DatePresetPicker::preset() const
{
    return Preset(m_presets->currentData().toInt());
}

QDate DatePresetPicker::from() const
{
    return preset() == Preset::AllTime ? QDate() : m_from->date();
}

QDate DatePresetPicker::to() const
{
    return preset() == Preset::AllTime ? QDate() : m_to->date();
}

void DatePresetPicker::setPreset(Preset preset)
{
    const int index = m_presets->findData(int(preset));
    Q_ASSERT(index >= 0);
    if (index == m_presets->currentIndex())
        presetChosen();
    else
        m_presets->setCurrentIndex(index);
}

void DatePresetPicker::setCustomRange(QDate from, QDate to)
{
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    setPreset(Preset::Custom);
}

void DatePresetPicker::setToday(QDate today)
{
    m_today = today;
    presetChosen();
}

void DatePresetPicker::presetChosen()
{
    const Preset chosen = preset();
    const Span span = spanOf(chosen, m_today);
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    if (span.from.isValid()) {
        m_from->setDate(span.from);
        m_to->setDate(span.to);
    }
    m_from->setVisible(chosen == Preset::Custom);
    m_to->setVisible(chosen == Preset::Custom);
    m_quiet = wasQuiet;
    dateEdited();
}

void DatePresetPicker::dateEdited()
{
    if (!m_quiet)
        Q_EMIT rangeChanged();
}

} // namespace punchclock::ui
