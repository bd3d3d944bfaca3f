#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace punchclock::ui {

// The dashboard of a new install: what to type into a terminal to point it at this PC, in
// large type with a Copy button, and a way to see it work with a simulated terminal.
class GettingStartedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GettingStartedPanel(QWidget *parent = nullptr);

    void setServer(const QStringList &addresses, quint16 port);
    // The server is not listening: say why instead of showing an address that does not answer.
    void setServerNotRunning(const QString &reason);
    void setSimulatorStatus(const QString &status, bool running);
    // What Copy puts on the clipboard.
    QString copyText() const;

Q_SIGNALS:
    void startSimulatorRequested();

private:
    QLabel *m_addresses;
    QLabel *m_port;
    QLabel *m_serverProblem;
    QPushButton *m_copy;
    QPushButton *m_simulate;
    QLabel *m_simulatorStatus;
    QStringList m_addressList;
    quint16 m_portNumber = 0;
    bool m_simulatorRunning = false;
};

} // namespace punchclock::ui
