#include "operatorsignin.h"

#include "commandline.h"
#include "commands.h"

#include "settingsrepository.h"

namespace punchclock::cli {

using services::OperatorError;

QString describe(OperatorError error, const QString &name, qint64 seconds)
{
    switch (error) {
    case OperatorError::None: return {};
    case OperatorError::EmptyName: return QStringLiteral("an operator needs a name");
    case OperatorError::NameTaken: return QStringLiteral("there is already an operator called '%1'").arg(name);
    case OperatorError::PasswordTooShort:
        return QStringLiteral("a password needs at least %1 characters")
            .arg(services::OperatorAdmin::MinimumPasswordLength);
    case OperatorError::PasswordContainsName:
        return QStringLiteral("the password may not contain the operator's name, %1").arg(name);
    case OperatorError::LastAdministrator:
        return QStringLiteral("%1 is the last active administrator: make another operator an administrator first "
                              "('punchclock operators role NAME --role administrator')")
            .arg(name);
    case OperatorError::FirstAdministratorExists: return QStringLiteral("there is already an administrator");
    case OperatorError::WrongPassword:
        // A sign-in does not tell a wrong password from an unknown name.
        return QStringLiteral("wrong operator name or password for '%1'").arg(name);
    case OperatorError::Disabled:
        return QStringLiteral("operator %1 is disabled; an administrator can enable it with 'punchclock operators "
                              "enable %1'")
            .arg(name);
    case OperatorError::Waiting:
        return QStringLiteral("too many failed sign-ins as %1 in a row: try again in %2 s").arg(name).arg(seconds);
    case OperatorError::HashFailed: return QStringLiteral("the password could not be hashed; nothing was changed");
    }
    return QStringLiteral("refused");
}

std::optional<services::Actor> signIn(CliContext &context, const QSqlDatabase &db, const QString &name,
                                      const QString &password, int *exitCode)
{
    services::Actor actor;
    const services::Outcome outcome = services::OperatorAdmin(db).signIn(name, password, cliActor().origin, &actor);
    if (outcome.ok())
        return actor;
    *exitCode = context.failure(outcome.status == services::Outcome::Status::Refused
                                    ? describe(outcome.error<OperatorError>(), name, outcome.id)
                                    : QStringLiteral("cannot sign in: the database refused (%1)").arg(outcome.detail));
    return std::nullopt;
}

std::optional<services::Actor> CliContext::actorForChange(const QSqlDatabase &db, int *exitCode)
{
    if (m_actor)
        return m_actor;
    if (m_operatorName.isEmpty()) {
        if (storage::SettingsRepository(db).value(QLatin1String(RequireOperatorKey)) == QLatin1String("1")) {
            *exitCode = failure(
                QStringLiteral("changes need an operator on this database (%1 is on): sign in with --operator NAME "
                               "(or $PUNCHCLOCK_OPERATOR); a script names a file holding the password with $%2")
                    .arg(QLatin1String(RequireOperatorKey), QLatin1String(PasswordSource::FileVariable)));
            return std::nullopt;
        }
        m_actor = cliActor();
        return m_actor;
    }
    Secret password;
    if (!m_passwords.next(*this, QStringLiteral("the password of %1").arg(m_operatorName), PasswordSource::Ask::Once,
                          &password.text, exitCode))
        return std::nullopt;
    m_actor = signIn(*this, db, m_operatorName, password.text, exitCode);
    return m_actor;
}

} // namespace punchclock::cli
