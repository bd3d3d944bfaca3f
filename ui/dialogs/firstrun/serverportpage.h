#pragma once

#include <QHostAddress>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;

namespace punchclock::ui {

// Which address and port the terminals will send to; the port is checked to be free.
class ServerPortPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ServerPortPage(quint16 defaultPort, QWidget *parent = nullptr);

    QHostAddress address() const;
    quint16 port() const;
    bool isComplete() const override;

private:
    void check();

    QComboBox *m_address;
    QSpinBox *m_port;
    QLabel *m_state;
    bool m_free = false;
};

} // namespace punchclock::ui
