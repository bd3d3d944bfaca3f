#include "datafolderpage.h"
#include "firstrunsetup.h"
#include "firstrunwizard.h"

#include "simulator.h"

#include "freeport.h"
#include "modaldialogs.h"

#include "auditrepository.h"
#include "connection.h"
#include "operatorrepository.h"
#include "punchrepository.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace punchclock;

// The first start as a new user goes through it: choices, the server really starting on the
// chosen port, the settings every process reads, and a simulated terminal whose punches arrive.
class tst_FirstRunWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::FirstRunSetup> m_setup;
    std::unique_ptr<simulator::Simulator> m_simulator;
    std::unique_ptr<ui::FirstRunWizard> m_wizard;
    quint16 m_serverPort = 0;

    template<typename T>
    T *widget(const char *objectName) const
    {
        T *found = m_wizard->findChild<T *>(QLatin1String(objectName));
        if (!found)
            qFatal("no widget named %s", objectName);
        return found;
    }

    QString dataFolder() const { return m_dir->filePath(QStringLiteral("office/data")); }

    void createWizard(quint16 port, const QByteArray &timeZoneId = "Europe/Madrid")
    {
        ui::FirstRunChoices defaults;
        defaults.dataFolder = dataFolder();
        defaults.timeZoneId = timeZoneId;
        defaults.port = port;
        const auto apply = [this](const ui::FirstRunChoices &choices) {
            const ui::FirstRunOutcome outcome = m_setup->apply(choices);
            m_serverPort = outcome.port;
            return outcome;
        };
        const auto startSimulator = [this] {
            simulator::SimulatorConfig config;
            config.terminal.server = {QStringLiteral("127.0.0.1"), m_serverPort};
            config.terminal.punchesPerMinute = 120;
            config.terminal.pollIntervalMs = 500;
            m_simulator = std::make_unique<simulator::Simulator>(config);
            m_simulator->start();
            return QString();
        };
        m_wizard = std::make_unique<ui::FirstRunWizard>(defaults, apply, startSimulator);
        m_wizard->show();
    }

    void pressNext() { m_wizard->button(QWizard::NextButton)->click(); }
    void pressCommit() { m_wizard->button(QWizard::CommitButton)->click(); }

    // Types the first administrator's name and password (twice) on the page that asks them.
    void typeAdministrator(const QString &name, const QString &password, const QString &repeated)
    {
        widget<QLineEdit>("accountName")->setText(name);
        widget<QLineEdit>("newPassword")->setText(password);
        widget<QLineEdit>("repeatPassword")->setText(repeated);
    }

    void enterAdministrator()
    {
        typeAdministrator(administratorName, administratorPassword, administratorPassword);
        pressNext();
    }

    static inline const QString administratorName = QStringLiteral("anna");
    static inline const QString administratorPassword = QStringLiteral("correct horse battery");

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_setup = std::make_unique<ui::FirstRunSetup>();
        m_serverPort = 0;
    }

    void cleanup()
    {
        m_wizard.reset();
        if (m_simulator)
            m_simulator->stop();
        m_simulator.reset();
        m_setup.reset();
        m_dir.reset();
    }

    void aNewUserGetsAServerAndSeesPunchesArrive()
    {
        const quint16 port = test::freePort();
        createWizard(port);
        QCOMPARE(widget<QLineEdit>("dataFolderEdit")->text(), dataFolder());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        pressNext();
        QCOMPARE(widget<QSpinBox>("portSpin")->value(), int(port));
        QCOMPARE(widget<QLabel>("portState")->text(), QStringLiteral("Port %1 is free.").arg(port));
        pressNext();
        enterAdministrator();
        widget<QRadioButton>("approveAutomaticallyRadio")->setChecked(true);
        pressCommit();
        QCOMPARE(widget<QLabel>("applyProblem")->isVisible(), false);
        // The password is gone from the wizard once the account exists.
        QVERIFY(widget<QLineEdit>("newPassword")->text().isEmpty());
        QVERIFY(widget<QLineEdit>("repeatPassword")->text().isEmpty());

        // The server runs on the chosen port, with the choices stored where every process reads them.
        QCOMPARE(m_serverPort, port);
        QVERIFY(QFile::exists(dataFolder() + QStringLiteral("/punchclock.sqlite")));
        const auto config = storage::DatabaseConfig::sqlite(m_setup->databasePath());
        QString error;
        const auto db = storage::Connection::open(config, &error);
        QVERIFY2(db, qPrintable(error));
        storage::SettingsRepository settings(db->database());
        QCOMPARE(settings.value(QLatin1String(engine::ServerSettings::ListenKey)), QStringLiteral("*:%1").arg(port));
        QCOMPARE(settings.value(QLatin1String(engine::ServerSettings::SiteTimeZoneKey)), QStringLiteral("Europe/Madrid"));
        QCOMPARE(settings.value(QLatin1String(engine::ServerSettings::AutoApproveKey)), QStringLiteral("1"));

        // The first administrator exists and the console opens signed in as them; the settings
        // are recorded as the first-run set-up's.
        const QList<storage::OperatorRow> operators = storage::OperatorRepository(db->database()).list();
        QCOMPARE(operators.size(), 1);
        QCOMPARE(operators.first().name, administratorName);
        QCOMPARE(operators.first().role, QStringLiteral("administrator"));
        QVERIFY(!operators.first().passwordHash.contains(administratorPassword));
        QVERIFY(m_setup->administrator());
        QCOMPARE(m_setup->administrator()->name, administratorName);
        QCOMPARE(m_setup->administrator()->operatorId, operators.first().id);
        storage::AuditFilter settingChanges;
        settingChanges.action = QStringLiteral("setting.change");
        const QList<storage::AuditEntry> recorded = storage::AuditRepository(db->database()).list(settingChanges);
        QCOMPARE(recorded.size(), 3);
        for (const storage::AuditEntry &entry : recorded)
            QCOMPARE(entry.actor, QStringLiteral("first-run set-up"));

        // The last page says what to type on a terminal: the port, with an address when the PC has one.
        const QString addresses = widget<QLabel>("readyAddresses")->text();
        QVERIFY2(addresses.contains(QString::number(port)), qPrintable(addresses));
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());

        widget<QPushButton>("startSimulatorButton")->click();
        QVERIFY(!widget<QPushButton>("startSimulatorButton")->isEnabled());
        storage::PunchRepository punches(db->database());
        QTRY_VERIFY_WITH_TIMEOUT(punches.count({}) > 0, 15000);
        m_wizard->button(QWizard::FinishButton)->click();
        QVERIFY(m_setup->takeConnection());
        const std::unique_ptr<http::ServerHost> server = m_setup->takeServer();
        QVERIFY(server && server->isRunning());
        m_simulator->stop();
        server->stop();
    }

    void aBusyPortIsRefusedBeforeAnythingStarts()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::Any, 0));
        createWizard(squatter.serverPort());
        pressNext();
        QVERIFY(widget<QLabel>("portState")->text().startsWith(
            QStringLiteral("Port %1 cannot be used:").arg(squatter.serverPort())));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        widget<QSpinBox>("portSpin")->setValue(test::freePort());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void aFileIsNotADataFolder()
    {
        createWizard(test::freePort());
        QFile file(m_dir->filePath(QStringLiteral("taken")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        widget<QLineEdit>("dataFolderEdit")->setText(file.fileName() + QStringLiteral("/data"));
        QVERIFY(widget<QLabel>("dataFolderProblem")->text().contains(QStringLiteral("is a file, not a folder")));
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        widget<QLineEdit>("dataFolderEdit")->setText(QStringLiteral("relative/path"));
        QCOMPARE(widget<QLabel>("dataFolderProblem")->text(), QStringLiteral("Give the whole path, starting with /."));
    }

    void weakAdministratorPasswordsAreRefused()
    {
        createWizard(test::freePort());
        pressNext();
        pressNext();
        QVERIFY(widget<QLineEdit>("accountName")->isVisible());
        const auto refused = [this](const QString &name, const QString &password, const QString &repeated,
                                    const QString &why) {
            typeAdministrator(name, password, repeated);
            pressNext();
            QVERIFY2(widget<QLineEdit>("accountName")->isVisible(), qPrintable(password));
            const QString problem = widget<QLabel>("administratorProblem")->text();
            QVERIFY2(problem.contains(why), qPrintable(problem));
            // A refused password is not left on screen.
            QVERIFY(widget<QLineEdit>("newPassword")->text().isEmpty());
        };
        refused(QString(), administratorPassword, administratorPassword, QStringLiteral("Enter a name"));
        refused(administratorName, QStringLiteral("short"), QStringLiteral("short"), QStringLiteral("at least 10"));
        refused(administratorName, QStringLiteral("anna-is-the-boss"), QStringLiteral("anna-is-the-boss"),
                QStringLiteral("must not contain the name"));
        refused(administratorName, administratorPassword, QStringLiteral("correct horse battery!"),
                QStringLiteral("differ"));
        QCOMPARE(m_serverPort, quint16(0));
        QVERIFY(!QFile::exists(dataFolder() + QStringLiteral("/punchclock.sqlite")));
        enterAdministrator();
        QVERIFY(widget<QComboBox>("timeZoneCombo")->isVisible());
    }

    void anUnknownTimeZoneIsRefused()
    {
        createWizard(test::freePort());
        pressNext();
        pressNext();
        enterAdministrator();
        widget<QComboBox>("timeZoneCombo")->setEditText(QStringLiteral("Mars/Olympus"));
        pressCommit();
        QVERIFY(widget<QLabel>("applyProblem")->text().contains(QStringLiteral("Mars/Olympus")));
        QCOMPARE(m_serverPort, quint16(0));
        QVERIFY(!QFile::exists(dataFolder() + QStringLiteral("/punchclock.sqlite")));
    }

    // On a PC set to UTC the zone offered was Africa/Abidjan, the first in the list.
    void theTimeZoneIsThisPcsOrUtc()
    {
        const QByteArray zoneBefore = qgetenv("TZ");
        qputenv("TZ", "UTC");
        const QByteArray system = QTimeZone::systemTimeZoneId();
        if (zoneBefore.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", zoneBefore);
        const QList<std::pair<QByteArray, QString>> cases{
            {system, QStringLiteral("UTC")},
            {QByteArray(), QStringLiteral("UTC")},
            {QByteArrayLiteral("Nowhere/Atlantis"), QStringLiteral("UTC")},
            {QByteArrayLiteral("America/Lima"), QStringLiteral("America/Lima")},
        };
        for (const auto &[given, shown] : cases) {
            createWizard(test::freePort(), given);
            QCOMPARE(widget<QComboBox>("timeZoneCombo")->currentText(), shown);
            QCOMPARE(m_wizard->choices().timeZoneId, shown.toLatin1());
        }
    }

    void aProblemGoesOnceTheInputIsEdited()
    {
        createWizard(test::freePort());
        pressNext();
        pressNext();
        typeAdministrator(QString(), administratorPassword, administratorPassword);
        pressNext();
        auto *problem = widget<QLabel>("administratorProblem");
        QVERIFY(problem->isVisible());
        QTest::keyClicks(widget<QLineEdit>("accountName"), QStringLiteral("a"));
        QVERIFY(!problem->isVisible());
        typeAdministrator(administratorName, administratorPassword, administratorPassword);
        pressNext();

        auto *zone = widget<QComboBox>("timeZoneCombo");
        zone->setEditText(QStringLiteral("Mars/Olympus"));
        pressCommit();
        auto *zoneProblem = widget<QLabel>("applyProblem");
        QVERIFY(zoneProblem->isVisible());
        zone->setEditText(QStringLiteral("Europe/Madrid"));
        QVERIFY(!zoneProblem->isVisible());
        QCOMPARE(m_serverPort, quint16(0));
    }

    void escapeAsksOnlyOnceSomethingWasEntered()
    {
        createWizard(test::freePort());
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));

        createWizard(test::freePort());
        pressNext();
        pressNext();
        QTest::keyClicks(widget<QLineEdit>("accountName"), administratorName);
        const auto answer = [](const char *button) {
            test::whenModalShows<QMessageBox>([button](QMessageBox *box) {
                QCOMPARE(box->objectName(), QStringLiteral("discardSetup"));
                auto *chosen = box->findChild<QPushButton *>(QLatin1String(button));
                QVERIFY(chosen);
                chosen->click();
            });
        };
        answer("continueSetupButton");
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QVERIFY(m_wizard->isVisible());
        QCOMPARE(widget<QLineEdit>("accountName")->text(), administratorName);
        answer("discardSetupButton");
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QVERIFY(!m_wizard->isVisible());
        QVERIFY(!QFile::exists(dataFolder() + QStringLiteral("/punchclock.sqlite")));
    }
};

QTEST_MAIN(tst_FirstRunWizard)
#include "tst_firstrunwizard.moc"
