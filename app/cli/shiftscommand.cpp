#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "rulelookups.h"
#include "rulemessages.h"

#include "permissionmessages.h"

#include "shiftadmin.h"

#include "attendancerepository.h"
#include "connection.h"
#include "reportbuilder.h"
#include "shiftrules.h"

#include <QJsonObject>

#include <algorithm>

namespace punchclock::cli {

namespace {

using storage::ShiftRounding;
using storage::ShiftRow;

const QList<std::pair<const char *, ShiftRounding>> roundings{
    {"none", ShiftRounding::None},
    {"down", ShiftRounding::Down},
    {"nearest", ShiftRounding::Nearest},
    {"up", ShiftRounding::Up},
};

QString roundingName(ShiftRounding rounding)
{
    for (const auto &[name, value] : roundings) {
        if (value == rounding)
            return QLatin1String(name);
    }
    return QStringLiteral("none");
}

QString hhmm(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

// The options that define a shift, for `add` and `change`.
struct ShiftOptions
{
    QCommandLineOption start{QStringLiteral("start"), QStringLiteral("Start, HH:MM."), QStringLiteral("HH:MM")};
    QCommandLineOption end{QStringLiteral("end"), QStringLiteral("End, HH:MM; at or before the start: the next day."),
                           QStringLiteral("HH:MM")};
    QCommandLineOption breakMinutes{QStringLiteral("break"), QStringLiteral("Break deducted, in minutes (default 0)."),
                                    QStringLiteral("MIN")};
    QCommandLineOption breakAfter{
        QStringLiteral("break-after"),
        QStringLiteral("Deduct the break only from days worked longer than this (default 0)."), QStringLiteral("MIN")};
    QCommandLineOption lateGrace{QStringLiteral("late-grace"),
                                 QStringLiteral("Minutes after the start that are not late (default 0)."),
                                 QStringLiteral("MIN")};
    QCommandLineOption earlyGrace{QStringLiteral("early-grace"),
                                  QStringLiteral("Minutes before the end that are not early leave (default 0)."),
                                  QStringLiteral("MIN")};
    QCommandLineOption rounding{QStringLiteral("rounding"),
                                QStringLiteral("Round the time worked: none (default), down, nearest or up."),
                                QStringLiteral("MODE")};
    QCommandLineOption roundingStep{QStringLiteral("rounding-step"),
                                    QStringLiteral("Rounding step in minutes, at least 2 when rounding."),
                                    QStringLiteral("MIN")};
    QCommandLineOption overtimeAfter{
        QStringLiteral("overtime-after"),
        QStringLiteral("Overtime counts once work exceeds the plan by this much (default %1).")
            .arg(ShiftRow::DefaultOvertimeThresholdMinutes),
        QStringLiteral("MIN")};
    QCommandLineOption dayChange{QStringLiteral("day-change"),
                                 QStringLiteral("Punches of the next day before this time belong to this shift's day "
                                                "(default 00:00; a night shift needs one between its end and start)."),
                                 QStringLiteral("HH:MM")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({start, end, breakMinutes, breakAfter, lateGrace, earlyGrace, rounding, roundingStep,
                           overtimeAfter, dayChange});
    }

    // Sets what was given; returns whether anything was.
    bool apply(const QCommandLineParser &parser, OptionReader &reader, ShiftRow *shift) const
    {
        bool given = false;
        for (const auto &[option, time] : {std::pair{&start, &shift->start}, std::pair{&end, &shift->end},
                                           std::pair{&dayChange, &shift->dayChange}}) {
            if (const auto value = reader.time(*option)) {
                *time = *value;
                given = true;
            }
        }
        for (const auto &[option, minutes] :
             {std::pair{&breakMinutes, &shift->breakMinutes}, std::pair{&breakAfter, &shift->breakAfterMinutes},
              std::pair{&lateGrace, &shift->lateGraceMinutes}, std::pair{&earlyGrace, &shift->earlyLeaveGraceMinutes},
              std::pair{&roundingStep, &shift->roundingMinutes},
              std::pair{&overtimeAfter, &shift->overtimeThresholdMinutes}}) {
            if (const auto value = reader.minutes(*option)) {
                *minutes = *value;
                given = true;
            }
        }
        if (parser.isSet(rounding)) {
            given = true;
            const auto known = std::find_if(roundings.cbegin(), roundings.cend(), [&](const auto &entry) {
                return parser.value(rounding) == QLatin1String(entry.first);
            });
            if (known == roundings.cend())
                reader.fail(QStringLiteral("--rounding must be none, down, nearest or up, not '%1'")
                                .arg(parser.value(rounding)));
            else
                shift->rounding = known->second;
        }
        return given;
    }

    // The shift rule's first objection, naming the option to fix; empty when there is none.
    QString problem(const ShiftRow &shift) const
    {
        using engine::attendance::ShiftField;
        const QList<engine::attendance::ShiftProblem> problems = engine::attendance::shiftProblems(shift);
        if (problems.isEmpty())
            return {};
        const engine::attendance::ShiftProblem &first = problems.first();
        const QCommandLineOption *option = nullptr;
        switch (first.field) {
        case ShiftField::Name: return describe(first.error);
        case ShiftField::Start: option = &start; break;
        case ShiftField::End: option = &end; break;
        case ShiftField::LateGrace: option = &lateGrace; break;
        case ShiftField::EarlyLeaveGrace: option = &earlyGrace; break;
        case ShiftField::Break: option = &breakMinutes; break;
        case ShiftField::BreakAfter: option = &breakAfter; break;
        case ShiftField::Rounding: option = &roundingStep; break;
        case ShiftField::OvertimeThreshold: option = &overtimeAfter; break;
        case ShiftField::DayChange: option = &dayChange; break;
        }
        return QStringLiteral("--%1: %2").arg(option->names().constFirst(), describe(first.error));
    }
};

QJsonObject toJson(const ShiftRow &shift)
{
    return QJsonObject{
        {QStringLiteral("id"), shift.id},
        {QStringLiteral("name"), shift.name},
        {QStringLiteral("start"), hhmm(shift.start)},
        {QStringLiteral("end"), hhmm(shift.end)},
        {QStringLiteral("break_min"), shift.breakMinutes},
        {QStringLiteral("break_after_min"), shift.breakAfterMinutes},
        {QStringLiteral("late_grace_min"), shift.lateGraceMinutes},
        {QStringLiteral("early_grace_min"), shift.earlyLeaveGraceMinutes},
        {QStringLiteral("rounding"), roundingName(shift.rounding)},
        {QStringLiteral("rounding_step_min"), shift.roundingMinutes},
        {QStringLiteral("overtime_after_min"), shift.overtimeThresholdMinutes},
        {QStringLiteral("day_change"), hhmm(shift.dayChange)},
        {QStringLiteral("from"),
         shift.effectiveFrom.isValid() ? QJsonValue(shift.effectiveFrom.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("changed_by"), shift.changedBy},
    };
}

const QStringList definitionHeaders{QStringLiteral("START"),      QStringLiteral("END"),
                                    QStringLiteral("BREAK"),      QStringLiteral("BREAK_AFTER"),
                                    QStringLiteral("LATE_GRACE"), QStringLiteral("EARLY_GRACE"),
                                    QStringLiteral("ROUNDING"),   QStringLiteral("OVERTIME_AFTER"),
                                    QStringLiteral("DAY_CHANGE")};

QStringList definitionCells(const ShiftRow &shift)
{
    const QString rounding = shift.rounding == ShiftRounding::None
                                 ? roundingName(shift.rounding)
                                 : QStringLiteral("%1/%2").arg(roundingName(shift.rounding)).arg(shift.roundingMinutes);
    return {hhmm(shift.start),
            hhmm(shift.end),
            QString::number(shift.breakMinutes),
            QString::number(shift.breakAfterMinutes),
            QString::number(shift.lateGraceMinutes),
            QString::number(shift.earlyLeaveGraceMinutes),
            rounding,
            QString::number(shift.overtimeThresholdMinutes),
            hhmm(shift.dayChange)};
}

// Prints definitions as a table (`nameColumn`: the shift's name first) or as JSON.
void printShifts(CliContext &context, const QList<ShiftRow> &shifts, bool json, bool nameColumn)
{
    QJsonArray items;
    QList<QStringList> rows;
    for (const ShiftRow &shift : shifts) {
        items.append(toJson(shift));
        const QStringList cells = definitionCells(shift) << fromText(shift.effectiveFrom) << shift.changedBy;
        rows << (nameColumn ? QStringList{shift.name} + cells : cells);
    }
    const QStringList headers = definitionHeaders + QStringList{QStringLiteral("FROM"), QStringLiteral("CHANGED_BY")};
    printListing(context.out(), json, items, nameColumn ? QStringList{QStringLiteral("NAME")} + headers : headers,
                 rows);
}

int listShifts(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shifts, each with its definition in force from FROM on (start: from the start).\n"
                       "  shifts [list] [--json]\n"
                       "  shifts add NAME --start HH:MM --end HH:MM [options]\n"
                       "  shifts change NAME [--name NEW] [options] [--from YYYY-MM-DD|start]\n"
                       "  shifts remove NAME\n"
                       "  shifts history NAME [--json]\n"
                       "'punchclock shifts add --help' lists the options of a shift."));
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    printShifts(context, storage::AttendanceRepository(connection->database()).shifts(), parser.isSet(jsonOption()),
                true);
    return Success;
}

int addShift(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add a shift, in force from the start."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The shift's name."));
    const ShiftOptions options;
    options.addTo(parser);
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use 'shifts add NAME --start HH:MM --end HH:MM [options]'"));
    if (!parser.isSet(options.start) || !parser.isSet(options.end))
        return context.usageError(QStringLiteral("a shift needs --start HH:MM and --end HH:MM"));
    ShiftRow shift;
    shift.name = parser.positionalArguments().first().trimmed();
    OptionReader reader(parser);
    options.apply(parser, reader, &shift);
    if (!reader.ok())
        return context.usageError(reader.problem());
    if (const QString problem = options.problem(shift); !problem.isEmpty())
        return context.usageError(problem);

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    const services::Outcome outcome = services::ShiftAdmin(connection->database()).add(*actor, shift);
    if (!outcome.ok())
        return refusedFrom(context, connection->database(), outcome);
    context.out() << "Shift " << shift.name << " added: " << hhmm(shift.start) << "–" << hhmm(shift.end) << "."
                  << Qt::endl;
    return Success;
}

