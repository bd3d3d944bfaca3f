#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace punchclock::ui {

// Where a terminal should send its requests from now on (SET_WEB_SERVER_INFO), prefilled with
// this PC's addresses and the server's port.
class ServerAddressDialog : public QDialog
{
    Q_OBJECT

public:
    ServerAddressDialog(const QString &terminalTitle, const QStringList &addresses, quint16 port,
                        QWidget *parent = nullptr);

    QString address() const;
    int port() const;
    // The terminal reads the new address only when it starts: restart it right after.
    bool restartAfterwards() const;

private:
    void validate();

    QComboBox *m_address;
    QSpinBox *m_port;
    QCheckBox *m_restart;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace punchclock::ui
