#pragma once

#include "simulatedterminal.h"
#include "terminalconfig.h"
#include "terminalstatistics.h"

#include <QList>
#include <QObject>
#include <QString>

namespace punchclock::simulator {

struct SimulatorConfig
{
    int terminals = 1;
    QString deviceIdPrefix = QStringLiteral("SIM");
    // The template for every terminal; deviceId, seed.terminalIndex and startDelayMs are set per
    // terminal.
    TerminalConfig terminal;
    // Spread the first polls evenly over one poll interval, so N terminals do not poll in bursts.
    bool staggerStart = true;
};

// N terminals sharing one configuration: dev_ids prefix + index, the same staff on every
// terminal (same seed), each with its own log history.
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(const SimulatorConfig &config, QObject *parent = nullptr);
    ~Simulator() override;

    // Empty when the configuration can run; otherwise what is wrong with it.
    static QString validate(const SimulatorConfig &config);
    // "SIM0001" … : prefix + index from 1, zero-padded to at least four digits.
    static QString deviceIdFor(const QString &prefix, int index, int count);

    void start();
    void stop();

    int terminalCount() const { return int(m_terminals.size()); }
    SimulatedTerminal *terminal(int index) const { return m_terminals.at(index); }
    const QList<SimulatedTerminal *> &terminals() const { return m_terminals; }

    TerminalStatistics totals() const;
    // Several lines: punches, enrolments, polls, commands executed by code, restarts.
    QString summary() const;

Q_SIGNALS:
    void eventOccurred(const QString &deviceId, const QString &text);

private:
    QList<SimulatedTerminal *> m_terminals;
};

} // namespace punchclock::simulator
