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
};

} // namespace punchclock::ui
