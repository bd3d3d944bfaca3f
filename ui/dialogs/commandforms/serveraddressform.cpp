#include "serveraddressform.h"

#include "consolecontext.h"
#include "lanaddresses.h"
#include "rangespinbox.h"

#include "commandparameters.h"
#include "jsonfields.h"
#include "serverhost.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace punchclock::ui {

namespace Key = protocol::ParameterKey;

ServerAddressForm::ServerAddressForm(ConsoleContext &context, QWidget *parent)
    : CommandForm(context, protocol::CommandCode::SetWebServerInfo, parent)
    , m_address(new QComboBox(this))
    , m_port(new RangeSpinBox(1, 65535, this))
{
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setEditable(true);
    m_port->setObjectName(QStringLiteral("serverPort"));
    const http::ServerHost *server = context.server();
    const bool running = server && server->isRunning();
    m_address->addItems(reachableAddresses(running ? server->address() : QHostAddress(QHostAddress::Any)));
    m_port->setValue(running ? server->port() : 8090);
    addNote(tr("Tells the terminal which server to talk to. It takes effect after the terminal restarts; from then "
               "on it talks only to the new address, so a wrong one loses the terminal until it is fixed on its "
               "own keypad."));
    addField(tr("Server &address:"), m_address, QLatin1String(Key::ServerIp));
    addField(tr("&Port:"), m_port, QLatin1String(Key::ServerPort));
    connect(m_address, &QComboBox::currentTextChanged, this, &CommandForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &CommandForm::changed);
}

CommandForm::Input ServerAddressForm::input() const
{
    Input input;
    input.parameters.insert(QLatin1String(Key::ServerIp), m_address->currentText().trimmed());
    input.parameters.insert(QLatin1String(Key::ServerPort), m_port->value());
    return input;
}

void ServerAddressForm::setDraft(const QJsonObject &parameters)
{
    const QJsonValue address = parameters.contains(QLatin1String(Key::ServerIp))
        ? parameters.value(QLatin1String(Key::ServerIp))
        : parameters.value(QLatin1String(Key::IpAddress));
    const QJsonValue port = parameters.contains(QLatin1String(Key::ServerPort))
        ? parameters.value(QLatin1String(Key::ServerPort))
        : parameters.value(QLatin1String(Key::Port));
    if (address.isString())
        m_address->setCurrentText(address.toString());
    if (const auto number = protocol::json::integer(port))
        m_port->setValue(int(*number));
}

QString ServerAddressForm::fieldFor(const QString &errorField) const
{
    if (errorField == QLatin1String(Key::IpAddress))
        return QLatin1String(Key::ServerIp);
    if (errorField == QLatin1String(Key::Port))
        return QLatin1String(Key::ServerPort);
    return CommandForm::fieldFor(errorField);
}

} // namespace punchclock::ui
