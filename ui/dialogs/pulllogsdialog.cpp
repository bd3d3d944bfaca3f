#include "pulllogsdialog.h"

#include "problemlabel.h"
#include "screenfit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

PullLogsDialog::PullLogsDialog(const QString &terminalTitle, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_today(today)
    , m_preset(new QComboBox)
    , m_from(new QDateEdit(today))
    , m_to(new QDateEdit(today))
    , m_form(new QFormLayout)
    , m_error(new ProblemLabel(QStringLiteral("pullLogsError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("pullLogsDialog"));
    setWindowTitle(tr("Pull logs from %1").arg(terminalTitle));
    m_preset->setObjectName(QStringLiteral("pullLogsPreset"));
    m_preset->addItem(tr("New logs since the last pull"), int(Preset::SinceLastPull));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Yesterday"), int(Preset::Yesterday));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("Everything the terminal holds"), int(Preset::Everything));
    m_preset->addItem(tr("Days from … to …"), int(Preset::Custom));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
    }
    m_from->setObjectName(QStringLiteral("pullLogsFrom"));
    m_to->setObjectName(QStringLiteral("pullLogsTo"));
    m_buttons->setObjectName(QStringLiteral("pullLogsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pull logs"));

    auto *hint = new QLabel(tr("Logs already stored are recognised and not counted twice."));
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("pullLogsHint"));
    const auto row = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        m_form->addRow(label, field);
    };
    row(tr("&Which logs:"), m_preset);
    row(tr("&From:"), m_from);
    row(tr("&To:"), m_to);
    // Wrapped text outside the form: a form row does not ask a wrapped label for its height.
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(hint);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PullLogsDialog::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &PullLogsDialog::validate);
    connect(m_to, &QDateEdit::dateChanged, this, &PullLogsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyPreset();
}

void PullLogsDialog::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void PullLogsDialog::setRange(const QDate &from, const QDate &to)
{
    setPreset(Preset::Custom);
    m_from->setDate(from);
    m_to->setDate(to);
}

PullLogsDialog::Preset PullLogsDialog::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

QDate PullLogsDialog::from() const
{
    return preset() == Preset::SinceLastPull || preset() == Preset::Everything ? QDate() : m_from->date();
}

QDate PullLogsDialog::to() const
{
    return from().isValid() ? m_to->date() : QDate();
}

void PullLogsDialog::applyPreset()
{
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    const QDate lastMonthStart = monthStart.addMonths(-1);
    switch (preset()) {
    case Preset::Today:
        m_from->setDate(m_today);
        m_to->setDate(m_today);
        break;
    case Preset::Yesterday:
        m_from->setDate(m_today.addDays(-1));
        m_to->setDate(m_today.addDays(-1));
        break;
    case Preset::ThisMonth:
        m_from->setDate(monthStart);
        m_to->setDate(m_today);
        break;
    case Preset::LastMonth:
        m_from->setDate(lastMonthStart);
        m_to->setDate(monthStart.addDays(-1));
        break;
    case Preset::SinceLastPull:
    case Preset::Everything:
    case Preset::Custom:
        break;
    }
    const bool ranged = preset() != Preset::SinceLastPull && preset() != Preset::Everything;
    m_from->setEnabled(preset() == Preset::Custom);
    m_to->setEnabled(preset() == Preset::Custom);
    m_form->setRowVisible(m_from, ranged);
    m_form->setRowVisible(m_to, ranged);
    validate();
    ScreenFit::growToContents(this);
}

void PullLogsDialog::validate()
{
    const bool reversed = from().isValid() && from() > to();
    m_error->showProblem(reversed ? tr("The first day is after the last.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reversed);
}

} // namespace punchclock::ui
