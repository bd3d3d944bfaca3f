#include "settingspagefixture.h"

#include "auditrepository.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace punchclock;
using engine::ServerSettings;

// The terminal endpoint's guard on the Settings page: the allowed networks are checked as the
// server reads them before they are stored, and the caps on waiting terminals reach the settings
// the server reloads.
class tst_TerminalAccessSection : public QObject
{
    Q_OBJECT

private:
    test::SettingsPageFixture m_fixture;

    ServerSettings loaded() const
    {
        return ServerSettings::load(storage::SettingsRepository(m_fixture.bed().database()));
    }

    int settingChanges() const
    {
        storage::AuditFilter filter;
        filter.action = QStringLiteral("setting.change");
        return int(storage::AuditRepository(m_fixture.bed().database()).list(filter).size());
    }

    void typeNetworks(const QString &text)
    {
        auto *field = m_fixture.widget<QLineEdit>("allowedNetworks");
        field->setText(text);
        Q_EMIT field->editingFinished();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_fixture.open(&error), qPrintable(error));
    }

    void cleanup() { m_fixture.close(); }

    void theDefaultsShowAndLeavingAFieldWritesNothing()
    {
        QVERIFY(m_fixture.widget<QLineEdit>("allowedNetworks")->text().isEmpty());
        QCOMPARE(m_fixture.widget<QSpinBox>("maxPendingPerAddress")->value(), ServerSettings().maxPendingPerAddress);
        QCOMPARE(m_fixture.widget<QSpinBox>("maxPending")->value(), ServerSettings().maxPending);
        Q_EMIT m_fixture.widget<QLineEdit>("allowedNetworks")->editingFinished();
        Q_EMIT m_fixture.widget<QSpinBox>("maxPendingPerAddress")->editingFinished();
        Q_EMIT m_fixture.widget<QSpinBox>("maxPending")->editingFinished();
        QCOMPARE(settingChanges(), 0);
    }

    void aTypoInTheNetworksIsNamedAndNotStored()
    {
        typeNetworks(QStringLiteral("192.168.1.0/24, 10.0.0.300/8"));
        auto *error = m_fixture.widget<QLabel>("allowedNetworksError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("“10.0.0.300/8”")), qPrintable(error->text()));
        QVERIFY2(!error->text().contains(QStringLiteral("192.168.1.0/24”")), qPrintable(error->text()));
        QVERIFY(loaded().allowedNetworksText.isEmpty());

        typeNetworks(QStringLiteral("192.168.1.0/24, 127.0.0.1"));
        QVERIFY(!error->isVisible());
        QCOMPARE(loaded().allowedNetworksText, QStringLiteral("192.168.1.0/24, 127.0.0.1"));
        QCOMPARE(loaded().allowedNetworks.size(), 2);

        typeNetworks(QString());
        QVERIFY(loaded().allowedNetworks.isEmpty());
        QCOMPARE(settingChanges(), 2);
    }

    void theCapsReachTheServersSettings()
    {
        m_fixture.enter("maxPendingPerAddress", 0);
        m_fixture.enter("maxPending", 30);
        QCOMPARE(loaded().maxPendingPerAddress, 0);
        QCOMPARE(loaded().maxPending, 30);
        QCOMPARE(settingChanges(), 2);

        // The CLI's `settings set` in another process: shown at the next reload.
        QVERIFY(storage::SettingsRepository(m_fixture.bed().database())
                    .setValue(QLatin1String(ServerSettings::MaxPendingKey), QStringLiteral("500")));
        m_fixture.page().reload();
        QCOMPARE(m_fixture.widget<QSpinBox>("maxPending")->value(), 500);
    }
};

QTEST_MAIN(tst_TerminalAccessSection)
#include "tst_terminalaccesssection.moc"
