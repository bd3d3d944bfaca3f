#include "auditrepository.h"
#include "cliprocess.h"
#include "connection.h"
#include "operatoradmin.h"
#include "privacyadmin.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;
using test::CliRun;

namespace {

const QString devId = QStringLiteral("A000000000000001");

} // namespace

// `punchclock settings` for the biometric retention and the terminal endpoint's keys, and
// `devices pin|unpin`, through the real binary on a real database: what is accepted reaches the
// store the server and the console read, what is not is refused with its reason and changes
// nothing, and each change is in the audit trail.
class tst_CliSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<storage::Connection> m_connection;

    // Standard input ends at once: nothing is ever typed.
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment = test::plainEnvironment())
    {
        return test::runCli(QStringLiteral(PUNCHCLOCK_BINARY),
                            test::testDatabaseArgument(m_db, test::TestSchema::Current), arguments, environment,
                            QByteArray());
    }

    CliRun set(const QString &key, const QString &value,
               const QProcessEnvironment &environment = test::plainEnvironment())
    {
        return cli({QStringLiteral("settings"), QStringLiteral("set"), key, value}, environment);
    }

    QSqlDatabase db() const { return m_connection->database(); }

    QString stored(const char *key) const { return storage::SettingsRepository(db()).value(QLatin1String(key)); }

    QList<storage::AuditEntry> audit(const QString &action) const
    {
        storage::AuditFilter filter;
        filter.action = action;
        bool ok = false;
        const QList<storage::AuditEntry> entries = storage::AuditRepository(db()).list(filter, &ok);
        return ok ? entries : QList<storage::AuditEntry>{};
    }

    // The row `key` has in `punchclock settings`, its columns split on runs of spaces.
    QString listedValue(const char *key)
    {
        const CliRun listing = cli({QStringLiteral("settings")});
        const QRegularExpression row(QStringLiteral("^%1 +(\\S*)").arg(QRegularExpression::escape(QLatin1String(key))),
                                     QRegularExpression::MultilineOption);
        return row.match(QString::fromUtf8(listing.out)).captured(1);
    }

    QJsonObject listedTerminal()
    {
        const QJsonArray terminals =
            QJsonDocument::fromJson(cli({QStringLiteral("devices"), QStringLiteral("--json")}).out).array();
        return terminals.size() == 1 ? terminals.first().toObject() : QJsonObject();
    }

    // An operator account of `role` and an environment that signs in as it from a script.
    QProcessEnvironment signedInAs(const QString &name, services::Role role)
    {
        const QString password = QStringLiteral("correct horse battery");
        if (!services::OperatorAdmin(db())
                 .createOperator(services::Actor::system(QStringLiteral("test")), name, password, role, true, {})
                 .ok())
            return {};
        QFile passwordFile(m_dir->filePath(QStringLiteral("password-") + name));
        if (!passwordFile.open(QIODevice::WriteOnly))
            return {};
        passwordFile.write(password.toUtf8() + '\n');
        passwordFile.close();
        passwordFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QProcessEnvironment environment = test::plainEnvironment();
        environment.insert(QStringLiteral("PUNCHCLOCK_OPERATOR"), name);
        environment.insert(QStringLiteral("PUNCHCLOCK_PASSWORD_FILE"), passwordFile.fileName());
        return environment;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("punchclock.sqlite"));
        QString error;
        m_connection = storage::Connection::open(test::testDatabaseConfig(m_db, test::TestSchema::Current), &error);
        QVERIFY2(m_connection, qPrintable(error));
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {devId, QStringLiteral("192.0.2.10"), storage::Approval::Approved, {}}));
    }

    void cleanup()
    {
        m_connection.reset();
        m_dir.reset();
    }

    void theNewKeysAreListedWithTheirDefaults()
    {
        const CliRun listing = cli({QStringLiteral("settings")});
        QCOMPARE(listing.exitCode, 0);
        QCOMPARE(listedValue(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("0"));
        QCOMPARE(listedValue(engine::ServerSettings::MaxPendingPerAddressKey), QStringLiteral("16"));
        QCOMPARE(listedValue(engine::ServerSettings::MaxPendingKey), QStringLiteral("256"));
        QVERIFY2(listing.out.contains(engine::ServerSettings::AllowedNetworksKey), listing.out.constData());
        QVERIFY2(listing.out.contains("cards, passwords and punches stay"), listing.out.constData());
    }

    void retentionIsSetAndRecorded()
    {
        const CliRun changed = set(QLatin1String(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral(" 30 "));
        QCOMPARE(changed.exitCode, 0);
        QVERIFY2(changed.out.contains("privacy.biometric_retention_days = 30"), changed.out.constData());
        QCOMPARE(stored(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("30"));
        QCOMPARE(services::PrivacyAdmin(db()).retentionDays(), 30);
        QCOMPARE(listedValue(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("30"));

        const QList<storage::AuditEntry> records = audit(QStringLiteral("setting.change"));
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().actorKind, QStringLiteral("cli"));
        QCOMPARE(records.first().objectId, QLatin1String(services::PrivacyAdmin::RetentionDaysKey));
        QCOMPARE(records.first().newValue.value(QLatin1String("value")).toString(), QStringLiteral("30"));

        QCOMPARE(set(QLatin1String(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("0")).exitCode, 0);
        QCOMPARE(services::PrivacyAdmin(db()).retentionDays(), 0);
        QCOMPARE(set(QLatin1String(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("3650")).exitCode, 0);
        QCOMPARE(stored(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("3650"));
    }

    void retentionRefusesWhatIsNotADayCount_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("not a number") << QStringLiteral("a month");
        QTest::newRow("fraction") << QStringLiteral("1.5");
        QTest::newRow("absurd") << QStringLiteral("3651");
        QTest::newRow("empty") << QString();
    }

    void retentionRefusesWhatIsNotADayCount()
    {
        QFETCH(QString, value);
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(services::PrivacyAdmin::RetentionDaysKey),
                                                           QStringLiteral("90")));
        const CliRun refused = set(QLatin1String(services::PrivacyAdmin::RetentionDaysKey), value);
        QCOMPARE(refused.exitCode, 2);
        const QByteArray reason = "privacy.biometric_retention_days expects a number of days from 0 (keep for ever) to "
                                  "3650, not '" +
                                  value.toUtf8() + "'";
        QVERIFY2(refused.err.contains(reason), refused.err.constData());
        QCOMPARE(stored(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("90"));
        QVERIFY(audit(QStringLiteral("setting.change")).isEmpty());
    }

    void theCapsOnWaitingTerminalsAreSet()
    {
        QCOMPARE(set(QLatin1String(engine::ServerSettings::MaxPendingPerAddressKey), QStringLiteral("0")).exitCode, 0);
        QCOMPARE(set(QLatin1String(engine::ServerSettings::MaxPendingKey), QStringLiteral("40")).exitCode, 0);
        const engine::ServerSettings loaded = engine::ServerSettings::load(storage::SettingsRepository(db()));
        QCOMPARE(loaded.maxPendingPerAddress, 0);
        QCOMPARE(loaded.maxPending, 40);
        QCOMPARE(audit(QStringLiteral("setting.change")).size(), 2);

        for (const char *key :
             {engine::ServerSettings::MaxPendingPerAddressKey, engine::ServerSettings::MaxPendingKey}) {
            for (const QString &value : {QStringLiteral("-3"), QStringLiteral("many"), QStringLiteral("99999999999")}) {
                const CliRun refused = set(QLatin1String(key), value);
                QCOMPARE(refused.exitCode, 2);
                const QByteArray reason =
                    QByteArray(key) + " expects a whole number from 0, not '" + value.toUtf8() + "'";
                QVERIFY2(refused.err.contains(reason), refused.err.constData());
            }
        }
        QCOMPARE(stored(engine::ServerSettings::MaxPendingPerAddressKey), QStringLiteral("0"));
        QCOMPARE(stored(engine::ServerSettings::MaxPendingKey), QStringLiteral("40"));
    }

    void allowedNetworksAreCheckedAsTheServerReadsThem()
    {
        const QString key = QLatin1String(engine::ServerSettings::AllowedNetworksKey);
        QCOMPARE(set(key, QStringLiteral(" 192.168.1.0/24, 10.0.0.0/8,fd00::/8 ")).exitCode, 0);
        QCOMPARE(stored(engine::ServerSettings::AllowedNetworksKey),
                 QStringLiteral("192.168.1.0/24, 10.0.0.0/8,fd00::/8"));
        engine::ServerSettings loaded = engine::ServerSettings::load(storage::SettingsRepository(db()));
        QCOMPARE(loaded.allowedNetworks.size(), 3);
        QVERIFY(loaded.allowedNetworksError.isEmpty());

        const CliRun typo = set(key, QStringLiteral("192.168.1.0/24, 10.0.0.300/8, lan"));
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains("not a network: \"10.0.0.300/8\", \"lan\""), typo.err.constData());
        QVERIFY2(!typo.err.contains("\"192.168.1.0/24\""), typo.err.constData());
        QCOMPARE(stored(engine::ServerSettings::AllowedNetworksKey),
                 QStringLiteral("192.168.1.0/24, 10.0.0.0/8,fd00::/8"));

        // Empty: any address again.
        QCOMPARE(set(key, QString()).exitCode, 0);
        QVERIFY(stored(engine::ServerSettings::AllowedNetworksKey).isEmpty());
        loaded = engine::ServerSettings::load(storage::SettingsRepository(db()));
        QVERIFY(loaded.allowedNetworks.isEmpty());
        QCOMPARE(audit(QStringLiteral("setting.change")).size(), 2);
    }

    void refusedRegistrationsAreNotASetting()
    {
        const CliRun refused = set(QStringLiteral("terminals.refused_registrations"), QStringLiteral("{}"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("unknown setting"), refused.err.constData());
    }

    void aViewerMayNotChangeThem()
    {
        const QProcessEnvironment viewer = signedInAs(QStringLiteral("clerk"), services::Role::Viewer);
        QVERIFY(!viewer.isEmpty());
        for (const char *key : {services::PrivacyAdmin::RetentionDaysKey, engine::ServerSettings::MaxPendingKey,
                                engine::ServerSettings::AllowedNetworksKey}) {
            const CliRun refused = set(QLatin1String(key), QStringLiteral("10"), viewer);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("only an administrator can change the settings"), refused.err.constData());
            QVERIFY(stored(key).isEmpty());
        }
        const CliRun pin = cli({QStringLiteral("devices"), QStringLiteral("pin"), devId}, viewer);
        QCOMPARE(pin.exitCode, 1);
        QVERIFY2(pin.err.contains("only an operator or an administrator can manage terminals"), pin.err.constData());
        QVERIFY(!storage::TerminalRepository(db()).find(devId)->pinned);
        QVERIFY(audit(QStringLiteral("setting.change")).isEmpty());
        QVERIFY(audit(QStringLiteral("terminal.")).isEmpty());
        // Reading needs no right.
        QCOMPARE(cli({QStringLiteral("settings")}, viewer).exitCode, 0);
    }

    void pinAndUnpinAreRecorded()
    {
        QCOMPARE(listedTerminal().value(QLatin1String("pinned")), QJsonValue(false));
        const CliRun pinned = cli({QStringLiteral("devices"), QStringLiteral("pin"), devId});
        QCOMPARE(pinned.exitCode, 0);
        QVERIFY2(pinned.out.contains("is now pinned"), pinned.out.constData());
        QVERIFY(storage::TerminalRepository(db()).find(devId)->pinned);
        QCOMPARE(listedTerminal().value(QLatin1String("pinned")), QJsonValue(true));
        QVERIFY(QRegularExpression(QStringLiteral("\\b192\\.0\\.2\\.10 +yes\\b"))
                    .match(QString::fromUtf8(cli({QStringLiteral("devices")}).out))
                    .hasMatch());

        const QList<storage::AuditEntry> pins = audit(QStringLiteral("terminal.pin_address"));
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.first().actorKind, QStringLiteral("cli"));
        QCOMPARE(pins.first().objectKind, QStringLiteral("terminal"));
        QCOMPARE(pins.first().objectId, devId);
        QCOMPARE(pins.first().newValue.value(QLatin1String("address")).toString(), QStringLiteral("192.0.2.10"));
        QCOMPARE(pins.first().newValue.value(QLatin1String("pinned")), QJsonValue(true));

        const CliRun unpinned = cli({QStringLiteral("devices"), QStringLiteral("unpin"), devId});
        QCOMPARE(unpinned.exitCode, 0);
        QVERIFY2(unpinned.out.contains("no longer pinned"), unpinned.out.constData());
        QVERIFY(!storage::TerminalRepository(db()).find(devId)->pinned);
        const QList<storage::AuditEntry> unpins = audit(QStringLiteral("terminal.unpin_address"));
        QCOMPARE(unpins.size(), 1);
        QCOMPARE(unpins.first().newValue.value(QLatin1String("pinned")), QJsonValue(false));
    }

    void pinningRefusesWhatItCannotName()
    {
        const CliRun unknown =
            cli({QStringLiteral("devices"), QStringLiteral("pin"), QStringLiteral("NOSUCHTERMINAL")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no terminal with dev_id 'NOSUCHTERMINAL'"), unknown.err.constData());
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("unpin")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("pin"), devId, devId}).exitCode, 2);
        QVERIFY(audit(QStringLiteral("terminal.")).isEmpty());
    }

    void aMoveShowsInTheJson()
    {
        QJsonObject terminal = listedTerminal();
        QCOMPARE(terminal.value(QLatin1String("previous_address")).toString(), QString());
        QCOMPARE(terminal.value(QLatin1String("address_changed_at")).toString(), QString());
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {devId, QStringLiteral("192.0.2.77"), storage::Approval::Approved, {}}));
        terminal = listedTerminal();
        QCOMPARE(terminal.value(QLatin1String("remote_address")).toString(), QStringLiteral("192.0.2.77"));
        QCOMPARE(terminal.value(QLatin1String("previous_address")).toString(), QStringLiteral("192.0.2.10"));
        const QDateTime changedAt =
            QDateTime::fromString(terminal.value(QLatin1String("address_changed_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(changedAt.isValid());
        QVERIFY(qAbs(changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);
    }
};

QTEST_GUILESS_MAIN(tst_CliSettings)
#include "tst_clisettings.moc"
