#include "attentionlist.h"
#include "backupscheduler.h"
#include "consolecontext.h"
#include "consoletestbed.h"
#include "dashboardnotices.h"
#include "dashboardpage.h"
#include "statustone.h"
#include "widgetlookup.h"

#include "auditrepository.h"
#include "privacyadmin.h"
#include "rawhttpclient.h"
#include "registrationrefusals.h"
#include "retentionscheduler.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "terminalrequestbuilder.h"
#include "userenrollment.h"
#include "userrepository.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace punchclock;

namespace {

const QString frontDoor = QStringLiteral("F000000000000001");

} // namespace

// The Dashboard's notices about terminals that moved, registrations the server refused,
// biometric retention, stale backups, a held port and the firewall, on a real SQLite database.
class tst_DashboardNotices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::DashboardPage> m_page;

    QSqlDatabase db() const { return m_bed->database(); }

    void openBed(const test::ConsoleTestbed::Options &options)
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        m_bed->createContext();
    }

    void showPage()
    {
        m_page = std::make_unique<ui::DashboardPage>(m_bed->context());
        m_page->resize(1200, 800);
        m_page->show();
    }

    // Opens the database without a server, with the approved terminal "Front door" in it.
    void openWithFrontDoor(const QList<QPair<QString, QString>> &settings = {})
    {
        openBed({false, settings});
        storage::TerminalRepository terminals(db());
        QVERIFY(terminals.recordContact({frontDoor, QStringLiteral("10.0.0.12"), storage::Approval::Approved, {}}));
        QVERIFY(terminals.setName(frontDoor, QStringLiteral("Front door")));
        showPage();
    }

    // The terminal talks from `address` now; the move is dated `secondsAgo` back.
    void moveFrontDoor(const QString &address, qint64 secondsAgo)
    {
        QVERIFY(storage::TerminalRepository(db()).recordContact({frontDoor, address, storage::Approval::Approved, {}}));
        QSqlQuery query(db());
        QVERIFY(query.prepare(QStringLiteral("UPDATE terminals SET address_changed_at = ? WHERE dev_id = ?")));
        query.addBindValue(QDateTime::currentDateTimeUtc().addSecs(-secondsAgo).toString(Qt::ISODateWithMs));
        query.addBindValue(frontDoor);
        QVERIFY(query.exec());
    }

    QWidget *row(const QString &name) const { return m_page->findChild<QWidget *>(name); }

    QLabel *rowText(const QString &name) const
    {
        QWidget *found = row(name);
        return found ? found->findChild<QLabel *>(QStringLiteral("attentionText")) : nullptr;
    }

    void setSetting(const QString &key, const QString &value)
    {
        QVERIFY(storage::SettingsRepository(db()).setValue(key, value));
    }

    // A person with a fingerprint and a card, disabled `daysAgo` days ago.
    void addLeaver(const QString &userId, const QString &name, int daysAgo)
    {
        protocol::UserEnrollment user;
        user.userId = userId;
        user.name = name;
        user.privilegeName = QStringLiteral("USER");
        user.credentials = {{0, QByteArray("finger-of-") + userId.toLatin1()}, {11, "0012345678"}};
        storage::UserRepository users(db());
        QVERIFY(users.replaceUser(user));
        QVERIFY(users.setEnabled(userId, false));
        QSqlQuery query(db());
        QVERIFY(query.prepare(QStringLiteral("UPDATE users SET inactive_since = ? WHERE user_id = ?")));
        query.addBindValue(QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODateWithMs));
        query.addBindValue(userId);
        QVERIFY(query.exec());
    }

    static QString dateIn(int days)
    {
        return QLocale().toString(QDateTime::currentDateTimeUtc().addDays(days).toLocalTime().date(),
                                  QLocale::ShortFormat);
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
    }

    void cleanup()
    {
        m_page.reset();
        m_bed.reset();
    }

    void movedTerminalIsPinnedFromTheNotice()
    {
        openWithFrontDoor();
        QVERIFY(!row(QStringLiteral("moved_") + frontDoor));
        moveFrontDoor(QStringLiteral("10.0.0.77"), 2 * 3600 + 60);
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);

        QTRY_VERIFY(rowText(QStringLiteral("moved_") + frontDoor));
        QLabel *text = rowText(QStringLiteral("moved_") + frontDoor);
        QCOMPARE(text->text(), QStringLiteral("Front door now talks from 10.0.0.77, was 10.0.0.12 (2 h ago)."));
        const QDateTime movedAt = storage::TerminalRepository(db()).find(frontDoor)->addressChangedAt;
        QVERIFY2(text->toolTip().contains(QLocale().toString(movedAt.toLocalTime(), QLocale::LongFormat)),
                 qPrintable(text->toolTip()));

        QTest::mouseClick(test::findWidget<QPushButton>(m_page.get(), QStringLiteral("pin_") + frontDoor),
                          Qt::LeftButton);
        QVERIFY(storage::TerminalRepository(db()).find(frontDoor)->pinned);
        storage::AuditFilter pins;
        pins.action = QStringLiteral("terminal.pin_address");
        const QList<storage::AuditEntry> trail = storage::AuditRepository(db()).list(pins);
        QCOMPARE(trail.size(), 1);
        QCOMPARE(trail.first().objectId, frontDoor);
        QCOMPARE(trail.first().actor, m_bed->context().actor().name);
        QCOMPARE(trail.first().newValue.value(QLatin1String("address")).toString(), QStringLiteral("10.0.0.77"));
        QVERIFY(test::findWidget<QLabel>(m_page.get(), "dashboardMessage")
                    ->text()
                    .contains(QStringLiteral("Front door is pinned to 10.0.0.77")));

        // Pinned, the move is still listed until it is marked seen, with nothing left to pin.
        QTRY_VERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("pin_") + frontDoor));
        QVERIFY(row(QStringLiteral("moved_") + frontDoor));
        QVERIFY(rowText(QStringLiteral("moved_") + frontDoor)->toolTip().contains(QStringLiteral("pinned")));
    }

    void seenMoveStaysHiddenUntilTheTerminalMovesAgain()
    {
        openWithFrontDoor();
        moveFrontDoor(QStringLiteral("10.0.0.77"), 60);
        m_page->reload();
        const int withMove = m_page->badge();
        QTest::mouseClick(test::findWidget<QPushButton>(m_page.get(), QStringLiteral("seen_") + frontDoor),
                          Qt::LeftButton);
        QVERIFY(!row(QStringLiteral("moved_") + frontDoor));
        QCOMPARE(m_page->badge(), withMove - 1);
        // Remembered on this PC: a new page (the next start) does not show it either.
        showPage();
        QVERIFY(!row(QStringLiteral("moved_") + frontDoor));

        moveFrontDoor(QStringLiteral("10.0.0.78"), 0);
        m_bed->context().notifyChanged(ui::ConsoleContext::Terminals);
        QTRY_VERIFY(rowText(QStringLiteral("moved_") + frontDoor));
        QCOMPARE(rowText(QStringLiteral("moved_") + frontDoor)->text(),
                 QStringLiteral("Front door now talks from 10.0.0.78, was 10.0.0.77 (just now)."));
    }

    void movesOlderThanAWeekAreNotListed()
    {
        openWithFrontDoor();
        moveFrontDoor(QStringLiteral("10.0.0.77"), 8 * 24 * 3600);
        m_page->reload();
        QVERIFY(!row(QStringLiteral("moved_") + frontDoor));
    }

    // The list showed one address; by the click the terminal talks from another: that one is
    // not pinned unseen.
    void terminalThatMovedAgainIsNotPinned()
    {
        openWithFrontDoor();
        moveFrontDoor(QStringLiteral("10.0.0.77"), 60);
        m_page->reload();
        auto *pin = test::findWidget<QPushButton>(m_page.get(), QStringLiteral("pin_") + frontDoor);
        QVERIFY(storage::TerminalRepository(db()).recordContact(
            {frontDoor, QStringLiteral("10.0.0.99"), storage::Approval::Approved, {}}));
        QTest::mouseClick(pin, Qt::LeftButton);
        QVERIFY(!storage::TerminalRepository(db()).find(frontDoor)->pinned);
        auto *message = test::findWidget<QLabel>(m_page.get(), "dashboardMessage");
        QVERIFY2(message->text().contains(QStringLiteral("moved again, to 10.0.0.99")), qPrintable(message->text()));
        QCOMPARE(message->property("role").toString(), QStringLiteral("fieldError"));
        QTRY_COMPARE(rowText(QStringLiteral("moved_") + frontDoor)->text(),
                     QStringLiteral("Front door now talks from 10.0.0.99, was 10.0.0.77 (just now)."));
    }

    // What the server's engine writes into the settings table reaches the Dashboard by itself.
    void registrationsRefusedByTheServerAreShown()
    {
        openBed({true, {{QLatin1String(engine::ServerSettings::MaxPendingPerAddressKey), QStringLiteral("1")}}});
        showPage();
        QStringList answers;
        for (const QByteArray devId : {"NEW0000000000001", "NEW0000000000002", "NEW0000000000003"}) {
            test::TerminalRequestBuilder request;
            request.devId = devId;
            request.body = test::hs101GlogBody(QStringLiteral("1"), QStringLiteral("20260302080100"));
            answers << QString::fromLatin1(
                test::sendRaw(m_bed->server()->port(), request.build()).header("response_code"));
        }
        QCOMPARE(answers, (QStringList{QStringLiteral("OK"), QStringLiteral("ERROR"), QStringLiteral("ERROR")}));

        QTRY_VERIFY_WITH_TIMEOUT(rowText(QStringLiteral("registrationsRefused")), 15000);
        QLabel *text = rowText(QStringLiteral("registrationsRefused"));
        QCOMPARE(text->text(), QStringLiteral("2 registrations refused from 127.0.0.1, the last one just now: too many new "
                                              "terminals are waiting for approval."));
        QVERIFY2(text->toolTip().contains(QStringLiteral("127.0.0.1 (2)")), qPrintable(text->toolTip()));
        QSignalSpy pages(&m_bed->context(), &ui::ConsoleContext::pageRequested);
        QTest::mouseClick(test::findWidget<QPushButton>(m_page.get(), "showWaitingTerminals"), Qt::LeftButton);
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.at(0).at(0).value<ui::PageId>(), ui::PageId::Terminals);
    }

    void refusalsAnHourOldAreNoLongerNews()
    {
        openWithFrontDoor();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        engine::RegistrationRefusals refusals(now.addDays(-1));
        for (int i = 0; i < 40; ++i)
            refusals.add(QStringLiteral("10.0.0.66"), now.addSecs(-2 * 3600));
        refusals.add(QStringLiteral("10.0.0.9"), now.addSecs(-2 * 3600));
        setSetting(QLatin1String(engine::RegistrationRefusals::SettingKey), QString::fromUtf8(refusals.toJson()));
        m_page->reload();
        QVERIFY(!row(QStringLiteral("registrationsRefused")));

        refusals.add(QStringLiteral("10.0.0.66"), now.addSecs(-300));
        setSetting(QLatin1String(engine::RegistrationRefusals::SettingKey), QString::fromUtf8(refusals.toJson()));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        QTRY_VERIFY(rowText(QStringLiteral("registrationsRefused")));
        QCOMPARE(rowText(QStringLiteral("registrationsRefused"))->text(),
                 QStringLiteral("42 registrations refused from 10.0.0.66 and other addresses, the last one 5 min ago: "
                                "too many new terminals are waiting for approval."));
        QVERIFY(rowText(QStringLiteral("registrationsRefused"))
                    ->toolTip()
                    .contains(QStringLiteral("10.0.0.66 (41), 10.0.0.9 (1)")));

        // With automatic approval nothing waits: the notice says what the caps counted.
        setSetting(QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1"));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        QTRY_COMPARE(rowText(QStringLiteral("registrationsRefused"))->text(),
                     QStringLiteral("42 registrations refused from 10.0.0.66 and other addresses, the last one 5 min ago: "
                                    "too many new terminals were approved automatically within the hour."));
    }

    void biometricsDueWithinAWeekNameTheirPeople()
    {
        openWithFrontDoor({{QLatin1String(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("30")}});
        addLeaver(QStringLiteral("200"), QStringLiteral("Bo Disabled"), 25);
        // Not due within the week.
        addLeaver(QStringLiteral("300"), QStringLiteral("Cy Recent"), 10);
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);

        QTRY_VERIFY(rowText(QStringLiteral("biometricsDue")));
        QLabel *text = rowText(QStringLiteral("biometricsDue"));
        QCOMPARE(text->text(),
                 QStringLiteral("The biometrics of Bo Disabled, inactive for a while, will be removed on %1.").arg(dateIn(5)));
        QVERIFY(!text->toolTip().contains(QStringLiteral("Cy Recent")));
        QSignalSpy users(&m_bed->context(), &ui::ConsoleContext::userRequested);
        QTest::mouseClick(test::findWidget<QPushButton>(m_page.get(), "showDueUsers"), Qt::LeftButton);
        QCOMPARE(users.count(), 1);
        QCOMPARE(users.at(0).at(0).toString(), QStringLiteral("200"));

        addLeaver(QStringLiteral("400"), QStringLiteral("Di Gone"), 28);
        m_bed->context().notifyChanged(ui::ConsoleContext::Users);
        QTRY_VERIFY(rowText(QStringLiteral("biometricsDue"))->text().contains(QStringLiteral("2 inactive people")));
        text = rowText(QStringLiteral("biometricsDue"));
        QCOMPARE(text->text(), QStringLiteral("The biometrics of 2 inactive people will be removed between %1 and %2.")
                                   .arg(dateIn(2), dateIn(5)));
        QVERIFY2(text->toolTip().contains(QStringLiteral("Di Gone (400): %1").arg(dateIn(2))),
                 qPrintable(text->toolTip()));
        QVERIFY(text->toolTip().contains(QStringLiteral("Bo Disabled (200): %1").arg(dateIn(5))));
        QSignalSpy pages(&m_bed->context(), &ui::ConsoleContext::pageRequested);
        QTest::mouseClick(test::findWidget<QPushButton>(m_page.get(), "showDueUsers"), Qt::LeftButton);
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.at(0).at(0).value<ui::PageId>(), ui::PageId::Users);
    }

    void nothingIsSaidWhileRetentionIsOff()
    {
        openWithFrontDoor({{QLatin1String(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("0")},
                           {QLatin1String(services::RetentionScheduler::LastResultKey), QStringLiteral("disk full")}});
        addLeaver(QStringLiteral("200"), QStringLiteral("Bo Disabled"), 25);
        m_page->reload();
        QVERIFY(!row(QStringLiteral("biometricsDue")));
        QVERIFY(!row(QStringLiteral("purgeFailed")));

        // Turned on elsewhere (Settings, the CLI): the notices follow.
        setSetting(QLatin1String(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("30"));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        QTRY_VERIFY(row(QStringLiteral("biometricsDue")));
        QVERIFY(row(QStringLiteral("purgeFailed")));
    }

    void failedPurgeIsARedEntry()
    {
        openWithFrontDoor({{QLatin1String(services::PrivacyAdmin::RetentionDaysKey), QStringLiteral("30")},
                           {QLatin1String(services::RetentionScheduler::LastResultKey), QStringLiteral("ok")}});
        QVERIFY(!row(QStringLiteral("purgeFailed")));
        const int before = m_page->badge();

        setSetting(QLatin1String(services::RetentionScheduler::LastResultKey), QStringLiteral("database is locked"));
        setSetting(QLatin1String(services::RetentionScheduler::LastRunKey),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        QTRY_VERIFY(rowText(QStringLiteral("purgeFailed")));
        QCOMPARE(rowText(QStringLiteral("purgeFailed"))->text(),
                 QStringLiteral("The daily removal of old biometrics failed: database is locked"));
        QVERIFY(rowText(QStringLiteral("purgeFailed"))->toolTip().contains(QStringLiteral("tried again every hour")));
        auto *icon = row(QStringLiteral("purgeFailed"))->findChild<QLabel *>(QStringLiteral("attentionIcon"));
        QVERIFY(icon);
        QCOMPARE(icon->pixmap().toImage(), ui::toneIcon(ui::StatusTone::Bad).pixmap(16, 16).toImage());
        QCOMPARE(m_page->badge(), before + 1);
    }

    void aBackupOlderThanTwoDaysIsWarnedOf()
    {
        using engine::BackupScheduler;
        const QString threeDaysAgo = QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODateWithMs);
        openWithFrontDoor({{QLatin1String(BackupScheduler::LastAtKey), threeDaysAgo},
                           {QLatin1String(BackupScheduler::LastResultKey), QStringLiteral("ok")}});
        QVERIFY(rowText(QStringLiteral("backupStale")));
        QCOMPARE(rowText(QStringLiteral("backupStale"))->text(),
                 QStringLiteral("The newest backup of this data is from 3 days ago."));
        QSignalSpy pages(&m_bed->context(), &ui::ConsoleContext::pageRequested);
        QTest::mouseClick(test::findWidget<QPushButton>(m_page.get(), "showBackupSettings"), Qt::LeftButton);
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.first().first().value<ui::PageId>(), ui::PageId::Settings);

        // A backup by hand a day ago is recent enough.
        setSetting(QLatin1String(BackupScheduler::ManualAtKey),
                   QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs));
        setSetting(QLatin1String(BackupScheduler::ManualResultKey), QStringLiteral("ok"));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        QTRY_VERIFY(!row(QStringLiteral("backupStale")));
    }

    void aNewInstallationIsNotWarnedBeforeItsFirstBackup()
    {
        openWithFrontDoor();
        QVERIFY(!row(QStringLiteral("backupStale")));
        // Turned off, with no backup at all: that is worth a warning.
        setSetting(QLatin1String(engine::BackupScheduler::DailyKey), QStringLiteral("0"));
        m_bed->context().notifyChanged(ui::ConsoleContext::Settings);
        QTRY_VERIFY(rowText(QStringLiteral("backupStale")));
        QCOMPARE(rowText(QStringLiteral("backupStale"))->text(),
                 QStringLiteral("No backup of this data has been made yet."));
        QVERIFY(rowText(QStringLiteral("backupStale"))->toolTip().contains(QStringLiteral("daily backup is off")));
    }

    // Another program (here this test) holds the port the console's server is set to use.
    void aPortHeldByAnotherProgramIsNamed()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(holder.serverPort());
        openBed({false, {{QLatin1String(engine::ServerSettings::ListenKey), QStringLiteral("127.0.0.1:") + port}}});
        http::ServerHost server(m_bed->config());
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = holder.serverPort();
        QString error;
        QVERIFY(!server.start(options, &error));
        ui::ConsoleContext context(m_bed->connection(), &server);
        ui::DashboardPage page(context);
        page.show();
        // No terminal yet: the notice stands above the getting-started steps.
        auto *notice = page.findChild<QWidget *>(QStringLiteral("portHeld"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        const QString text = notice->findChild<QLabel *>(QStringLiteral("attentionText"))->text();
        QVERIFY2(text.contains(QStringLiteral("port ") + port), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())),
                 qPrintable(text));
        QVERIFY2(text.contains(QFileInfo(QCoreApplication::applicationFilePath()).fileName()), qPrintable(text));

        holder.close();
        QVERIFY(server.start(options, &error));
        page.reload();
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("portHeld")));
        server.stop();
    }

    void theFirewallHintComesAfterFiveMinutesAndNamesTheCommand()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ui::DashboardNotices::firewallHint(8090, now.addSecs(-4 * 60), now, QStringLiteral("ufw")).isEmpty());
        QVERIFY(ui::DashboardNotices::firewallHint(8090, QDateTime(), now, QStringLiteral("ufw")).isEmpty());
        const QList<ui::AttentionItem> ufw =
            ui::DashboardNotices::firewallHint(8090, now.addSecs(-6 * 60), now, QStringLiteral("ufw"));
        QCOMPARE(ufw.size(), 1);
        QVERIFY2(ufw.first().text.endsWith(QStringLiteral("open it: sudo ufw allow 8090/tcp")),
                 qPrintable(ufw.first().text));
        const QList<ui::AttentionItem> firewalld =
            ui::DashboardNotices::firewallHint(9000, now.addSecs(-6 * 60), now, QStringLiteral("firewalld"));
        QVERIFY(firewalld.first().text.contains(QStringLiteral("firewall-cmd --permanent --add-port=9000/tcp")));
        const QList<ui::AttentionItem> none = ui::DashboardNotices::firewallHint(8090, now.addSecs(-6 * 60), now, {});
        QVERIFY(none.first().text.contains(QStringLiteral("No firewall tool (ufw, firewalld) is installed here")));
    }
};

QTEST_MAIN(tst_DashboardNotices)
#include "tst_dashboardnotices.moc"
