#include "datetimerangepicker.h"

#include "displayformat.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace punchclock::ui {

namespace {

QDateTimeEdit *timeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return edit;
}

} // namespace

DateTimeRangePicker::DateTimeRangePicker(QWidget *parent)
    : QWidget(parent)
    , m_hasBegin(new QCheckBox(tr("&From"), this))
    , m_begin(timeEdit(QStringLiteral("rangeBegin"), this))
    , m_hasEnd(new QCheckBox(tr("&Until"), this))
    , m_end(timeEdit(QStringLiteral("rangeEnd"), this))
    , m_sinceLastPull(new QPushButton(tr("Since &last pull"), this))
{
    m_hasBegin->setObjectName(QStringLiteral("rangeHasBegin"));
    m_hasEnd->setObjectName(QStringLiteral("rangeHasEnd"));
    auto *today = new QPushButton(tr("T&oday"), this);
    today->setObjectName(QStringLiteral("presetToday"));
    auto *month = new QPushButton(tr("This &month"), this);
    month->setObjectName(QStringLiteral("presetThisMonth"));
    m_sinceLastPull->setObjectName(QStringLiteral("presetSinceLastPull"));
    auto *all = new QPushButton(tr("&All"), this);
    all->setObjectName(QStringLiteral("presetAll"));

    auto *presets = new QHBoxLayout;
    for (QPushButton *button : {today, month, m_sinceLastPull, all})
        presets->addWidget(button);
    presets->addStretch();
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presets, 0, 0, 1, 2);
    layout->addWidget(m_hasBegin, 1, 0);
    layout->addWidget(m_begin, 1, 1);
    layout->addWidget(m_hasEnd, 2, 0);
    layout->addWidget(m_end, 2, 1);

    connect(today, &QPushButton::clicked, this, &DateTimeRangePicker::selectToday);
    connect(month, &QPushButton::clicked, this, &DateTimeRangePicker::selectThisMonth);
    connect(m_sinceLastPull, &QPushButton::clicked, this, &DateTimeRangePicker::selectSinceLastPull);
    connect(all, &QPushButton::clicked, this, &DateTimeRangePicker::selectAll);
    for (QCheckBox *box : {m_hasBegin, m_hasEnd}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_begin->setEnabled(m_hasBegin->isChecked());
            m_end->setEnabled(m_hasEnd->isChecked());
            Q_EMIT rangeChanged();
        });
    }
    for (QDateTimeEdit *edit : {m_begin, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &DateTimeRangePicker::rangeChanged);
    setLastPull({});
    selectAll();
}

QDateTime DateTimeRangePicker::begin() const
{
    return m_hasBegin->isChecked() ? m_begin->dateTime() : QDateTime();
}

QDateTime DateTimeRangePicker::end() const
{
    return m_hasEnd->isChecked() ? m_end->dateTime() : QDateTime();
}

void DateTimeRangePicker::setRange(const QDateTime &begin, const QDateTime &end)
{
    const QSignalBlocker blockBegin(m_begin);
    const QSignalBlocker blockEnd(m_end);
    const QSignalBlocker blockHasBegin(m_hasBegin);
    const QSignalBlocker blockHasEnd(m_hasEnd);
    const QDateTime now = QDateTime::currentDateTime();
    m_hasBegin->setChecked(begin.isValid());
    m_begin->setDateTime(begin.isValid() ? QDateTime(begin.date(), begin.time()) : QDateTime(now.date(), QTime(0, 0)));
    m_hasEnd->setChecked(end.isValid());
    m_end->setDateTime(end.isValid() ? QDateTime(end.date(), end.time()) : QDateTime(now.date(), QTime(23, 59, 59)));
    m_begin->setEnabled(begin.isValid());
    m_end->setEnabled(end.isValid());
    Q_EMIT rangeChanged();
}

void DateTimeRangePicker::setLastPull(const QDateTime &until)
{
    // Wall times are zone-less (held as UTC); the editors show them as they are, unconverted.
    m_lastPull = until.isValid() ? QDateTime(until.date(), until.time()) : QDateTime();
    m_sinceLastPull->setEnabled(until.isValid());
    m_sinceLastPull->setToolTip(until.isValid() ? tr("From %1, where the last pull ended")
                                                      .arg(DisplayFormat::wallTime(m_lastPull))
                                                : tr("Logs have not been pulled from this terminal yet"));
}

void DateTimeRangePicker::selectToday()
{
    const QDate today = QDate::currentDate();
    setRange(QDateTime(today, QTime(0, 0)), QDateTime(today, QTime(23, 59, 59)));
}

void DateTimeRangePicker::selectThisMonth()
{
    const QDate today = QDate::currentDate();
    setRange(QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0)), QDateTime(today, QTime(23, 59, 59)));
}

void DateTimeRangePicker::selectSinceLastPull()
{
    if (m_lastPull.isValid())
        setRange(m_lastPull, {});
}

void DateTimeRangePicker::selectAll()
{
    setRange({}, {});
}

} // namespace punchclock::ui
