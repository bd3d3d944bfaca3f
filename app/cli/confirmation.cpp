#include "confirmation.h"

#include <cstdio>
#include <unistd.h>

namespace punchclock::cli {

bool confirmed(CliContext &context, const QString &question, const QString &refusal)
{
    if (!::isatty(STDIN_FILENO)) {
        context.err() << "punchclock: " << refusal << "; add --yes to confirm" << Qt::endl;
        return false;
    }
    context.out() << question << "? Type yes to confirm: " << Qt::flush;
    char line[64] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    return read && QString::fromLocal8Bit(line).trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
}

} // namespace punchclock::cli
