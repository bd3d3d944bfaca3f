#include "auditwording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace punchclock::ui {

QList<AuditWording::Category> AuditWording::categories()
{
    return {
        {QStringLiteral("terminal."), tr("Terminals")},
        {QStringLiteral("command."), tr("Commands sent")},
        {QStringLiteral("job."), tr("Commands cancelled")},
        {QStringLiteral("user."), tr("Employees")},
        {QStringLiteral("credential."), tr("Credentials")},
        {QStringLiteral("person."), tr("Personal data")},
        {QStringLiteral("punch."), tr("Punch corrections")},
        {QStringLiteral("leave."), tr("Leave")},
        {QStringLiteral("schedule."), tr("Schedules")},
        {QStringLiteral("shift."), tr("Shifts")},
        {QStringLiteral("holiday."), tr("Holidays")},
        {QStringLiteral("attendance."), tr("Attendance settings")},
        {QStringLiteral("period."), tr("Payroll periods")},
        {QStringLiteral("department."), tr("Departments")},
        {QStringLiteral("setting."), tr("Settings")},
        {QStringLiteral("operator."), tr("Operator accounts")},
        {QStringLiteral("sign_in"), tr("Sign-ins")},
        {QStringLiteral("console."), tr("Console locks")},
        {QStringLiteral("backup."), tr("Backups and restores")},
    };
}

QList<AuditWording::Category> AuditWording::objectKinds()
{
    return {
        {QStringLiteral("user"), tr("Employee")},
        {QStringLiteral("terminal"), tr("Terminal")},
        {QStringLiteral("operator"), tr("Operator account")},
        {QStringLiteral("department"), tr("Department")},
        {QStringLiteral("shift"), tr("Shift")},
        {QStringLiteral("period"), tr("Payroll period")},
        {QStringLiteral("holiday"), tr("Holiday")},
        {QStringLiteral("setting"), tr("Setting")},
        {QStringLiteral("job"), tr("Job")},
        {QStringLiteral("file"), tr("File")},
    };
}

QString AuditWording::action(const QString &action)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("terminal.approve"), QT_TR_NOOP("Approved a terminal")},
        {QStringLiteral("terminal.block"), QT_TR_NOOP("Blocked a terminal")},
        {QStringLiteral("terminal.rename"), QT_TR_NOOP("Renamed a terminal")},
        {QStringLiteral("terminal.reset_style"), QT_TR_NOOP("Changed how a terminal is reset")},
        {QStringLiteral("terminal.pin_address"), QT_TR_NOOP("Pinned a terminal to its address")},
        {QStringLiteral("terminal.unpin_address"), QT_TR_NOOP("Unpinned a terminal's address")},
        {QStringLiteral("terminal.address_change"), QT_TR_NOOP("Terminal moved to another address")},
        {QStringLiteral("command.queue"), QT_TR_NOOP("Sent a command")},
        {QStringLiteral("job.cancel"), QT_TR_NOOP("Cancelled a command")},
        {QStringLiteral("user.add"), QT_TR_NOOP("Added an employee")},
        {QStringLiteral("user.change"), QT_TR_NOOP("Changed an employee")},
        {QStringLiteral("user.department"), QT_TR_NOOP("Moved an employee to a department")},
        {QStringLiteral("user.disable"), QT_TR_NOOP("Disabled an employee on every terminal")},
        {QStringLiteral("user.enable"), QT_TR_NOOP("Enabled an employee again")},
        {QStringLiteral("user.enroll_remote"), QT_TR_NOOP("Sent a terminal to enroll an employee")},
        {QStringLiteral("user.enroll_remote_cancel"), QT_TR_NOOP("Cancelled a remote enrollment")},
        {QStringLiteral("credential.store"), QT_TR_NOOP("Stored a credential")},
        {QStringLiteral("person.erase"), QT_TR_NOOP("Erased a person's personal data")},
        {QStringLiteral("person.export"), QT_TR_NOOP("Exported a person's data")},
        {QStringLiteral("person.purge_biometrics"), QT_TR_NOOP("Purged old biometric data")},
        {QStringLiteral("punch.add"), QT_TR_NOOP("Added a punch")},
        {QStringLiteral("punch.void"), QT_TR_NOOP("Voided a punch")},
        {QStringLiteral("punch.move"), QT_TR_NOOP("Moved a punch")},
        {QStringLiteral("punch.revoke"), QT_TR_NOOP("Revoked a correction")},
        {QStringLiteral("leave.set"), QT_TR_NOOP("Entered leave")},
        {QStringLiteral("leave.remove"), QT_TR_NOOP("Removed leave")},
        {QStringLiteral("schedule.set"), QT_TR_NOOP("Changed a schedule")},
        {QStringLiteral("schedule.clear"), QT_TR_NOOP("Removed a schedule")},
        {QStringLiteral("shift.add"), QT_TR_NOOP("Added a shift")},
        {QStringLiteral("shift.change"), QT_TR_NOOP("Changed a shift")},
        {QStringLiteral("shift.rename"), QT_TR_NOOP("Renamed a shift")},
        {QStringLiteral("shift.remove"), QT_TR_NOOP("Removed a shift")},
        {QStringLiteral("holiday.set"), QT_TR_NOOP("Set a holiday")},
        {QStringLiteral("holiday.remove"), QT_TR_NOOP("Removed a holiday")},
        {QStringLiteral("attendance.settings"), QT_TR_NOOP("Changed the attendance settings")},
        {QStringLiteral("period.close"), QT_TR_NOOP("Closed a payroll period")},
        {QStringLiteral("period.reopen"), QT_TR_NOOP("Reopened a payroll period")},
        {QStringLiteral("department.create"), QT_TR_NOOP("Created a department")},
        {QStringLiteral("department.rename"), QT_TR_NOOP("Renamed a department")},
        {QStringLiteral("department.remove"), QT_TR_NOOP("Removed a department")},
        {QStringLiteral("setting.change"), QT_TR_NOOP("Changed a setting")},
        {QStringLiteral("operator.create"), QT_TR_NOOP("Created an operator account")},
        {QStringLiteral("operator.disable"), QT_TR_NOOP("Disabled an operator account")},
        {QStringLiteral("operator.enable"), QT_TR_NOOP("Enabled an operator account")},
        {QStringLiteral("operator.reset_password"), QT_TR_NOOP("Reset an operator's password")},
        {QStringLiteral("operator.change_password"), QT_TR_NOOP("Changed their own password")},
        {QStringLiteral("operator.change_role"), QT_TR_NOOP("Changed an operator's role")},
        {QStringLiteral("sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("sign_in.failed"), QT_TR_NOOP("Sign-in failed: wrong password")},
        {QStringLiteral("sign_in.refused_waiting"), QT_TR_NOOP("Sign-in refused: too many failures")},
        {QStringLiteral("sign_in.refused_disabled"), QT_TR_NOOP("Sign-in refused: account disabled")},
        {QStringLiteral("console.lock"), QT_TR_NOOP("Locked the console")},
        {QStringLiteral("console.unlock"), QT_TR_NOOP("Unlocked the console")},
        {QStringLiteral("backup.create"), QT_TR_NOOP("Made a backup")},
        {QStringLiteral("backup.restore"), QT_TR_NOOP("Restored a backup")},
    };
    const auto found = words.constFind(action);
    return found == words.constEnd() ? action : tr(found.value());
}

