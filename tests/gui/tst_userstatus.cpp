#include "auditwording.h"
#include "consolecontext.h"
#include "consoletestbed.h"
#include "modaldialogs.h"
#include "readerthreadtools.h"
#include "userfilterproxymodel.h"
#include "userspage.h"
#include "usertablemodel.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "bscommframe.h"
#include "jobrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"
#include "userstatusadmin.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace punchclock;

namespace {

const QString devA = QStringLiteral("D96584729B906B39");
const QString devB = QStringLiteral("C2610000000000AB");
const QString alice = QStringLiteral("7");
const QString bob = QStringLiteral("8");

} // namespace

// Disabling a leaver from the Users page and enabling them again: a question before disabling
// (Cancel by default), one click to enable, one operation of ENABLE_USER jobs each time, and
// the user marked as disabled in the table, the status filter and the details.
class tst_UserStatus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::UsersPage> m_page;

    QAction *action(const char *name) const { return test::findWidget<QAction>(m_page.get(), name); }

    // ENABLE_USER jobs as "user flag@terminal", oldest first.
    QStringList enableJobs() const
    {
        QStringList jobs;
        const QList<storage::JobRow> rows = storage::JobRepository(m_bed->database()).list({});
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            if (it->commandCode != QLatin1String("ENABLE_USER"))
                continue;
            const QJsonObject parameters = protocol::BsCommFrame::decode(it->parameters).frame.json();
            jobs << parameters.value(QLatin1String("user_id")).toString() + QLatin1Char(' ')
                    + parameters.value(QLatin1String("enable_flag")).toString() + QLatin1Char('@') + it->devId;
        }
        return jobs;
    }

    bool enabled(const QString &userId) const { return storage::UserRepository(m_bed->database()).load(userId)->enabled; }

    QString statusCell(const QString &userId) const
    {
        auto *table = test::findWidget<QTableView>(m_page.get(), "usersTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, ui::UserTableModel::StatusColumn);
            if (index.data(ui::UserTableModel::UserIdRole).toString() == userId)
                return index.data().toString();
        }
        return {};
    }

    QStringList shownUsers() const
    {
        auto *table = test::findWidget<QTableView>(m_page.get(), "usersTable");
        QStringList ids;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            ids << table->model()->index(row, 0).data(ui::UserTableModel::UserIdRole).toString();
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_bed->folder());
        QString error;
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        storage::TerminalRepository terminals(m_bed->database());
        for (const QString &devId : {devA, devB})
            QVERIFY(terminals.recordContact({devId, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}));
        storage::UserRepository users(m_bed->database());
        protocol::UserEnrollment leaver;
        leaver.userId = alice;
        leaver.name = QStringLiteral("Alice");
        leaver.privilegeName = QStringLiteral("USER");
        leaver.credentials = {{0, QByteArray(800, 'f')}};
        QVERIFY(users.applyEnrollment(devA, leaver));
        QVERIFY(users.addMembership(devB, alice, QStringLiteral("USER")));
        protocol::UserEnrollment stayer = leaver;
        stayer.userId = bob;
        stayer.name = QStringLiteral("Bob");
        QVERIFY(users.applyEnrollment(devA, stayer));
        m_bed->createContext();
        m_page = std::make_unique<ui::UsersPage>(m_bed->context());
        m_page->resize(1280, 800);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QVERIFY(m_page->selectUser(alice));
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void disableAsksFirstThenReachesEveryTerminal()
    {
        QVERIFY(action("disableUserAction")->isVisible());
        QVERIFY(action("disableUserAction")->isEnabled());
        QVERIFY(!action("enableUserAction")->isVisible());

        // Enter on the question takes Cancel: nothing changes.
        QString question;
        test::whenModalShows<QMessageBox>([&question](QMessageBox *box) {
            QCOMPARE(box->objectName(), QStringLiteral("disableUserConfirmation"));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            question = box->text() + QLatin1Char(' ') + box->informativeText();
            QTest::keyClick(box, Qt::Key_Return);
        });
        action("disableUserAction")->trigger();
        QVERIFY2(question.contains(QStringLiteral("Alice")) && question.contains(QStringLiteral("The 2 terminal")),
                 qPrintable(question));
        QVERIFY(enabled(alice));
        QVERIFY(enableJobs().isEmpty());

        test::whenModalShows<QMessageBox>([](QMessageBox *box) {
            box->findChild<QPushButton *>(QStringLiteral("confirmDisableUser"))->click();
        });
        action("disableUserAction")->trigger();
        QVERIFY(!enabled(alice));
        QStringList jobs = enableJobs();
        jobs.sort();
        QCOMPARE(jobs, (QStringList{QStringLiteral("7 OFF@") + devB, QStringLiteral("7 OFF@") + devA}));
        QVERIFY(!storage::UserRepository(m_bed->database()).load(alice)->credentials.isEmpty());

        auto *status = test::findWidget<QLabel>(m_page.get(), "userStatus");
        QVERIFY2(status->text().contains(QStringLiteral("Alice (user 7) is disabled; queued for 2 terminal")), qPrintable(status->text()));
        QVERIFY(test::findWidget<QPushButton>(m_page.get(), "openJobButton")->isVisible());
        QTRY_COMPARE(statusCell(alice), QStringLiteral("Disabled"));
        QCOMPARE(statusCell(bob), QStringLiteral("Enabled"));
        QTRY_VERIFY(test::findWidget<QLabel>(m_page.get(), "detailsFields")->text().contains(QStringLiteral("Disabled from")));
        QVERIFY(!action("disableUserAction")->isVisible());
        QVERIFY(action("enableUserAction")->isVisible());

        // In the audit trail, by whom, in words.
        storage::AuditFilter filter;
        filter.objectId = alice;
        filter.action = QStringLiteral("user.disable");
        const QList<storage::AuditEntry> trail = storage::AuditRepository(m_bed->database()).list(filter);
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().actor, m_bed->context().actor().name);
        QCOMPARE(ui::AuditWording::action(trail.first().action), QStringLiteral("Disabled an employee on every terminal"));
    }

    void enableIsOneClick()
    {
        const services::UserStatusAdmin::Result disabled =
            services::UserStatusAdmin(m_bed->database()).disable(m_bed->context().actor(), alice);
        QVERIFY(disabled.outcome.ok());
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        QTRY_VERIFY(action("enableUserAction")->isVisible());

        action("enableUserAction")->trigger();
        QVERIFY(enabled(alice));
        const QStringList jobs = enableJobs();
        QCOMPARE(jobs.size(), 4);
        QVERIFY(jobs.mid(2).contains(QStringLiteral("7 ON@") + devA));
        QVERIFY(jobs.mid(2).contains(QStringLiteral("7 ON@") + devB));
        QTRY_COMPARE(statusCell(alice), QStringLiteral("Enabled"));
        QVERIFY(test::findWidget<QLabel>(m_page.get(), "detailsFields")->text().contains(QStringLiteral("May clock in")));
    }

    void statusFilterShowsTheLeavers()
    {
        QVERIFY(services::UserStatusAdmin(m_bed->database()).disable(m_bed->context().actor(), alice).outcome.ok());
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        auto *filter = test::findWidget<QComboBox>(m_page.get(), "statusFilter");
        filter->setCurrentIndex(filter->findData(int(ui::UserFilterProxyModel::Status::Disabled)));
        QTRY_COMPARE(shownUsers(), QStringList{alice});
        filter->setCurrentIndex(filter->findData(int(ui::UserFilterProxyModel::Status::Enabled)));
        QCOMPARE(shownUsers(), QStringList{bob});
        // Asked for by id, a user hidden by the filter is shown again.
        QVERIFY(m_page->selectUser(alice));
        QCOMPARE(shownUsers(), (QStringList{alice, bob}));
    }

    // As on PostgreSQL: disabling and enabling run on the console's reader thread. The GUI
    // thread's connection is closed meanwhile: nothing of it is used.
    void disableAndEnableOnTheReaderThread()
    {
        m_page.reset();
        m_page = std::make_unique<ui::UsersPage>(m_bed->createContext(true));
        m_page->show();
        m_bed->waitForReads();
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        QVERIFY(m_page->selectUser(alice));
        test::whenModalShows<QMessageBox>([](QMessageBox *box) {
            if (auto *disable = box->findChild<QPushButton *>(QStringLiteral("confirmDisableUser")))
                disable->click();
        });
        action("disableUserAction")->trigger();
        auto *status = test::findWidget<QLabel>(m_page.get(), "userStatus");
        QVERIFY2(status->text().contains(QStringLiteral("Alice (user 7) is disabled; queued for 2 terminal")),
                 qPrintable(status->text()));
        QTRY_COMPARE(statusCell(alice), QStringLiteral("Disabled"));
        QTRY_VERIFY(action("enableUserAction")->isVisible());
        action("enableUserAction")->trigger();
        QVERIFY2(status->text().contains(QStringLiteral("Alice (user 7) is enabled; queued for 2 terminal")),
                 qPrintable(status->text()));
        QTRY_COMPARE(statusCell(alice), QStringLiteral("Enabled"));

        closed.reset();
        QVERIFY(enabled(alice));
        QCOMPARE(enableJobs().size(), 4);
    }
};

QTEST_MAIN(tst_UserStatus)
#include "tst_userstatus.moc"
