#include "reportsupport.h"

#include "commandline.h"
#include "rulelookups.h"

#include "attendancereader.h"
#include "reportbuilder.h"
#include "reporttexts.h"
#include "translationloader.h"

#include <QLocale>
#include <QSettings>

namespace punchclock::cli {

using engine::reports::ReportError;

QString reportErrorText(ReportError error)
{
    switch (error) {
    case ReportError::None: break;
    // The command line was checked for these; they can still come from the builder.
    case ReportError::InvalidPeriod: return QStringLiteral("--from is after --to");
    case ReportError::PeriodTooLong:
        return QStringLiteral("a report covers at most %1 days").arg(engine::reports::ReportBuilder::maximumDays);
    case ReportError::UnknownDepartment: return QStringLiteral("unknown department");
    case ReportError::UnknownUser: return QStringLiteral("unknown user: neither in the user list nor in any punch");
    case ReportError::NotAllowed: return QStringLiteral("that is outside the departments this account may see");
    case ReportError::Storage: return QStringLiteral("the database could not be read");
    }
    return {};
}

bool readReportScope(CliContext &context, const QSqlDatabase &db, const QString &department, const QString &userId,
                     engine::reports::ReportRequest *request, QStringList *scope, int *exitCode)
{
    if (!department.isEmpty()) {
        const auto named = findDepartment(db, department);
        if (!named) {
            *exitCode = context.usageError(unknownDepartment(department));
            return false;
        }
        request->departmentId = named->id;
        scope->append(ui::ReportTexts::departmentScope(named->name));
    }
    request->userId = userId;
    if (userId.isEmpty())
        return true;
    const storage::AttendanceReader reader(db);
    if (!reader.userKnown(userId)) {
        *exitCode = context.usageError(
            QStringLiteral("unknown user '%1': neither in the user list nor in any punch").arg(userId));
        return false;
    }
    const auto employees = reader.employees(request->departmentId, userId);
    if (!employees) {
        *exitCode = context.failure(reportErrorText(ReportError::Storage));
        return false;
    }
    if (request->departmentId && employees->isEmpty()) {
        *exitCode = context.usageError(QStringLiteral("user '%1' is not in department '%2'").arg(userId, department));
        return false;
    }
    scope->append(ui::ReportTexts::employeeScope(userId, employees->isEmpty() ? QString() : employees->first().name));
    return true;
}

void sayCountedTo(CliContext &context, QDate countedTo, QDate from)
{
    if (countedTo.isValid() && countedTo < from)
        context.err() << "punchclock: nothing counted yet: the period begins after " << countedTo.toString(Qt::ISODate)
                      << Qt::endl;
    else if (countedTo.isValid())
        context.err() << "punchclock: counted up to " << countedTo.toString(Qt::ISODate)
                      << "; the days after it are neither expected nor absent yet" << Qt::endl;
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              QStringLiteral("The report's words and dates: %1 (default: the console's language).")
                                  .arg(ui::TranslationLoader::availableLanguages().join(QLatin1String(", "))),
                              QStringLiteral("LANGUAGE"));
}

bool installReportLanguage(CliContext &context, const QString &requested, int *exitCode)
{
    if (!requested.isEmpty() && !ui::TranslationLoader::availableLanguages().contains(requested)) {
        *exitCode = context.usageError(
            QStringLiteral("--language must be one of %1, not '%2'")
                .arg(ui::TranslationLoader::availableLanguages().join(QLatin1String(", ")), requested));
        return false;
    }
    const QString language = requested.isEmpty()
                                 ? ui::TranslationLoader::resolve(
                                       QSettings().value(QLatin1String(ui::TranslationLoader::LanguageKey)).toString())
                                 : requested;
    const QString installed = ui::TranslationLoader::install(language);
    const QLocale system = QLocale::system();
    const QLocale wanted(installed);
    // The C locale of a bare server writes dates as English does.
    const bool systemSpeaksIt = system.language() == wanted.language() ||
                                (system.language() == QLocale::C && wanted.language() == QLocale::English);
    if (!systemSpeaksIt)
        QLocale::setDefault(wanted);
    return true;
}

} // namespace punchclock::cli
