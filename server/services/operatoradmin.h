#pragma once

#include "actor.h"
#include "outcome.h"

#include "operatorrepository.h"

#include <QSqlDatabase>

namespace punchclock::services {

class ServiceCall;

// Why an account change or a sign-in was refused (Outcome::refusal).
enum class OperatorError {
    None,
    EmptyName,
    NameTaken,
    PasswordTooShort,     // fewer than MinimumPasswordLength characters
    PasswordContainsName, // the account's name is in it
    LastAdministrator,    // the last active administrator cannot be disabled or demoted
    FirstAdministratorExists,
    WrongPassword,        // or no such account: a sign-in does not say which
    Disabled,
    Waiting,              // too many failures in a row: try again after Outcome::id seconds
    HashFailed,
};

// Operator accounts and signing in. The first administrator is created by the first-run set-up
// (or, on an older installation, once at the next start); after that only an administrator
// manages accounts, and everyone may change their own password. Failed sign-ins are recorded
// in the audit trail and, from the third in a row, make the next attempt wait, twice as long
// each time.
class OperatorAdmin
{
public:
    static constexpr int MinimumPasswordLength = 10;
    static constexpr int MaximumWaitSeconds = 300;

    explicit OperatorAdmin(QSqlDatabase db);

    bool needsFirstAdministrator() const;
    Outcome createFirstAdministrator(const QString &name, const QString &password, const QString &origin);

    Outcome createOperator(const Actor &actor, const QString &name, const QString &password, Role role,
                           bool allDepartments, const QSet<qint64> &departments);
    Outcome setDisabled(const Actor &actor, qint64 operatorId, bool disabled);
    Outcome resetPassword(const Actor &actor, qint64 operatorId, const QString &password);
    Outcome changeOwnPassword(const Actor &actor, const QString &current, const QString &password);
    Outcome changeRole(const Actor &actor, qint64 operatorId, Role role, bool allDepartments,
                       const QSet<qint64> &departments);

    // The actor to act as, or a refusal: WrongPassword, Disabled, Waiting (with the seconds in
    // Outcome::id). `origin` says where ("console on pc-office").
    Outcome signIn(const QString &name, const QString &password, const QString &origin, Actor *actor);
    // The signed-in operator proves it is still them (unlocking the console); `current` gets the
    // account as it is now, with the role and departments it has now.
    Outcome confirm(const Actor &actor, const QString &password, Actor *current = nullptr);

    static OperatorError checkPassword(const QString &name, const QString &password);
    static Actor actorOf(const storage::OperatorRow &row, const QString &origin);

private:
    Outcome create(ServiceCall &call, const QString &name, const QString &password, Role role,
                   bool allDepartments, const QSet<qint64> &departments);

    QSqlDatabase m_db;
};

} // namespace punchclock::services
