#pragma once

#include "settingsstore.h"

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace punchclock::ui {

// Biometric retention (`privacy.biometric_retention_days`): how long people who left keep their
// templates and photo in the store before the daily purge removes them (docs/security.md).
class PrivacySection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PrivacySection(SettingsStore &settings, QWidget *parent = nullptr);

    // The keys present() shows, for the page's read.
    static QStringList storedKeys();
    // What `settings` holds now, unless the field is being edited.
    void present();

private:
    // The days as services::PrivacyAdmin::retentionDays() reads them; 0: kept.
    int storedDays() const;
    void save();

    SettingsStore &m_settings;
    QSpinBox *m_retentionDays;
    QLabel *m_error;
};

} // namespace punchclock::ui
