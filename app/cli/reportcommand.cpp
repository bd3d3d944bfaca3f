#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "pdfsupport.h"
#include "reportsupport.h"

#include "connection.h"
#include "reportbuilder.h"
#include "reportfile.h"
#include "reporttexts.h"

#include <cstring>

namespace punchclock::cli {

namespace {

using engine::reports::ReportError;
using engine::reports::ReportKind;

const QList<std::pair<const char *, ReportKind>> kinds{
    {"daily", ReportKind::Daily},
    {"monthly", ReportKind::Monthly},
    {"timecard", ReportKind::Timecard},
    {"exceptions", ReportKind::Exceptions},
};

bool isPdfReport(int argc, char *argv[])
{
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "report") == 0)
            report = true;
        if (report && ((std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0) ||
                       std::strcmp(argv[i], "--format=pdf") == 0))
            return true;
    }
    return false;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    if (isPdfReport(argc, argv)) {
        if (auto drawing = PdfSupport::createApplication(argc, argv))
            return drawing;
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runReport(CliContext &context, const QStringList &arguments)
{
    if (arguments.value(1) == QLatin1String("explain"))
        return runReportExplain(context, QStringList{arguments.first() + QStringLiteral(" explain")} + arguments.mid(2));
    if (arguments.value(1) == QLatin1String("payroll"))
        return runReportPayroll(context, QStringList{arguments.first() + QStringLiteral(" payroll")} + arguments.mid(2));
    if (arguments.value(1) == QLatin1String("payroll-profiles"))
        return runReportPayrollProfiles(
            context, QStringList{arguments.first() + QStringLiteral(" payroll-profiles")} + arguments.mid(2));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write an attendance report: daily, monthly (summary per employee), timecard or exceptions.\n"
        "A timecard is one employee's days: it needs --user, or --department for one timecard per\n"
        "employee of that department. Days after --as-of (default: today on the site's calendar) are\n"
        "not counted yet. 'punchclock report explain --help': one employee's day, rule by rule."));
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("daily, monthly, timecard or exceptions"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, inclusive."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, inclusive."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption department(QStringLiteral("department"), QStringLiteral("Only this department (name or id)."),
                                        QStringLiteral("D"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Only this employee."), QStringLiteral("USER_ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv, xlsx or pdf."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("The last day counted (default: today on the site's calendar)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption language = languageOption();
    parser.addOptions({from, to, department, user, format, output, asOf, language});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("report expects one kind: daily, monthly, timecard or exceptions"));
    engine::reports::ReportRequest request;
    bool knownKind = false;
    for (const auto &[name, kind] : kinds) {
        if (positional.first() == QLatin1String(name)) {
            request.kind = kind;
            knownKind = true;
        }
    }
    if (!knownKind)
        return context.usageError(
            QStringLiteral("unknown report '%1': daily, monthly, timecard or exceptions").arg(positional.first()));
    const QList<std::pair<const QCommandLineOption *, const char *>> required{
        {&from, "--from YYYY-MM-DD"}, {&to, "--to YYYY-MM-DD"}, {&format, "--format csv|xlsx|pdf"}, {&output, "-o FILE"}};
    for (const auto &[option, usage] : required) {
        if (!parser.isSet(*option))
            return context.usageError(QStringLiteral("report needs %1").arg(QLatin1String(usage)));
    }
    for (const auto &[option, date] : {std::pair{&from, &request.from}, std::pair{&to, &request.to}}) {
        *date = QDate::fromString(parser.value(*option), QStringLiteral("yyyy-MM-dd"));
        if (!date->isValid())
            return context.usageError(QStringLiteral("--%1 expects a date as YYYY-MM-DD, not '%2'")
                                          .arg(option->names().constFirst(), parser.value(*option)));
    }
    if (request.from > request.to)
        return context.usageError(QStringLiteral("--from %1 is after --to %2")
                                      .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    const qint64 days = request.from.daysTo(request.to) + 1;
    if (days > engine::reports::ReportBuilder::maximumDays)
        return context.usageError(QStringLiteral("a report covers at most %1 days; %2 to %3 is %4 days")
                                      .arg(engine::reports::ReportBuilder::maximumDays)
                                      .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                                      .arg(days));
    OptionReader options(parser);
    request.today = options.date(asOf).value_or(QDate());
    if (!options.ok())
        return context.usageError(options.problem());
    const auto fileFormat = ui::ReportFile::formatNamed(parser.value(format));
    if (!fileFormat)
        return context.usageError(QStringLiteral("--format must be csv, xlsx or pdf, not '%1'").arg(parser.value(format)));
    const ui::ReportFile::PdfWriter pdfWriter = PdfSupport::writer();
    if (*fileFormat == ui::ReportFile::Format::Pdf && !pdfWriter)
        return context.failure(QStringLiteral(
            "punchclock-server draws no PDF (that needs the console's graphics libraries): install the "
            "punchclock package and run 'punchclock report' with --format pdf, or choose --format csv or xlsx"));
    if (request.kind == ReportKind::Timecard && !parser.isSet(user) && !parser.isSet(department))
        return context.usageError(QStringLiteral(
            "timecard needs --user USER_ID, or --department D for one timecard per employee of that department"));
    if (!installReportLanguage(context, parser.value(language), &exitCode))
        return exitCode;

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    const QSqlDatabase db = connection->database();
    QStringList scope;
    if (!readReportScope(context, db, parser.value(department), parser.value(user), &request, &scope, &exitCode))
        return exitCode;

    ReportError error = ReportError::None;
    const auto table = engine::reports::ReportBuilder(db).build(request, &error);
    if (!table)
        return context.failure(reportErrorText(error));
    const engine::reports::ReportTexts texts = ui::ReportTexts::forTable(*table, scope.join(QStringLiteral(" · ")));
    const QString path = parser.value(output);
    QString writeError;
    if (!ui::ReportFile::write(*fileFormat, *table, texts, path, &writeError, pdfWriter))
        return context.failure(QStringLiteral("cannot write %1: %2").arg(path, writeError));
    context.err() << "punchclock: " << table->rows.size() << (table->rows.size() == 1 ? " row" : " rows")
                  << " written to " << path << Qt::endl;
    sayCountedTo(context, table->countedTo, table->from);
    return Success;
}

} // namespace punchclock::cli
