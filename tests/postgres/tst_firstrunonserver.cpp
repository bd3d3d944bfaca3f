#include "shareddatabase.h"

#include "connection.h"
#include "datafolderpage.h"
#include "firstrunsetup.h"
#include "serverhost.h"
#include "settingsrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace punchclock;

// The first-run wizard's other answer to "where should Punchclock keep its data?": a database on
// a PostgreSQL server. The page reads the URL as the command line does, and the set-up opens the
// database, migrates it, stores the choices and starts the terminal server on it.
class tst_FirstRunOnServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ui::FirstRunChoices choicesFor(const QString &url)
    {
        ui::FirstRunChoices choices;
        choices.dataFolder = m_dir.filePath(QStringLiteral("unused"));
        choices.databaseUrl = url;
        choices.listenAddress = QHostAddress::LocalHost;
        choices.port = 0;
        choices.timeZoneId = "Europe/Madrid";
        choices.administratorName = QStringLiteral("ana");
        choices.administratorPassword = QStringLiteral("correct horse battery");
        return choices;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PUNCHCLOCK_REQUIRE_POSTGRES();
    }

    void thePageReadsTheUrl()
    {
        ui::DataFolderPage page(m_dir.path());
        auto *problem = page.findChild<QLabel *>(QStringLiteral("dataFolderProblem"));
        auto *url = page.findChild<QLineEdit *>(QStringLiteral("databaseUrlEdit"));
        QVERIFY(page.isComplete()); // the folder, by default
        page.findChild<QRadioButton *>(QStringLiteral("dataOnServer"))->setChecked(true);
        QVERIFY(!page.isComplete());
        QVERIFY2(problem->text().contains(QLatin1String("postgresql://")), qPrintable(problem->text()));
        url->setText(QStringLiteral("postgresql://ana:secret@db.example.com/punchclock"));
        QVERIFY(!page.isComplete());
        QVERIFY2(problem->text().contains(QLatin1String("Leave the password out")), qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QLatin1String("secret")));
        url->setText(QStringLiteral("postgresql://ana@db.example.com:99999/punchclock"));
        QVERIFY(!page.isComplete());
        url->setText(QStringLiteral("postgresql://ana@db.example.com/punchclock"));
        QVERIFY2(page.isComplete(), qPrintable(problem->text()));
        QCOMPARE(page.databaseUrl(), QStringLiteral("postgresql://ana@db.example.com/punchclock"));
        // Back to the folder: the URL typed is not used.
        page.findChild<QRadioButton *>(QStringLiteral("dataOnThisPc"))->setChecked(true);
        QVERIFY(page.databaseUrl().isEmpty());
    }

    void theSetupStartsTheServerOnTheDatabase()
    {
        const storage::DatabaseConfig database = test::testDatabaseConfig(m_dir.filePath(QStringLiteral("site.sqlite")));
        ui::FirstRunSetup setup;
        const ui::FirstRunOutcome outcome = setup.apply(choicesFor(database.displayName()));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.port != 0);
        QVERIFY(setup.databaseConfig().isPostgres());
        QVERIFY(setup.databasePath().isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("unused")))); // no folder made for nothing
        QVERIFY(setup.administrator().has_value());

        // The choices are in the server's database, where every console and server reads them.
        QString error;
        const auto other = storage::Connection::open(database, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(storage::SettingsRepository(other->database()).value(QStringLiteral("site.time_zone")),
                 QStringLiteral("Europe/Madrid"));
        QSqlQuery query(other->database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM operators")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ana"));
        const std::unique_ptr<http::ServerHost> server = setup.takeServer();
        QVERIFY(server && server->isRunning());
        server->stop();
    }

    void aDatabaseThatCannotBeOpenedIsSaidSo()
    {
        ui::FirstRunSetup setup;
        storage::DatabaseConfig missing = *test::postgresTestDatabase();
        missing.path = QStringLiteral("no_such_database");
        const ui::FirstRunOutcome outcome = setup.apply(choicesFor(missing.displayName()));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("could not be opened")) &&
                     outcome.error.contains(QLatin1String("no_such_database")),
                 qPrintable(outcome.error));
    }

    // The throwaway cluster asks every role but the invoking user's for a password.
    void aServerThatWantsAPasswordSaysWhereToGiveIt()
    {
        ui::FirstRunSetup setup;
        storage::DatabaseConfig guarded = *test::postgresTestDatabase();
        guarded.user = QStringLiteral("clerk");
        const ui::FirstRunOutcome outcome = setup.apply(choicesFor(guarded.displayName()));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("asks for the password of clerk")) &&
                     outcome.error.contains(QLatin1String("Password field")),
                 qPrintable(outcome.error));
    }
};

QTEST_MAIN(tst_FirstRunOnServer)
#include "tst_firstrunonserver.moc"
