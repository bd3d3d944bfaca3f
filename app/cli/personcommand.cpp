#include "commandactions.h"
#include "commands.h"
#include "output.h"
#include "permissionmessages.h"

#include "privacyadmin.h"

#include "codetables.h"
#include "connection.h"
#include "userrepository.h"

#include <QDir>

#include <cstdio>
#include <unistd.h>

namespace punchclock::cli {

namespace {

using services::Outcome;
using services::PrivacyAdmin;

// "finger 0, finger 1, password, card, face, palm 13": what a list of backup numbers is.
QString credentialWords(const QList<int> &backupNumbers)
{
    QStringList words;
    for (int backupNumber : backupNumbers) {
        const protocol::CredentialKind kind = protocol::credentialKind(backupNumber);
        const QString name = protocol::credentialKindName(kind);
        const bool numbered = kind == protocol::CredentialKind::Fingerprint || kind == protocol::CredentialKind::Palm;
        words << (name.isEmpty() ? QStringLiteral("backup number %1").arg(backupNumber)
                  : numbered     ? QStringLiteral("%1 %2").arg(name).arg(backupNumber)
                                 : name);
    }
    return words.join(QLatin1String(", "));
}

// "finger 0, face, photo, 3 punch photos": what went, or would go.
QString removedWords(const QList<int> &backupNumbers, bool photo, int punchPhotos)
{
    QStringList words;
    if (!backupNumbers.isEmpty())
        words << credentialWords(backupNumbers);
    if (photo)
        words << QStringLiteral("photo");
    if (punchPhotos > 0)
        words << (punchPhotos == 1 ? QStringLiteral("1 punch photo") : QStringLiteral("%1 punch photos").arg(punchPhotos));
    return words.join(QLatin1String(", "));
}

QString dayOf(const QDateTime &utc)
{
    return utc.toLocalTime().date().toString(Qt::ISODate);
}

// A refusal of the privacy service in words; exit status 1.
int refused(CliContext &context, const Outcome &outcome)
{
    if (outcome.status == Outcome::Status::NotFound)
        return context.failure(QStringLiteral("no user '%1' (see 'punchclock users')").arg(outcome.subject));
    if (outcome.status != Outcome::Status::Refused)
        return failed(context, outcome);
    if (outcome.error<services::PrivacyError>() == services::PrivacyError::FileExists)
        return context.failure(
            QStringLiteral("%1 exists; nothing was written: export into another folder").arg(outcome.subject));
    return context.failure(
        QStringLiteral("cannot write %1: %2; nothing was left behind").arg(outcome.subject, outcome.detail));
}

// The one positional USER_ID of `person export` and `person erase`; false with *exitCode set.
bool userIdArgument(CliContext &context, QCommandLineParser &parser, const QStringList &arguments, QString *userId,
                    int *exitCode)
{
    parser.addPositionalArgument(QStringLiteral("USER_ID"),
                                 QStringLiteral("The user, as 'punchclock users' lists them."));
    if (!parseArguments(context, parser, arguments, exitCode))
        return false;
    if (parser.positionalArguments().size() != 1) {
        *exitCode = context.usageError(QStringLiteral("%1 takes one USER_ID").arg(commandName(arguments)));
        return false;
    }
    *userId = parser.positionalArguments().first();
    return true;
}

bool confirmErasure(CliContext &context, const protocol::UserEnrollment &user, const QStringList &terminals)
{
    context.out() << "This removes the fingerprints, face, palms, photo, card, password and punch photos of user "
                  << user.userId
                  << " (" << user.name << ") from the store";
    if (!terminals.isEmpty())
        context.out() << " and from " << terminals.join(QLatin1String(", "));
    context.out() << ", and disables them; their punches and corrections stay." << Qt::endl
                  << "Type the user id to confirm: " << Qt::flush;
    char line[256] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    return read && QString::fromLocal8Bit(line).trimmed() == user.userId;
}

// What went, and where DELETE_USER is on its way.
void printErasure(CliContext &context, const protocol::UserEnrollment &user, const services::ErasureResult &erased,
                  bool fromTerminals)
{
    const QString &userId = user.userId;
    context.out() << "Erased user " << userId << " (" << user.name << "): ";
    const QString removed = removedWords(erased.backupNumbers, erased.photo, erased.punchPhotos);
    context.out() << (removed.isEmpty() ? QStringLiteral("no credential or photo was stored") : removed);
    context.out() << "; disabled. Punches and corrections are kept." << Qt::endl;
    for (qsizetype i = 0; i < erased.jobIds.size(); ++i)
        context.out() << "DELETE_USER queued for " << erased.terminals.value(i) << " (trans_id " << erased.jobIds.at(i)
                      << ")" << Qt::endl;
    if (!fromTerminals && !erased.terminals.isEmpty())
        context.out() << "Still held by " << erased.terminals.join(QLatin1String(", ")) << "; 'punchclock person erase "
                      << userId << " --from-terminals' removes them there." << Qt::endl;
}

int erasePerson(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Remove a person's biometric templates, photo, card, password and punch photos from the store and\n"
        "disable them.\n"
        "Their id, name, punches and corrections stay: reports and past pay still name them."));
    const QCommandLineOption fromTerminals(QStringLiteral("from-terminals"),
                                           QStringLiteral("Also queue DELETE_USER for every terminal holding them."));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Do not ask to type the user id."));
    parser.addOptions({fromTerminals, yes});
    QString userId;
    int exitCode = Success;
    if (!userIdArgument(context, parser, arguments, &userId, &exitCode))
        return exitCode;
    if (!parser.isSet(yes) && !::isatty(STDIN_FILENO)) {
        context.err() << "punchclock: person erase removes personal data for good; add --yes to confirm" << Qt::endl;
        return Usage;
    }

    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        const std::optional<protocol::UserEnrollment> user = storage::UserRepository(db).load(userId);
        if (!user)
            return refused(context, Outcome::notFound(userId));
        const QStringList holders = storage::UserRepository(db).holders(userId);
        if (!parser.isSet(yes) &&
            !confirmErasure(context, *user, parser.isSet(fromTerminals) ? holders : QStringList()))
            return context.failure(QStringLiteral("the id did not match; nothing erased"));
        const services::ErasureResult erased = PrivacyAdmin(db).erasePerson(actor, userId, parser.isSet(fromTerminals));
        if (!erased.outcome.ok())
            return refused(context, erased.outcome);
        printErasure(context, *user, erased, parser.isSet(fromTerminals));
        return int(Success);
    });
}

