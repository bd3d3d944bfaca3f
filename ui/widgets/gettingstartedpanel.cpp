#include "gettingstartedpanel.h"

#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

QLabel *largeLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("tileValue"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

GettingStartedPanel::GettingStartedPanel(QWidget *parent)
    : QWidget(parent)
    , m_addresses(largeLabel(QStringLiteral("serverAddresses")))
    , m_port(largeLabel(QStringLiteral("serverPort")))
    , m_serverProblem(new QLabel)
    , m_copy(new QPushButton(themedIcon("edit-copy"), tr("&Copy")))
    , m_simulate(new QPushButton(themedIcon("media-playback-start"), tr("&Start a simulated terminal")))
    , m_simulatorStatus(new QLabel)
{
    setObjectName(QStringLiteral("gettingStarted"));
    auto *title = new QLabel(tr("Point your first terminal at this PC"));
    title->setProperty("role", QStringLiteral("pageTitle"));
    auto *steps = new QLabel(tr("<ol>"
                                "<li>On the terminal, open <b>Menu → Comm</b> (or <b>Network</b>) <b>→ Server</b>.</li>"
                                "<li>Enter one of the addresses below as the server address, and the port.</li>"
                                "<li>Save and wait a minute: the terminal appears here, waiting for your approval.</li>"
                                "</ol>"));
    steps->setObjectName(QStringLiteral("gettingStartedSteps"));
    steps->setWordWrap(true);
    m_serverProblem->setObjectName(QStringLiteral("serverProblem"));
    m_serverProblem->setProperty("role", QStringLiteral("fieldError"));
    m_serverProblem->setWordWrap(true);
    m_serverProblem->hide();
    m_copy->setObjectName(QStringLiteral("copyServerAddress"));
    m_copy->setToolTip(tr("Copy the addresses and the port"));
    m_simulate->setObjectName(QStringLiteral("startSimulator"));
    m_simulate->setToolTip(tr("Runs a pretend terminal on this PC that punches every few seconds"));
    m_simulatorStatus->setObjectName(QStringLiteral("simulatorStatus"));
    m_simulatorStatus->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Server address:")), 0, 0, Qt::AlignTop);
    grid->addWidget(m_addresses, 0, 1);
    grid->addWidget(new QLabel(tr("Port:")), 1, 0);
    grid->addWidget(m_port, 1, 1);
    grid->addWidget(m_copy, 2, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);

    auto *simulateHint = new QLabel(tr("No terminal at hand? See how it works with a simulated one:"));
    simulateHint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(steps);
    layout->addWidget(m_serverProblem);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addWidget(simulateHint);
    layout->addWidget(m_simulate, 0, Qt::AlignLeft);
    layout->addWidget(m_simulatorStatus);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(copyText()); });
    connect(m_simulate, &QPushButton::clicked, this, &GettingStartedPanel::startSimulatorRequested);
}

void GettingStartedPanel::setServer(const QStringList &addresses, quint16 port)
{
    m_addressList = addresses;
    m_portNumber = port;
    m_serverProblem->hide();
    m_addresses->setText(addresses.isEmpty() ? tr("No network connection found") : addresses.join(QLatin1Char('\n')));
    m_port->setText(QString::number(port));
    m_copy->setEnabled(!addresses.isEmpty());
    m_simulate->setEnabled(!m_simulatorRunning);
}

void GettingStartedPanel::setServerNotRunning(const QString &reason)
{
    m_addressList.clear();
    m_portNumber = 0;
    m_serverProblem->setText(reason.isEmpty() ? tr("The server is not running: terminals cannot reach this PC.")
                                              : tr("The server is not running: %1").arg(reason));
    m_serverProblem->show();
    m_addresses->setText(QStringLiteral("–"));
    m_port->setText(QStringLiteral("–"));
    m_copy->setEnabled(false);
    m_simulate->setEnabled(false);
}

void GettingStartedPanel::setSimulatorStatus(const QString &status, bool running)
{
    m_simulatorStatus->setText(status);
    m_simulatorRunning = running;
    m_simulate->setEnabled(!running && m_portNumber != 0);
}

QString GettingStartedPanel::copyText() const
{
    QStringList lines;
    for (const QString &address : m_addressList)
        lines << tr("Server address: %1").arg(address);
    lines << tr("Port: %1").arg(m_portNumber);
    return lines.join(QLatin1Char('\n'));
}

} // namespace punchclock::ui
