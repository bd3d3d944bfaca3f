#include "commands.h"
#include "operatorsignin.h"
#include "output.h"
#include "permissionmessages.h"
#include "rulemessages.h"

#include "calendaradmin.h"
#include "privacyadmin.h"
#include "settingsadmin.h"

#include "attendancerepository.h"
#include "backupscheduler.h"
#include "connection.h"
#include "listenaddress.h"
#include "operatorrepository.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QDir>
#include <QTimeZone>

#include <functional>

namespace punchclock::cli {

namespace {

struct KnownSetting
{
    QString key;
    QString description;
    QString defaultValue;
    // Returns the value to store, or sets *error. An empty value may be a valid one.
    std::function<QString(const QString &, QString *)> normalise;
    // It changes attendance results: written through the attendance rules, as the console does.
    bool attendance = false;
};

QString onOff(const QString &value, QString *error)
{
    const QString lower = value.trimmed().toLower();
    if (lower == QLatin1String("on") || lower == QLatin1String("1") || lower == QLatin1String("true"))
        return QStringLiteral("1");
    if (lower == QLatin1String("off") || lower == QLatin1String("0") || lower == QLatin1String("false"))
        return QStringLiteral("0");
    *error = QStringLiteral("expects on or off, not '%1'").arg(value);
    return {};
}

QString timeZone(const QString &value, QString *error)
{
    if (QTimeZone(value.trimmed().toUtf8()).isValid())
        return value.trimmed();
    *error = QStringLiteral("'%1' is not a time zone name such as Europe/Madrid").arg(value);
    return {};
}

QString positiveSeconds(const QString &value, QString *error)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok && seconds > 0)
        return QString::number(seconds);
    *error = QStringLiteral("expects a number of seconds above 0, not '%1'").arg(value);
    return {};
}

QString positiveCount(const QString &value, QString *error)
{
    bool ok = false;
    const int count = value.trimmed().toInt(&ok);
    if (ok && count > 0)
        return QString::number(count);
    *error = QStringLiteral("expects a number above 0, not '%1'").arg(value);
    return {};
}

QString countFromZero(const QString &value, QString *error)
{
    bool ok = false;
    const int count = value.trimmed().toInt(&ok);
    if (ok && count >= 0)
        return QString::number(count);
    *error = QStringLiteral("expects a whole number from 0, not '%1'").arg(value);
    return {};
}

QString retentionDays(const QString &value, QString *error)
{
    bool ok = false;
    const int days = value.trimmed().toInt(&ok);
    if (ok && days >= 0 && days <= services::PrivacyAdmin::MaxRetentionDays)
        return QString::number(days);
    *error = QStringLiteral("expects a number of days from 0 (keep for ever) to %1, not '%2'")
                 .arg(services::PrivacyAdmin::MaxRetentionDays)
                 .arg(value);
    return {};
}

// The server's own reading, so that what it would leave out is refused here, named.
QString allowedNetworks(const QString &value, QString *error)
{
    QString problem;
    if (!engine::parseAllowedNetworks(value, nullptr, &problem)) {
        *error = QStringLiteral("expects networks separated by commas (empty: any address); %1").arg(problem);
        return {};
    }
    return value.trimmed();
}

QString pairing(const QString &value, QString *error)
{
    const QString lower = value.trimmed().toLower();
    if (lower == QLatin1String("in_out") || lower == QLatin1String("first_last"))
        return lower;
    *error = QStringLiteral("expects in_out or first_last, not '%1'").arg(value);
    return {};
}

QString duplicateWindow(const QString &value, QString *error)
{
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok && seconds >= 0 && seconds <= 3600)
        return QString::number(seconds);
    *error = QStringLiteral("expects a number of seconds from 0 to 3600, not '%1'").arg(value);
    return {};
}

QString clockTime(const QString &value, QString *error)
{
    const QTime time = QTime::fromString(value.trimmed(), QStringLiteral("H:mm"));
    if (time.isValid())
        return time.toString(QStringLiteral("HH:mm"));
    *error = QStringLiteral("expects a time as HH:MM, not '%1'").arg(value);
    return {};
}

QString absoluteFolder(const QString &value, QString *error)
{
    if (QDir::isAbsolutePath(value.trimmed()))
        return QDir::cleanPath(value.trimmed());
    *error = QStringLiteral("expects the whole path of a folder, not '%1'").arg(value);
    return {};
}

QString listenAddress(const QString &value, QString *error)
{
    http::ListenAddress parsed;
    return http::ListenAddress::parse(value, &parsed, error) ? value.trimmed() : QString();
}