int exportPerson(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write everything the store holds about a person into DIR: person-<id>.json (their record, credentials\n"
        "with their data, terminals, punches, corrections, leave, schedule, audit records), their photo and\n"
        "punch photos. Files are readable by you alone; an existing file is never replaced."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The folder to write into (made if missing)."),
                                    QStringLiteral("DIR"));
    parser.addOption(output);
    QString userId;
    int exitCode = Success;
    if (!userIdArgument(context, parser, arguments, &userId, &exitCode))
        return exitCode;
    if (parser.value(output).isEmpty())
        return context.usageError(QStringLiteral("person export needs -o DIR"));

    const QString folder = QDir::current().absoluteFilePath(parser.value(output));
    return changeAs(context, [&](const QSqlDatabase &db, const services::Actor &actor) {
        const services::ExportResult exported = PrivacyAdmin(db).exportPerson(actor, userId, folder);
        if (!exported.outcome.ok())
            return refused(context, exported.outcome);
        context.out() << "Exported user " << userId << " into " << exported.folder << ":" << Qt::endl;
        for (const QString &file : exported.files)
            context.out() << "  " << file << Qt::endl;
        context.out() << "They hold the person's templates, card and password: hand them over safely, then delete "
                         "them."
                      << Qt::endl;
        return int(Success);
    });
}

