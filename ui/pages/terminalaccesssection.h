#pragma once

#include "settingsstore.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace punchclock::engine {
struct ServerSettings;
}

namespace punchclock::ui {

class ConsoleContext;

// Who the terminal endpoint serves (docs/security.md): the allowed networks and the caps on new
// terminals waiting for approval, which a running server applies within 2 s.
class TerminalAccessSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit TerminalAccessSection(ConsoleContext &context, QWidget *parent = nullptr);

    void reload();

private:
    void saveNetworks();
    void saveCount(const char *key, int engine::ServerSettings::*stored, const QSpinBox *field);

    ConsoleContext &m_context;
    SettingsStore m_settings;
    QLineEdit *m_networks;
    QLabel *m_networksError;
    QSpinBox *m_perAddress;
    QSpinBox *m_total;
    QLabel *m_countsError;
};

} // namespace punchclock::ui
