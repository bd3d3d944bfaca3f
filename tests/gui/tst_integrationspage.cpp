#include "consolecontext.h"
#include "consoletestbed.h"
#include "datatableview.h"
#include "destinationdetailspane.h"
#include "destinationdialog.h"
#include "destinationtablemodel.h"
#include "integrationactions.h"
#include "integrationfixture.h"
#include "integrationspage.h"
#include "modaldialogs.h"
#include "outboxeventmodel.h"
#include "pageheader.h"
#include "readerthreadtools.h"
#include "replayfromdialog.h"
#include "widgetlookup.h"

#include "destinationrepository.h"
#include "outboxrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace punchclock;
using storage::OutboxStatus;
using test::findWidget;
using test::IntegrationFixture;
using ui::DestinationTableModel;
using ui::OutboxEventModel;

// The Integrations page: destinations with their state and backlog, the selected one's events,
// and every change the command line's `integrations` makes, through services::IntegrationAdmin
// as the signed-in operator; read on the console's reader thread as on PostgreSQL.
class tst_IntegrationsPage : public QObject
{
    Q_OBJECT

private:
    static constexpr int WaitMs = 10000;
    std::unique_ptr<IntegrationFixture> m_fixture;
    const QDate m_day = QDate(2026, 11, 3);

    test::ConsoleTestbed &bed() const { return m_fixture->bed(); }
    QSqlDatabase db() const { return bed().database(); }

    // A webhook "Payroll" with three punches queued for it; its id.
    qint64 payrollWithPunches()
    {
        const qint64 id = m_fixture->addWebhook(db(), QStringLiteral("Payroll"));
        if (id == 0 || !IntegrationFixture::storePunches(db(), IntegrationFixture::minutesOf(m_day, 3)))
            return 0;
        return id;
    }

    static QString cell(const ui::IntegrationsPage &page, qint64 id, DestinationTableModel::Column column)
    {
        const int row = page.model()->rowOf(id);
        return row < 0 ? QString() : page.model()->index(row, column).data().toString();
    }

    static QString eventCell(const ui::IntegrationsPage &page, int row, OutboxEventModel::Column column)
    {
        return page.events()->index(row, column).data().toString();
    }

    static QAction *action(const ui::IntegrationsPage &page, const char *name)
    {
        return findWidget<QAction>(&page, name);
    }

    static QString message(const ui::IntegrationsPage &page)
    {
        return findWidget<QLabel>(&page, "integrationsMessage")->text();
    }

    static void answerNextQuestion(QMessageBox::StandardButton answer, QString *question = nullptr)
    {
        test::whenModalShows<QMessageBox>([answer, question](QMessageBox *box) {
            if (question)
                *question = box->text();
            box->button(answer)->click();
        });
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<IntegrationFixture>();
        QString error;
        QVERIFY2(m_fixture->open(&error), qPrintable(error));
    }

    void cleanup() { m_fixture.reset(); }

