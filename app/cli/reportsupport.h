#pragma once

#include "reportrequest.h"

#include <QCommandLineOption>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace punchclock::cli {

class CliContext;

// What `report` and `report explain` share.

QString reportErrorText(engine::reports::ReportError error);

// --department D (a name or an id; empty: any) and --user USER_ID (empty: everyone) of a report,
// checked as every report kind checks them, into the request, with their words for the report's
// scope line in *scope. False, with the problem said and *exitCode set, when they do not fit.
bool readReportScope(CliContext &context, const QSqlDatabase &db, const QString &department, const QString &userId,
                     engine::reports::ReportRequest *request, QStringList *scope, int *exitCode);

// `report explain --user USER_ID --date YYYY-MM-DD [--json]`; arguments[0] is "punchclock report explain".
int runReportExplain(CliContext &context, const QStringList &arguments);

// On standard error, when the period runs past the site's today (ReportTable::countedTo, invalid
// otherwise): up to which day it is counted, or that nothing is counted yet.
void sayCountedTo(CliContext &context, QDate countedTo, QDate from);

// --language en|zh_CN|es
QCommandLineOption languageOption();
// Installs the language a report is written in: the one asked for, else the one chosen in the
// console's settings (else the system's), as the console does; dates and numbers follow that
// language (the system's own conventions when it speaks it: en_GB stays en_GB). An unknown
// language is a wrong command line: false, with *exitCode set.
bool installReportLanguage(CliContext &context, const QString &requested, int *exitCode);

} // namespace punchclock::cli
