#pragma once

#include "outcome.h"
#include "permission.h"

#include <QCoreApplication>
#include <QString>

namespace punchclock::ui {

// A refusal of the services in the operator's words: who may do it, and for which department
// ("Only a manager of Warehouse can correct punches of its employees.").
class PermissionText
{
    Q_DECLARE_TR_FUNCTIONS(PermissionText)

public:
    static QString denied(services::Permission permission, const QString &department = {});
    static QString denied(const services::Outcome &outcome);
    // Why an action is disabled for this actor before anyone tries it: their role, when it does
    // not allow it at all ("Your role, viewer, does not allow correcting punches."), else the
    // scope it needs (denied()).
    static QString notAllowed(const services::Actor &actor, services::Permission permission,
                              const QString &department = {});
    // "administrator", as a sentence names the role.
    static QString roleName(services::Role role);
    // What the role may do, in a line.
    static QString roleDescription(services::Role role);
};

} // namespace punchclock::ui
