#pragma once

#include "commandline.h"

namespace punchclock::cli {

// Asks on the terminal "<question>? Type yes to confirm: ". Without a terminal (a script), says
// "<refusal>; add --yes to confirm" and answers false: nothing is replaced unasked.
bool confirmed(CliContext &context, const QString &question, const QString &refusal);

} // namespace punchclock::cli
