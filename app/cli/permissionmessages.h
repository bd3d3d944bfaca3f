#pragma once

#include "outcome.h"
#include "permission.h"

#include <QString>

namespace punchclock::cli {

// A refusal of the services in words, as the console says it, in English.
QString describe(services::Permission permission, const QString &department);
// Any Outcome that is not a domain refusal: not allowed, not found, the database.
QString describeGeneric(const services::Outcome &outcome);

class CliContext;
// Says describeGeneric() and returns the exit status of a failure (1).
int failed(CliContext &context, const services::Outcome &outcome);

} // namespace punchclock::cli