const QList<KnownSetting> &knownSettings()
{
    static const QList<KnownSetting> settings{
        {QLatin1String(engine::ServerSettings::AutoApproveKey),
         QStringLiteral("approve new terminals automatically (on/off)"), QStringLiteral("0"), onOff},
        {QLatin1String(engine::ServerSettings::SiteTimeZoneKey),
         QStringLiteral(
             "the site's time zone: clock drift, plausibility, and the real length of a night across a clock "
             "change; closed periods keep the one they were closed with"),
         QString::fromUtf8(QTimeZone::systemTimeZoneId()), timeZone},
        {QLatin1String(storage::AttendanceRepository::PairingKey),
         QStringLiteral("how punches pair: in_out (as the terminal records them) or first_last (first punch of the "
                        "day in, last out); closed periods keep the one they were closed with"),
         QStringLiteral("in_out"), pairing, true},
        {QLatin1String(storage::AttendanceRepository::DuplicateWindowKey),
         QStringLiteral("seconds (0-3600) within which a second punch counts as the same one; closed periods keep "
                        "the one they were closed with"),
         QStringLiteral("60"), duplicateWindow, true},
        {QLatin1String(storage::AttendanceRepository::NightStartKey),
         QStringLiteral("when night work begins (HH:MM), for night hours in payroll exports; closed periods keep "
                        "the night they were closed with"),
         QStringLiteral("22:00"), clockTime, true},
        {QLatin1String(storage::AttendanceRepository::NightEndKey),
         QStringLiteral("when night work ends (HH:MM; at or before the start: the next morning), never the start"),
         QStringLiteral("06:00"), clockTime, true},
        {QLatin1String(engine::ServerSettings::ListenKey), QStringLiteral("HOST:PORT for 'punchclock serve'"),
         QStringLiteral("0.0.0.0:8090"), listenAddress},
        {QLatin1String(engine::ServerSettings::CommandTimeoutKey),
         QStringLiteral("seconds a sent command may go unanswered before it ends as TIMEOUT"), QStringLiteral("300"),
         positiveSeconds},
        {QLatin1String(engine::ServerSettings::EnrollTimeoutKey),
         QStringLiteral("seconds a remote enrollment waits for the finger or face before it timed out"),
         QStringLiteral("120"), positiveSeconds},
        {QLatin1String(engine::ServerSettings::ClockSyncKey),
         QStringLiteral("set terminal clocks that drift, at most every 15 min (on/off)"), QStringLiteral("1"), onOff},
        {QLatin1String(engine::ServerSettings::ClockSyncThresholdKey),
         QStringLiteral("seconds a terminal clock may drift before it is set"), QStringLiteral("120"), positiveSeconds},
        {QLatin1String(engine::ServerSettings::StatusRefreshKey),
         QStringLiteral("minutes after which a terminal's counts are asked for again, also at once when approved (0: never)"),
         QString::number(engine::ServerSettings().statusRefreshMinutes), countFromZero},
        {QLatin1String(engine::ServerSettings::ReadBackWritesKey),
         QStringLiteral("read a user back after a write the terminal answered OK, which counts as done only when "
                        "the terminal has it (on/off)"),
         QStringLiteral("1"), onOff},
        {QLatin1String(engine::ServerSettings::MaxPendingPerAddressKey),
         QStringLiteral("new terminals that may wait for approval from one address (0: none)"),
         QString::number(engine::ServerSettings().maxPendingPerAddress), countFromZero},
        {QLatin1String(engine::ServerSettings::MaxPendingKey),
         QStringLiteral("new terminals that may wait for approval in all (0: none)"),
         QString::number(engine::ServerSettings().maxPending), countFromZero},
        {QLatin1String(engine::ServerSettings::AllowedNetworksKey),
         QStringLiteral("the only networks terminals are served from, such as 192.168.1.0/24, 10.0.0.0/8 (empty: "
                        "any address)"),
         QString(), allowedNetworks},
        {QLatin1String(engine::BackupScheduler::DailyKey),
         QStringLiteral("back up every day into backup.folder (on/off)"), QStringLiteral("1"), onOff},
        {QLatin1String(engine::BackupScheduler::FolderKey),
         QStringLiteral("folder for the daily backups (empty: backups/ next to the database)"), QString(),
         absoluteFolder},
        {QLatin1String(engine::BackupScheduler::KeepKey), QStringLiteral("how many daily backups to keep"),
         QString::number(engine::BackupScheduler::DefaultKeep), positiveCount},
        {QLatin1String(RequireOperatorKey),
         QStringLiteral("changes from the command line need --operator NAME; reads stay free (on/off)"),
         QStringLiteral("0"), onOff},
        {QLatin1String(services::PrivacyAdmin::RetentionDaysKey),
         QStringLiteral("days a person disabled, or on no terminal, keeps their fingerprints, face, palms, photo and "
                        "punch photos before the daily purge (0: for ever); cards, passwords and punches stay"),
         QStringLiteral("0"), retentionDays},
    };
    return settings;
}

