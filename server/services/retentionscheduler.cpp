#include "retentionscheduler.h"

#include "settingsrepository.h"
#include "sqlsupport.h"

namespace punchclock::services {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

} // namespace

RetentionScheduler::RetentionScheduler(storage::DatabaseConfig database, QObject *parent)
    : QObject(parent)
    , m_worker(std::move(database), QStringLiteral("punchclock-retention"))
{}

RetentionScheduler::~RetentionScheduler()
{
    stop();
}

void RetentionScheduler::start(std::chrono::milliseconds checkInterval)
{
    m_worker.start(checkInterval, [this](QSqlDatabase db) {
        if (const std::optional<PurgeResult> run = runIfDue(db, QDateTime::currentDateTimeUtc()))
            Q_EMIT purgeRan(run->outcome.ok(), int(run->purged.size()));
    });
}

void RetentionScheduler::stop()
{
    m_worker.stop();
}

std::optional<PurgeResult> RetentionScheduler::runIfDue(QSqlDatabase db, const QDateTime &nowUtc)
{
    if (PrivacyAdmin(db).retentionDays() == 0)
        return std::nullopt;
    storage::SettingsRepository settings(db);
    const QDateTime lastRun = QDateTime::fromString(settings.value(QLatin1String(LastRunKey)), Qt::ISODateWithMs);
    // A failed run is tried again at the next check: the lock was busy, or the disk full, for a while.
    const bool lastFailed = settings.value(QLatin1String(LastResultKey)) != QLatin1String("ok");
    if (lastRun.isValid() && !lastFailed && lastRun.msecsTo(nowUtc) < DayMs)
        return std::nullopt;

    const PurgeResult run = PrivacyAdmin(db).purgeExpired(Actor::system(QStringLiteral("biometric retention")), nowUtc);
    QString result = QStringLiteral("ok");
    if (!run.outcome.ok()) {
        result = run.outcome.detail.isEmpty() ? QStringLiteral("failed") : run.outcome.detail;
        qCWarning(lcStorage) << "biometric retention: the purge failed:" << result;
    } else if (!run.purged.isEmpty()) {
        qCInfo(lcStorage).noquote() << QStringLiteral("biometric retention: removed the biometrics of %1")
                                           .arg(run.purged.size() == 1 ? QStringLiteral("1 person")
                                                                       : QStringLiteral("%1 people").arg(run.purged.size()));
    }
    settings.setValue(QLatin1String(LastRunKey), nowUtc.toUTC().toString(Qt::ISODateWithMs));
    settings.setValue(QLatin1String(LastResultKey), result);
    settings.setValue(QLatin1String(LastCountKey), QString::number(run.purged.size()));
    return run;
}

} // namespace punchclock::services
