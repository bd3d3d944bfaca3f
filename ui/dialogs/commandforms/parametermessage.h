#pragma once

#include "commandparameters.h"

#include <QCoreApplication>

namespace punchclock::ui {

// The protocol library's verdict on a parameter, in words shown under the field it concerns
// (so the field's name is not repeated).
class ParameterMessage
{
    Q_DECLARE_TR_FUNCTIONS(ParameterMessage)

public:
    static QString text(protocol::ParameterError error);
    static QString text(protocol::ParameterWarning warning);
};

} // namespace punchclock::ui
