#pragma once

#include "settingsstore.h"

#include <QGroupBox>
#include <QHostAddress>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace punchclock::ui {

class ConsoleContext;

// Where terminals reach this PC: the listen address and port, applied by restarting the
// embedded server and stored as `server.listen` (which `punchclock serve` uses too).
class ServerSection : public QGroupBox
{
    Q_OBJECT

public:
    ServerSection(ConsoleContext &context, SettingsStore &settings, QWidget *parent = nullptr);

    // The keys present() shows, for the page's read.
    static QStringList storedKeys();
    // What `settings` holds now; a choice waiting for Apply stays.
    void present();

private:
    void apply();
    void showServerState();
    // The address chosen in the combo or typed as custom; null with the reason in *error.
    QHostAddress chosenAddress(QString *error) const;
    void selectAddress(const QHostAddress &address);

    ConsoleContext &m_context;
    SettingsStore &m_settings;
    QComboBox *m_address;
    QLineEdit *m_customAddress;
    QSpinBox *m_port;
    QPushButton *m_apply;
    QLabel *m_state;
    QLabel *m_error;
    std::optional<QString> m_shownListen; // the stored value the fields were last set from
};

} // namespace punchclock::ui
