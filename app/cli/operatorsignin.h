#pragma once

#include "actor.h"
#include "operatoradmin.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace punchclock::cli {

class CliContext;

// "1" (on): every command that changes something needs --operator; reads stay free.
constexpr char RequireOperatorKey[] = "cli.require_operator";

// Signs in as the operator `name` from this machine ("cli on <host>"); nullopt, with the refusal
// said and *exitCode set (1), when the account refuses.
std::optional<services::Actor> signIn(CliContext &context, const QSqlDatabase &db, const QString &name,
                                      const QString &password, int *exitCode);

// An account's refusal in words: `name` the account, `seconds` the wait of OperatorError::Waiting.
QString describe(services::OperatorError error, const QString &name, qint64 seconds = 0);

} // namespace punchclock::cli
