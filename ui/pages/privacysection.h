#pragma once

#include "settingsstore.h"

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace punchclock::ui {

class ConsoleContext;

// Biometric retention (`privacy.biometric_retention_days`): how long people who left keep their
// templates and photo in the store before the daily purge removes them (docs/security.md).
class PrivacySection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PrivacySection(ConsoleContext &context, QWidget *parent = nullptr);

    void reload();

private:
    void save();

    ConsoleContext &m_context;
    SettingsStore m_settings;
    QSpinBox *m_retentionDays;
    QLabel *m_error;
};

} // namespace punchclock::ui
