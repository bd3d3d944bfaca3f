#include "sitepolicypage.h"

#include "firstrunchoices.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace punchclock::ui {

SitePolicyPage::SitePolicyPage(const QByteArray &defaultZone, Apply apply, QWidget *parent)
    : QWizardPage(parent)
    , m_zone(new QComboBox)
    , m_approve(new QRadioButton(tr("&Ask me before a new terminal may deliver (recommended)")))
    , m_automatic(new QRadioButton(tr("Accept every new terminal &automatically")))
    , m_problem(new QLabel)
    , m_apply(std::move(apply))
{
    setTitle(tr("Time zone and new terminals"));
    setSubTitle(tr("Terminals report local clock times; the time zone tells Punchclock which. A terminal "
                   "heard for the first time can wait for your approval: its punches are kept, marked, "
                   "and it gets no commands until you approve it."));
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    // This PC's zone; UTC when it has none Qt knows (the first in the list would be Africa/Abidjan).
    const QString zone = QString::fromLatin1(zoneOrUtc(defaultZone));
    if (const int index = m_zone->findText(zone); index >= 0)
        m_zone->setCurrentIndex(index);
    else
        m_zone->setEditText(zone);
    m_approve->setObjectName(QStringLiteral("approveManuallyRadio"));
    m_automatic->setObjectName(QStringLiteral("approveAutomaticallyRadio"));
    m_approve->setChecked(true);
    m_problem->setObjectName(QStringLiteral("applyProblem"));
    m_problem->setProperty("role", QStringLiteral("fieldError"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Site &time zone:"), m_zone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_approve);
    layout->addWidget(m_automatic);
    layout->addStretch();
    layout->addWidget(m_problem);
    // An error about the zone goes as soon as the zone is changed.
    connect(m_zone, &QComboBox::editTextChanged, m_problem, &QLabel::hide);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start server"));
}

QByteArray SitePolicyPage::zoneOrUtc(const QByteArray &zone)
{
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        return zone;
    return QByteArrayLiteral("UTC");
}

QByteArray SitePolicyPage::timeZoneId() const
{
    return m_zone->currentText().trimmed().toLatin1();
}

bool SitePolicyPage::autoApprove() const
{
    return m_automatic->isChecked();
}

bool SitePolicyPage::validatePage()
{
    if (!QTimeZone::isTimeZoneIdAvailable(timeZoneId())) {
        m_problem->setText(tr("\"%1\" is not a time zone this PC knows. Pick one from the list.")
                               .arg(m_zone->currentText()));
        m_problem->show();
        return false;
    }
    const FirstRunOutcome outcome = m_apply();
    m_problem->setText(outcome.error);
    m_problem->setVisible(!outcome.ok);
    return outcome.ok;
}

} // namespace punchclock::ui
