#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "payrollmessages.h"
#include "reportsupport.h"

#include "connection.h"
#include "payrollexport.h"
#include "payrollprofilelist.h"
#include "payrollwriter.h"
#include "reportbuilder.h"

namespace punchclock::cli {

namespace {

using engine::reports::PayrollWriter;

std::optional<PayrollWriter::Format> payrollFormat(const QString &name)
{
    if (name == QLatin1String("csv"))
        return PayrollWriter::Format::Csv;
    if (name == QLatin1String("xlsx"))
        return PayrollWriter::Format::Xlsx;
    return std::nullopt;
}

} // namespace

int runReportPayroll(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a payroll export: one row per employee for the period, laid out as a payroll profile says\n"
        "(columns, headers, hours, dates, delimiter). 'punchclock report payroll-profiles' lists the\n"
        "profiles and saves new ones; docs/payroll.md says what each column counts."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, inclusive."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, inclusive."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QStringLiteral("The payroll profile (default: default)."),
                                           QStringLiteral("NAME"), QStringLiteral("default"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        QStringLiteral("Only this department (name or id)."), QStringLiteral("D"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Only this employee."),
                                  QStringLiteral("USER_ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or xlsx."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("The last day counted (default: today on the site's calendar)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({from, to, profileOption, department, user, format, output, asOf});
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;

    for (const auto &[option, usage] : {std::pair{&format, "--format csv|xlsx"}, std::pair{&output, "--output FILE"}}) {
        if (!parser.isSet(*option))
            return context.usageError(QStringLiteral("report payroll needs %1").arg(QLatin1String(usage)));
    }
    engine::reports::ReportRequest request;
    OptionReader options(parser);
    options.range(from, to, &request.from, &request.to);
    request.today = options.date(asOf).value_or(QDate());
    if (!options.ok())
        return context.usageError(options.problem());
    const qint64 days = request.from.daysTo(request.to) + 1;
    if (days > engine::reports::ReportBuilder::maximumDays)
        return context.usageError(QStringLiteral("a payroll export covers at most %1 days; %2 to %3 is %4 days")
                                      .arg(engine::reports::ReportBuilder::maximumDays)
                                      .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                                      .arg(days));
    const auto fileFormat = payrollFormat(parser.value(format));
    if (!fileFormat)
        return context.usageError(QStringLiteral("--format must be csv or xlsx, not '%1'").arg(parser.value(format)));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    const engine::reports::PayrollProfileList profiles =
        engine::reports::PayrollProfileList::read(storage::SettingsRepository(db));
    const QString profileName = parser.value(profileOption);
    const auto profile = profiles.find(profileName);
    if (!profile) {
        const engine::reports::PayrollProfileProblem problem = profiles.problemOf(profileName);
        if (problem.error == engine::reports::PayrollProfileError::UnknownProfile)
            return context.usageError(describePayrollProblem(problem));
        return context.failure(QStringLiteral("payroll profile '%1' cannot be used: %2")
                                   .arg(profileName, describePayrollProblem(problem)));
    }
    QStringList scope;
    if (!readReportScope(context, db, parser.value(department), parser.value(user), &request, &scope, &exitCode))
        return exitCode;

    engine::reports::ReportError error = engine::reports::ReportError::None;
    const auto table = engine::reports::PayrollExport::build(db, request, *profile, &error);
    if (!table)
        return context.failure(reportErrorText(error));
    const QString path = parser.value(output);
    QString writeError;
    if (!PayrollWriter::write(*fileFormat, *table, path, &writeError))
        return context.failure(QStringLiteral("cannot write %1: %2").arg(path, writeError));
    context.err() << "punchclock: " << table->rows.size() << (table->rows.size() == 1 ? " employee" : " employees")
                  << " written to " << path << " with the profile " << profile->name << Qt::endl;
    sayCountedTo(context, table->countedTo, table->from);
    return Success;
}

} // namespace punchclock::cli
