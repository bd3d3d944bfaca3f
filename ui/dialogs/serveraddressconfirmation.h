#pragma once

#include "commandparameters.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace punchclock::ui {

// SET_WEB_SERVER_INFO turns against the server when the address is wrong: after its next
// restart the terminal talks only to that address, until someone changes it at its keypad. So
// the console asks first, showing exactly the address and port that will be sent, with Cancel
// as the default button.
class ServerAddressConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddressConfirmation)

public:
    // `command` is the built SET_WEB_SERVER_INFO; true when the operator chose to send it.
    static bool confirm(QWidget *parent, const QString &terminalTitle, const protocol::BuiltCommand &command);
};

} // namespace punchclock::ui
