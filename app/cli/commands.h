#pragma once

#include "commandline.h"

namespace punchclock::cli {

// Each takes its own arguments with arguments[0] being "punchclock COMMAND".
int runServe(CliContext &context, const QStringList &arguments);
int runDevices(CliContext &context, const QStringList &arguments);
int runUsers(CliContext &context, const QStringList &arguments);
int runLogs(CliContext &context, const QStringList &arguments);
int runSettings(CliContext &context, const QStringList &arguments);

} // namespace punchclock::cli
