#pragma once

#include "commandline.h"

#include "outcome.h"

#include "destinationrepository.h"

#include <QStringList>

namespace punchclock::cli {

// What `integrations` and its actions print for --help.
QString integrationsUsage();
// The destination of that name, or nullopt with the reason said and *exitCode set (2).
std::optional<storage::DestinationRow> namedDestination(CliContext &context, const QSqlDatabase &db,
                                                        const QString &name, int *exitCode);
// Says why services::IntegrationAdmin refused or failed, and returns the exit status.
int integrationRefused(CliContext &context, const services::Outcome &outcome);

// The changing actions, in integrationchanges.cpp.
int addDestination(CliContext &context, const QStringList &arguments);
int changeDestination(CliContext &context, const QStringList &arguments);
int removeDestination(CliContext &context, const QStringList &arguments);
int retryDestination(CliContext &context, const QStringList &arguments);
int replayDestination(CliContext &context, const QStringList &arguments);

} // namespace punchclock::cli
