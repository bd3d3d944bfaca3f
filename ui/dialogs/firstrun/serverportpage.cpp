#include "serverportpage.h"

#include "lanaddresses.h"
#include "rangespinbox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QTcpServer>

namespace punchclock::ui {

ServerPortPage::ServerPortPage(quint16 defaultPort, QWidget *parent)
    : QWizardPage(parent)
    , m_address(new QComboBox)
    , m_port(new RangeSpinBox(1, 65535))
    , m_state(new QLabel)
{
    setTitle(tr("How will terminals reach this PC?"));
    setSubTitle(tr("Terminals send their punches to this PC's network address and a port. Keep the "
                   "suggested port unless another program uses it."));
    m_address->setObjectName(QStringLiteral("listenAddressCombo"));
    m_address->addItem(tr("Every network connection of this PC"), QString());
    for (const QString &address : reachableAddresses(QHostAddress::Any))
        m_address->addItem(tr("Only %1").arg(address), address);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setValue(defaultPort);
    m_state->setObjectName(QStringLiteral("portState"));
    m_state->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Listen on:"), m_address);
    layout->addRow(tr("&Port:"), m_port);
    layout->addRow(QString(), m_state);

    connect(m_port, &QSpinBox::valueChanged, this, &ServerPortPage::check);
    connect(m_address, &QComboBox::currentIndexChanged, this, &ServerPortPage::check);
    check();
}

QHostAddress ServerPortPage::address() const
{
    const QString chosen = m_address->currentData().toString();
    return chosen.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(chosen);
}

quint16 ServerPortPage::port() const
{
    return quint16(m_port->value());
}

// Binding for a moment is the only reliable test: another program may hold the port on
// any of the addresses.
void ServerPortPage::check()
{
    QTcpServer probe;
    m_free = probe.listen(address(), port());
    probe.close();
    if (m_free) {
        m_state->setProperty("role", QString());
        m_state->setText(tr("Port %1 is free.").arg(port()));
    } else {
        m_state->setProperty("role", QStringLiteral("fieldError"));
        m_state->setText(tr("Port %1 cannot be used: %2. Choose another port, or close the program that uses it.")
                             .arg(port())
                             .arg(probe.errorString()));
    }
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
    Q_EMIT completeChanged();
}

bool ServerPortPage::isComplete() const
{
    return m_free;
}

} // namespace punchclock::ui