QString AuditWording::objectKind(const QString &objectKind)
{
    for (const Category &kind : objectKinds()) {
        if (kind.prefix == objectKind)
            return kind.name;
    }
    if (objectKind == QLatin1String("console"))
        return tr("Console");
    return objectKind;
}

QString AuditWording::object(const storage::AuditEntry &entry)
{
    if (entry.objectKind.isEmpty())
        return entry.objectId;
    if (entry.objectId.isEmpty())
        return objectKind(entry.objectKind);
    //: An object of the audit trail: "Terminal D96584729B906B39", "Employee 20"
    return tr("%1 %2").arg(objectKind(entry.objectKind), entry.objectId);
}

QString AuditWording::actorKind(const QString &actorKind)
{
    if (actorKind == QLatin1String("operator"))
        return tr("Operator");
    if (actorKind == QLatin1String("cli"))
        return tr("Command line");
    if (actorKind == QLatin1String("api"))
        return tr("API token");
    if (actorKind == QLatin1String("system"))
        return tr("Punchclock");
    if (actorKind == QLatin1String("terminal"))
        return tr("Terminal");
    return actorKind;
}

QString AuditWording::field(const QString &key)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("approval"), QT_TR_NOOP("Approval")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("pinned"), QT_TR_NOOP("Pinned")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("privilege"), QT_TR_NOOP("Privilege")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("io_time"), QT_TR_NOOP("Time")},
        {QStringLiteral("previous_time"), QT_TR_NOOP("Time before")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("punch"), QT_TR_NOOP("Punch")},
        {QStringLiteral("correction"), QT_TR_NOOP("Correction")},
        {QStringLiteral("cmd_code"), QT_TR_NOOP("Command")},
        {QStringLiteral("jobs"), QT_TR_NOOP("Jobs")},
        {QStringLiteral("terminal"), QT_TR_NOOP("Terminal")},
        {QStringLiteral("terminals"), QT_TR_NOOP("Terminals")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
    };
    const auto found = words.constFind(key);
    return found == words.constEnd() ? key : tr(found.value());
}

QString AuditWording::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << AuditWording::value(item);
        return items.join(QLatin1String(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString AuditWording::change(const storage::AuditEntry &entry)
{
    // Keys in the order the old value lists them, then those only the new one has.
    QStringList keys = entry.oldValue.keys();
    for (const QString &key : entry.newValue.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    QStringList parts;
    for (const QString &key : std::as_const(keys)) {
        const bool before = entry.oldValue.contains(key);
        const bool after = entry.newValue.contains(key);
        if (before && after && entry.oldValue.value(key) == entry.newValue.value(key))
            continue;
        if (before && after) {
            //: A changed field in the audit trail: "Approval: pending → approved"
            parts << tr("%1: %2 → %3").arg(field(key), value(entry.oldValue.value(key)), value(entry.newValue.value(key)));
        } else {
            parts << tr("%1: %2").arg(field(key), value((after ? entry.newValue : entry.oldValue).value(key)));
        }
    }
    return parts.join(QLatin1String("; "));
}

} // namespace punchclock::ui
