#include "effectivedatepicker.h"

#include "attendanceerrortext.h"
#include "reporttexts.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace punchclock::ui {

EffectiveDatePicker::EffectiveDatePicker(QWidget *parent)
    : QWidget(parent)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_fromStart(new QCheckBox(tr("From the start"), this))
{
    m_date->setObjectName(QStringLiteral("appliesFromDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The first day the change counts for. Earlier days keep the rule as it was, so their "
                          "reports do not change."));
    m_fromStart->setObjectName(QStringLiteral("appliesFromStart"));
    connect(m_fromStart, &QCheckBox::toggled, this, [this](bool fromStart) {
        m_date->setEnabled(!fromStart);
        Q_EMIT fromChanged(from());
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { Q_EMIT fromChanged(from()); });
    setClosedPeriods({});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_date);
    layout->addWidget(m_fromStart);
    layout->addStretch(1);
    setFocusProxy(m_date);
}

QDate EffectiveDatePicker::from() const
{
    return m_fromStart->isChecked() ? QDate() : m_date->date();
}

void EffectiveDatePicker::setFrom(QDate from)
{
    if (from.isValid())
        m_date->setDate(from);
    m_fromStart->setChecked(!from.isValid() && m_fromStart->isEnabled());
}

void EffectiveDatePicker::setClosedPeriods(const QList<storage::ClosedPeriodRow> &closed)
{
    const bool allowed = closed.isEmpty();
    if (!allowed)
        m_fromStart->setChecked(false);
    m_fromStart->setEnabled(allowed);
    m_fromStart->setToolTip(allowed ? tr("Every day ever counted uses the new rule, as if it had always been so: "
                                         "for fixing a mistake.")
                                    //: Why "From the start" cannot be chosen; %1 names a closed period
                                    : tr("Not while a period is closed: every day of it would change. %1")
                                          .arg(AttendanceErrorText::closedPeriod(closed.first())));
}

bool EffectiveDatePicker::fromStartAllowed() const
{
    return m_fromStart->isEnabled();
}

QString EffectiveDatePicker::text(QDate from)
{
    return from.isValid() ? ReportTexts::date(from) : tr("From the start");
}

} // namespace punchclock::ui
