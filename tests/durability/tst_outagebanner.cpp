#include "consolecontext.h"
#include "consolereader.h"
#include "databaseerrorbanner.h"
#include "serverhost.h"
#include "throwawaycluster.h"

#include <QLabel>
#include <QLocale>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace punchclock;

// The console's server loses its PostgreSQL database: the banner above the pages says since
// when, and the server reports the outage over once the database is back. Stops the whole
// cluster: label postgres-only.
class tst_OutageBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::onThrowawayCluster(), test::NeedsThrowawayCluster);
    }

    void bannerSaysSinceWhenTheDatabaseIsUnreachable()
    {
        QTemporaryDir dir;
        const storage::DatabaseConfig config = test::testDatabaseConfig(dir.filePath(QStringLiteral("site.sqlite")));
        QString error;
        const auto connection = storage::Connection::open(config, &error);
        QVERIFY2(connection, qPrintable(error));
        http::ServerHost server(config);
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        ui::ConsoleContext context(*connection, &server);
        QWidget window; // the banner shows and hides itself inside its window
        auto &banner = *new ui::DatabaseErrorBanner(context, &window);
        window.show();
        auto *text = banner.findChild<QLabel *>(QStringLiteral("databaseErrorText"));
        QVERIFY(text);
        QVERIFY2(!banner.isVisible(), qPrintable(text->text()));

        QVERIFY(test::controlCluster(QStringLiteral("stop")));
        // Noticed without any terminal talking: the server checks its connection every 2 s.
        QTRY_VERIFY_WITH_TIMEOUT(server.databaseUnreachableSince().isValid(), 10000);
        QVERIFY(banner.isVisible());
        const QString since =
            QLocale().toString(server.databaseUnreachableSince().toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(text->text().contains(QStringLiteral("Database unreachable since %1").arg(since)),
                 qPrintable(text->text()));

        QVERIFY(test::controlCluster(QStringLiteral("start")));
        QTRY_VERIFY_WITH_TIMEOUT(!server.databaseUnreachableSince().isValid(), 10000);
        QTRY_VERIFY(!banner.isVisible());

        // The console listens again on its new session: another PC's change still reaches it
        // as a change notice.
        QSignalSpy heard(&context.reader(), &ui::ConsoleReader::tablesChanged);
        const auto elsewhere = storage::Connection::open(config, &error);
        QVERIFY2(elsewhere, qPrintable(error));
        QSqlQuery change(elsewhere->database());
        QVERIFY2(change.exec(QStringLiteral("UPDATE terminals SET name = 'after the restart'")),
                 qPrintable(change.lastError().text()));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
        QVERIFY(heard.constFirst().constFirst().value<QSet<QString>>().contains(QStringLiteral("terminals")));
        // The console's pages read again, and the banner stays away through the next checks.
        const int terminals = context.reader().wait([](const QSqlDatabase &db) {
            QSqlQuery read(db);
            return read.exec(QStringLiteral("SELECT COUNT(*) FROM terminals")) && read.next() ? read.value(0).toInt() : -1;
        });
        QCOMPARE(terminals, 0);
        QTest::qWait(2500);
        QVERIFY2(!banner.isVisible(), qPrintable(text->text()));
        server.stop();
    }
};

QTEST_MAIN(tst_OutageBanner)
#include "tst_outagebanner.moc"
