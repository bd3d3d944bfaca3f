#include "commandmessages.h"

#include "commandline.h"
#include "namecuts.h"
#include "permissionmessages.h"

namespace punchclock::cli {

using protocol::ParameterError;

QString describe(ParameterError error, const QString &field)
{
    const QString where = field.isEmpty() ? QString() : field + QStringLiteral(": ");
    switch (error) {
    case ParameterError::None: return {};
    case ParameterError::UnknownCommand: return QStringLiteral("unknown command");
    case ParameterError::MissingField: return where + QStringLiteral("required");
    case ParameterError::UnexpectedField: return where + QStringLiteral("this command does not take it");
    case ParameterError::WrongType: return where + QStringLiteral("wrong type");
    case ParameterError::InvalidUserId: return where + QStringLiteral("a user id is 1 to 24 letters, digits or _");
    case ParameterError::InvalidBackupNumber:
        return where + QStringLiteral("backup numbers are 0-9 (fingers), 10 (password), 11 (card), 12 (face), 13-14 (palm), 20 (vein)");
    case ParameterError::DuplicateBackupNumber: return where + QStringLiteral("the same backup number twice");
    case ParameterError::InvalidPrivilege: return where + QStringLiteral("USER, MANAGER, REGISTER or OPERATOR");
    case ParameterError::InvalidTime: return where + QStringLiteral("expects YYYYMMDDhhmmss, a real date and time");
    case ParameterError::TimeRangeReversed: return where + QStringLiteral("begin_time is after end_time");
    case ParameterError::InvalidAddress: return where + QStringLiteral("expects an IPv4 address such as 192.168.1.20");
    case ParameterError::LoopbackAddress:
        return where + QStringLiteral("127.x.x.x is the terminal itself: it would never reach this server again; "
                                      "give this PC's LAN address ('punchclock serve' prints it)");
    case ParameterError::UnreachableAddress:
        return where + QStringLiteral("no terminal can reach a server at 0.x.x.x, a multicast or a broadcast "
                                      "address; give this PC's LAN address");
    case ParameterError::InvalidPort: return where + QStringLiteral("expects a port from 1 to 65535");
    case ParameterError::ConflictingValues: return where + QStringLiteral("given twice with different values");
    case ParameterError::NonAsciiText: return where + QStringLiteral("terminals accept only English (ASCII) letters here");
    case ParameterError::ControlCharacter: return where + QStringLiteral("contains a tab, line break or other control character");
    case ParameterError::EmptyText: return where + QStringLiteral("must not be empty");
    case ParameterError::TextTooLong:
        return where + QStringLiteral("at most %1 characters")
                           .arg(field == QLatin1String(protocol::ParameterKey::UserName) ? protocol::MaxUserNameLength
                                                                                       : protocol::MaxTerminalNameLength);
    case ParameterError::InvalidCredentialData: return where + QStringLiteral("passwords and card numbers are digits only");
    case ParameterError::InvalidEnableFlag: return where + QStringLiteral("ON or OFF");
    case ParameterError::InvalidDoorNumber:
        return where + QStringLiteral("a door number from 1 to %1 (most terminals drive door 1)").arg(protocol::MaxDoorNumber);
    case ParameterError::InvalidBinaryReference: return where + QStringLiteral("expects a reference such as \"BIN_1\"");
    case ParameterError::MissingBinary: return where + QStringLiteral("refers to a --bin file that was not given");
    case ParameterError::EmptyBinary: return where + QStringLiteral("the file is empty");
    case ParameterError::UnreferencedBinary: return where + QStringLiteral("a --bin file that no parameter refers to");
    }
    return where + QStringLiteral("invalid");
}

QString describe(protocol::ParameterWarning warning, const QString &field)
{
    switch (warning) {
    case protocol::ParameterWarning::NameMayBeTruncated:
        return QStringLiteral("%1: longer than %2 characters; some terminals cut names short")
            .arg(field)
            .arg(protocol::SafeUserNameLength);
    case protocol::ParameterWarning::PasswordMayBeTooLong:
        return QStringLiteral("%1: more than %2 digits; many terminals accept no longer passwords")
            .arg(field)
            .arg(protocol::UsualMaxPasswordDigits);
    }
    return field;
}

QString unknownTerminal(const QString &devId)
{
    return QStringLiteral("no terminal with dev_id '%1' (see 'punchclock devices')").arg(devId);
}

QString describe(const services::CommandService::Outcome &outcome)
{
    using Failure = services::CommandService::Outcome::Failure;
    switch (outcome.failure) {
    case Failure::None: return {};
    case Failure::UnknownTerminal:
        return unknownTerminal(outcome.subject);
    case Failure::InvalidParameters: return describe(outcome.command.error, outcome.command.errorField);
    case Failure::UnknownUser: return QStringLiteral("no user '%1' in the store (see 'punchclock users')").arg(outcome.subject);
    case Failure::IncompleteUser:
        return QStringLiteral("user '%1' is known only from a terminal's user list: its name, privilege and credentials "
                              "were never read, and sending it would wipe them on the terminal. Read it first with "
                              "punchclock send DEV GET_USER_INFO --param '{\"user_id\":\"%1\"}', or copy it with "
                              "punchclock user copy %1 --from DEV --to DEV")
            .arg(outcome.subject);
    case Failure::NoTerminals: return QStringLiteral("no approved terminal to send to");
    case Failure::NotAllowed: return describe(outcome.permission, outcome.department);
    case Failure::Storage: return QStringLiteral("the database refused the change; nothing was queued");
    }
    return {};
}

} // namespace punchclock::cli

namespace punchclock::cli {

int reportProblems(CliContext &context, const services::CommandService::Outcome &outcome)
{
    for (const auto &[warning, field] : outcome.command.warnings)
        context.err() << "punchclock: warning: " << describe(warning, field) << Qt::endl;
    if (outcome.ok())
        return Success;
    return outcome.failure == services::CommandService::Outcome::Failure::InvalidParameters
        ? context.usageError(describe(outcome))
        : context.failure(describe(outcome));
}

void warnOfNameCuts(CliContext &context, const QSqlDatabase &db, const QList<qint64> &jobIds)
{
    for (const services::NameCut &cut : services::knownNameCuts(db, jobIds)) {
        context.err() << "punchclock: warning: " << cut.terminal << " keeps only the first " << cut.limit
                      << " characters of a name: it will keep \"" << cut.kept << "\" of \"" << cut.name << '"'
                      << Qt::endl;
    }
}

} // namespace punchclock::cli
