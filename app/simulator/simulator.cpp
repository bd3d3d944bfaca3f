#include "simulator.h"

#include "identifiers.h"

#include <QRegularExpression>

namespace punchclock::simulator {

Simulator::Simulator(const SimulatorConfig &config, QObject *parent)
    : QObject(parent)
{
    const int count = std::max(config.terminals, 0);
    QList<SimulatedUser> staff = config.terminal.staff;
    if (staff.isEmpty() && count > 1) {
        if (const std::optional<TerminalModel> model = TerminalModel::forLibrary(config.terminal.library)) {
            TerminalState prototype(*model);
            SeedOptions usersOnly = config.terminal.seed;
            usersOnly.logs = 0;
            prototype.seed(usersOnly);
            staff = prototype.users();
        }
    }
    for (int index = 0; index < count; ++index) {
        TerminalConfig terminalConfig = config.terminal;
        terminalConfig.staff = staff;
        terminalConfig.deviceId = deviceIdFor(config.deviceIdPrefix, index + 1, count);
        terminalConfig.seed.terminalIndex = index;
        if (config.staggerStart)
            terminalConfig.startDelayMs += int(qint64(config.terminal.pollIntervalMs) * index / count);
        auto *terminal = new SimulatedTerminal(terminalConfig, this);
        connect(
            terminal, &SimulatedTerminal::eventOccurred, this,
            [this, deviceId = terminalConfig.deviceId](const QString &text) { Q_EMIT eventOccurred(deviceId, text); });
        m_terminals.append(terminal);
    }
}

Simulator::~Simulator()
{
    stop();
}

QString Simulator::validate(const SimulatorConfig &config)
{
    if (config.terminals < 1)
        return QStringLiteral("at least one terminal is needed");
    if (!TerminalModel::forLibrary(config.terminal.library))
        return QStringLiteral("only FKDataHS101 and FKDataHS103 terminals are simulated");
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9_]*$"));
    const QString lastId = deviceIdFor(config.deviceIdPrefix, config.terminals, config.terminals);
    if (!prefixPattern.match(config.deviceIdPrefix).hasMatch() || !protocol::isValidDeviceId(lastId))
        return QStringLiteral("dev_ids must match [A-Za-z0-9_]{1,%1}; \"%2\" does not")
            .arg(protocol::MaxIdentifierLength)
            .arg(lastId);
    const TerminalConfig &terminal = config.terminal;
    if (terminal.server.host.isEmpty() || terminal.server.port == 0)
        return QStringLiteral("the server address needs a host and a port");
    if (terminal.seed.users < 0 || terminal.seed.logs < 0)
        return QStringLiteral("user and log counts cannot be negative");
    if (terminal.blockSize < 1)
        return QStringLiteral("the block size must be at least one byte");
    if (terminal.pollIntervalMs < 0 || terminal.restartDelayMs < 0 || terminal.requestTimeoutMs < 1)
        return QStringLiteral("intervals cannot be negative");
    if (terminal.punchesPerMinute < 0)
        return QStringLiteral("the punch rate cannot be negative");
    if (terminal.quirks.nameLimit < 0)
        return QStringLiteral("the name limit cannot be negative");
    return {};
}

QString Simulator::deviceIdFor(const QString &prefix, int index, int count)
{
    const int width = std::max(4, int(QString::number(count).size()));
    return prefix + QStringLiteral("%1").arg(index, width, 10, QLatin1Char('0'));
}

void Simulator::start()
{
    for (SimulatedTerminal *terminal : std::as_const(m_terminals))
        terminal->start();
}

void Simulator::stop()
{
    for (SimulatedTerminal *terminal : std::as_const(m_terminals))
        terminal->stop();
}

TerminalStatistics Simulator::totals() const
{
    TerminalStatistics total;
    for (const SimulatedTerminal *terminal : m_terminals)
        total.add(terminal->statistics());
    return total;
}

QString Simulator::summary() const
{
    const TerminalStatistics total = totals();
    int pendingPunches = 0;
    int pendingEnrollments = 0;
    for (const SimulatedTerminal *terminal : m_terminals) {
        pendingPunches += terminal->pendingPunches();
        pendingEnrollments += terminal->pendingEnrollments();
    }
    QStringList commands;
    for (auto it = total.commandsByCode.begin(); it != total.commandsByCode.end(); ++it)
        commands.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    QStringList lines;
    lines << QStringLiteral("terminals: %1").arg(m_terminals.size())
          << QStringLiteral("punches: %1 created, %2 sent, %3 acknowledged, %4 retried, %5 still queued, "
                            "%6 refused (user disabled)")
                 .arg(total.punchesCreated)
                 .arg(total.punchesSent)
                 .arg(total.punchesAcknowledged)
                 .arg(total.punchesRetried)
                 .arg(pendingPunches)
                 .arg(total.punchesRefused)
          << QStringLiteral("enrolments: %1 sent, %2 acknowledged, %3 still queued, %4 refused (menu locked)")
                 .arg(total.enrollmentsSent)
                 .arg(total.enrollmentsAcknowledged)
                 .arg(pendingEnrollments)
                 .arg(total.enrollmentsRefused)
          << QStringLiteral("polls: %1 (%2 failed)").arg(total.polls).arg(total.pollFailures)
          << QStringLiteral("commands executed: %1")
                 .arg(commands.isEmpty() ? QStringLiteral("none") : commands.join(QStringLiteral(", ")))
          << QStringLiteral("results: %1 sent in %2 blocks, %3 abandoned")
                 .arg(total.resultsSent)
                 .arg(total.resultBlocksSent)
                 .arg(total.uploadsAbandoned)
          << QStringLiteral("restarts: %1").arg(total.restarts);
    return lines.join(QLatin1Char('\n'));
}

} // namespace punchclock::simulator
