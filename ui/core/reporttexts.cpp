#include "reporttexts.h"

#include "daystatus.h"

#include <QLocale>

namespace punchclock::ui {

using engine::reports::ColumnId;
using engine::reports::DayStatus;
using engine::reports::ReportKind;

QString ReportTexts::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Daily: return tr("Daily attendance");
    case ReportKind::Monthly: return tr("Monthly summary");
    case ReportKind::Timecard: return tr("Timecard");
    case ReportKind::Exceptions: return tr("Exceptions");
    }
    return {};
}

QString ReportTexts::header(ColumnId column)
{
    switch (column) {
    case ColumnId::UserId: return tr("User ID");
    case ColumnId::Name: return tr("Name");
    case ColumnId::Department: return tr("Department");
    case ColumnId::Date: return tr("Date");
    case ColumnId::Weekday: return tr("Weekday");
    case ColumnId::Shift: return tr("Shift");
    case ColumnId::FirstIn: return tr("First in");
    case ColumnId::LastOut: return tr("Last out");
    case ColumnId::Punches: return tr("Punches");
    case ColumnId::Worked: return tr("Worked");
    case ColumnId::Expected: return tr("Expected");
    case ColumnId::Late: return tr("Late");
    case ColumnId::EarlyLeave: return tr("Early leave");
    case ColumnId::Overtime: return tr("Overtime");
    case ColumnId::Break: return tr("Break");
    case ColumnId::DaysWorked: return tr("Days worked");
    case ColumnId::DaysAbsent: return tr("Days absent");
    case ColumnId::LateCount: return tr("Times late");
    case ColumnId::EarlyLeaveCount: return tr("Times left early");
    case ColumnId::MissingPunchCount: return tr("Missing punches");
    case ColumnId::Status: return tr("Status");
    case ColumnId::Remark: return tr("Remark");
    }
    return {};
}

QString ReportTexts::statusWord(const QString &code)
{
    static const QList<std::pair<DayStatus, const char *>> words{
        {DayStatus::Present, QT_TR_NOOP("Present")},
        {DayStatus::Holiday, QT_TR_NOOP("Holiday")},
        {DayStatus::Leave, QT_TR_NOOP("Leave")},
        {DayStatus::DayOff, QT_TR_NOOP("Day off")},
        {DayStatus::Absent, QT_TR_NOOP("Absent")},
        {DayStatus::Late, QT_TR_NOOP("Late")},
        {DayStatus::EarlyLeave, QT_TR_NOOP("Left early")},
        {DayStatus::MissingArrival, QT_TR_NOOP("Missing arrival")},
        {DayStatus::MissingDeparture, QT_TR_NOOP("Missing departure")},
        {DayStatus::MissingPunch, QT_TR_NOOP("Missing punch")},
        {DayStatus::Overtime, QT_TR_NOOP("Overtime")},
        {DayStatus::NoSchedule, QT_TR_NOOP("No schedule")},
    };
    for (const auto &[status, word] : words) {
        if (engine::reports::dayStatusCode(status) == code)
            return tr(word);
    }
    return code;
}

QString ReportTexts::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Two-digit years ("3/2/26") are ambiguous on a document that is kept for years.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString ReportTexts::date(QDate date)
{
    return QLocale().toString(date, dateFormat());
}

QString ReportTexts::period(QDate from, QDate to, QDate countedTo)
{
    //: A report's period: first and last day
    QString text = from == to ? date(from) : tr("%1 – %2").arg(date(from), date(to));
    if (countedTo.isValid()) {
        //: The period runs past today: %1 the period, %2 the last day counted
        text = countedTo < from ? tr("%1 (nothing counted yet)").arg(text)
                                : tr("%1 (to date: %2)").arg(text, date(countedTo));
    }
    return text;
}

QStringList ReportTexts::notes(const engine::reports::ReportTable &table)
{
    QStringList notes;
    if (table.withoutSchedule.isEmpty())
        return notes;
    constexpr int namesShown = 8;
    QStringList names;
    for (const auto &[userId, name] : table.withoutSchedule) {
        if (names.size() == namesShown)
            break;
        names.append(name.isEmpty() ? userId : QStringLiteral("%1 %2").arg(userId, name));
    }
    QString who = names.join(QLatin1String(", "));
    const int more = int(table.withoutSchedule.size()) - int(names.size());
    if (more > 0)
        who = tr("%1 and %n more", nullptr, more).arg(who);
    notes.append(tr("No schedule on some days: %1. Nothing is expected of them then, so no absence, lateness or "
                    "overtime; their hours are counted. Set a schedule under Rules.")
                     .arg(who));
    return notes;
}

QString ReportTexts::departmentScope(const QString &name)
{
    return tr("Department: %1").arg(name);
}

QString ReportTexts::employeeScope(const QString &userId, const QString &name)
{
    if (name.isEmpty())
        return tr("Employee: %1").arg(userId);
    //: %1 the user ID, %2 the name
    return tr("Employee: %1 %2").arg(userId, name);
}

engine::reports::ReportTexts ReportTexts::forTable(const engine::reports::ReportTable &table, const QString &scope)
{
    engine::reports::ReportTexts texts;
    texts.title = title(table.kind);
    texts.period = period(table.from, table.to, table.countedTo);
    texts.notes = notes(table);
    texts.dateFormat = dateFormat();
    texts.scope = scope;
    for (const engine::reports::ReportColumn &column : table.columns)
        texts.headers.append(header(column.id));
    texts.totalsLabel = tr("Total");
    const QString now = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    //: %1 the date and time, %2 the program's version
    texts.generated = tr("Generated %1 by Punchclock %2").arg(now, QCoreApplication::applicationVersion());
    for (DayStatus status : engine::reports::allDayStatuses()) {
        const QString code = engine::reports::dayStatusCode(status);
        texts.statusWords.insert(code, statusWord(code));
    }
    return texts;
}

} // namespace punchclock::ui
