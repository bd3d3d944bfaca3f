#include "attendancesettingsdialog.h"

#include "attendancerepository.h"
#include "calendaradmin.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "outcometext.h"
#include "rangespinbox.h"
#include "rulecaption.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

namespace punchclock::ui {

AttendanceSettingsDialog::AttendanceSettingsDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_pairing(new QComboBox(this))
    , m_duplicateWindow(new RangeSpinBox(0, 3600, this))
    , m_nightStart(new QTimeEdit(this))
    , m_nightEnd(new QTimeEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("attendanceSettingsDialog"));
    setWindowTitle(tr("Attendance settings"));
    m_pairing->setObjectName(QStringLiteral("pairingMode"));
    m_pairing->addItem(tr("In and out as the terminal records them"), int(storage::PairingSetting::InOut));
    m_pairing->addItem(tr("First punch of the day is in, last is out"), int(storage::PairingSetting::FirstLast));
    m_pairing->setToolTip(tr("Choose “first and last” for terminals that switch in/out by time of day or "
                             "where staff forget to press the right key."));
    m_duplicateWindow->setObjectName(QStringLiteral("duplicateWindow"));
    m_duplicateWindow->setSuffix(tr(" s"));
    m_nightStart->setObjectName(QStringLiteral("nightStart"));
    m_nightEnd->setObjectName(QStringLiteral("nightEnd"));
    for (QTimeEdit *edit : {m_nightStart, m_nightEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->hide();

    const storage::AttendanceSettings settings =
        context.reader().wait([](const QSqlDatabase &db) { return storage::AttendanceRepository(db).settings(); });
    m_pairing->setCurrentIndex(m_pairing->findData(int(settings.pairing)));
    m_duplicateWindow->setValue(settings.duplicateWindowSeconds);
    m_nightStart->setTime(settings.nightStart);
    m_nightEnd->setTime(settings.nightEnd);

    auto *closedPeriods = new QLabel(tr("A change applies to every day that is not in a closed period. A closed "
                                        "period keeps the settings it was closed with, so its results stay as "
                                        "they were signed off."),
                                     this);
    closedPeriods->setObjectName(QStringLiteral("settingsClosedPeriods"));
    closedPeriods->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    RuleCaption::addRow(layout, tr("&Pairing:"), m_pairing,
                        tr("Which punch of a day is an arrival and which a departure."));
    RuleCaption::addRow(layout, tr("Same punch &within:"), m_duplicateWindow,
                        tr("A second punch this soon after the previous one counts as the same punch."));
    auto *night = new QWidget(this);
    night->setObjectName(QStringLiteral("nightWindow"));
    night->setFocusProxy(m_nightStart);
    auto *nightRow = new QHBoxLayout(night);
    nightRow->setContentsMargins(0, 0, 0, 0);
    nightRow->addWidget(m_nightStart);
    //: Between the start and the end of the night window: 22:00 to 06:00
    nightRow->addWidget(new QLabel(tr("to"), night));
    nightRow->addWidget(m_nightEnd);
    nightRow->addStretch(1);
    RuleCaption::addRow(layout, tr("&Night from:"), night,
                        tr("Work between these times counts as night hours in payroll exports."));
    layout->addRow(closedPeriods);
    layout->addRow(m_error);
    layout->addRow(buttons);
}

void AttendanceSettingsDialog::accept()
{
    storage::AttendanceSettings settings;
    settings.pairing = storage::PairingSetting(m_pairing->currentData().toInt());
    settings.duplicateWindowSeconds = m_duplicateWindow->value();
    settings.nightStart = m_nightStart->time();
    settings.nightEnd = m_nightEnd->time();
    const services::Actor actor = m_context.actor();
    const services::Outcome outcome = m_context.reader().wait(
        [&](const QSqlDatabase &db) { return services::CalendarAdmin(db).setAttendanceSettings(actor, settings); });
    if (!outcome.ok()) {
        m_error->setText(OutcomeText::attendance(outcome));
        m_error->show();
        return;
    }
    m_context.notifyChanged(ConsoleContext::Attendance);
    QDialog::accept();
}

} // namespace punchclock::ui
