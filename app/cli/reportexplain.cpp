#include "explaincodes.h"
#include "optionreader.h"
#include "output.h"
#include "reportsupport.h"
#include "rulelookups.h"

#include "attendancereader.h"
#include "connection.h"
#include "daystatus.h"
#include "figureexplanation.h"
#include "punchexplanationtext.h"
#include "reportbuilder.h"
#include "reporttexts.h"
#include "walltime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace punchclock::cli {

namespace {

using engine::attendance::DayResult;
using engine::attendance::FigureReason;
using engine::attendance::PunchExplanation;

// What was planned for the day: a code and the words the reports use for it.
std::pair<QString, QString> plan(const DayResult &day)
{
    using ui::ReportTexts;
    if (day.holiday)
        return {QStringLiteral("holiday"), ReportTexts::statusWord(QStringLiteral("holiday"))};
    if (day.leave) {
        const QString leave = ReportTexts::statusWord(QStringLiteral("leave"));
        return {QStringLiteral("leave"),
                day.leaveKind.isEmpty() ? leave : leave + QStringLiteral(": ") + day.leaveKind};
    }
    if (day.noSchedule)
        return {QStringLiteral("no_schedule"), ReportTexts::statusWord(QStringLiteral("no_schedule"))};
    if (day.dayOff)
        return {QStringLiteral("day_off"), ReportTexts::statusWord(QStringLiteral("day_off"))};
    return {QStringLiteral("shift"),
            ReportTexts::header(engine::reports::ColumnId::Shift) + QStringLiteral(": ") + day.shiftName};
}

QStringList statusCodes(const DayResult &day)
{
    QStringList codes;
    for (const engine::reports::DayStatus status : engine::reports::dayStatuses(day))
        codes << engine::reports::dayStatusCode(status);
    return codes;
}

QJsonValue wallJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(protocol::walltime::toStorage(time)) : QJsonValue();
}

QJsonObject punchJson(const PunchExplanation &punch)
{
    return QJsonObject{
        {QStringLiteral("id"), punch.punch.id},
        {QStringLiteral("time"), wallJson(punch.punch.time)},
        {QStringLiteral("direction"), protocol::directionName(punch.punch.direction)},
        {QStringLiteral("source"), sourceCode(punch.punch.source)},
        {QStringLiteral("working_date"), punch.workingDate.toString(Qt::ISODate)},
        {QStringLiteral("assignment"), assignmentCode(punch.assignment)},
        {QStringLiteral("why"), ui::PunchExplanationText::assignment(punch)},
        {QStringLiteral("status"), punchStatusCode(punch.status)},
        {QStringLiteral("role"), roleCode(punch.role)},
        {QStringLiteral("role_reason"), roleReasonCode(punch.roleReason)},
        {QStringLiteral("counted_as"), ui::PunchExplanationText::outcome(punch)},
        {QStringLiteral("duplicate_of"), punch.duplicateOf != 0 ? QJsonValue(punch.duplicateOf) : QJsonValue()},
    };
}

QJsonObject dayJson(const QString &name, const DayResult &day)
{
    const auto [planCode, planWords] = plan(day);
    QJsonArray figures;
    for (const FigureReason &reason : day.reasons)
        figures.append(QJsonObject{{QStringLiteral("figure"), figureCode(reason.figure)},
                                   {QStringLiteral("rule"), ruleCode(reason.rule)},
                                   {QStringLiteral("minutes"), reason.minutes},
                                   {QStringLiteral("detail"), reason.detail},
                                   {QStringLiteral("text"), ui::FigureExplanation::reasonText(reason)}});
    QJsonArray punches;
    for (const PunchExplanation &punch : day.punches)
        punches.append(punchJson(punch));
    return QJsonObject{
        {QStringLiteral("user_id"), day.userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
        {QStringLiteral("plan"), planCode},
        {QStringLiteral("plan_text"), planWords},
        {QStringLiteral("shift"), day.shiftName},
        {QStringLiteral("leave_kind"), day.leaveKind},
        {QStringLiteral("future"), day.future},
        {QStringLiteral("status"), QJsonArray::fromStringList(statusCodes(day))},
        {QStringLiteral("first_in"), wallJson(day.firstIn)},
        {QStringLiteral("last_out"), wallJson(day.lastOut)},
        {QStringLiteral("expected_min"), day.expectedMinutes},
        {QStringLiteral("worked_min"), day.workedMinutes},
        {QStringLiteral("break_min"), day.breakMinutes},
        {QStringLiteral("punched_break_min"), day.punchedBreakMinutes},
        {QStringLiteral("late_min"), day.lateMinutes},
        {QStringLiteral("early_leave_min"), day.earlyLeaveMinutes},
        {QStringLiteral("overtime_min"), day.overtimeMinutes},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("explanation"), QJsonArray::fromStringList(ui::FigureExplanation::lines(day))},
        {QStringLiteral("punches"), punches},
    };
}