int changeShift(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Change a shift from a day on: only the options given change, the others keep the shift's latest\n"
        "definition. Days before --from keep the definition they had; every definition from --from on is\n"
        "replaced. --name renames the shift everywhere."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The shift to change."));
    const ShiftOptions options;
    options.addTo(parser);
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("A new name."), QStringLiteral("NEW"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First day of the change, or 'start' (default: today on the site's "
                                                 "calendar)."),
                                  QStringLiteral("YYYY-MM-DD|start"));
    parser.addOptions({name, from});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use 'shifts change NAME [options] [--from YYYY-MM-DD|start]'"));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    const QString shiftName = parser.positionalArguments().first();
    std::optional<ShiftRow> shift = findShift(db, shiftName);
    if (!shift)
        return context.usageError(unknownShift(shiftName));
    OptionReader reader(parser);
    const bool definitionGiven = options.apply(parser, reader, &*shift);
    if (parser.isSet(name))
        shift->name = parser.value(name).trimmed();
    const QDate fromDay = reader.from(from, engine::reports::ReportBuilder(db).siteToday());
    if (!reader.ok())
        return context.usageError(reader.problem());
    if (const QString problem = options.problem(*shift); !problem.isEmpty())
        return context.usageError(problem);
    if (!definitionGiven && !parser.isSet(name))
        return context.usageError(QStringLiteral("nothing to change: give --name or an option of the shift (see "
                                                 "'punchclock shifts change --help')"));
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    services::ShiftAdmin shifts(db);
    if (!definitionGiven) {
        // A new name alone changes no result: no date, and closed periods allow it.
        const services::Outcome renamed = shifts.rename(*actor, shift->id, shift->name);
        if (renamed.status == services::Outcome::Status::Refused)
            return context.usageError(describe(renamed.error<storage::AttendanceError>()));
        if (!renamed.ok())
            return failed(context, renamed);
        context.out() << "Shift " << shiftName << " is now " << shift->name << "." << Qt::endl;
        return Success;
    }
    const services::Outcome changed = shifts.change(*actor, *shift, fromDay);
    if (!changed.ok())
        return refusedFrom(context, db, changed);
    context.out() << "Shift " << shift->name << " from " << fromText(fromDay) << ": " << hhmm(shift->start) << "–"
                  << hhmm(shift->end) << "." << Qt::endl;
    return Success;
}

