#include "consolereader.h"
#include "consoletestbed.h"
#include "firstadministratordialog.h"
#include "signindialog.h"
#include "signinform.h"
#include "widgetlookup.h"

#include "operatoradmin.h"
#include "operatorrepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace punchclock;

// Who may use the console: the first administrator of an installation without accounts, then
// signing in, with the service's refusals in words and the wait after repeated failures. The
// dialogs check on the console's reader thread, as on PostgreSQL.
class tst_SignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::ConsoleReader> m_reader;

    template <typename T>
    static T *child(const QObject *parent, const char *name)
    {
        return test::findWidget<T>(parent, name);
    }

    // Types into a sign-in form and presses its button.
    static void signIn(const ui::SignInForm *form, const QString &name, const QString &password)
    {
        child<QLineEdit>(form, "operatorName")->setText(name);
        child<QLineEdit>(form, "operatorPassword")->setText(password);
        child<QPushButton>(form, "signInButton")->click();
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QSettings().clear();
        m_bed = std::make_unique<test::ConsoleTestbed>();
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        m_reader = std::make_unique<ui::ConsoleReader>(m_bed->connection(), ui::ConsoleReader::Mode::OnReaderThread);
    }

    void cleanup()
    {
        m_reader.reset();
        m_bed.reset();
    }

    void theFirstAdministratorNeedsAGoodPassword()
    {
        services::OperatorAdmin operators(m_bed->database());
        QVERIFY(operators.needsFirstAdministrator());
        ui::FirstAdministratorDialog dialog(*m_reader);
        dialog.show();
        const auto tryAccount = [&dialog](const QString &name, const QString &password, const QString &repeated) {
            child<QLineEdit>(&dialog, "accountName")->setText(name);
            child<QLineEdit>(&dialog, "newPassword")->setText(password);
            child<QLineEdit>(&dialog, "repeatPassword")->setText(repeated);
            child<QPushButton>(&dialog, "createAdministrator")->click();
        };
        const auto problem = [&dialog] { return child<QLabel>(&dialog, "administratorProblem")->text(); };

        tryAccount(QStringLiteral("anna"), QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY2(problem().contains(QStringLiteral("at least 10 characters")), qPrintable(problem()));
        QVERIFY(dialog.isVisible());
        // Never left on screen, refused or not.
        QVERIFY(child<QLineEdit>(&dialog, "newPassword")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "repeatPassword")->text().isEmpty());
        tryAccount(QStringLiteral("anna"), QStringLiteral("Anna-2026-office"), QStringLiteral("Anna-2026-office"));
        QVERIFY2(problem().contains(QStringLiteral("must not contain the name")), qPrintable(problem()));
        tryAccount(QStringLiteral("anna"), QStringLiteral("correct horse battery"), QStringLiteral("correct horse"));
        QVERIFY2(problem().contains(QStringLiteral("differ")), qPrintable(problem()));
        QVERIFY(operators.needsFirstAdministrator());

        tryAccount(QStringLiteral("anna"), QStringLiteral("correct horse battery"),
                   QStringLiteral("correct horse battery"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.actor());
        QCOMPARE(dialog.actor()->name, QStringLiteral("anna"));
        QCOMPARE(dialog.actor()->role, services::Role::Administrator);
        QCOMPARE(dialog.actor()->origin, ui::ConsoleContext::origin());
        QVERIFY(!operators.needsFirstAdministrator());
        QCOMPARE(storage::OperatorRepository(m_bed->database()).list().size(), 1);
    }

    void aWrongPasswordIsRefusedAndRepeatedFailuresWait()
    {
        QVERIFY(m_bed->signInAs(QStringLiteral("bob"), services::Role::Operator).operatorId != 0);
        ui::SignInDialog dialog(*m_reader);
        dialog.show();
        const auto *form = child<ui::SignInForm>(&dialog, "signInForm");
        auto *button = child<QPushButton>(form, "signInButton");
        const auto problem = [form] { return child<QLabel>(form, "signInProblem")->text(); };

        signIn(form, QStringLiteral("bob"), QStringLiteral("not his password"));
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem().contains(QStringLiteral("wrong")), qPrintable(problem()));
        QVERIFY(child<QLineEdit>(form, "operatorPassword")->text().isEmpty());

        // From the third failure in a row, the next attempt has to wait; the form counts it down.
        bool waiting = false;
        for (int attempt = 0; attempt < 6 && !waiting; ++attempt) {
            signIn(form, QStringLiteral("bob"), QStringLiteral("not his password"));
            waiting = problem().contains(QStringLiteral("Try again in"));
        }
        QVERIFY2(waiting, qPrintable(problem()));
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 20000);

        signIn(form, QStringLiteral("bob"), test::ConsoleTestbed::OperatorPassword);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.actor().name, QStringLiteral("bob"));
        QCOMPARE(dialog.actor().role, services::Role::Operator);

        // The next start offers the name again, and asks only for the password.
        ui::SignInDialog next(*m_reader);
        QCOMPARE(child<QLineEdit>(&next, "operatorName")->text(), QStringLiteral("bob"));
    }

    void aDisabledAccountIsRefused()
    {
        const services::Actor admin = m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator);
        const services::Actor carl = m_bed->signInAs(QStringLiteral("carl"), services::Role::Viewer);
        QVERIFY(services::OperatorAdmin(m_bed->database()).setDisabled(admin, carl.operatorId, true).ok());
        ui::SignInDialog dialog(*m_reader);
        dialog.show();
        const auto *form = child<ui::SignInForm>(&dialog, "signInForm");
        signIn(form, QStringLiteral("carl"), test::ConsoleTestbed::OperatorPassword);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(form, "signInProblem")->text().contains(QStringLiteral("disabled")));
    }
};

QTEST_MAIN(tst_SignIn)
#include "tst_signin.moc"
