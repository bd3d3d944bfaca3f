#pragma once

#include "consolereader.h"
#include "operatortablemodel.h"
#include "page.h"
#include "settingsstore.h"

#include "serversettings.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace punchclock::ui {

class BackupSection;
class DataSection;
class OperatorsSection;
class PageHeader;
class PrivacySection;
class ServerSection;
class TerminalAccessSection;

// Settings (issue 4), who the terminal endpoint serves, biometric retention, backups (issue 6)
// and operator accounts. Each field saves itself when changed, to the database (the server,
// `serve` and the CLI read the same settings) or, for what concerns only this window, to
// QSettings. A change made elsewhere shows within 2 s; a field being edited keeps what the user
// typed. A reload reads everything the page shows at once, on the console's reader. Only an
// administrator changes the database's settings and the accounts; others see the settings
// disabled, with the reason, and no accounts.
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
    QWidget *lockSection();
    void saveTimeZone();
    // What the signed-in operator may change here; the rest is shown, disabled.
    void updatePermissions();
    void saveSeconds(const char *key, const QSpinBox *field);
    // What a reload reads, on the console's reader.
    struct Snapshot
    {
        engine::ServerSettings server; // what the server acts on, defaults included
        QHash<QString, QString> stored; // the keys the sections show or compare with, as stored
        OperatorAccounts accounts;
        quint64 saves = 0; // SettingsStore::saves() when it was asked for
    };
    static Snapshot read(const QSqlDatabase &db, quint64 saves);
    void present(Snapshot snapshot);

    SettingsStore m_settings;
    PageHeader *m_header = nullptr;
    ServerSection *m_server = nullptr;
    OperatorsSection *m_operators = nullptr;
    QList<QWidget *> m_siteSections; // change the database's settings: administrators only
    TerminalAccessSection *m_terminalAccess = nullptr;
    DataSection *m_data = nullptr;
    PrivacySection *m_privacy = nullptr;
    BackupSection *m_backups = nullptr;
    QCheckBox *m_autoApprove = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_timeZoneError = nullptr;
    QSpinBox *m_commandTimeout = nullptr;
    QSpinBox *m_enrollTimeout = nullptr;
    QCheckBox *m_clockSync = nullptr;
    QCheckBox *m_readBackWrites = nullptr;
    QSpinBox *m_syncThreshold = nullptr;
    QLabel *m_commandsError = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_lockAfter = nullptr;
    QLabel *m_lockError = nullptr;
    RepeatedRead<Snapshot> m_read;
};

} // namespace punchclock::ui
