#include "commandactions.h"
#include "commands.h"
#include "optionreader.h"
#include "output.h"
#include "payrollmessages.h"
#include "permissionmessages.h"

#include "payrollprofiles.h"

#include "connection.h"
#include "payrollprofilelist.h"
#include "settingsrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace punchclock::cli {

namespace {

using engine::reports::HoursFormat;
using engine::reports::PayrollProfile;
using engine::reports::PayrollProfileError;
using engine::reports::PayrollProfileList;
using engine::reports::PayrollProfileProblem;

PayrollProfileList readProfiles(const QSqlDatabase &db)
{
    return PayrollProfileList::read(storage::SettingsRepository(db));
}

// Saved entries that cannot be used, and a stored list that cannot be read, on standard error:
// the listing goes on with what can be.
void warnAboutBroken(CliContext &context, const PayrollProfileList &profiles)
{
    if (!profiles.storedProblem().ok())
        context.err() << "punchclock: " << describePayrollProblem(profiles.storedProblem()) << Qt::endl;
    for (const PayrollProfileList::Broken &broken : profiles.broken())
        context.err() << "punchclock: saved profile '" << broken.name
                      << "' cannot be used: " << describePayrollProblem(broken.problem) << Qt::endl;
}

QString hoursText(const PayrollProfile &profile)
{
    if (profile.hoursFormat == HoursFormat::HoursMinutes)
        return QStringLiteral("h:mm");
    return QStringLiteral("decimal, %1 places, '%2'").arg(profile.decimalPlaces).arg(profile.decimalSeparator);
}

int listProfiles(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The payroll profiles: the shipped ones (default, hours-as-decimal), then those saved.\n"
        "  report payroll-profiles [list] [--json]\n"
        "  report payroll-profiles show NAME [--json]\n"
        "  report payroll-profiles save NAME [--file FILE | --like PROFILE] [--column KEY[:KIND][=HEADER]]... [...]\n"
        "  report payroll-profiles remove NAME"));
    int exitCode = Success;
    const auto connection = openListing(context, parser, arguments, &exitCode);
    if (!connection)
        return exitCode;
    const PayrollProfileList profiles = readProfiles(connection->database());
    warnAboutBroken(context, profiles);
    QJsonArray items;
    QList<QStringList> rows;
    for (const PayrollProfile &profile : profiles.profiles()) {
        const bool shipped = engine::reports::isShippedPayrollProfile(profile.name);
        QJsonObject item = profile.toJson();
        item.insert(QStringLiteral("shipped"), shipped);
        items.append(item);
        rows << QStringList{profile.name,
                            shipped ? QStringLiteral("yes") : QStringLiteral("no"),
                            QString::number(profile.columns.size()),
                            hoursText(profile),
                            profile.dateFormat,
                            delimiterName(profile.delimiter)};
    }
    printListing(context.out(), parser.isSet(jsonOption()), items,
                 {QStringLiteral("NAME"), QStringLiteral("SHIPPED"), QStringLiteral("COLUMNS"), QStringLiteral("HOURS"),
                  QStringLiteral("DATES"), QStringLiteral("DELIMITER")},
                 rows);
    return Success;
}

// The profile NAME of a command's single argument; nullopt with *exitCode set when there is none.
std::optional<PayrollProfile> namedProfile(CliContext &context, const PayrollProfileList &profiles, const QString &name,
                                           int *exitCode)
{
    if (const auto profile = profiles.find(name))
        return profile;
    const PayrollProfileProblem problem = profiles.problemOf(name);
    *exitCode =
        problem.error == PayrollProfileError::UnknownProfile
            ? context.usageError(describePayrollProblem(problem))
            : context.failure(
                  QStringLiteral("payroll profile '%1' cannot be used: %2").arg(name, describePayrollProblem(problem)));
    return std::nullopt;
}

