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
        {DayStatus::Holiday, QT_TR_NOOP("Holiday")},
        {DayStatus::Leave, QT_TR_NOOP("Leave")},
        {DayStatus::DayOff, QT_TR_NOOP("Day off")},
        {DayStatus::Absent, QT_TR_NOOP("Absent")},
        {DayStatus::Late, QT_TR_NOOP("Late")},
        {DayStatus::EarlyLeave, QT_TR_NOOP("Left early")},
        {DayStatus::MissingPunch, QT_TR_NOOP("Missing punch")},
        {DayStatus::Overtime, QT_TR_NOOP("Overtime")},
    };
    for (const auto &[status, word] : words) {
        if (engine::reports::dayStatusCode(status) == code)
            return tr(word);
    }
    return code;
}

QString ReportTexts::period(QDate from, QDate to)
{
    if (from == to)
        return from.toString(Qt::ISODate);
    //: A report's period: first and last day
    return tr("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
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
    texts.period = period(table.from, table.to);
    texts.scope = scope;
    for (const engine::reports::ReportColumn &column : table.columns)
        texts.headers.append(header(column.id));
    texts.totalsLabel = tr("Total");
    const QString now = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    //: %1 the date and time, %2 the program's version
    texts.generated = tr("Generated %1 by Punchclock %2").arg(now, QCoreApplication::applicationVersion());
    for (DayStatus status : {DayStatus::Holiday, DayStatus::Leave, DayStatus::DayOff, DayStatus::Absent,
                             DayStatus::Late, DayStatus::EarlyLeave, DayStatus::MissingPunch, DayStatus::Overtime}) {
        const QString code = engine::reports::dayStatusCode(status);
        texts.statusWords.insert(code, statusWord(code));
    }
    return texts;
}

} // namespace punchclock::ui
