#pragma once

#include "commandparameters.h"
#include "commandservice.h"

#include <QString>

namespace punchclock::cli {

// The words for the codes the server layers return.
QString describe(protocol::ParameterError error, const QString &field);
QString describe(protocol::ParameterWarning warning, const QString &field);
QString describe(const services::CommandService::Outcome &outcome);
QString unknownTerminal(const QString &devId);

class CliContext;
// Prints the warnings of the command built; when the outcome failed, says why and returns the
// exit code (2 for parameters the user got wrong, 1 otherwise), else returns 0.
int reportProblems(CliContext &context, const services::CommandService::Outcome &outcome);
// Warns of names the queued jobs send to terminals known to keep fewer characters.
void warnOfNameCuts(CliContext &context, const QSqlDatabase &db, const QList<qint64> &jobIds);

} // namespace punchclock::cli