int showProfile(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show a payroll profile: its columns in order, with their headers, and how it writes hours, dates\n"
        "and CSV lines. --json prints it as 'save --file' reads it."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile, in any case."));
    parser.addOption(jsonOption());
    int exitCode = Success;
    const auto connection = openForOne(context, parser, arguments, QStringLiteral("NAME"), &exitCode);
    if (!connection)
        return exitCode;
    const auto profile =
        namedProfile(context, readProfiles(connection->database()), parser.positionalArguments().first(), &exitCode);
    if (!profile)
        return exitCode;
    if (parser.isSet(jsonOption())) {
        context.out() << QJsonDocument(profile->toJson()).toJson(QJsonDocument::Indented);
        return Success;
    }
    context.out() << "name: " << profile->name << '\n'
                  << "hours: " << hoursText(*profile) << '\n'
                  << "dates: " << profile->dateFormat << '\n'
                  << "delimiter: " << delimiterName(profile->delimiter) << '\n';
    QList<QStringList> rows;
    for (const engine::reports::PayrollProfileColumn &column : profile->columns)
        rows << QStringList{payrollColumnKey(column.column), column.leaveKind, column.header};
    printTable(context.out(), {QStringLiteral("COLUMN"), QStringLiteral("KIND"), QStringLiteral("HEADER")}, rows);
    return Success;
}

// "KEY", "KEY=HEADER", "leave_days:KIND" or "leave_days:KIND=HEADER"; the header is the key
// (with the kind) when not given.
std::optional<engine::reports::PayrollProfileColumn> columnFrom(const QString &text, QString *problem)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString name = equals < 0 ? text : text.left(equals);
    const QString key = name.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString kind = name.section(QLatin1Char(':'), 1).trimmed();
    const auto column = engine::reports::payrollColumnNamed(key);
    if (!column) {
        *problem = QStringLiteral("--column: unknown column '%1' (see docs/payroll.md for the keys)").arg(key);
        return std::nullopt;
    }
    const QString header = equals < 0 ? (kind.isEmpty() ? key : key + QLatin1Char('_') + kind) : text.mid(equals + 1);
    return engine::reports::PayrollProfileColumn{*column, kind, header};
}

