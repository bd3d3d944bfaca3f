#include "serveraddressdialog.h"

#include "commandbuilder.h"
#include "rangespinbox.h"
#include "terminalmessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace punchclock::ui {

ServerAddressDialog::ServerAddressDialog(const QString &terminalTitle, const QStringList &addresses, quint16 port,
                                         QWidget *parent)
    : QDialog(parent)
    , m_address(new QComboBox)
    , m_port(new RangeSpinBox(1, 65535))
    , m_restart(new QCheckBox(tr("Restart the terminal afterwards, so that it uses the new address")))
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("serverAddressDialog"));
    setWindowTitle(tr("Set the server address of %1").arg(terminalTitle));
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setEditable(true);
    m_address->addItems(addresses);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setValue(port == 0 ? 8090 : port);
    m_restart->setObjectName(QStringLiteral("restartAfterwards"));
    m_restart->setChecked(true);
    m_error->setObjectName(QStringLiteral("serverAddressError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("serverAddressButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));

    auto *warning = new QLabel(tr("Afterwards the terminal talks only to this address. A wrong address cuts it "
                                  "off until someone changes it on the terminal itself."));
    warning->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    const auto row = [layout](const QString &text, QWidget *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        layout->addRow(label, field);
    };
    row(tr("Server &address:"), m_address);
    row(tr("&Port:"), m_port);
    layout->addRow(QString(), m_error);
    layout->addRow(m_restart);
    layout->addRow(warning);
    layout->addRow(m_buttons);

    connect(m_address, &QComboBox::currentTextChanged, this, &ServerAddressDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerAddressDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString ServerAddressDialog::address() const
{
    return m_address->currentText().trimmed();
}

int ServerAddressDialog::port() const
{
    return m_port->value();
}

bool ServerAddressDialog::restartAfterwards() const
{
    return m_restart->isChecked();
}

void ServerAddressDialog::validate()
{
    const protocol::BuiltCommand command = protocol::Commands::setWebServerInfo(address(), port());
    m_error->setText(command.ok() ? QString() : TerminalMessages::parameterError(command.error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(command.ok());
}

} // namespace punchclock::ui