int purge(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Remove the biometrics (fingers, face, palms, photo; not cards or passwords) of people disabled or on no\n"
        "terminal for longer than privacy.biometric_retention_days. The console and 'serve' do it daily."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("List who is due; remove nothing."));
    const QCommandLineOption daysAhead(QStringLiteral("days-ahead"),
                                       QStringLiteral("With --dry-run, also those due within N days."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({dryRun, daysAhead});
    int exitCode = Success;
    if (!parseOptionsOnly(context, parser, arguments, &exitCode))
        return exitCode;
    bool numeric = false;
    const int days = parser.value(daysAhead).toInt(&numeric);
    if (!numeric || days < 0)
        return context.usageError(QStringLiteral("--days-ahead takes a number of days, 0 or more"));
    if (parser.isSet(daysAhead) && !parser.isSet(dryRun))
        return context.usageError(QStringLiteral("--days-ahead goes with --dry-run"));

    const auto connection = context.openDatabase();
    if (!connection)
        return Failure;
    PrivacyAdmin privacy(connection->database());
    if (privacy.retentionDays() == 0) {
        context.out() << "Biometric retention is off (" << PrivacyAdmin::RetentionDaysKey
                      << " is 0): nothing is purged." << Qt::endl;
        return Success;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(dryRun)) {
        QList<QStringList> rows;
        for (const services::BiometricHolding &holding : privacy.purgeCandidates(now, days))
            rows << QStringList{holding.userId,
                                holding.name,
                                dayOf(holding.inactiveSince),
                                holding.purgeAt <= now ? QStringLiteral("now") : dayOf(holding.purgeAt),
                                credentialWords(holding.backupNumbers),
                                holding.photo ? QStringLiteral("yes") : QString(),
                                holding.punchPhotos ? QString::number(holding.punchPhotos) : QString()};
        printTable(context.out(),
                   {QStringLiteral("USER_ID"), QStringLiteral("NAME"), QStringLiteral("INACTIVE_SINCE"),
                    QStringLiteral("PURGE"), QStringLiteral("BIOMETRICS"), QStringLiteral("PHOTO"),
                    QStringLiteral("PUNCH_PHOTOS")},
                   rows);
        return Success;
    }
    const auto actor = context.actorForChange(connection->database(), &exitCode);
    if (!actor)
        return exitCode;
    const services::PurgeResult purged = privacy.purgeExpired(*actor, now);
    if (!purged.outcome.ok())
        return refused(context, purged.outcome);
    for (const services::BiometricHolding &holding : purged.purged)
        context.out() << "Purged user " << holding.userId << " (" << holding.name
                      << "): " << removedWords(holding.backupNumbers, holding.photo, holding.punchPhotos) << Qt::endl;
    context.out() << purged.purged.size() << (purged.purged.size() == 1 ? " user" : " users") << " purged." << Qt::endl;
    return Success;
}

// `punchclock COMMAND ACTION`, with no action run by default: each of these removes or writes out
// personal data.
int runActions(CliContext &context, const QStringList &arguments,
               const QList<std::pair<const char *, int (*)(CliContext &, const QStringList &)>> &actions,
               const QString &usage)
{
    const QString requested = arguments.value(1);
    for (const auto &[name, run] : actions) {
        if (requested == QLatin1String(name))
            return run(context, QStringList{arguments.first() + QLatin1Char(' ') + requested} + arguments.mid(2));
    }
    if (requested == QLatin1String("--help") || requested == QLatin1String("-h")) {
        context.out() << "Usage:\n" << usage << Qt::endl;
        return Success;
    }
    return context.usageError(QStringLiteral("use:\n%1").arg(usage));
}

} // namespace

int runPerson(CliContext &context, const QStringList &arguments)
{
    return runActions(context, arguments, {{"export", exportPerson}, {"erase", erasePerson}},
                      QStringLiteral("  punchclock person export USER_ID -o DIR\n"
                                     "  punchclock person erase USER_ID [--from-terminals] [--yes]"));
}

int runPrivacy(CliContext &context, const QStringList &arguments)
{
    return runActions(context, arguments, {{"purge", purge}},
                      QStringLiteral("  punchclock privacy purge [--dry-run [--days-ahead N]]"));
}

} // namespace punchclock::cli