// What `save` starts from: --file, else --like (default: the default profile).
std::optional<PayrollProfile> startingProfile(CliContext &context, const QCommandLineParser &parser,
                                              const QCommandLineOption &file, const QCommandLineOption &like,
                                              const PayrollProfileList &profiles, int *exitCode)
{
    if (!parser.isSet(file))
        return namedProfile(context, profiles, parser.isSet(like) ? parser.value(like) : QStringLiteral("default"),
                            exitCode);
    QFile input(parser.value(file));
    if (!input.open(QIODevice::ReadOnly)) {
        *exitCode = context.failure(QStringLiteral("cannot read %1: %2").arg(input.fileName(), input.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!document.isObject()) {
        *exitCode = context.usageError(QStringLiteral("%1 is not a profile: %2")
                                           .arg(input.fileName(), parseError.error == QJsonParseError::NoError
                                                                      ? QStringLiteral("a JSON object is expected")
                                                                      : parseError.errorString()));
        return std::nullopt;
    }
    PayrollProfileProblem problem;
    PayrollProfile profile = PayrollProfile::fromJson(document.object(), &problem);
    if (!problem.ok()) {
        *exitCode = context.usageError(
            QStringLiteral("%1: %2").arg(input.fileName(), describePayrollProblem(problem, profile)));
        return std::nullopt;
    }
    return profile;
}

int saveProfile(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Save a payroll profile under NAME (replacing a saved one of that name): from a JSON file as 'show\n"
        "--json' prints it, or from another profile (default: default), changed by the options given.\n"
        "--column replaces the columns with those given, in order: KEY, KEY=HEADER, leave_days:KIND or\n"
        "leave_days:KIND=HEADER. The shipped profiles cannot be changed."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile's name."));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("A profile as JSON."), QStringLiteral("FILE"));
    const QCommandLineOption like(QStringLiteral("like"), QStringLiteral("Start from this profile."),
                                  QStringLiteral("PROFILE"));
    const QCommandLineOption columns(QStringLiteral("column"), QStringLiteral("A column; repeat for each, in order."),
                                     QStringLiteral("KEY[:KIND][=HEADER]"));
    const QCommandLineOption hours(QStringLiteral("hours"), QStringLiteral("h:mm or decimal."),
                                   QStringLiteral("FORMAT"));
    const QCommandLineOption decimals(QStringLiteral("decimals"), QStringLiteral("Decimal places of decimal hours."),
                                      QStringLiteral("N"));
    const QCommandLineOption separator(QStringLiteral("decimal-separator"), QStringLiteral(". or ,"),
                                       QStringLiteral("C"));
    const QCommandLineOption dates(QStringLiteral("date-format"), QStringLiteral("Such as yyyy-MM-dd or dd.MM.yyyy."),
                                   QStringLiteral("FORMAT"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), QStringLiteral("',', ';', tab or '|'."),
                                       QStringLiteral("C"));
    parser.addOptions({file, like, columns, hours, decimals, separator, dates, delimiter});
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use '%1 NAME [OPTIONS]'").arg(commandName(arguments)));
    if (parser.isSet(file) && parser.isSet(like))
        return context.usageError(QStringLiteral("give either --file or --like"));
    QList<engine::reports::PayrollProfileColumn> chosen;
    for (const QString &text : parser.values(columns)) {
        QString problem;
        const auto column = columnFrom(text, &problem);
        if (!column)
            return context.usageError(problem);
        chosen.append(*column);
    }
    OptionReader options(parser);
    const std::optional<int> places = options.number(decimals, 0, PayrollProfile::MaxDecimalPlaces);
    if (!options.ok())
        return context.usageError(options.problem());

    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        auto profile = startingProfile(context, parser, file, like, readProfiles(db), &exitCode);
        if (!profile)
            return exitCode;
        profile->name = parser.positionalArguments().first().trimmed();
        if (!chosen.isEmpty())
            profile->columns = chosen;
        if (parser.isSet(hours)) {
            const QString format = parser.value(hours).trimmed();
            if (format != QLatin1String("h:mm") && format != QLatin1String("decimal"))
                return context.usageError(QStringLiteral("--hours expects h:mm or decimal, not '%1'").arg(format));
            profile->hoursFormat =
                format == QLatin1String("decimal") ? HoursFormat::Decimal : HoursFormat::HoursMinutes;
        }
        profile->decimalPlaces = places.value_or(profile->decimalPlaces);
        if (parser.isSet(separator)) {
            const QString value = parser.value(separator).trimmed();
            profile->decimalSeparator = value.size() == 1 ? value.front() : QChar();
        }
        if (parser.isSet(dates))
            profile->dateFormat = parser.value(dates).trimmed();
        if (parser.isSet(delimiter))
            profile->delimiter = delimiterNamed(parser.value(delimiter));
        const services::Outcome outcome = services::PayrollProfiles(db).save(actor, *profile);
        if (outcome.status == services::Outcome::Status::Refused) {
            const PayrollProfileProblem problem{outcome.error<PayrollProfileError>(), int(outcome.id), outcome.subject};
            const QString words = describePayrollProblem(problem, *profile);
            // Values that do not fit are a wrong command line; a rule of the store is a refusal.
            const bool refused = problem.error == PayrollProfileError::InvalidStoredProfiles ||
                                 problem.error == PayrollProfileError::ShippedName;
            return refused ? context.failure(words) : context.usageError(words);
        }
        if (!outcome.ok())
            return failed(context, outcome);
        context.out() << "payroll profile " << profile->name << ": saved" << Qt::endl;
        return int(Success);
    });
}

int removeProfile(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Remove a saved payroll profile. The shipped ones stay."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile, in any case."));
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("use '%1 NAME'").arg(commandName(arguments)));
    const QString name = parser.positionalArguments().first();
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        const services::Outcome outcome = services::PayrollProfiles(db).remove(actor, name);
        if (outcome.status == services::Outcome::Status::NotFound)
            return context.usageError(
                describePayrollProblem({PayrollProfileError::UnknownProfile, -1, name.trimmed()}));
        if (outcome.status == services::Outcome::Status::Refused)
            return context.failure(
                describePayrollProblem({outcome.error<PayrollProfileError>(), int(outcome.id), outcome.subject}));
        if (!outcome.ok())
            return failed(context, outcome);
        context.out() << "payroll profile " << name.trimmed() << ": removed" << Qt::endl;
        return int(Success);
    });
}

} // namespace

int runReportPayrollProfiles(CliContext &context, const QStringList &arguments)
{
    return runAction(context, arguments,
                     {{"list", listProfiles}, {"show", showProfile}, {"save", saveProfile}, {"remove", removeProfile}});
}

} // namespace punchclock::cli