// `shifts remove NAME` and `shifts history NAME`: one shift by name.
int withOneShift(CliContext &context, const QStringList &arguments, const QString &description, bool json,
                 int (*action)(CliContext &, const QSqlDatabase &, const ShiftRow &, bool json))
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The shift."));
    if (json)
        parser.addOption(jsonOption());
    int exitCode = Success;
    const auto connection = openForOne(context, parser, arguments, QStringLiteral("NAME"), &exitCode);
    if (!connection)
        return exitCode;
    const QString name = parser.positionalArguments().first();
    const std::optional<ShiftRow> shift = findShift(connection->database(), name);
    if (!shift)
        return context.usageError(unknownShift(name));
    return action(context, connection->database(), *shift, json && parser.isSet(jsonOption()));
}

int removeNamedShift(CliContext &context, const QSqlDatabase &db, const ShiftRow &shift, bool)
{
    int exitCode = Success;
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    const services::Outcome outcome = services::ShiftAdmin(db).remove(*actor, shift.id);
    if (!outcome.ok())
        return refusedFrom(context, db, outcome);
    context.out() << "Shift " << shift.name << " removed." << Qt::endl;
    return Success;
}

int printShiftHistory(CliContext &context, const QSqlDatabase &db, const ShiftRow &shift, bool json)
{
    printShifts(context, storage::AttendanceRepository(db).shiftHistory(shift.id), json, false);
    return Success;
}

int removeShift(CliContext &context, const QStringList &arguments)
{
    return withOneShift(context, arguments,
                        QStringLiteral("Remove a shift that no schedule plans, now or in the past."), false,
                        removeNamedShift);
}

int shiftHistory(CliContext &context, const QStringList &arguments)
{
    return withOneShift(context, arguments, QStringLiteral("Every definition of a shift, by the day it applies from."),
                        true, printShiftHistory);
}

} // namespace

int runShifts(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments,
                     {{"list", listShifts},
                      {"add", addShift},
                      {"change", changeShift},
                      {"remove", removeShift},
                      {"history", shiftHistory}});
}

} // namespace punchclock::cli
