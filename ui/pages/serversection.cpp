#include "serversection.h"

#include "consolecontext.h"
#include "icons.h"
#include "permissiontext.h"
#include "rangespinbox.h"
#include "servertexts.h"

#include "listenaddress.h"
#include "serverhost.h"
#include "serversettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>

namespace punchclock::ui {

namespace {

const QString customAddress = QStringLiteral("custom");

} // namespace

ServerSection::ServerSection(ConsoleContext &context, SettingsStore &settings, QWidget *parent)
    : QGroupBox(tr("Server"), parent)
    , m_context(context)
    , m_settings(settings)
    , m_address(new QComboBox(this))
    , m_customAddress(new QLineEdit(this))
    , m_port(new RangeSpinBox(1, 65535, this))
    , m_apply(new QPushButton(themedIcon("system-reboot"), tr("&Apply and restart server"), this))
    , m_state(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("serverSection"));
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->addItem(tr("All network interfaces"), QStringLiteral("0.0.0.0"));
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        m_address->addItem(address.isLoopback() ? tr("%1 (this PC only)").arg(address.toString()) : address.toString(),
                           address.toString());
    }
    m_address->addItem(tr("Custom address…"), customAddress);
    m_customAddress->setObjectName(QStringLiteral("customListenAddress"));
    m_customAddress->setPlaceholderText(tr("IP address of this PC, e.g. 192.168.1.20"));
    m_customAddress->setVisible(false);
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setValue(http::ServerOptions::DefaultPort);
    m_apply->setObjectName(QStringLiteral("applyListen"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_address, m_port, m_apply})
        field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_state->setObjectName(QStringLiteral("serverStateText"));
    m_state->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("listenError"));
    m_error->setProperty("role", QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *form = new QFormLayout(this);
    auto *addressLabel = new QLabel(tr("Listen on a&ddress:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    form->addRow(QString(), m_customAddress);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);
    form->addRow(QString(), m_apply);
    form->addRow(QString(), m_error);
    form->addRow(tr("Now:"), m_state);
    auto *hint = new QLabel(tr("Terminals must be set to this PC's address and this port (on the terminal: "
                               "Comm / Network → Server). Changing the port means changing every terminal."),
                            this);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("pageSummary"));
    form->addRow(hint);

    connect(m_address, &QComboBox::currentIndexChanged, this,
            [this] { m_customAddress->setVisible(m_address->currentData().toString() == customAddress); });
    connect(m_address, &QComboBox::activated, this, [this] {
        if (m_address->currentData().toString() == customAddress)
            m_customAddress->setFocus();
    });
    connect(m_apply, &QPushButton::clicked, this, &ServerSection::apply);
    connect(m_customAddress, &QLineEdit::returnPressed, this, &ServerSection::apply);
    connect(&m_context, &ConsoleContext::serverStateChanged, this, &ServerSection::showServerState);
    showServerState();
}

QStringList ServerSection::storedKeys()
{
    return {QLatin1String(engine::ServerSettings::ListenKey)};
}

void ServerSection::present()
{
    showServerState();
    // The fields hold a choice that waits for Apply: only a new stored value replaces it.
    const QString text = m_settings.value(engine::ServerSettings::ListenKey);
    if (m_shownListen && *m_shownListen == text)
        return;
    m_shownListen = text;
    http::ListenAddress stored;
    QString ignored;
    if (text.isEmpty() || !http::ListenAddress::parse(text, &stored, &ignored)) {
        // Never chosen: show where the server runs (the default, or what a test gave it).
        const http::ServerHost *server = m_context.server();
        const bool running = server && server->isRunning();
        stored.address = running ? server->address() : QHostAddress(QHostAddress::Any);
        stored.port = running ? server->port() : http::ServerOptions::DefaultPort;
    }
    if (!SettingsStore::isBeingEdited(m_address) && !SettingsStore::isBeingEdited(m_customAddress))
        selectAddress(stored.address);
    if (!SettingsStore::isBeingEdited(m_port) && stored.port != 0)
        m_port->setValue(stored.port);
}

void ServerSection::selectAddress(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4) {
        m_address->setCurrentIndex(0);
        return;
    }
    const int index = m_address->findData(address.toString());
    if (index >= 0) {
        m_address->setCurrentIndex(index);
        return;
    }
    m_address->setCurrentIndex(m_address->findData(customAddress));
    m_customAddress->setText(address.toString());
}

void ServerSection::showServerState()
{
    const http::ServerHost *server = m_context.server();
    if (server && server->isRunning())
        m_state->setText(tr("Listening on %1").arg(http::ListenAddress::format(server->address(), server->port())));
    else if (!m_context.serverError().isEmpty())
        m_state->setText(tr("Not running: %1").arg(m_context.serverError()));
    else
        m_state->setText(tr("Not running"));
}

QHostAddress ServerSection::chosenAddress(QString *error) const
{
    const QString data = m_address->currentData().toString();
    const QString text = data == customAddress ? m_customAddress->text().trimmed() : data;
    const QHostAddress address(text);
    if (address.isNull())
        *error = text.isEmpty() ? tr("Type the IP address to listen on.") : tr("“%1” is not an IP address.").arg(text);
    return address;
}

void ServerSection::apply()
{
    // The server is this console's own, not a service's: who may move it is checked here.
    if (!m_context.allows(services::Permission::ChangeSettings)) {
        SettingsStore::showError(m_error,
                                 PermissionText::notAllowed(m_context.actor(), services::Permission::ChangeSettings));
        return;
    }
    QString error;
    const QHostAddress address = chosenAddress(&error);
    if (address.isNull()) {
        SettingsStore::showError(m_error, error);
        return;
    }
    const auto port = quint16(m_port->value());
    http::ServerHost *server = m_context.server();
    if (!server) {
        SettingsStore::showError(m_error, tr("This window runs without a terminal server."));
        return;
    }
    // Checked before stopping anything: a busy port must not leave the terminals without a server.
    if (!(server->isRunning() && server->port() == port)) {
        QTcpServer probe;
        if (!probe.listen(address, port)) {
            SettingsStore::showError(m_error,
                                     tr("Port %1 on %2 cannot be used: %3. The server keeps running as before.")
                                         .arg(port)
                                         .arg(address.toString(), probe.errorString()));
            return;
        }
    }

    const bool wasRunning = server->isRunning();
    http::ServerOptions previous;
    previous.address = server->address();
    previous.port = server->port();
    server->stop();
    http::ServerOptions options;
    options.address = address;
    options.port = port;
    if (server->start(options, &error)) {
        m_context.setServerError({});
        m_settings.save(engine::ServerSettings::ListenKey, http::ListenAddress::format(address, port), m_error);
        return;
    }
    QString restartError;
    if (wasRunning && server->start(previous, &restartError)) {
        m_context.setServerError({});
        SettingsStore::showError(m_error, tr("The server could not start on %1: %2. It runs on the old address again.")
                                              .arg(http::ListenAddress::format(address, port),
                                                   ServerTexts::serverError(error)));
    } else {
        m_context.setServerError(wasRunning ? restartError : error);
        SettingsStore::showError(m_error,
                                 tr("The server could not start on %1: %2")
                                     .arg(http::ListenAddress::format(address, port), ServerTexts::serverError(error)));
    }
}

} // namespace punchclock::ui