// The attendance rules check the value again and write it as the console's settings dialog does.
int setAttendanceSetting(CliContext &context, const QSqlDatabase &db, const services::Actor &actor, const QString &key,
                         const QString &value)
{
    storage::AttendanceSettings settings = storage::AttendanceRepository(db).settings();
    if (key == QLatin1String(storage::AttendanceRepository::PairingKey))
        settings.pairing = value == QLatin1String("first_last") ? storage::PairingSetting::FirstLast
                                                                : storage::PairingSetting::InOut;
    else if (key == QLatin1String(storage::AttendanceRepository::NightStartKey))
        settings.nightStart = QTime::fromString(value, QStringLiteral("HH:mm"));
    else if (key == QLatin1String(storage::AttendanceRepository::NightEndKey))
        settings.nightEnd = QTime::fromString(value, QStringLiteral("HH:mm"));
    else
        settings.duplicateWindowSeconds = value.toInt();
    if (settings.nightStart == settings.nightEnd)
        return context.usageError(QStringLiteral("%1: the night would start when it ends (%2)").arg(key, value));
    const services::Outcome outcome = services::CalendarAdmin(db).setAttendanceSettings(actor, settings);
    if (outcome.status == services::Outcome::Status::Refused) {
        const storage::AttendanceError error = outcome.error<storage::AttendanceError>();
        const QString problem = QStringLiteral("%1: %2").arg(key, describe(error));
        return error == storage::AttendanceError::InvalidSetting ? context.usageError(problem) : context.failure(problem);
    }
    if (!outcome.ok())
        return failed(context, outcome);
    context.out() << key << " = " << value << Qt::endl;
    return Success;
}

int setSetting(CliContext &context, const QSqlDatabase &db, const KnownSetting &setting, const QString &value)
{
    int exitCode = Success;
    const auto actor = context.actorForChange(db, &exitCode);
    if (!actor)
        return exitCode;
    if (setting.attendance)
        return setAttendanceSetting(context, db, *actor, setting.key, value);
    // Only an administrator can turn it off again: without one, the command line would be shut out.
    if (setting.key == QLatin1String(RequireOperatorKey) && value == QLatin1String("1") &&
        storage::OperatorRepository(db).activeAdministrators() < 1)
        return context.failure(QStringLiteral("%1 needs an active administrator account to sign in with: add one "
                                              "first with 'punchclock operators add NAME --role administrator'")
                                   .arg(setting.key));
    const services::Outcome outcome = services::SettingsAdmin(db).set(*actor, setting.key, value);
    if (!outcome.ok())
        return failed(context, outcome);
    context.out() << setting.key << " = " << value << Qt::endl;
    return Success;
}

} // namespace

int runSettings(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    // After `set`, a value such as -1 is the value, to be refused with its reason, not an option.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(QStringLiteral("Show the settings, or change one: settings set KEY VALUE"));
    parser.addPositionalArgument(QStringLiteral("set"), QStringLiteral("Change a setting."), QStringLiteral("[set KEY VALUE]"));
    int exitCode = Success;
    if (!parseArguments(context, parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && (positional.first() != QLatin1String("set") || positional.size() != 3))
        return context.usageError(QStringLiteral("use 'settings' or 'settings set KEY VALUE'"));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    storage::SettingsRepository settings(connection->database());

    if (positional.isEmpty()) {
        QList<QStringList> rows;
        for (const KnownSetting &setting : knownSettings())
            rows << QStringList{setting.key, settings.value(setting.key, setting.defaultValue), setting.description};
        printTable(context.out(), {QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("MEANING")}, rows);
        return Success;
    }

    const QString key = positional.at(1);
    for (const KnownSetting &setting : knownSettings()) {
        if (setting.key != key)
            continue;
        QString error;
        const QString value = setting.normalise(positional.at(2), &error);
        if (!error.isEmpty())
            return context.usageError(QStringLiteral("%1 %2").arg(key, error));
        return setSetting(context, connection->database(), setting, value);
    }
    return context.usageError(QStringLiteral("unknown setting '%1' (see 'punchclock settings')").arg(key));
}

} // namespace punchclock::cli
