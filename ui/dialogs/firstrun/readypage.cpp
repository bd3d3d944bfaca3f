#include "readypage.h"

#include "firstrunchoices.h"
#include "lanaddresses.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace punchclock::ui {

ReadyPage::ReadyPage(StartSimulator startSimulator, QWidget *parent)
    : QWizardPage(parent)
    , m_addresses(new QLabel)
    , m_steps(new QLabel)
    , m_copy(new QPushButton(tr("&Copy address")))
    , m_simulate(new QPushButton(tr("Start a &simulated terminal")))
    , m_simulatorState(new QLabel)
    , m_startSimulator(std::move(startSimulator))
{
    setTitle(tr("Punchclock is ready for your terminals"));
    setSubTitle(tr("On each terminal, open the menu Comm (or Network) → Server and enter:"));
    m_addresses->setObjectName(QStringLiteral("readyAddresses"));
    m_addresses->setProperty("role", QStringLiteral("tileValue"));
    m_addresses->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setObjectName(QStringLiteral("readySteps"));
    m_steps->setWordWrap(true);
    m_steps->setText(tr("Switch the terminal's server mode on, save, and leave the menu: the terminal waits "
                        "while its menu is open. It appears in Punchclock within a minute; approve it on the "
                        "Dashboard."));
    m_copy->setObjectName(QStringLiteral("copyAddressButton"));
    m_simulate->setObjectName(QStringLiteral("startSimulatorButton"));
    m_simulatorState->setObjectName(QStringLiteral("simulatorState"));
    m_simulatorState->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_addresses);
    layout->addLayout(buttons);
    layout->addWidget(m_steps);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("No terminal at hand? A simulated one sends punches like a real one.")));
    layout->addWidget(m_simulate, 0, Qt::AlignLeft);
    layout->addWidget(m_simulatorState);
    layout->addStretch();

    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_copyText); });
    connect(m_simulate, &QPushButton::clicked, this, &ReadyPage::startSimulator);
}

void ReadyPage::showOutcome(const FirstRunOutcome &outcome)
{
    const QStringList addresses = reachableAddresses(outcome.boundAddress);
    const QString port = QString::number(outcome.port);
    QStringList lines;
    for (const QString &address : addresses)
        lines << tr("Server address %1   Port %2").arg(address, port);
    if (lines.isEmpty())
        lines << tr("Port %1 (this PC has no network address right now: connect it to the network)").arg(port);
    m_addresses->setText(lines.join(QLatin1Char('\n')));
    m_copyText = addresses.isEmpty() ? port : addresses.constFirst() + QLatin1Char(':') + port;
}

void ReadyPage::startSimulator()
{
    showSimulatorState(m_startSimulator());
}

void ReadyPage::showSimulatorState(const QString &problem)
{
    m_simulatorState->setProperty("role", problem.isEmpty() ? QString() : QStringLiteral("fieldError"));
    m_simulatorState->setText(problem.isEmpty()
                                  ? tr("A simulated terminal is running. Finish to open the console: its punches "
                                       "appear on the Dashboard within seconds.")
                                  : problem);
    m_simulatorState->style()->unpolish(m_simulatorState);
    m_simulatorState->style()->polish(m_simulatorState);
    m_simulate->setEnabled(!problem.isEmpty());
}

} // namespace punchclock::ui
