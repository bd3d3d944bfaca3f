#include "consolelock.h"
#include "firstadministratordialog.h"
#include "consoletestbed.h"
#include "lockdialog.h"
#include "mainwindow.h"
#include "signinform.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "backupadmin.h"
#include "databasebackup.h"
#include "operatoradmin.h"
#include "terminalrepository.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace punchclock;

// The console locks on Ctrl+L and when left alone, hides every window's content meanwhile,
// and goes on where it was left once the same operator's password is typed, or with another
// operator who signs in instead. Both are in the audit trail.
class tst_ConsoleLock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::MainWindow> m_window;

    template <typename T>
    static T *child(const QObject *parent, const char *name)
    {
        return test::findWidget<T>(parent, name);
    }

    ui::ConsoleLock *lock() const { return m_window->consoleLock(); }

    QList<storage::AuditEntry> recorded(const QString &action) const
    {
        storage::AuditFilter filter;
        filter.action = action;
        return storage::AuditRepository(m_bed->database()).list(filter);
    }

    bool covered() const
    {
        const QWidget *cover = m_window->findChild<QWidget *>(QStringLiteral("lockCover"));
        return cover && cover->isVisible() && cover->geometry() == m_window->rect();
    }

    static void typeAndPress(const ui::SignInForm *form, const QString &password)
    {
        child<QLineEdit>(form, "operatorPassword")->setText(password);
        child<QPushButton>(form, "signInButton")->click();
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QString error;
        QVERIFY2(m_bed->open(&error), qPrintable(error));
        QVERIFY(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator).operatorId != 0);
        QVERIFY(storage::TerminalRepository(m_bed->database())
                    .recordContact({QStringLiteral("PEND01"), QStringLiteral("192.0.2.6"), storage::Approval::Pending,
                                    QString()}));
        m_bed->createContext();
        m_window = std::make_unique<ui::MainWindow>(m_bed->context());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_bed.reset();
    }

    void ctrlLLocksAndThePasswordUnlocksWhereItWasLeft()
    {
        m_window->showPage(ui::PageId::Users);
        auto *search = child<QLineEdit>(m_window.get(), "userSearch");
        search->setText(QStringLiteral("Mar"));
        QCOMPARE(child<QLabel>(m_window.get(), "signedInAs")->text(),
                 QStringLiteral("Signed in as anna (administrator)"));

        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(lock()->isLocked());
        QVERIFY(lock()->dialog()->isVisible());
        QVERIFY(covered());
        QCOMPARE(recorded(QStringLiteral("console.lock")).size(), 1);
        QCOMPARE(recorded(QStringLiteral("console.lock")).first().actor, QStringLiteral("anna"));
        QCOMPARE(recorded(QStringLiteral("console.lock")).first().newValue.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("asked"));

        // Escape and the close button leave it locked; a wrong password too.
        QTest::keyClick(lock()->dialog(), Qt::Key_Escape);
        QVERIFY(!lock()->dialog()->close());
        QVERIFY(lock()->isLocked());
        QVERIFY(lock()->dialog()->isVisible());
        const auto *unlock = child<ui::SignInForm>(lock()->dialog(), "unlockForm");
        QCOMPARE(child<QLineEdit>(unlock, "operatorName")->text(), QStringLiteral("anna"));
        typeAndPress(unlock, QStringLiteral("not her password"));
        QVERIFY(lock()->isLocked());
        QVERIFY(child<QLabel>(unlock, "signInProblem")->isVisible());
        QVERIFY(child<QLineEdit>(unlock, "operatorPassword")->text().isEmpty());

        typeAndPress(unlock, test::ConsoleTestbed::OperatorPassword);
        QVERIFY(!lock()->isLocked());
        QVERIFY(!covered());
        // Where it was left.
        QCOMPARE(m_window->currentPage(), ui::PageId::Users);
        QCOMPARE(search->text(), QStringLiteral("Mar"));
        QCOMPARE(m_bed->context().actor().name, QStringLiteral("anna"));
        QCOMPARE(recorded(QStringLiteral("console.unlock")).size(), 1);
    }

    void anIdleConsoleLocksItself()
    {
        QCOMPARE(lock()->idleTimeout(), std::chrono::milliseconds(std::chrono::minutes(15)));
        lock()->setIdleTimeout(std::chrono::milliseconds(300));
        QTRY_VERIFY_WITH_TIMEOUT(lock()->isLocked(), 10000);
        QVERIFY(covered());
        QCOMPARE(recorded(QStringLiteral("console.lock")).first().newValue.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("idle"));
        typeAndPress(child<ui::SignInForm>(lock()->dialog(), "unlockForm"), test::ConsoleTestbed::OperatorPassword);
        QVERIFY(!lock()->isLocked());

        // The setting in minutes: 0 never, and the default when it is missing or not a number.
        QCOMPARE(ui::ConsoleLock::lockAfterMinutes(QStringLiteral("0")), 0);
        QCOMPARE(ui::ConsoleLock::lockAfterMinutes(QStringLiteral("five")), ui::ConsoleLock::DefaultLockAfterMinutes);
        QCOMPARE(ui::ConsoleLock::lockAfterMinutes(QString()), ui::ConsoleLock::DefaultLockAfterMinutes);
    }

    void anotherOperatorSignsInAtTheLock()
    {
        const services::Actor system = services::Actor::system(QStringLiteral("test set-up"));
        QVERIFY(services::OperatorAdmin(m_bed->database())
                    .createOperator(system, QStringLiteral("vera"), test::ConsoleTestbed::OperatorPassword,
                                    services::Role::Viewer, true, {})
                    .ok());
        m_window->findChild<QAction *>(QStringLiteral("lockAction"))->trigger();
        QVERIFY(lock()->isLocked());
        child<QPushButton>(lock()->dialog(), "switchOperatorButton")->click();
        const auto *other = child<ui::SignInForm>(lock()->dialog(), "switchOperatorForm");
        QVERIFY(other->isVisible());
        child<QLineEdit>(other, "operatorName")->setText(QStringLiteral("vera"));
        typeAndPress(other, test::ConsoleTestbed::OperatorPassword);
        QVERIFY(!lock()->isLocked());

        // The console acts as vera now, with a viewer's rights.
        QCOMPARE(m_bed->context().actor().name, QStringLiteral("vera"));
        QCOMPARE(m_bed->context().actor().role, services::Role::Viewer);
        QCOMPARE(child<QLabel>(m_window.get(), "signedInAs")->text(), QStringLiteral("Signed in as vera (viewer)"));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("approveTerminal"))->isEnabled());
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("newCommandAction"))->isEnabled());
        const QList<storage::AuditEntry> unlocked = recorded(QStringLiteral("console.unlock"));
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(unlocked.first().actor, QStringLiteral("vera"));
        QCOMPARE(unlocked.first().newValue.value(QStringLiteral("locked_by")).toString(), QStringLiteral("anna"));
    }

    // After a restore the restored accounts decide: the console locks, and the same operator
    // signs in again with the role the restored data gives them.
    void aRestoreAsksWhoActsWithTheRestoredAccounts()
    {
        const services::Actor anna = m_bed->context().actor();
        services::OperatorAdmin operators(m_bed->database());
        QVERIFY(operators.createOperator(anna, QStringLiteral("bert"), test::ConsoleTestbed::OperatorPassword,
                                         services::Role::Administrator, true, {})
                    .ok());
        // In the backup, anna is a viewer; by the time it is restored she is an administrator again.
        QVERIFY(operators.changeRole(anna, anna.operatorId, services::Role::Viewer, true, {}).ok());
        const QString file = m_bed->filePath(QStringLiteral("anna-viewer.sqlite"));
        QVERIFY(storage::DatabaseBackup(m_bed->database()).backupTo(file).ok());
        QVERIFY(operators.changeRole(anna, anna.operatorId, services::Role::Administrator, true, {}).ok());
        QVERIFY(services::BackupAdmin(m_bed->database()).restoreFrom(anna, file).ok());

        m_bed->context().requestSignIn();
        QTRY_VERIFY(lock()->isLocked());
        typeAndPress(child<ui::SignInForm>(lock()->dialog(), "unlockForm"), test::ConsoleTestbed::OperatorPassword);
        QVERIFY(!lock()->isLocked());
        QCOMPARE(m_bed->context().actor().name, QStringLiteral("anna"));
        QCOMPARE(m_bed->context().actor().role, services::Role::Viewer);
        QCOMPARE(child<QLabel>(m_window.get(), "signedInAs")->text(), QStringLiteral("Signed in as anna (viewer)"));
    }

    // Data from before operator accounts has none: its first administrator is made at once.
    void aRestoreOfDataWithoutAccountsAsksForTheFirstAdministrator()
    {
        QVERIFY(QSqlQuery(m_bed->database()).exec(QStringLiteral("DELETE FROM operator_departments")));
        QVERIFY(QSqlQuery(m_bed->database()).exec(QStringLiteral("DELETE FROM operators")));
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&answer] {
            auto *first = qobject_cast<ui::FirstAdministratorDialog *>(QApplication::activeModalWidget());
            if (!first)
                return;
            answer.stop();
            child<QLineEdit>(first, "accountName")->setText(QStringLiteral("carl"));
            child<QLineEdit>(first, "newPassword")->setText(test::ConsoleTestbed::OperatorPassword);
            child<QLineEdit>(first, "repeatPassword")->setText(test::ConsoleTestbed::OperatorPassword);
            first->accept();
        });
        answer.start();
        m_bed->context().requestSignIn();
        QTRY_COMPARE(m_bed->context().actor().name, QStringLiteral("carl"));
        QCOMPARE(m_bed->context().actor().role, services::Role::Administrator);
        QVERIFY(!lock()->isLocked());
    }
};

QTEST_MAIN(tst_ConsoleLock)
#include "tst_consolelock.moc"
