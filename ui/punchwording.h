#pragma once

#include "codetables.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace punchclock::ui {

// How a punch's codes read on the Punches page, in its CSV and in its details pane: the
// server stores codes ("FP+PASSWORD", "in", flags), people read words next to an icon.
class PunchWording
{
    Q_DECLARE_TR_FUNCTIONS(PunchWording)

public:
    static QString verifyMethod(protocol::VerifyMethod method); // "Fingerprint"
    static QString verifyMethods(const QString &storedText);    // "Fingerprint + Password"
    static QIcon verifyIcon(const QString &storedText);         // of the first method
    static QString direction(const QString &storedName);        // "In", "Out", ""
    static QString direction(protocol::Direction direction);    // "In", "Out", "No direction"
    static QIcon directionIcon(const QString &storedName);
    static QStringList flagNotes(int flags);  // "terminal not approved", …
    static QString flagExplanation(int flag); // a sentence for the details pane
    static const QList<protocol::VerifyMethod> &verifyMethodsInOrder();
};

} // namespace punchclock::ui
