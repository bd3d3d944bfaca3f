#include "consolecontext.h"
#include "consoletestbed.h"
#include "mainwindow.h"
#include "terminaltablemodel.h"
#include "widgetlookup.h"

#include "sqlsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace punchclock;

// When the console cannot read its database, the window says so above every page instead of
// showing empty tables as if nothing were stored; when the database is readable again, the
// pages fill again and the message goes. The failure is real: another connection takes a
// table away under the running console, as a damaged or replaced file would. Each test runs
// with the pages reading on the GUI thread (a SQLite file) and on the console's reader thread
// (as on PostgreSQL).
class tst_DatabaseErrorBanner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_otherConnection;

    QFrame *banner() const { return test::findWidget<QFrame>(m_window.get(), "databaseErrorBanner"); }
    QString bannerText() const { return test::findWidget<QLabel>(m_window.get(), "databaseErrorText")->text(); }

    // Runs one statement on a second connection to the same file, as another process would.
    void runElsewhere(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(m_otherConnection);
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("readerThread");
        QTest::newRow("reads on the GUI thread") << false;
        QTest::newRow("reads on the reader thread") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, readerThread);
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        m_bed = std::make_unique<test::ConsoleTestbed>();
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        QSqlQuery seed(m_bed->database());
        QVERIFY(seed.exec(QStringLiteral("INSERT INTO terminals (dev_id, approval, first_seen, last_seen) "
                                         "VALUES ('T1', 'approved', '2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z')")));
        m_bed->createContext(readerThread);
        m_window = std::make_unique<ui::MainWindow>(m_bed->context());
        m_window->show();

        m_otherConnection = QStringLiteral("other-%1").arg(QString::fromLatin1(QTest::currentTestFunction()));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_otherConnection);
        other.setDatabaseName(m_bed->databasePath());
        QVERIFY(other.open());
    }

    void cleanup()
    {
        m_window.reset();
        m_bed.reset();
        QSqlDatabase::removeDatabase(m_otherConnection);
    }

    void hiddenWhileTheDatabaseWorks()
    {
        m_bed->waitForReads();
        QVERIFY(banner()->isHidden());
        QVERIFY(m_bed->context().databaseError().isEmpty());
    }

    void shownWhenPagesCannotReadAndGoneOnTryAgain()
    {
        runElsewhere(QStringLiteral("ALTER TABLE terminals RENAME TO terminals_away"));
        // Within the console's 2 s check for outside changes, plus slack for a loaded machine.
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 5000);
        QVERIFY2(bannerText().contains(QLatin1String("terminals")), qPrintable(bannerText()));
        QVERIFY(!m_bed->context().databaseError().isEmpty());

        runElsewhere(QStringLiteral("ALTER TABLE terminals_away RENAME TO terminals"));
        test::findWidget<QAbstractButton>(m_window.get(), "databaseErrorRetry")->click();
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isHidden(), 5000);
        QVERIFY(m_bed->context().databaseError().isEmpty());
        auto *terminals = m_window->findChild<ui::TerminalTableModel *>();
        QVERIFY(terminals);
        QCOMPARE(terminals->rowCount(), 1); // the pages read again before the banner went
    }

    void goesByItselfWhenTheDatabaseIsBack()
    {
        runElsewhere(QStringLiteral("ALTER TABLE terminals RENAME TO terminals_away"));
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isVisible(), 5000);
        runElsewhere(QStringLiteral("ALTER TABLE terminals_away RENAME TO terminals"));
        QTRY_VERIFY_WITH_TIMEOUT(banner()->isHidden(), 5000);
    }

    // A write the database refuses (a duplicate key) is the writer's to explain, not a sign
    // that the database cannot be read.
    void aRefusedWriteIsNotADatabaseFailure()
    {
        QSqlQuery query(m_bed->context().database());
        QVERIFY(storage::exec(query, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', '1')")));
        QVERIFY(!storage::exec(query, QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', '2')")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        m_bed->waitForReads();
        QVERIFY(banner()->isHidden());
        QVERIFY(m_bed->context().databaseError().isEmpty());
    }
};

QTEST_MAIN(tst_DatabaseErrorBanner)
#include "tst_databaseerrorbanner.moc"
