#include "privacyfixture.h"

#include "auditrepository.h"
#include "privacyadmin.h"
#include "retentionscheduler.h"
#include "settingsrepository.h"
#include "userrepository.h"

#include <QTest>

using namespace punchclock;
using namespace privacyfixture;
using services::RetentionScheduler;

// The daily purge of old biometrics: off until a retention is set, once a day when on, in its
// own thread as the console and `serve` run it.
class tst_RetentionScheduler : public QObject
{
    Q_OBJECT

private:
    TestDatabases m_databases;

    QSqlDatabase db() const { return m_databases.db(); }
    QString setting(const char *key) const { return storage::SettingsRepository(db()).value(QLatin1String(key)); }

    int biometricsOf(const QString &userId) const
    {
        return count(db(),
                     QStringLiteral("SELECT COUNT(*) FROM credentials WHERE user_id = ? AND backup_number "
                                    "NOT IN (10, 11)"),
                     {userId});
    }

    // A user who left every terminal `days` ago.
    bool leftDaysAgo(const QString &userId, int days)
    {
        storage::UserRepository users(db());
        return users.applyEnrollment(devA, person(userId, QStringLiteral("Leaver ") + userId)) &&
               users.removeMembership(devA, userId) &&
               setInactiveSince(db(), userId, QDateTime::currentDateTimeUtc().addDays(-days));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_databases.open());
        QVERIFY(leftDaysAgo(QStringLiteral("1"), 100));
    }

    void cleanup() { m_databases.close(); }

    void nothingRunsWhileRetentionIsOff()
    {
        QVERIFY(!RetentionScheduler::runIfDue(db(), QDateTime::currentDateTimeUtc()));
        QVERIFY(setting(RetentionScheduler::LastRunKey).isEmpty());
        QCOMPARE(biometricsOf(QStringLiteral("1")), 4);
    }

    void thePurgeRunsOnceADay()
    {
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(services::PrivacyAdmin::RetentionDaysKey),
                                                           QStringLiteral("90")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const std::optional<services::PurgeResult> first = RetentionScheduler::runIfDue(db(), now);
        QVERIFY(first);
        QVERIFY(first->outcome.ok());
        QCOMPARE(first->purged.size(), 1);
        QCOMPARE(biometricsOf(QStringLiteral("1")), 0);
        QCOMPARE(setting(RetentionScheduler::LastRunKey), now.toString(Qt::ISODateWithMs));
        QCOMPARE(setting(RetentionScheduler::LastResultKey), QStringLiteral("ok"));
        QCOMPARE(setting(RetentionScheduler::LastCountKey), QStringLiteral("1"));
        storage::AuditFilter filter;
        filter.action = QStringLiteral("person.purge_biometrics");
        const QList<storage::AuditEntry> trail = storage::AuditRepository(db()).list(filter);
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().actor, QStringLiteral("biometric retention"));

        // Another leaver, due too: not before a day has passed since the last run.
        QVERIFY(leftDaysAgo(QStringLiteral("2"), 91));
        QVERIFY(!RetentionScheduler::runIfDue(db(), now.addSecs(23 * 3600)));
        QCOMPARE(biometricsOf(QStringLiteral("2")), 4);
        const std::optional<services::PurgeResult> next = RetentionScheduler::runIfDue(db(), now.addDays(1));
        QVERIFY(next);
        QCOMPARE(next->purged.size(), 1);
        QCOMPARE(biometricsOf(QStringLiteral("2")), 0);
    }

    void theSchedulerChecksInItsOwnThread()
    {
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(services::PrivacyAdmin::RetentionDaysKey),
                                                           QStringLiteral("30")));
        RetentionScheduler scheduler(m_databases.config());
        int runs = 0;
        int purged = 0;
        connect(&scheduler, &RetentionScheduler::purgeRan, this, [&](bool ok, int users) {
            runs += ok ? 1 : 0;
            purged += users;
        });
        scheduler.start(std::chrono::milliseconds(20));
        QTRY_COMPARE(runs, 1);
        QCOMPARE(purged, 1);
        QCOMPARE(biometricsOf(QStringLiteral("1")), 0);
        scheduler.stop();
        QCOMPARE(runs, 1);
    }
};

QTEST_GUILESS_MAIN(tst_RetentionScheduler)
#include "tst_retentionscheduler.moc"
