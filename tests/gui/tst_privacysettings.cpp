#include "settingspagefixture.h"

#include "consolecontext.h"
#include "permissiontext.h"
#include "privacysection.h"

#include "auditrepository.h"
#include "privacyadmin.h"
#include "settingsrepository.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace punchclock;
using services::PrivacyAdmin;

// Biometric retention on the Settings page, against a temporary database: the spin box saves
// through services::SettingsAdmin as the signed-in operator, what the purge reads, and an
// account that may not change settings sees it disabled, with the reason.
class tst_PrivacySettings : public QObject
{
    Q_OBJECT

private:
    test::SettingsPageFixture m_fixture;

    QSpinBox *retentionDays() const { return m_fixture.widget<QSpinBox>("biometricRetentionDays"); }

    QString stored() const
    {
        return storage::SettingsRepository(m_fixture.bed().database())
            .value(QLatin1String(PrivacyAdmin::RetentionDaysKey));
    }

    void store(const QString &days) const
    {
        QVERIFY(storage::SettingsRepository(m_fixture.bed().database())
                    .setValue(QLatin1String(PrivacyAdmin::RetentionDaysKey), days));
    }

    QList<storage::AuditEntry> settingChanges() const
    {
        storage::AuditFilter filter;
        filter.action = QStringLiteral("setting.change");
        filter.objectId = QLatin1String(PrivacyAdmin::RetentionDaysKey);
        return storage::AuditRepository(m_fixture.bed().database()).list(filter);
    }

    static services::Actor viewer()
    {
        services::Actor actor;
        actor.kind = services::ActorKind::Operator;
        actor.name = QStringLiteral("clerk");
        actor.origin = ui::ConsoleContext::origin();
        actor.operatorId = 42;
        actor.role = services::Role::Viewer;
        return actor;
    }

    void enter(int days) const { m_fixture.enter("biometricRetentionDays", days); }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
    }

    void cleanup() { m_fixture.close(); }

    void retentionIsOffUntilSet()
    {
        QCOMPARE(retentionDays()->value(), 0);
        QCOMPARE(retentionDays()->text(), retentionDays()->specialValueText());
        QCOMPARE(retentionDays()->maximum(), PrivacyAdmin::MaxRetentionDays);
        QVERIFY(retentionDays()->isEnabled());
        // Leaving the field untouched writes nothing.
        Q_EMIT retentionDays()->editingFinished();
        QVERIFY(stored().isEmpty());
        QVERIFY(settingChanges().isEmpty());
    }

    void theSpinBoxSavesThroughTheService()
    {
        QSignalSpy changes(&m_fixture.bed().context(), &ui::ConsoleContext::settingsChanged);
        enter(90);
        QCOMPARE(stored(), QStringLiteral("90"));
        QCOMPARE(PrivacyAdmin(m_fixture.bed().database()).retentionDays(), 90);
        QVERIFY(changes.count() > 0);
        const QList<storage::AuditEntry> records = settingChanges();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().actor, m_fixture.bed().context().actor().name);
        QCOMPARE(records.first().newValue.value(QLatin1String("value")).toString(), QStringLiteral("90"));
        QVERIFY(!m_fixture.widget<QLabel>("biometricRetentionError")->isVisible());

        enter(0);
        QCOMPARE(stored(), QStringLiteral("0"));
        QCOMPARE(settingChanges().size(), 2);
    }

    void aValueSetElsewhereShows()
    {
        store(QStringLiteral("365"));
        m_fixture.page().reload();
        QCOMPARE(retentionDays()->value(), 365);
    }

    void aViewerSeesItDisabledWithTheReason()
    {
        store(QStringLiteral("30"));
        m_fixture.page().reload();
        ui::ConsoleContext &context = m_fixture.bed().context();
        context.setActor(viewer());
        QVERIFY(!retentionDays()->isEnabled());
        QCOMPARE(retentionDays()->value(), 30);
        auto *section = m_fixture.page().findChild<ui::PrivacySection *>();
        QVERIFY(section);
        QCOMPARE(section->toolTip(),
                 ui::PermissionText::notAllowed(context.actor(), services::Permission::ChangeSettings));

        // Had the field been reached anyway, the service would still refuse, in words.
        enter(1);
        QCOMPARE(stored(), QStringLiteral("30"));
        QVERIFY(settingChanges().isEmpty());
        auto *error = m_fixture.widget<QLabel>("biometricRetentionError");
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), ui::PermissionText::denied(services::Permission::ChangeSettings));

        // Signed in as an administrator again, it may be changed.
        context.setActor(ui::ConsoleContext::defaultActor());
        QVERIFY(retentionDays()->isEnabled());
        QVERIFY(section->toolTip().isEmpty());
    }
};

QTEST_MAIN(tst_PrivacySettings)
#include "tst_privacysettings.moc"
