#include "consoletestbed.h"
#include "modaldialogs.h"
#include "readerthreadtools.h"
#include "widgetlookup.h"

#include "consolelock.h"
#include "datatableview.h"
#include "firstadministratordialog.h"
#include "lockdialog.h"
#include "mainwindow.h"
#include "operatordialog.h"
#include "operatortablemodel.h"
#include "passworddialog.h"
#include "signinform.h"

#include "auditrepository.h"
#include "operatoradmin.h"
#include "operatorrepository.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace punchclock;
using punchclock::test::findWidget;

namespace {

const QString NewPassword = QStringLiteral("a new one for 2027");

void typeNewPassword(QWidget *dialog, const QString &password)
{
    findWidget<QLineEdit>(dialog, "newPassword")->setText(password);
    findWidget<QLineEdit>(dialog, "repeatPassword")->setText(password);
}

} // namespace

// Operator accounts as the console handles them on PostgreSQL: the lock's passwords, one's own
// password, the accounts under Settings → Operators and a first administrator are checked and
// changed on the console's reader thread, with a connection of its own (here to the same SQLite
// file). The GUI thread's connection is closed meanwhile, so anything done there would fail.
class tst_AccountsOnReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::MainWindow> m_window;

    QSqlDatabase db() const { return m_bed->database(); }
    ui::ConsoleLock *lock() const { return m_window->consoleLock(); }

    QList<storage::AuditEntry> recorded(const QString &action) const
    {
        storage::AuditFilter filter;
        filter.action = action;
        return storage::AuditRepository(db()).list(filter);
    }

    std::optional<storage::OperatorRow> account(const QString &name) const
    {
        return storage::OperatorRepository(db()).findByName(name);
    }

    static void typeAndPress(const ui::SignInForm *form, const QString &password)
    {
        findWidget<QLineEdit>(form, "operatorPassword")->setText(password);
        findWidget<QPushButton>(form, "signInButton")->click();
    }

    void selectAccount(const QString &name)
    {
        auto *table = findWidget<ui::DataTableView>(m_window.get(), "operatorsTable");
        const auto *model = qobject_cast<const ui::OperatorTableModel *>(table->model());
        QVERIFY(model);
        const int row = model->rowOfName(name);
        QVERIFY(row >= 0);
        table->selectRow(row);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_bed = test::openServerlessBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        QVERIFY(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator).operatorId != 0);
        QCOMPARE(m_bed->createContext(true).reader().mode(), ui::ConsoleReader::Mode::OnReaderThread);
        m_window = std::make_unique<ui::MainWindow>(m_bed->context());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_bed->waitForReads();
    }

    void cleanup()
    {
        m_window.reset();
        m_bed.reset();
    }

    void theLockRecordsAndChecksPasswordsOffTheGuiThread()
    {
        {
            const test::GuiConnectionClosed closed(db());
            m_window->findChild<QAction *>(QStringLiteral("lockAction"))->trigger();
            QVERIFY(lock()->isLocked());
            const auto *unlock = findWidget<ui::SignInForm>(lock()->dialog(), "unlockForm");
            typeAndPress(unlock, QStringLiteral("not her password"));
            QVERIFY(lock()->isLocked());
            const QString problem = findWidget<QLabel>(unlock, "signInProblem")->text();
            QVERIFY2(problem.contains(QStringLiteral("wrong"), Qt::CaseInsensitive), qPrintable(problem));
            typeAndPress(unlock, test::ConsoleTestbed::OperatorPassword);
            QVERIFY(!lock()->isLocked());
        }
        QCOMPARE(recorded(QStringLiteral("console.lock")).size(), 1);
        QCOMPARE(recorded(QStringLiteral("console.lock")).first().actor, QStringLiteral("anna"));
        QCOMPARE(recorded(QStringLiteral("console.unlock")).size(), 1);
    }

    void onesOwnPasswordIsChangedOffTheGuiThread()
    {
        bool handled = false;
        {
            const test::GuiConnectionClosed closed(db());
            test::whenModalShows<ui::PasswordDialog>([&handled](ui::PasswordDialog *dialog) {
                findWidget<QLineEdit>(dialog, "currentPassword")->setText(test::ConsoleTestbed::OperatorPassword);
                typeNewPassword(dialog, NewPassword);
                findWidget<QDialogButtonBox>(dialog, "passwordButtons")->button(QDialogButtonBox::Ok)->click();
                QVERIFY2(!dialog->isVisible(), qPrintable(findWidget<QLabel>(dialog, "passwordProblem")->text()));
                handled = true;
            });
            m_window->findChild<QAction *>(QStringLiteral("changeOwnPasswordAction"))->trigger();
        }
        QVERIFY(handled);
        services::Actor signedIn;
        QVERIFY(services::OperatorAdmin(db())
                    .signIn(QStringLiteral("anna"), NewPassword, QStringLiteral("test"), &signedIn)
                    .ok());
    }

    void anAccountIsAddedResetAndDisabledOffTheGuiThread()
    {
        m_window->showPage(ui::PageId::Settings);
        {
            const test::GuiConnectionClosed closed(db());
            test::whenModalShows<ui::OperatorDialog>([](ui::OperatorDialog *dialog) {
                findWidget<QLineEdit>(dialog, "accountName")->setText(QStringLiteral("vera"));
                typeNewPassword(dialog, test::ConsoleTestbed::OperatorPassword);
                findWidget<QDialogButtonBox>(dialog, "operatorButtons")->button(QDialogButtonBox::Ok)->click();
                QVERIFY2(!dialog->isVisible(), qPrintable(findWidget<QLabel>(dialog, "operatorProblem")->text()));
            });
            findWidget<QPushButton>(m_window.get(), "addOperator")->click();
            m_bed->waitForReads();
            selectAccount(QStringLiteral("vera"));

            test::whenModalShows<ui::PasswordDialog>([](ui::PasswordDialog *dialog) {
                typeNewPassword(dialog, NewPassword);
                findWidget<QDialogButtonBox>(dialog, "passwordButtons")->button(QDialogButtonBox::Ok)->click();
                QVERIFY2(!dialog->isVisible(), qPrintable(findWidget<QLabel>(dialog, "passwordProblem")->text()));
            });
            findWidget<QPushButton>(m_window.get(), "resetOperatorPassword")->click();

            test::whenModalShows<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
            findWidget<QPushButton>(m_window.get(), "toggleOperatorDisabled")->click();
            QCOMPARE(findWidget<QLabel>(m_window.get(), "operatorsMessage")->text(),
                     QStringLiteral("vera is disabled."));
        }
        const auto vera = account(QStringLiteral("vera"));
        QVERIFY(vera);
        QCOMPARE(vera->createdBy, QStringLiteral("anna"));
        QVERIFY(vera->disabled);
        QCOMPARE(recorded(QStringLiteral("operator.reset_password")).size(), 1);
        QCOMPARE(recorded(QStringLiteral("operator.reset_password")).first().actor, QStringLiteral("anna"));
    }

    // Data restored from before operator accounts: its first administrator is made over the
    // window, on the reader too.
    void theFirstAdministratorIsMadeOffTheGuiThread()
    {
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral("DELETE FROM operator_departments")));
        QVERIFY(QSqlQuery(db()).exec(QStringLiteral("DELETE FROM operators")));
        {
            const test::GuiConnectionClosed closed(db());
            test::whenModalShows<ui::FirstAdministratorDialog>([](ui::FirstAdministratorDialog *first) {
                findWidget<QLineEdit>(first, "accountName")->setText(QStringLiteral("carl"));
                typeNewPassword(first, test::ConsoleTestbed::OperatorPassword);
                first->accept();
            });
            m_bed->context().requestSignIn();
            QTRY_COMPARE(m_bed->context().actor().name, QStringLiteral("carl"));
            QCOMPARE(m_bed->context().actor().role, services::Role::Administrator);
            QVERIFY(!lock()->isLocked());
        }
        QCOMPARE(account(QStringLiteral("carl"))->role, QStringLiteral("administrator"));
    }
};

QTEST_MAIN(tst_AccountsOnReader)
#include "tst_accountsonreader.moc"
