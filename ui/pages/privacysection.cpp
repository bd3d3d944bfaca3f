#include "privacysection.h"

#include "rangespinbox.h"

#include "privacyadmin.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace punchclock::ui {

using services::PrivacyAdmin;

PrivacySection::PrivacySection(SettingsStore &settings, QWidget *parent)
    : QGroupBox(tr("Biometric privacy"), parent)
    , m_settings(settings)
    , m_retentionDays(new RangeSpinBox(0, PrivacyAdmin::MaxRetentionDays, this))
    , m_error(SettingsStore::errorLabel("biometricRetentionError", this))
{
    setObjectName(QStringLiteral("privacySection"));
    m_retentionDays->setObjectName(QStringLiteral("biometricRetentionDays"));
    m_retentionDays->setSuffix(tr(" days"));
    m_retentionDays->setSpecialValueText(tr("0: keep"));
    m_retentionDays->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *form = new QFormLayout(this);
    auto *label = new QLabel(tr("Re&move the biometrics of inactive people after:"), this);
    label->setBuddy(m_retentionDays);
    form->addRow(label, m_retentionDays);
    form->addRow(QString(), m_error);
    form->addRow(SettingsStore::hintLabel(
        tr("Once a day, Punchclock removes the fingerprints, face, palms, photo and punch photos of "
           "anyone disabled, or on no terminal, for this long. Their "
           "card and password are kept, and so are their name and punches, which their pay was "
           "calculated from. The Dashboard says in advance who will be purged. 0 keeps "
           "everything."),
        this));

    connect(m_retentionDays, &QSpinBox::editingFinished, this, &PrivacySection::save);
}

QStringList PrivacySection::storedKeys()
{
    return {QLatin1String(PrivacyAdmin::RetentionDaysKey)};
}

void PrivacySection::present()
{
    if (!SettingsStore::isBeingEdited(m_retentionDays))
        m_retentionDays->setValue(storedDays());
}

int PrivacySection::storedDays() const
{
    return PrivacyAdmin::retentionDaysFrom(m_settings.value(PrivacyAdmin::RetentionDaysKey));
}

void PrivacySection::save()
{
    const QString days = QString::number(m_retentionDays->value());
    if (QString::number(storedDays()) != days)
        m_settings.save(PrivacyAdmin::RetentionDaysKey, days, m_error);
}

} // namespace punchclock::ui
