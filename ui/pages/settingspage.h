#pragma once

#include "page.h"
#include "settingsstore.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace punchclock::ui {

class BackupSection;
class DataSection;
class ServerSection;

// Settings (issue 4) and backups (issue 6). Each field saves itself when changed, to the
// database (the server, `serve` and the CLI read the same settings) or, for what concerns
// only this window, to QSettings. A change made elsewhere shows within 2 s; a field being
// edited keeps what the user typed.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~SettingsPage() override;
    void reload() override;

private:
    QWidget *terminalsSection();
    QWidget *timeZoneSection();
    QWidget *commandsSection();
    QWidget *languageSection();
    void saveTimeZone();
    void saveSeconds(const char *key, const QSpinBox *field);

    SettingsStore m_settings;
    ServerSection *m_server = nullptr;
    DataSection *m_data = nullptr;
    BackupSection *m_backups = nullptr;
    QCheckBox *m_autoApprove = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_timeZoneError = nullptr;
    QSpinBox *m_commandTimeout = nullptr;
    QCheckBox *m_clockSync = nullptr;
    QSpinBox *m_syncThreshold = nullptr;
    QLabel *m_commandsError = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace punchclock::ui
