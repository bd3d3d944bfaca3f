#include "commands.h"
#include "output.h"

#include "connection.h"
#include "csvreportwriter.h"
#include "departmentrepository.h"
#include "pdfreportwriter.h"
#include "reportbuilder.h"
#include "reporttexts.h"
#include "xlsxreportwriter.h"

#include <QGuiApplication>

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

QString reportErrorText(ReportError error)
{
    switch (error) {
    case ReportError::None: break;
    case ReportError::InvalidPeriod: return QStringLiteral("--from is after --to");
    case ReportError::PeriodTooLong:
        return QStringLiteral("a report covers at most %1 days").arg(engine::reports::ReportBuilder::maximumDays);
    case ReportError::UnknownDepartment: return QStringLiteral("unknown department");
    case ReportError::UnknownUser: return QStringLiteral("unknown user: neither in the user list nor in any punch");
    case ReportError::Storage: return QStringLiteral("the database could not be read");
    }
    return {};
}

// A department by id or by name; nullopt with a message when there is none.
std::optional<qint64> findDepartment(const QSqlDatabase &db, const QString &text, QString *scope)
{
    const QList<storage::DepartmentRow> departments = storage::DepartmentRepository(db).list();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    for (const storage::DepartmentRow &department : departments) {
        if ((numeric && department.id == id) || department.name.compare(text, Qt::CaseInsensitive) == 0) {
            *scope = ui::ReportTexts::departmentScope(department.name);
            return department.id;
        }
    }
    return std::nullopt;
}

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
    if (!isPdfReport(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Drawing a PDF needs a QGuiApplication; on a server there is no display to give it one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runReport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write an attendance report: daily, monthly (summary per employee), timecard or exceptions."));
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("daily, monthly, timecard or exceptions"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day, inclusive."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day, inclusive."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption department(QStringLiteral("department"), QStringLiteral("Only this department (name or id)."),
                                        QStringLiteral("D"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Only this employee."), QStringLiteral("USER_ID"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv, xlsx or pdf."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write."), QStringLiteral("FILE"));
    parser.addOptions({from, to, department, user, format, output});
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
        return context.usageError(QStringLiteral("unknown report '%1'").arg(positional.first()));
    for (const QCommandLineOption &required : {from, to, format, output}) {
        if (!parser.isSet(required))
            return context.usageError(QStringLiteral("report needs --%1").arg(required.names().constLast()));
    }
    request.from = QDate::fromString(parser.value(from), Qt::ISODate);
    request.to = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!request.from.isValid() || !request.to.isValid())
        return context.usageError(QStringLiteral("--from and --to expect YYYY-MM-DD"));
    if (request.from > request.to)
        return context.usageError(QStringLiteral("--from is after --to"));
    const QString fileFormat = parser.value(format);
    if (fileFormat != QLatin1String("csv") && fileFormat != QLatin1String("xlsx") && fileFormat != QLatin1String("pdf"))
        return context.usageError(QStringLiteral("--format must be csv, xlsx or pdf, not '%1'").arg(fileFormat));
    request.userId = parser.value(user);

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    QString scope;
    if (parser.isSet(department)) {
        request.departmentId = findDepartment(connection->database(), parser.value(department), &scope);
        if (!request.departmentId)
            return context.failure(QStringLiteral("unknown department '%1'").arg(parser.value(department)));
    }
    if (!request.userId.isEmpty() && scope.isEmpty())
        scope = ui::ReportTexts::employeeScope(request.userId);

    ReportError error = ReportError::None;
    const auto table = engine::reports::ReportBuilder(connection->database()).build(request, &error);
    if (!table)
        return error == ReportError::PeriodTooLong ? context.usageError(reportErrorText(error))
                                                   : context.failure(reportErrorText(error));
    const engine::reports::ReportTexts texts = ui::ReportTexts::forTable(*table, scope);
    const QString path = parser.value(output);
    QString writeError;
    bool written = false;
    if (fileFormat == QLatin1String("csv"))
        written = engine::reports::CsvReportWriter::write(*table, texts, path, &writeError);
    else if (fileFormat == QLatin1String("xlsx"))
        written = engine::reports::writeXlsx(*table, texts, path, &writeError);
    else
        written = ui::writePdf(*table, texts, path, &writeError);
    if (!written)
        return context.failure(QStringLiteral("cannot write %1: %2").arg(path, writeError));
    context.err() << "punchclock: " << table->rows.size() << " rows written to " << path << Qt::endl;
    return Success;
}

} // namespace punchclock::cli
