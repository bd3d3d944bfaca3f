#include "consoletestbed.h"
#include "datatableview.h"
#include "modaldialogs.h"
#include "operatordialog.h"
#include "operatorssection.h"
#include "operatortablemodel.h"
#include "pageheader.h"
#include "settingspage.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "operatoradmin.h"
#include "operatorrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace punchclock;

// Settings → Operators: an administrator adds, disables and resets accounts through the
// services, the last administrator stays, and whoever is not an administrator sees no
// accounts and the settings disabled.
class tst_OperatorsSection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::SettingsPage> m_page;

    template <typename T>
    T *child(const char *name) const
    {
        return test::findWidget<T>(m_page.get(), name);
    }

    void openPageAs(const QString &name, services::Role role)
    {
        QVERIFY(m_bed->signInAs(name, role).operatorId != 0);
        m_bed->createContext();
        m_page = std::make_unique<ui::SettingsPage>(m_bed->context());
        m_page->resize(1280, 900);
        m_page->show();
    }

    // Selects the account's row in the table.
    void select(const QString &name)
    {
        auto *table = child<ui::DataTableView>("operatorsTable");
        auto *model = qobject_cast<ui::OperatorTableModel *>(table->model());
        const auto account = storage::OperatorRepository(m_bed->database()).findByName(name);
        QVERIFY(account);
        const int row = model->rowOf(account->id);
        QVERIFY(row >= 0);
        table->selectRow(row);
    }

    std::optional<storage::OperatorRow> account(const QString &name) const
    {
        return storage::OperatorRepository(m_bed->database()).findByName(name);
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        m_bed = std::make_unique<test::ConsoleTestbed>();
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void anAdministratorAddsAndDisablesAccounts()
    {
        openPageAs(QStringLiteral("anna"), services::Role::Administrator);
        QVERIFY(child<ui::OperatorsSection>("operatorsSection")->isVisible());
        auto *model = child<ui::DataTableView>("operatorsTable")->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);

        bool handled = false;
        test::whenModalShows<ui::OperatorDialog>([&handled](ui::OperatorDialog *dialog) {
            test::findWidget<QLineEdit>(dialog, "accountName")->setText(QStringLiteral("vera"));
            auto *role = test::findWidget<QComboBox>(dialog, "operatorRole");
            role->setCurrentIndex(role->findData(int(services::Role::Viewer)));
            const auto typePassword = [dialog](const QString &password) {
                test::findWidget<QLineEdit>(dialog, "newPassword")->setText(password);
                test::findWidget<QLineEdit>(dialog, "repeatPassword")->setText(password);
                test::findWidget<QDialogButtonBox>(dialog, "operatorButtons")->button(QDialogButtonBox::Ok)->click();
            };
            typePassword(QStringLiteral("vera"));
            QVERIFY(dialog->isVisible());
            QVERIFY(test::findWidget<QLabel>(dialog, "operatorProblem")->text().contains(QStringLiteral("at least")));
            typePassword(test::ConsoleTestbed::OperatorPassword);
            QVERIFY(!dialog->isVisible());
            handled = true;
        });
        child<QPushButton>("addOperator")->click();
        QVERIFY(handled);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(child<QLabel>("operatorsMessage")->text().contains(QStringLiteral("vera can sign in now")));
        QCOMPARE(account(QStringLiteral("vera"))->role, QStringLiteral("viewer"));
        QCOMPARE(account(QStringLiteral("vera"))->createdBy, QStringLiteral("anna"));

        // Disabled after a question, and then refused at the sign-in.
        select(QStringLiteral("vera"));
        QCOMPARE(child<QPushButton>("toggleOperatorDisabled")->text(), QStringLiteral("Di&sable"));
        test::whenModalShows<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        child<QPushButton>("toggleOperatorDisabled")->click();
        QVERIFY(account(QStringLiteral("vera"))->disabled);
        services::Actor signedIn;
        const services::Outcome refused = services::OperatorAdmin(m_bed->database())
                                              .signIn(QStringLiteral("vera"), test::ConsoleTestbed::OperatorPassword,
                                                      QStringLiteral("test"), &signedIn);
        QCOMPARE(refused.error<services::OperatorError>(), services::OperatorError::Disabled);

        storage::AuditFilter filter;
        filter.action = QStringLiteral("operator.");
        QStringList actions;
        for (const storage::AuditEntry &entry : storage::AuditRepository(m_bed->database()).list(filter)) {
            if (entry.actor == QLatin1String("anna"))
                actions << entry.action;
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("operator.disable"), QStringLiteral("operator.create")}));
    }

    void theLastAdministratorStays()
    {
        openPageAs(QStringLiteral("anna"), services::Role::Administrator);
        select(QStringLiteral("anna"));
        test::whenModalShows<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        child<QPushButton>("toggleOperatorDisabled")->click();
        QVERIFY(!account(QStringLiteral("anna"))->disabled);
        const QString message = child<QLabel>("operatorsMessage")->text();
        QVERIFY2(message.contains(QStringLiteral("last administrator")), qPrintable(message));

        // Nor demoted.
        select(QStringLiteral("anna"));
        bool handled = false;
        test::whenModalShows<ui::OperatorDialog>([&handled](ui::OperatorDialog *dialog) {
            auto *role = test::findWidget<QComboBox>(dialog, "operatorRole");
            role->setCurrentIndex(role->findData(int(services::Role::Manager)));
            test::findWidget<QDialogButtonBox>(dialog, "operatorButtons")->button(QDialogButtonBox::Ok)->click();
            QVERIFY(dialog->isVisible());
            const QString problem = test::findWidget<QLabel>(dialog, "operatorProblem")->text();
            QVERIFY2(problem.contains(QStringLiteral("last administrator")), qPrintable(problem));
            handled = true;
        });
        child<QPushButton>("changeOperatorRole")->click();
        QVERIFY(handled);
        QCOMPARE(account(QStringLiteral("anna"))->role, QStringLiteral("administrator"));
    }

    void othersSeeNoAccountsAndCannotChangeSettings()
    {
        openPageAs(QStringLiteral("mona"), services::Role::Manager);
        QVERIFY(!child<ui::OperatorsSection>("operatorsSection")->isVisible());
        QVERIFY(!child<QWidget>("serverSection")->isEnabled());
        QVERIFY(!child<QWidget>("backupSection")->isEnabled());
        QVERIFY(!child<QWidget>("lockSection")->isEnabled());
        QVERIFY(child<QComboBox>("language")->isEnabled());
        QCOMPARE(m_page->findChild<ui::PageHeader *>()->summary(),
                 QStringLiteral("Your role, manager, does not allow changing the settings."));
    }
};

QTEST_MAIN(tst_OperatorsSection)
#include "tst_operatorssection.moc"
