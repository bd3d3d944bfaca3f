#include "punchwording.h"

#include "icons.h"
#include "punchrepository.h"

namespace punchclock::ui {

using protocol::VerifyMethod;

const QList<VerifyMethod> &PunchWording::verifyMethodsInOrder()
{
    static const QList<VerifyMethod> methods{VerifyMethod::Fingerprint, VerifyMethod::Face,     VerifyMethod::Card,
                                             VerifyMethod::Password,    VerifyMethod::Palm,     VerifyMethod::Vein,
                                             VerifyMethod::Iris,        VerifyMethod::JobNumber};
    return methods;
}

QString PunchWording::verifyMethod(VerifyMethod method)
{
    switch (method) {
    case VerifyMethod::Fingerprint: return tr("Fingerprint");
    case VerifyMethod::Password: return tr("Password");
    case VerifyMethod::Card: return tr("Card");
    case VerifyMethod::Face: return tr("Face");
    case VerifyMethod::Vein: return tr("Vein");
    case VerifyMethod::Iris: return tr("Iris");
    case VerifyMethod::Palm: return tr("Palm");
    case VerifyMethod::JobNumber: return tr("Job number");
    }
    return {};
}

QString PunchWording::verifyMethods(const QString &storedText)
{
    const QList<VerifyMethod> methods = protocol::verifyMethodsFromText(storedText);
    if (methods.isEmpty())
        return storedText;
    QStringList words;
    for (VerifyMethod method : methods)
        words << verifyMethod(method);
    return words.join(QLatin1String(" + "));
}

QIcon PunchWording::verifyIcon(const QString &storedText)
{
    const QList<VerifyMethod> methods = protocol::verifyMethodsFromText(storedText);
    if (methods.isEmpty())
        return {};
    switch (methods.constFirst()) {
    case VerifyMethod::Fingerprint: return themedIcon("fingerprint");
    case VerifyMethod::Face: return themedIcon("edit-image-face-recognize");
    case VerifyMethod::Card: return themedIcon("view-certificate");
    case VerifyMethod::Password: return themedIcon("dialog-password");
    default: return themedIcon("user-identity");
    }
}

QString PunchWording::direction(const QString &storedName)
{
    switch (protocol::directionFromName(storedName)) {
    case protocol::Direction::In: return tr("In");
    case protocol::Direction::Out: return tr("Out");
    case protocol::Direction::Unknown: break;
    }
    return {};
}

QString PunchWording::direction(protocol::Direction direction)
{
    switch (direction) {
    case protocol::Direction::In: return tr("In");
    case protocol::Direction::Out: return tr("Out");
    case protocol::Direction::Unknown: break;
    }
    return tr("No direction");
}

QIcon PunchWording::directionIcon(const QString &storedName)
{
    switch (protocol::directionFromName(storedName)) {
    case protocol::Direction::In: return themedIcon("arrow-right");
    case protocol::Direction::Out: return themedIcon("arrow-left");
    case protocol::Direction::Unknown: break;
    }
    return {};
}

QStringList PunchWording::flagNotes(int flags)
{
    QStringList notes;
    if (flags & storage::FromPendingTerminal)
        notes << tr("terminal not approved");
    if (flags & storage::ImplausibleTime)
        notes << tr("implausible clock");
    return notes;
}

QString PunchWording::flagExplanation(int flag)
{
    switch (flag) {
    case storage::FromPendingTerminal:
        return tr("The terminal was waiting for approval when this punch arrived. Approve the terminal if it "
                  "belongs to you; its punches are kept either way.");
    case storage::ImplausibleTime:
        return tr("The terminal's clock looked wrong: before 2016 (a clock reset after a power loss) or more "
                  "than a day ahead of this site. Check the terminal's time.");
    default: return {};
    }
}

} // namespace punchclock::ui
