#include "integritycheck.h"

#include "backupscheduler.h"

#include "connection.h"
#include "settingsrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcIntegrity, "punchclock.integrity", QtInfoMsg)

namespace punchclock::engine {

namespace {

// quick_check names at most this many problems; the first few say enough.
constexpr int reportedProblems = 5;

QString shellQuoted(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

} // namespace

QString IntegrityCheck::Result::restoreCommand() const
{
    return QStringLiteral("punchclock --db %1 restore %2").arg(shellQuoted(database), shellQuoted(newestBackup));
}

QString IntegrityCheck::Result::text() const
{
    const QString found = QStringLiteral("the database %1 is damaged (%2). ").arg(database, problem);
    if (newestBackup.isEmpty())
        return found + QStringLiteral("There is no backup in %1 to restore; keep a copy of the damaged file and "
                                      "ask for help before anything writes to it.")
                           .arg(backupFolder);
    return found + QStringLiteral("Keep a copy of the damaged file, then restore the newest backup, %1, with: %2")
                       .arg(newestBackup, restoreCommand());
}

IntegrityCheck::Result IntegrityCheck::run(const storage::Connection &connection)
{
    Result result;
    const storage::DatabaseConfig &config = connection.config();
    if (config.isPostgres())
        return result;
    result.database = config.path;
    const qint64 bytes = QFileInfo(config.path).size();
    if (bytes > MaxCheckedBytes) {
        qCInfo(lcIntegrity).noquote() << QStringLiteral("%1 is %2 MB: not checked for damage at start (over %3 MB)")
                                             .arg(config.path)
                                             .arg(bytes / (1024 * 1024))
                                             .arg(MaxCheckedBytes / (1024 * 1024));
        return result;
    }
    QSqlQuery query(connection.database());
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(reportedProblems))) {
        problems << query.lastError().text();
    } else {
        while (query.next())
            problems << query.value(0).toString().simplified();
    }
    query.finish();
    if (problems == QStringList{QStringLiteral("ok")})
        return result;
    result.damaged = true;
    result.problem = problems.join(QLatin1String("; "));
    // The settings may be among the damaged pages: then the default folder.
    result.backupFolder = BackupScheduler::folder(storage::SettingsRepository(connection.database()), config.path);
    result.newestBackup = newestBackup(result.backupFolder);
    qCCritical(lcIntegrity).noquote() << result.text();
    return result;
}

QString IntegrityCheck::newestBackup(const QString &folder)
{
    const QFileInfoList backups = QDir(folder).entryInfoList({QStringLiteral("punchclock-*.sqlite")}, QDir::Files,
                                                             QDir::Time);
    return backups.isEmpty() ? QString() : backups.first().absoluteFilePath();
}

} // namespace punchclock::engine
