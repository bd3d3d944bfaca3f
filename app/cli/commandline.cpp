#include "commandline.h"

#include "commands.h"

#include <utility>
#include "databaselocation.h"

#include "connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSysInfo>

#include <cstdio>
#include <cstring>

namespace punchclock::cli {

namespace {

const char consoleUsage[] = R"(Usage: punchclock [--db PATH|URL] [COMMAND] [OPTIONS]

Without a command the console window opens.
)";

const char serverUsage[] = R"(Usage: punchclock-server [--db PATH|URL] COMMAND [OPTIONS]

The terminal server and the commands of punchclock, without the console window. PDF reports
are drawn by punchclock itself (package punchclock).
)";

const char usageText[] = R"(
Commands:
  serve [--listen HOST:PORT]      run the terminal server without a display
  devices [--json]                list terminals
  devices approve|block DEV_ID    approve or block a terminal
  devices pin|unpin DEV_ID        serve a terminal from its present address only, or from any
  devices reset-style DEV_ID response_code|cmd_code
                                  how the terminal is sent RESET_FK
  devices keypad-log DEV_ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                                  what managers did at its keypad (send DEV_ID GET_SLOG_DATA
                                  downloads it)
  users [--json]                  list users
  users download DEV_ID [--wait S]
                                  read every user of a terminal whole: name, privilege, card,
                                  password, photo, templates (a server must be running)
  logs [--device D] [--user U] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format csv|json]
                                  print punches
  settings [set KEY VALUE]        show or change a setting (auto-approval, time zone, pairing, …)
  send DEV_ID CMD_CODE [--param JSON | --param-file FILE] [--bin FILE]... [--yes] [--wait [SECONDS]] [--json]
                                  queue a command; prints its trans_id (SET_WEB_SERVER_INFO only
                                  with --yes: without, it prints the address and port and stops)
  jobs [--device D] [--status S] [--operation N] [--json]
                                  list jobs and their trans_status
  job TRANS_ID [--json] [--save-bin DIR]
                                  show a job: parameters, result, timeline
  cancel TRANS_ID                 cancel a waiting or running job
  user copy USER_ID --from DEV --to DEV[,DEV...]
  user push USER_ID --to DEV[,DEV...]
  user rename USER_ID NAME        operations on users across terminals
  user disable|enable USER_ID     a leaver: refused at every terminal (templates kept), nothing
                                  expected in the reports from today; enable lets them punch again
  enroll USER_ID --device D --finger N|--face [--wait S]
                                  open the terminal's enrollment screen for the user; with --wait
                                  follow it (exit 0 enrolled, 3 timed out, 4 refused)
  pull-logs [--device D] [--from YYYY-MM-DD]
                                  fetch logs from terminals (new ones since the last pull)
  sync-time [--device D]          set terminal clocks
  report daily|monthly|timecard|exceptions --from YYYY-MM-DD --to YYYY-MM-DD
         [--department D] [--user U] --format csv|xlsx|pdf -o FILE [--as-of YYYY-MM-DD]
         [--language en|zh_CN|es]
                                  write an attendance report
  report explain --user U --date YYYY-MM-DD [--json]
                                  one employee's day: the plan, each figure's rule, every punch
  report payroll --from YYYY-MM-DD --to YYYY-MM-DD [--profile NAME] --format csv|xlsx -o FILE
         [--department D] [--user U] [--as-of YYYY-MM-DD]
                                  one row per employee for payroll, laid out as the profile says
  report payroll-profiles [list|show|save|remove] …
                                  the payroll profiles (columns, headers, hours, dates, delimiter)
  shifts [list|add|change|remove|history] …
                                  shifts; a change applies from a date (--from), earlier days keep theirs
  schedules [list|set|clear|history] …
                                  weekly schedules of departments and employees, from a date
  holidays [list|add|change|remove] …
                                  holidays for everyone
  leave [list|add|change|remove] …
                                  leave days of employees
  departments [list|add|rename|remove|assign] …
                                  departments and who is in them
  periods [list|close|reopen|late] …
                                  close a period (payroll) so that its results cannot change
  backup FILE [--force]           write a consistent copy of the database, also while serving
  restore FILE [--yes]            check a backup, then replace the database's contents with it
  db copy --to TARGET [--replace] [--yes]
                                  copy the whole database into another (a file or a URL), verified
                                  table by table: moving to PostgreSQL and back
  person export USER_ID -o DIR    write everything stored about a person into DIR
  person erase USER_ID [--from-terminals] [--yes]
                                  remove a person's biometrics, photo, card and password; keep punches
  privacy purge [--dry-run [--days-ahead N]]
                                  remove biometrics kept past privacy.biometric_retention_days
  operators [list|add|disable|enable|reset-password|role|password] …
                                  operator accounts and their roles
  audit [--from D] [--to D] [--actor A] [--object KIND[:ID]] [--action PREFIX] [--limit N] [--json]
                                  who changed what, newest first
  audit verify                    check that no record of the audit trail was changed or removed
  integrations [list|show|add|change|remove|retry|replay] …
                                  systems punches are delivered to (webhooks, ERPNext, Odoo) and their queues
  api-tokens [list|create|revoke] …
                                  tokens other programs use the REST API with

