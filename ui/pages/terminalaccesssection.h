#pragma once

#include "settingsstore.h"

#include "serversettings.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace punchclock::ui {

// Who the terminal endpoint serves (docs/security.md): the allowed networks and the caps on new
// terminals waiting for approval, which a running server applies within 2 s.
class TerminalAccessSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit TerminalAccessSection(SettingsStore &settings, QWidget *parent = nullptr);

    // The keys present() compares with as stored, for the page's read.
    static QStringList storedKeys();
    // What the server acts on now; a field being edited keeps what is typed.
    void present(const engine::ServerSettings &current);

private:
    void saveNetworks();
    void saveCount(const char *key, int engine::ServerSettings::*stored, const QSpinBox *field);

    SettingsStore &m_settings;
    // What the server acts on, as last read or saved since: what an edit is compared with.
    engine::ServerSettings m_current;
    QLineEdit *m_networks;
    QLabel *m_networksError;
    QSpinBox *m_perAddress;
    QSpinBox *m_total;
    QLabel *m_countsError;
};

} // namespace punchclock::ui