    // Punches stored while the page shows appear in its backlog by themselves (it reads again
    // every 2 s while shown), as do the events of the selected destination.
    void showsTheBacklogAsPunchesArrive()
    {
        const qint64 id = m_fixture->addWebhook(db(), QStringLiteral("Payroll"));
        QVERIFY(id != 0);
        ui::IntegrationsPage page(bed().context());
        page.show();
        QCOMPARE(cell(page, id, DestinationTableModel::StateColumn), QStringLiteral("Up to date"));
        QCOMPARE(page.selectedDestination()->row.id, id);
        QVERIFY(IntegrationFixture::storePunches(db(), IntegrationFixture::minutesOf(m_day, 3)));
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, id, DestinationTableModel::PendingColumn), QStringLiteral("3"), WaitMs);
        QCOMPARE(cell(page, id, DestinationTableModel::StateColumn), QStringLiteral("Delivering"));
        QTRY_COMPARE(page.events()->rowCount(), 3);
        QCOMPARE(eventCell(page, 0, OutboxEventModel::EventColumn), QStringLiteral("Punch"));
        QCOMPARE(eventCell(page, 0, OutboxEventModel::StatusColumn), QStringLiteral("Pending"));
        QCOMPARE(eventCell(page, 0, OutboxEventModel::TriesColumn), QStringLiteral("0"));
        const storage::OutboxRow newest = IntegrationFixture::events(db(), id).first();
        QCOMPARE(eventCell(page, 0, OutboxEventModel::SubjectColumn), QString::number(newest.subjectId));
        QCOMPARE(eventCell(page, 0, OutboxEventModel::QueuedColumn),
                 QLocale().toString(newest.createdAt.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(findWidget<ui::PageHeader>(&page, "integrationsHeader")
                    ->summary()
                    .contains(QStringLiteral("3 event(s) waiting")));
        QCOMPARE(page.badge(), 0);
    }

    // A failed event says why, counts on the navigation's badge, and Send again sets it pending.
    void sendsFailedAndParkedEventsAgain()
    {
        const qint64 id = payrollWithPunches();
        QVERIFY(id != 0);
        const QList<storage::OutboxRow> queued = IntegrationFixture::events(db(), id);
        storage::OutboxRepository outbox(db());
        const QString refusal = QStringLiteral("HTTP 422: employee 7 is unknown to payroll");
        QVERIFY(outbox.markUndeliverable(queued.at(0).id, OutboxStatus::Failed, refusal));
        QVERIFY(outbox.markUndeliverable(queued.at(1).id, OutboxStatus::Parked, QStringLiteral("no employee 7")));
        ui::IntegrationsPage page(bed().context());
        QSignalSpy badge(&page, &ui::Page::badgeChanged);
        page.show();
        QCOMPARE(cell(page, id, DestinationTableModel::FailedColumn), QStringLiteral("1"));
        QCOMPARE(cell(page, id, DestinationTableModel::ParkedColumn), QStringLiteral("1"));
        QCOMPARE(page.badge(), 2);

        page.details()->setStatusFilter(OutboxStatus::Failed);
        QTRY_COMPARE(page.events()->rowCount(), 1);
        QCOMPARE(eventCell(page, 0, OutboxEventModel::StatusColumn), QStringLiteral("Failed"));
        QCOMPARE(eventCell(page, 0, OutboxEventModel::LastErrorColumn), refusal);

        QVERIFY(action(page, "sendFailedAgain")->isEnabled() && action(page, "sendParkedAgain")->isEnabled());
        action(page, "sendAgain")->trigger();
        QVERIFY2(message(page).contains(QStringLiteral("2 event(s) of Payroll will be sent again")),
                 qPrintable(message(page)));
        QCOMPARE(cell(page, id, DestinationTableModel::FailedColumn), QStringLiteral("0"));
        QCOMPARE(cell(page, id, DestinationTableModel::PendingColumn), QStringLiteral("3"));
        QCOMPARE(page.badge(), 0);
        QVERIFY(!badge.isEmpty() && badge.last().first().toInt() == 0); // the navigation's badge follows
        QTRY_COMPARE(page.events()->rowCount(), 0);
        page.details()->setStatusFilter(std::nullopt);
        QTRY_COMPARE(page.events()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(eventCell(page, row, OutboxEventModel::StatusColumn), QStringLiteral("Pending"));
        QCOMPARE(IntegrationFixture::events(db(), id, OutboxStatus::Pending).size(), 3);
        QVERIFY(!action(page, "sendAgain")->isEnabled());
    }

    // After failures that may pass the destination waits; Try now ends the wait.
    void tryNowEndsTheWaitAfterFailures()
    {
        const qint64 id = payrollWithPunches();
        QVERIFY(id != 0);
        const QString error = QStringLiteral("no answer from payroll.example.com within 10 s");
        const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(600);
        storage::DestinationRepository destinations(db());
        QVERIFY(destinations.recordFailure(id, error, retryAt));
        QVERIFY(destinations.recordFailure(id, error, retryAt));
        ui::IntegrationsPage page(bed().context());
        page.show();
        const QString state = cell(page, id, DestinationTableModel::StateColumn);
        QVERIFY2(state.startsWith(QStringLiteral("Waiting until ")) &&
                     state.endsWith(QStringLiteral("after 2 failure(s)")),
                 qPrintable(state));
        QVERIFY2(state.contains(QLocale().toString(retryAt.toLocalTime().time(), QLocale::ShortFormat)),
                 qPrintable(state));
        QCOMPARE(cell(page, id, DestinationTableModel::LastErrorColumn), error);
        QVERIFY(findWidget<QLabel>(&page, "destinationLastError")->text().contains(error));

        QVERIFY(action(page, "tryDestinationNow")->isEnabled());
        action(page, "tryDestinationNow")->trigger();
        QCOMPARE(cell(page, id, DestinationTableModel::StateColumn), QStringLiteral("Delivering"));
        const storage::DestinationRow row = *destinations.find(id);
        QCOMPARE(row.failures, 0);
        QVERIFY(!row.nextAttemptAt.isValid());
        QCOMPARE(IntegrationFixture::events(db(), id, OutboxStatus::Pending).size(), 3);
        QVERIFY(!action(page, "tryDestinationNow")->isEnabled());
    }

    // Replay from a day queues again what the destination receives from then on, delivered or not.
    void replaysFromADay()
    {
        const qint64 id = payrollWithPunches();
        QVERIFY(id != 0);
        const QDate later = m_day.addDays(17);
        QVERIFY(IntegrationFixture::storePunches(db(), IntegrationFixture::minutesOf(later, 2)));
        QList<qint64> all;
        for (const storage::OutboxRow &event : IntegrationFixture::events(db(), id))
            all << event.id;
        QVERIFY(storage::OutboxRepository(db()).markDelivered(all));
        ui::IntegrationsPage page(bed().context());
        page.show();
        QCOMPARE(cell(page, id, DestinationTableModel::PendingColumn), QStringLiteral("0"));

        test::whenModalShows<ui::ReplayFromDialog>([later](ui::ReplayFromDialog *dialog) {
            dialog->setFrom(later);
            findWidget<QDialogButtonBox>(dialog, "replayFromButtons")->button(QDialogButtonBox::Ok)->click();
        });
        action(page, "replayDestination")->trigger();
        const QString expected = QStringLiteral("2 event(s) from %1 on are queued again for Payroll.")
                                     .arg(QLocale().toString(later, QLocale::ShortFormat));
        QCOMPARE(message(page), expected);
        QCOMPARE(cell(page, id, DestinationTableModel::PendingColumn), QStringLiteral("2"));
        QCOMPARE(IntegrationFixture::events(db(), id, OutboxStatus::Pending).size(), 2);
        QCOMPARE(IntegrationFixture::events(db(), id, OutboxStatus::Delivered).size(), 3);
    }

    void pausesAndResumes()
    {
        const qint64 id = payrollWithPunches();
        QVERIFY(id != 0);
        ui::IntegrationsPage page(bed().context());
        page.show();
        QVERIFY(action(page, "pauseDestination")->isVisible() && !action(page, "resumeDestination")->isVisible());
        action(page, "pauseDestination")->trigger();
        QCOMPARE(cell(page, id, DestinationTableModel::StateColumn), QStringLiteral("Paused"));
        QVERIFY(!storage::DestinationRepository(db()).find(id)->enabled);
        QVERIFY(!action(page, "pauseDestination")->isVisible() && action(page, "resumeDestination")->isVisible());
        // Paused, it still queues: nothing is missed while it is.
        QVERIFY(IntegrationFixture::storePunches(db(), IntegrationFixture::minutesOf(m_day.addDays(1), 1)));
        page.reload();
        QCOMPARE(cell(page, id, DestinationTableModel::PendingColumn), QStringLiteral("4"));

        action(page, "resumeDestination")->trigger();
        QCOMPARE(cell(page, id, DestinationTableModel::StateColumn), QStringLiteral("Delivering"));
        const storage::DestinationRow row = *storage::DestinationRepository(db()).find(id);
        QVERIFY(row.enabled);
        QCOMPARE(row.url, QStringLiteral("https://payroll.example.com/punches"));
        QVERIFY(row.sendsCorrections);
    }

    void removesOnlyOnceConfirmed()
    {
        const qint64 id = payrollWithPunches();
        QVERIFY(id != 0);
        ui::IntegrationsPage page(bed().context());
        page.show();
        QString question;
        answerNextQuestion(QMessageBox::No, &question);
        action(page, "removeDestination")->trigger();
        QVERIFY2(question.contains(QStringLiteral("3 event(s) not delivered yet")), qPrintable(question));
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY(storage::DestinationRepository(db()).find(id));

        answerNextQuestion(QMessageBox::Yes);
        action(page, "removeDestination")->trigger();
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!storage::DestinationRepository(db()).find(id));
        QVERIFY(IntegrationFixture::events(db(), id).isEmpty());
        QCOMPARE(message(page), QStringLiteral("Destination Payroll removed with its queue."));
        QVERIFY(findWidget<ui::PageHeader>(&page, "integrationsHeader")
                    ->summary()
                    .startsWith(QStringLiteral("No destination yet")));
        QVERIFY(!action(page, "editDestination")->isEnabled());
    }

    void othersThanAnAdministratorChangeNothing_data()
    {
        QTest::addColumn<services::Role>("role");
        QTest::newRow("manager") << services::Role::Manager;
        QTest::newRow("operator") << services::Role::Operator;
        QTest::newRow("viewer") << services::Role::Viewer;
    }

    void othersThanAnAdministratorChangeNothing()
    {
        QFETCH(services::Role, role);
        const qint64 id = payrollWithPunches();
        QVERIFY(id != 0);
        QVERIFY(storage::OutboxRepository(db()).markUndeliverable(IntegrationFixture::events(db(), id).first().id,
                                                                  OutboxStatus::Failed, QStringLiteral("refused")));
        QVERIFY(bed().signInAs(QStringLiteral("vera"), role).operatorId != 0);
        ui::IntegrationsPage page(bed().context());
        page.show();
        // What is there is shown, with the backlog and the events.
        QCOMPARE(cell(page, id, DestinationTableModel::FailedColumn), QStringLiteral("1"));
        QTRY_COMPARE(page.events()->rowCount(), 3);
        auto *readOnly = findWidget<QLabel>(&page, "integrationsReadOnly");
        QVERIFY(readOnly->isVisible());
        QVERIFY2(readOnly->text().contains(QStringLiteral("does not allow changing the settings")),
                 qPrintable(readOnly->text()));
        QVERIFY(!findWidget<QPushButton>(&page, "addDestinationButton")->isEnabled());
        for (const char *name :
             {"addDestination", "editDestination", "removeDestination", "pauseDestination", "resumeDestination",
              "sendAgain", "sendFailedAgain", "sendParkedAgain", "tryDestinationNow", "replayDestination"}) {
            QVERIFY2(!action(page, name)->isEnabled(), name);
        }
        QCOMPARE(action(page, "sendAgain")->toolTip(), readOnly->text());

        // The service refuses it too, in the console's words, and nothing changes.
        const ui::IntegrationActions::Result refused =
            ui::IntegrationActions(bed().context(), &page)
                .sendAgain(*page.selectedDestination(), {OutboxStatus::Failed});
        QCOMPARE(refused.failure, QStringLiteral("Only an administrator can change the settings."));
        QCOMPARE(IntegrationFixture::events(db(), id, OutboxStatus::Failed).size(), 1);

        bed().context().setActor(ui::ConsoleContext::defaultActor());
        QVERIFY(!readOnly->isVisible());
        QVERIFY(action(page, "sendAgain")->isEnabled());
    }

    // Both models under QAbstractItemModelTester; the events read a page at a time as a view
    // scrolls, and change in place as their status does.
    void modelsPageAndUpdateInPlace()
    {
        const qint64 id = m_fixture->addWebhook(db(), QStringLiteral("Payroll"));
        QVERIFY(id != 0);
        QVERIFY(IntegrationFixture::storePunches(db(), IntegrationFixture::minutesOf(m_day, 250)));
        ui::IntegrationsPage page(bed().context());
        page.show();
        // The newest page first; the tester itself asks for more as it checks the model.
        QCOMPARE(page.events()->rowCount(), OutboxEventModel::PageSize);
        QVERIFY(page.events()->canFetchMore({}));
        const qint64 newest = page.events()->index(0, 0).data(OutboxEventModel::EventIdRole).toLongLong();
        QCOMPARE(newest, IntegrationFixture::events(db(), id).first().id);
        QAbstractItemModelTester destinations(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester events(page.events(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(page.events(), &QAbstractItemModel::modelReset);
        QSignalSpy destinationResets(page.model(), &QAbstractItemModel::modelReset);
        while (page.events()->canFetchMore({})) {
            const int before = page.events()->rowCount();
            page.events()->fetchMore({});
            QVERIFY(page.events()->rowCount() > before &&
                    page.events()->rowCount() - before <= OutboxEventModel::PageSize);
        }
        QCOMPARE(page.events()->rowCount(), 250);
        QCOMPARE(page.events()->index(249, 0).data(OutboxEventModel::EventIdRole).toLongLong(),
                 IntegrationFixture::events(db(), id).last().id);

        QVERIFY(storage::OutboxRepository(db()).markUndeliverable(newest, OutboxStatus::Parked,
                                                                  QStringLiteral("No Employee found for 7")));
        page.reload();
        QCOMPARE(page.events()->rowCount(), 250);
        QCOMPARE(eventCell(page, 0, OutboxEventModel::StatusColumn), QStringLiteral("Parked"));
        QCOMPARE(cell(page, id, DestinationTableModel::ParkedColumn), QStringLiteral("1"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(destinationResets.count(), 0);

        page.details()->setStatusFilter(OutboxStatus::Parked);
        QCOMPARE(page.events()->rowCount(), 1);
        QVERIFY(!page.events()->canFetchMore({}));
    }

    // On PostgreSQL the page reads and changes on the console's reader thread: with the GUI
    // thread's connection closed, it still shows, sends again, pauses and adds.
    void readsAndChangesOnTheReader()
    {
        const qint64 id = payrollWithPunches();
        QVERIFY(id != 0);
        QVERIFY(storage::OutboxRepository(db()).markUndeliverable(IntegrationFixture::events(db(), id).first().id,
                                                                  OutboxStatus::Failed, QStringLiteral("refused")));
        ui::ConsoleContext &readers = bed().createContext(true);
        std::optional<test::GuiConnectionClosed> closed(db());
        ui::IntegrationsPage page(readers);
        page.show();
        QTRY_COMPARE(cell(page, id, DestinationTableModel::FailedColumn), QStringLiteral("1"));
        QTRY_COMPARE(page.events()->rowCount(), 3);
        QTRY_VERIFY(action(page, "sendAgain")->isEnabled());
        action(page, "sendAgain")->trigger();
        QTRY_COMPARE(cell(page, id, DestinationTableModel::FailedColumn), QStringLiteral("0"));
        action(page, "pauseDestination")->trigger();
        QTRY_COMPARE(cell(page, id, DestinationTableModel::StateColumn), QStringLiteral("Paused"));
        test::whenModalShows<ui::DestinationDialog>([](ui::DestinationDialog *dialog) {
            findWidget<QLineEdit>(dialog, "destinationName")->setText(QStringLiteral("Second hook"));
            findWidget<QLineEdit>(dialog, "destinationUrl")->setText(QStringLiteral("https://hooks.example.com/in"));
            findWidget<QLineEdit>(dialog, "destinationSecret")->setText(QStringLiteral("another-secret"));
            findWidget<QDialogButtonBox>(dialog, "destinationButtons")->button(QDialogButtonBox::Save)->click();
        });
        action(page, "addDestination")->trigger();
        QTRY_COMPARE(page.model()->rowCount(), 2);
        QTRY_VERIFY(page.selectedDestination() &&
                    page.selectedDestination()->row.name == QStringLiteral("Second hook"));

        closed.reset();
        QVERIFY(!storage::DestinationRepository(db()).find(id)->enabled);
        QCOMPARE(IntegrationFixture::events(db(), id, OutboxStatus::Pending).size(), 3);
        QVERIFY(storage::DestinationRepository(db()).findByName(QStringLiteral("Second hook")));
    }
};

QTEST_MAIN(tst_IntegrationsPage)
#include "tst_integrationspage.moc"