Global options:
  --db PATH|URL  database file, or postgresql://user@host:port/dbname
                 (also $PUNCHCLOCK_DB; the password from ~/.pgpass or a prompt)
  --operator NAME
                 make changes as this operator account, with its role and departments (also
                 $PUNCHCLOCK_OPERATOR); the password is asked for, or read from the file named by
                 $PUNCHCLOCK_PASSWORD_FILE
  --version      print the version
  --help         print this help; COMMAND --help for a command's options, COMMAND ACTION --help
                 for an action's
)";

} // namespace

CliContext::CliContext(storage::DatabaseConfig database)
    : m_database(std::move(database))
    , m_out(stdout)
    , m_err(stderr)
{
}

std::unique_ptr<storage::Connection> CliContext::openDatabase()
{
    QString error;
    auto connection = storage::Connection::open(m_database, &error);
    if (!connection && m_database.isPostgres() && m_database.password.isEmpty() &&
        storage::Connection::wantsPassword(error)) {
        Secret password;
        int exitCode = Success;
        const QString who = m_database.user.isEmpty() ? QStringLiteral("the database") : m_database.user;
        if (!m_passwords.next(*this, QStringLiteral("the password of %1 on %2").arg(who, m_database.displayName()),
                              PasswordSource::Ask::Once, &password.text, &exitCode))
            return nullptr;
        m_database.password = password.text;
        connection = storage::Connection::open(m_database, &error);
    }
    if (!connection)
        m_err << "punchclock: " << error << Qt::endl;
    return connection;
}

int CliContext::usageError(const QString &message)
{
    m_err << "punchclock: " << message << Qt::endl << "Try 'punchclock --help'." << Qt::endl;
    return Usage;
}

int CliContext::failure(const QString &message)
{
    m_err << "punchclock: " << message << Qt::endl;
    return Failure;
}

services::Actor cliActor()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    return services::Actor::cli(login, QSysInfo::machineHostName());
}

bool wantsCommandLine(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--db") == 0) {
            ++i; // its value
            continue;
        }
        if (std::strncmp(arg, "--db=", 5) == 0)
            continue;
        return true; // a command, --help, --version, or something to complain about
    }
    return false;
}

int run(int argc, char *argv[], Program program)
{
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    app::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dbOption, operatorOption, versionOption, helpOption});

    CliContext context;
    if (!parser.parse(QCoreApplication::arguments()))
        return context.usageError(parser.errorText());
    if (parser.isSet(versionOption)) {
        context.out() << (program == Program::Server ? "punchclock-server " : "punchclock ")
                      << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        context.out() << (program == Program::Server ? serverUsage : consoleUsage) << usageText;
        return Success;
    }

    const QString missingFolder = app::unavailableDataFolder(parser.value(dbOption));
    if (!missingFolder.isEmpty()) {
        context.err() << "punchclock: the data folder " << missingFolder
                      << " is not available (an unplugged disk?); connect it, or name a database with --db"
                      << Qt::endl;
        return Failure;
    }
    QString databaseError;
    const std::optional<storage::DatabaseConfig> database = app::databaseConfig(parser.value(dbOption), &databaseError);
    if (!database)
        return context.usageError(QStringLiteral("--db: %1").arg(databaseError));
    CliContext commandContext(*database);
    commandContext.setOperatorName(parser.isSet(operatorOption) ? parser.value(operatorOption)
                                                                : qEnvironmentVariable("PUNCHCLOCK_OPERATOR"));
    const QString command = positional.first();
    const QStringList arguments = QStringList{QStringLiteral("punchclock ") + command} + positional.mid(1);
    if (command == QLatin1String("serve"))
        return runServe(commandContext, arguments);
    if (command == QLatin1String("devices"))
        return runDevices(commandContext, arguments);
    if (command == QLatin1String("users") && positional.value(1) == QLatin1String("download"))
        return runUsersDownload(commandContext, QStringList{QStringLiteral("punchclock users download")} + positional.mid(2));
    if (command == QLatin1String("users"))
        return runUsers(commandContext, arguments);
    if (command == QLatin1String("logs"))
        return runLogs(commandContext, arguments);
    if (command == QLatin1String("settings"))
        return runSettings(commandContext, arguments);
    using Runner = int (*)(CliContext &, const QStringList &);
    const QList<std::pair<const char *, Runner>> commandRunners{
        {"send", runSend},   {"jobs", runJobs},         {"job", runJob},           {"cancel", runCancel},
        {"user", runUser},   {"enroll", runEnroll},     {"pull-logs", runPullLogs}, {"sync-time", runSyncTime}, {"report", runReport},
        {"backup", runBackup}, {"restore", runRestore}, {"db", runDb},
        {"person", runPerson}, {"privacy", runPrivacy},
        {"shifts", runShifts}, {"schedules", runSchedules}, {"holidays", runHolidays},
        {"leave", runLeave}, {"departments", runDepartments}, {"periods", runPeriods},
        {"operators", runOperators}, {"audit", runAudit}, {"integrations", runIntegrations},
        {"api-tokens", runApiTokens},
    };
    for (const auto &[name, runner] : commandRunners) {
        if (command == QLatin1String(name))
            return runner(commandContext, arguments);
    }
    return context.usageError(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace punchclock::cli
