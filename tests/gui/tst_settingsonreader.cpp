#include "readerthreadtools.h"
#include "settingspagefixture.h"

#include "consolecontext.h"
#include "consolelock.h"

#include "backupscheduler.h"
#include "privacyadmin.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace punchclock;
using engine::BackupScheduler;
using engine::ServerSettings;

// The Settings page as it reads on PostgreSQL: on the console's reader thread, with a
// connection of its own (here to the same SQLite file). Everything it shows is read there; an
// edit is compared with what the page read and saved since, so that an edit made before the
// page has read back the one before is saved too, and a read that began before a save does not
// put back the value the save replaced.
class tst_SettingsOnReader : public QObject
{
    Q_OBJECT

private:
    test::SettingsPageFixture m_fixture;

    ui::ConsoleReader &reader() const { return m_fixture.bed().context().reader(); }

    QString stored(const char *key) const
    {
        return storage::SettingsRepository(m_fixture.bed().database()).value(QLatin1String(key));
    }

    void store(const char *key, const QString &value) const
    {
        QVERIFY(storage::SettingsRepository(m_fixture.bed().database()).setValue(QLatin1String(key), value));
    }

    int spinValue(const char *name) const { return m_fixture.widget<QSpinBox>(name)->value(); }

    // What the page shows after a reload of what `key` holds now.
    void showStored(const char *key, const QString &value)
    {
        store(key, value);
        m_fixture.page().reload();
        m_fixture.bed().waitForReads();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error, true), qPrintable(error));
        QCOMPARE(reader().mode(), ui::ConsoleReader::Mode::OnReaderThread);
        m_fixture.bed().waitForReads();
    }

    void cleanup() { m_fixture.close(); }

    void everyValueShownIsReadOffTheGuiThread()
    {
        store(ServerSettings::ListenKey, QStringLiteral("127.0.0.1:8123"));
        store(ServerSettings::AutoApproveKey, QStringLiteral("1"));
        store(ServerSettings::CommandTimeoutKey, QStringLiteral("777"));
        store(ServerSettings::AllowedNetworksKey, QStringLiteral("10.0.0.0/8"));
        store(ServerSettings::MaxPendingKey, QStringLiteral("9"));
        store(services::PrivacyAdmin::RetentionDaysKey, QStringLiteral("30"));
        store(BackupScheduler::KeepKey, QStringLiteral("5"));
        store(BackupScheduler::DailyKey, QStringLiteral("0"));
        store(ui::ConsoleLock::LockAfterKey, QStringLiteral("15"));
        QVERIFY(m_fixture.bed().signInAs(QStringLiteral("vera"), services::Role::Administrator).operatorId != 0);

        {
            const test::GuiConnectionClosed closed(m_fixture.bed().database());
            m_fixture.page().reload();
            m_fixture.bed().waitForReads();
        }

        QCOMPARE(spinValue("listenPort"), 8123);
        QVERIFY(m_fixture.widget<QCheckBox>("autoApprove")->isChecked());
        QCOMPARE(spinValue("commandTimeout"), 777);
        QCOMPARE(m_fixture.widget<QLineEdit>("allowedNetworks")->text(), QStringLiteral("10.0.0.0/8"));
        QCOMPARE(spinValue("maxPending"), 9);
        QCOMPARE(spinValue("biometricRetentionDays"), 30);
        QCOMPARE(spinValue("backupKeep"), 5);
        QVERIFY(!m_fixture.widget<QCheckBox>("backupDaily")->isChecked());
        QCOMPARE(spinValue("lockAfter"), 15);
        const QAbstractItemModel *accounts = m_fixture.widget<QTableView>("operatorsTable")->model();
        QCOMPARE(accounts->rowCount(), 1);
        QCOMPARE(accounts->index(0, 0).data().toString(), QStringLiteral("vera"));
    }

    void anEditIsSavedOffTheGuiThread()
    {
        {
            const test::GuiConnectionClosed closed(m_fixture.bed().database());
            m_fixture.enter("commandTimeout", 600);
            m_fixture.enter("lockAfter", 5);
            QVERIFY(m_fixture.widget<QLabel>("commandsError")->isHidden());
            QVERIFY(m_fixture.widget<QLabel>("lockAfterError")->isHidden());
        }
        QCOMPARE(stored(ServerSettings::CommandTimeoutKey), QStringLiteral("600"));
        QCOMPARE(stored(ui::ConsoleLock::LockAfterKey), QStringLiteral("5"));
    }

    void anEditBeforeThePageReadTheLastBackIsSavedToo()
    {
        showStored(ServerSettings::CommandTimeoutKey, QStringLiteral("777"));
        QCOMPARE(spinValue("commandTimeout"), 777);

        // Saved, and the page's read of it is on its way; the operator changes their mind
        // before it arrives, back to what the page read last.
        m_fixture.enter("commandTimeout", 600);
        m_fixture.enter("commandTimeout", 777);
        QCOMPARE(stored(ServerSettings::CommandTimeoutKey), QStringLiteral("777"));
        m_fixture.enter("maxPending", 20);
        m_fixture.enter("maxPending", ServerSettings().maxPending);
        QCOMPARE(stored(ServerSettings::MaxPendingKey), QString::number(ServerSettings().maxPending));
        m_fixture.enter("biometricRetentionDays", 10);
        m_fixture.enter("biometricRetentionDays", 0);
        QCOMPARE(stored(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("0"));

        m_fixture.bed().waitForReads();
        QCOMPARE(spinValue("commandTimeout"), 777);
        QCOMPARE(spinValue("maxPending"), ServerSettings().maxPending);
        QCOMPARE(spinValue("biometricRetentionDays"), 0);
    }

    void aReadFromBeforeASaveDoesNotPutTheOldValueBack()
    {
        showStored(ServerSettings::CommandTimeoutKey, QStringLiteral("777"));
        auto *timeout = m_fixture.widget<QSpinBox>("commandTimeout");
        timeout->clearFocus();
        // A reload (any change elsewhere causes one) reads 777; its result waits for the GUI
        // thread while the operator saves 600.
        m_fixture.page().reload();
        QVERIFY(test::readsDoneButNotShown(reader(), &m_fixture.page()));
        QSignalSpy shown(timeout, &QSpinBox::valueChanged);
        m_fixture.enter("commandTimeout", 600);
        QCOMPARE(stored(ServerSettings::CommandTimeoutKey), QStringLiteral("600"));

        m_fixture.bed().waitForReads();
        QCOMPARE(timeout->value(), 600);
        for (const QList<QVariant> &change : std::as_const(shown))
            QCOMPARE(change.at(0).toInt(), 600);
    }
};

QTEST_MAIN(tst_SettingsOnReader)
#include "tst_settingsonreader.moc"
