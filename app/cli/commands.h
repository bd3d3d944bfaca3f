#pragma once

#include "actor.h"
#include "commandline.h"

#include <QCoreApplication>

#include <memory>

namespace punchclock::cli {

// Each takes its own arguments with arguments[0] being "punchclock COMMAND".
int runServe(CliContext &context, const QStringList &arguments);
int runDevices(CliContext &context, const QStringList &arguments);
// `devices keypad-log`: a terminal's administrator log, with options of its own.
int runKeypadLog(CliContext &context, const QStringList &arguments);
int runUsers(CliContext &context, const QStringList &arguments);
// `users download DEV_ID`: a terminal's whole roster (services::RosterDownload).
int runUsersDownload(CliContext &context, const QStringList &arguments);
int runLogs(CliContext &context, const QStringList &arguments);
int runSettings(CliContext &context, const QStringList &arguments);
int runSend(CliContext &context, const QStringList &arguments);
int runJobs(CliContext &context, const QStringList &arguments);
int runJob(CliContext &context, const QStringList &arguments);
int runCancel(CliContext &context, const QStringList &arguments);
int runUser(CliContext &context, const QStringList &arguments);
int runEnroll(CliContext &context, const QStringList &arguments);
int runPullLogs(CliContext &context, const QStringList &arguments);
int runSyncTime(CliContext &context, const QStringList &arguments);
int runReport(CliContext &context, const QStringList &arguments);
// `report payroll` and `report payroll-profiles`: payroll exports and their profiles.
int runReportPayroll(CliContext &context, const QStringList &arguments);
int runReportPayrollProfiles(CliContext &context, const QStringList &arguments);
// The rules the reports are calculated with, each in its own file.
int runShifts(CliContext &context, const QStringList &arguments);
int runSchedules(CliContext &context, const QStringList &arguments);
int runHolidays(CliContext &context, const QStringList &arguments);
int runLeave(CliContext &context, const QStringList &arguments);
int runDepartments(CliContext &context, const QStringList &arguments);
int runPeriods(CliContext &context, const QStringList &arguments);
int runBackup(CliContext &context, const QStringList &arguments);
int runRestore(CliContext &context, const QStringList &arguments);
// `db copy --to TARGET`: the whole database into another, verified (services::DatabaseCopyAdmin).
int runDb(CliContext &context, const QStringList &arguments);
// Personal data: a person's export and erasure, the purge of old biometrics.
int runPerson(CliContext &context, const QStringList &arguments);
int runPrivacy(CliContext &context, const QStringList &arguments);
// Operator accounts, and the audit trail of every change.
int runOperators(CliContext &context, const QStringList &arguments);
int runAudit(CliContext &context, const QStringList &arguments);
// Tokens of the REST API (services::ApiTokens).
int runApiTokens(CliContext &context, const QStringList &arguments);
// Systems punches are delivered to: webhooks, ERPNext (services::IntegrationAdmin).
int runIntegrations(CliContext &context, const QStringList &arguments);

// The application object for the command line: PdfSupport's for `report --format pdf` (a
// QGuiApplication, offscreen without a display, where PDFs are drawn), else a QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[]);

// Who acts from the command line: the login running it, as an administrator (docs/security.md).
services::Actor cliActor();

} // namespace punchclock::cli
