#pragma once

#include "simulator.h"

#include <QString>
#include <QStringList>

namespace punchclock::simulator {

// The command line of punchclock-sim, turned into a SimulatorConfig.
class CommandLineOptions
{
public:
    // false with *error set when an option value is unusable; --help and --version exit here.
    bool parse(const QStringList &arguments, QString *error);

    const SimulatorConfig &config() const { return m_config; }
    int durationSeconds() const { return m_durationSeconds; } // 0 = until SIGINT/SIGTERM
    bool quiet() const { return m_quiet; }

private:
    SimulatorConfig m_config;
    int m_durationSeconds = 0;
    bool m_quiet = false;
};

} // namespace punchclock::simulator