void printDay(QTextStream &out, const QString &name, const DayResult &day)
{
    QStringList words;
    for (const QString &code : statusCodes(day))
        words << ui::ReportTexts::statusWord(code);
    out << ui::ReportTexts::employeeScope(day.userId, name) << " · " << day.date.toString(Qt::ISODate) << " ("
        << QLocale().dayName(day.date.dayOfWeek(), QLocale::ShortFormat) << ")\n"
        << plan(day).second << '\n';
    if (!words.isEmpty())
        out << ui::ReportTexts::header(engine::reports::ColumnId::Status) << ": " << words.join(QLatin1String(", "))
            << '\n';
    for (const QString &line : ui::FigureExplanation::lines(day))
        out << line << '\n';
    out << '\n';
    if (day.punches.isEmpty()) {
        out << "No punches on this working day." << Qt::endl;
        return;
    }
    QList<QStringList> rows;
    for (const PunchExplanation &punch : day.punches)
        rows << QStringList{
            protocol::walltime::toStorage(punch.punch.time), protocol::directionName(punch.punch.direction),
            punch.workingDate.toString(Qt::ISODate),         ui::PunchExplanationText::assignment(punch),
            ui::PunchExplanationText::outcome(punch),        sourceCode(punch.punch.source)};
    printTable(out,
               {QStringLiteral("TIME"), QStringLiteral("DIRECTION"), QStringLiteral("WORKING_DAY"),
                QStringLiteral("WHY"), QStringLiteral("COUNTED_AS"), QStringLiteral("SOURCE")},
               rows);
}

} // namespace

int runReportExplain(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Explain one employee's working day as the console's Explain does: the plan, each figure with the\n"
        "rule that produced it, and every punch considered, with the working day it counted for, why, and\n"
        "what it counted as."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The employee."), QStringLiteral("USER_ID"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The working day."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("The day counted up to (default: today on the site's calendar)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption language = languageOption();
    parser.addOptions({user, date, asOf, jsonOption(), language});
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(user))
        return context.usageError(QStringLiteral("report explain needs --user USER_ID"));
    OptionReader reader(parser);
    const QDate day = reader.requiredDate(date);
    const QDate today = reader.date(asOf).value_or(QDate());
    if (!reader.ok())
        return context.usageError(reader.problem());
    if (!installReportLanguage(context, parser.value(language), &exitCode))
        return exitCode;

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    const QString userId = parser.value(user);
    if (!userKnown(db, userId))
        return context.usageError(unknownUser(userId));
    const auto employees = storage::AttendanceReader(db).employees(std::nullopt, userId);
    if (!employees)
        return context.failure(reportErrorText(engine::reports::ReportError::Storage));
    engine::reports::ReportError error = engine::reports::ReportError::None;
    const auto result = engine::reports::ReportBuilder(db).explain(userId, day, &error, today);
    if (!result)
        return context.failure(reportErrorText(error));
    // An id only in punches, as the reports show it: without a name.
    const QString name = employees->isEmpty() ? QString() : employees->first().name;
    if (parser.isSet(jsonOption())) {
        context.out() << QJsonDocument(dayJson(name, *result)).toJson(QJsonDocument::Indented);
        context.out().flush();
    } else {
        printDay(context.out(), name, *result);
    }
    return Success;
}

} // namespace punchclock::cli
