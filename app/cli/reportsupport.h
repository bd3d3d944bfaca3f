#pragma once

#include "reportrequest.h"

#include <QCommandLineOption>
#include <QString>

namespace punchclock::cli {

class CliContext;

// What `report` and `report explain` share.

QString reportErrorText(engine::reports::ReportError error);

// `report explain --user USER_ID --date YYYY-MM-DD [--json]`; arguments[0] is "punchclock report explain".
int runReportExplain(CliContext &context, const QStringList &arguments);

// --language en|zh_CN|es
QCommandLineOption languageOption();
// Installs the language a report is written in: the one asked for, else the one chosen in the
// console's settings (else the system's), as the console does; dates and numbers follow that
// language (the system's own conventions when it speaks it: en_GB stays en_GB). An unknown
// language is a wrong command line: false, with *exitCode set.
bool installReportLanguage(CliContext &context, const QString &requested, int *exitCode);

} // namespace punchclock::cli
