#include "attentionlist.h"
#include "consoletestbed.h"
#include "dashboardpage.h"
#include "permissiontext.h"
#include "terminalspage.h"
#include "userspage.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace punchclock;

namespace {

const QString frontDoor = QStringLiteral("FRONT01");
const QString backDoor = QStringLiteral("BACK01");

} // namespace

// What the signed-in operator's role allows shows in the pages: a viewer finds the actions
// that change something disabled, and the service refuses in words when one is forced. An
// approval from the Dashboard and one from the Terminals page are the same action.
class tst_ConsoleRoles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;

    template <typename T>
    static T *child(const QObject *parent, const QString &name)
    {
        return test::findWidget<T>(parent, name);
    }

    storage::Approval approvalOf(const QString &devId) const
    {
        return storage::TerminalRepository(m_bed->database()).find(devId)->approval;
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
        storage::TerminalRepository terminals(m_bed->database());
        for (const QString &devId : {frontDoor, backDoor})
            QVERIFY(
                terminals.recordContact({devId, QStringLiteral("192.0.2.5"), storage::Approval::Pending, QString()}));
        protocol::UserEnrollment alice;
        alice.userId = QStringLiteral("7");
        alice.name = QStringLiteral("Alice");
        alice.privilegeName = QStringLiteral("USER");
        QVERIFY(storage::UserRepository(m_bed->database()).replaceUser(alice));
    }

    void cleanup() { m_bed.reset(); }

    void aViewerChangesNothing()
    {
        QVERIFY(m_bed->signInAs(QStringLiteral("vic"), services::Role::Viewer).operatorId != 0);
        ui::ConsoleContext &context = m_bed->createContext();

        ui::TerminalsPage terminals(context);
        terminals.show();
        QVERIFY(terminals.selectTerminal(frontDoor));
        auto *approve = child<QAction>(&terminals, QStringLiteral("approveTerminal"));
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(QStringLiteral("viewer")), qPrintable(approve->toolTip()));
        QVERIFY(!child<QAction>(&terminals, QStringLiteral("syncTime"))->isEnabled());
        QVERIFY(!child<QAction>(&terminals, QStringLiteral("sendCommand"))->isEnabled());

        ui::UsersPage users(context);
        users.show();
        QVERIFY(users.selectUser(QStringLiteral("7")));
        QVERIFY(!child<QAction>(&users, QStringLiteral("editUserAction"))->isEnabled());
        QVERIFY(!child<QAction>(&users, QStringLiteral("pushUserAction"))->isEnabled());
        QVERIFY(!child<QPushButton>(&users, QStringLiteral("addUserButton"))->isEnabled());

        ui::DashboardPage dashboard(context);
        dashboard.show();
        auto *approveButton = child<QPushButton>(&dashboard, QStringLiteral("approve_") + frontDoor);
        QVERIFY(!approveButton->isEnabled());
        QVERIFY(!child<QPushButton>(&dashboard, QStringLiteral("block_") + frontDoor)->isEnabled());

        // Forced anyway: the service refuses, and the page says so in words.
        Q_EMIT child<ui::AttentionList>(&dashboard, QStringLiteral("attentionList"))->approveRequested(frontDoor);
        QCOMPARE(approvalOf(frontDoor), storage::Approval::Pending);
        QCOMPARE(child<QLabel>(&dashboard, QStringLiteral("dashboardMessage"))->text(),
                 ui::PermissionText::denied(services::Permission::ManageTerminals).toHtmlEscaped());
        QVERIFY(child<QLabel>(&dashboard, QStringLiteral("dashboardMessage"))
                    ->text()
                    .contains(QStringLiteral("Only an operator or an administrator can manage terminals.")));
    }

    void anOperatorManagesTerminalsButNotTheRules()
    {
        QVERIFY(m_bed->signInAs(QStringLiteral("otto"), services::Role::Operator).operatorId != 0);
        ui::ConsoleContext &context = m_bed->createContext();
        ui::TerminalsPage terminals(context);
        terminals.show();
        QVERIFY(terminals.selectTerminal(frontDoor));
        QVERIFY(child<QAction>(&terminals, QStringLiteral("approveTerminal"))->isEnabled());
        QVERIFY(!context.allows(services::Permission::CorrectPunches, std::nullopt));
        QVERIFY(!context.roleAllows(services::Permission::ChangeSiteRules));
    }

    void theDashboardAndTheTerminalsPageApproveAlike()
    {
        QVERIFY(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator).operatorId != 0);
        ui::ConsoleContext &context = m_bed->createContext();
        ui::DashboardPage dashboard(context);
        dashboard.show();
        ui::TerminalsPage terminals(context);
        terminals.show();

        QTest::mouseClick(child<QPushButton>(&dashboard, QStringLiteral("approve_") + frontDoor), Qt::LeftButton);
        QCOMPARE(approvalOf(frontDoor), storage::Approval::Approved);
        const QString fromDashboard = child<QLabel>(&dashboard, QStringLiteral("dashboardMessage"))->text();

        QVERIFY(terminals.selectTerminal(backDoor));
        child<QAction>(&terminals, QStringLiteral("approveTerminal"))->trigger();
        QCOMPARE(approvalOf(backDoor), storage::Approval::Approved);
        const QString fromTerminals = child<QLabel>(&terminals, QStringLiteral("terminalsMessage"))->text();
        // The same words, the same service, the same record.
        QCOMPARE(fromDashboard, QStringLiteral("%1 is approved.").arg(frontDoor));
        QCOMPARE(fromTerminals, QStringLiteral("%1 is approved.").arg(backDoor));

        storage::AuditFilter filter;
        filter.objectKind = QStringLiteral("terminal");
        const QList<storage::AuditEntry> records = storage::AuditRepository(m_bed->database()).list(filter);
        QCOMPARE(records.size(), 2);
        QStringList approved;
        for (const storage::AuditEntry &entry : records) {
            QCOMPARE(entry.action, QStringLiteral("terminal.approve"));
            QCOMPARE(entry.actor, QStringLiteral("anna"));
            QCOMPARE(entry.origin, ui::ConsoleContext::origin());
            QCOMPARE(entry.newValue.value(QStringLiteral("approval")).toString(), QStringLiteral("approved"));
            approved << entry.objectId;
        }
        QCOMPARE(approved, (QStringList{backDoor, frontDoor}));
    }
};

QTEST_MAIN(tst_ConsoleRoles)
#include "tst_consoleroles.moc"
