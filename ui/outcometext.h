#pragma once

#include "departmentadmin.h"
#include "operatoradmin.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// What a service call came to, in the operator's words: a missing right as PermissionText says
// it, a refusal of the domain as each area has always said it (naming the closed period that
// refused, when the service found one), and the database's failures alike everywhere. Empty
// when the call succeeded.
class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)

public:
    static QString attendance(const services::Outcome &outcome);
    static QString correction(const services::Outcome &outcome);
    static QString period(const services::Outcome &outcome);
    // `name`: the department's name as typed, for "already taken".
    static QString department(const services::Outcome &outcome, const QString &name = {});
    // UserAdmin::save: a refused name, else as department() (the department the user joins).
    static QString user(const services::Outcome &outcome, const QString &department = {});
    static QString operatorAccount(const services::Outcome &outcome);
    // `waitSeconds` for OperatorError::Waiting.
    static QString operatorError(services::OperatorError error, int waitSeconds = 0);
    // NotAllowed, NotFound and Storage, the same in every area; empty for Done and Refused
    // (for services that refuse nothing of their own, such as terminals and settings).
    static QString general(const services::Outcome &outcome);
};

} // namespace punchclock::ui
