// Enroll… on a user: the finger picked on the hands (by mouse and by keyboard), only terminals
// that can enroll it offered, then the live panel following the real server and a simulated
// terminal until the outcome, with Copy to other terminals after success.

#include "consolecontext.h"
#include "consoletestbed.h"
#include "enrolldialog.h"
#include "handpicker.h"
#include "readerthreadtools.h"
#include "terminalpickerdialog.h"
#include "userspage.h"
#include "widgetlookup.h"

#include "commandservice.h"
#include "enrollmentservice.h"
#include "jobrepository.h"
#include "serversettings.h"
#include "terminalrepository.h"
#include "simulatedterminal.h"
#include "userrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace punchclock;

namespace {

const QString dev = QStringLiteral("SIM0001");
const QString userId = QStringLiteral("3");
constexpr int WaitMs = 15000;

} // namespace

class tst_EnrollDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<simulator::SimulatedTerminal> m_terminal;
    std::unique_ptr<ui::EnrollDialog> m_dialog;

    template<typename T>
    T *widget(const char *name) const
    {
        return test::findWidget<T>(m_dialog.get(), name);
    }

    // An HS101 terminal (fingers, no face) that captures after `delayMs`, approved, holding user 3,
    // who is in the store as the terminal holds them.
    void startTerminal(simulator::EnrollScreenBehaviour behaviour, bool refusesRemoteEnroll = false)
    {
        simulator::TerminalConfig config;
        config.deviceId = dev;
        config.fkName = QStringLiteral("Front door");
        config.server = {QStringLiteral("127.0.0.1"), m_bed->server()->port()};
        config.seed.users = 5;
        config.seed.logs = 0;
        config.pollIntervalMs = 100;
        config.punchesPerMinute = 0;
        config.enrollScreen = behaviour;
        config.enrollDelayMs = 400;
        config.quirks.refusesRemoteEnroll = refusesRemoteEnroll;
        m_terminal = std::make_unique<simulator::SimulatedTerminal>(config);
        m_terminal->start();
        QTRY_VERIFY_WITH_TIMEOUT(storage::TerminalRepository(m_bed->database()).find(dev).has_value()
                                     && !storage::TerminalRepository(m_bed->database()).find(dev)->supportedEnrollData.isEmpty(),
                                 WaitMs);
        const auto fetched = services::CommandService(m_bed->database())
                                 .queue(dev, protocol::CommandCode::GetUserInfo,
                                        {{QStringLiteral("user_id"), userId}}, {}, m_bed->context().actor());
        QVERIFY(fetched.ok());
        QTRY_VERIFY_WITH_TIMEOUT(storage::UserRepository(m_bed->database()).load(userId).has_value(), WaitMs);
        m_dialog = std::make_unique<ui::EnrollDialog>(m_bed->context(), userId);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        test::ConsoleTestbed::Options options;
        options.settings = {{QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1")},
                            {QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0")},
                            {QLatin1String(engine::ServerSettings::EnrollTimeoutKey), QStringLiteral("2")}};
        QString error;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        m_bed->createContext();
    }

    void cleanup()
    {
        m_dialog.reset();
        if (m_terminal)
            m_terminal->stop();
        m_terminal.reset();
        m_bed.reset();
    }

    void aFingerPickedIsEnrolledAndCanBeCopied()
    {
        startTerminal(simulator::EnrollScreenBehaviour::Capture);
        ui::HandPicker *picker = m_dialog->picker();
        // The seeded user has finger 0 (left little finger): marked, and said to be enrolled.
        QVERIFY(picker->button(0)->text().contains(QStringLiteral("✓")));
        QVERIFY(picker->button(0)->accessibleName().contains(QStringLiteral("already enrolled")));
        QVERIFY(!picker->button(6)->text().contains(QStringLiteral("✓")));
        // No terminal here reads faces, so the face is not offered; nothing chosen, nothing to start.
        QVERIFY(!picker->button(ui::HandPicker::FaceBackupNumber)->isVisibleTo(m_dialog.get()));
        QVERIFY(!widget<QPushButton>("startEnrollButton")->isEnabled());

        // Right thumb by mouse, then one arrow key along the hand: the right index finger.
        QTest::mouseClick(picker->button(5), Qt::LeftButton);
        QTest::keyClick(picker->button(5), Qt::Key_Right);
        QCOMPARE(picker->backupNumber(), std::optional<int>(6));
        // Past the right little finger the hidden face is skipped, round to the left little finger.
        picker->setBackupNumber(9);
        QTest::keyClick(picker->button(9), Qt::Key_Right);
        QCOMPARE(picker->backupNumber(), std::optional<int>(0));
        QTest::keyClick(picker->button(0), Qt::Key_Left);
        QCOMPARE(picker->backupNumber(), std::optional<int>(9));
        QTest::mouseClick(picker->button(6), Qt::LeftButton);
        auto *terminal = widget<QComboBox>("enrollTerminal");
        QCOMPARE(terminal->count(), 1);
        QCOMPARE(terminal->currentData().toString(), dev);
        QVERIFY(widget<QPushButton>("startEnrollButton")->isEnabled());

        QTest::mouseClick(widget<QPushButton>("startEnrollButton"), Qt::LeftButton);
        QVERIFY(m_dialog->requestId());
        QCOMPARE(widget<QLabel>("enrollWaiting")->text(),
                 QStringLiteral("Waiting for user 3 at Front door: place the right index finger on the reader 3 times."));
        QVERIFY(widget<QLabel>("enrollCountdown")->text().endsWith(QStringLiteral("left")));
        QVERIFY(widget<QPushButton>("cancelEnrollButton")->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("enrollOutcome")->text().contains(QStringLiteral("Enrolled at Front door")),
                                 WaitMs);
        QVERIFY(widget<QLabel>("enrollOutcome")->text().contains(QStringLiteral("-byte template")));
        QVERIFY(!widget<QPushButton>("cancelEnrollButton")->isVisible());
        QVERIFY(widget<QPushButton>("replicateButton")->isVisible());
        QString replicatedFrom;
        connect(m_dialog.get(), &ui::EnrollDialog::replicateRequested, this,
                [&](const QString &, const QString &devId) { replicatedFrom = devId; });
        QTest::mouseClick(widget<QPushButton>("replicateButton"), Qt::LeftButton);
        QCOMPARE(replicatedFrom, dev);
    }

    // Enroll… on the Users page opens the dialog for the selected user; after success, Copy to
    // other terminals queues the user copy from the enrolling terminal as one operation.
    void theUsersPageOpensItAndCopiesTheResult()
    {
        startTerminal(simulator::EnrollScreenBehaviour::Capture);
        m_dialog.reset();
        const QString backDoor = QStringLiteral("BACK01");
        QVERIFY(storage::TerminalRepository(m_bed->database())
                    .recordContact({backDoor, QStringLiteral("192.0.2.20"), storage::Approval::Approved, QString()}));
        QVERIFY(storage::UserRepository(m_bed->database()).addMembership(backDoor, userId, QStringLiteral("USER")));
        ui::UsersPage page(m_bed->context());
        page.show();
        QVERIFY(page.selectUser(userId));
        test::findWidget<QAction>(&page, "enrollUserAction")->trigger();
        auto *dialog = test::findWidget<ui::EnrollDialog>(&page, "enrollDialog");
        dialog->picker()->setBackupNumber(6);
        QTest::mouseClick(test::findWidget<QPushButton>(dialog, "startEnrollButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test::findWidget<QPushButton>(dialog, "replicateButton")->isVisible(), WaitMs);
        QTest::mouseClick(test::findWidget<QPushButton>(dialog, "replicateButton"), Qt::LeftButton);

        auto *copy = test::findWidget<ui::TerminalPickerDialog>(&page, "replicateDialog");
        QCOMPARE(copy->sourceDevId(), dev);
        QCOMPARE(copy->checkedDevIds(), QStringList{backDoor});
        copy->accept();
        QStringList queued;
        const QList<storage::JobRow> jobs = storage::JobRepository(m_bed->database()).list({});
        for (const storage::JobRow &job : jobs) {
            if (job.operationId)
                queued << job.commandCode + QLatin1Char('@') + job.devId;
        }
        queued.sort();
        QCOMPARE(queued, (QStringList{QStringLiteral("GET_USER_INFO@") + dev, QStringLiteral("SET_USER_INFO@") + backDoor}));
    }

    // Across a network the dialog reads, starts, follows and cancels on the console's reader
    // thread: with the GUI thread's connection closed, it still marks what is enrolled, offers
    // the terminal, counts down, and says the enrollment was cancelled.
    void itReadsStartsAndCancelsOnTheReader()
    {
        startTerminal(simulator::EnrollScreenBehaviour::WalkAway);
        m_dialog.reset();
        ui::ConsoleContext &readers = m_bed->createContext(true);
        std::optional<test::GuiConnectionClosed> closed(m_bed->database());
        m_dialog = std::make_unique<ui::EnrollDialog>(readers, userId);
        m_dialog->show();
        QVERIFY(m_dialog->picker()->button(0)->text().contains(QStringLiteral("✓")));
        m_dialog->picker()->setBackupNumber(1);
        QTRY_VERIFY(widget<QPushButton>("startEnrollButton")->isEnabled());
        QCOMPARE(widget<QComboBox>("enrollTerminal")->currentData().toString(), dev);
        QTest::mouseClick(widget<QPushButton>("startEnrollButton"), Qt::LeftButton);
        const std::optional<qint64> request = m_dialog->requestId();
        QVERIFY(request);
        QVERIFY2(widget<QLabel>("enrollWaiting")->text().contains(QStringLiteral(" at Front door: ")),
                 qPrintable(widget<QLabel>("enrollWaiting")->text()));
        QTRY_VERIFY(widget<QLabel>("enrollCountdown")->text().endsWith(QStringLiteral("left")));
        QTest::mouseClick(widget<QPushButton>("cancelEnrollButton"), Qt::LeftButton);
        QTRY_VERIFY(widget<QLabel>("enrollOutcome")->text().startsWith(QStringLiteral("Cancelled.")));

        closed.reset();
        QCOMPARE(services::EnrollmentService(m_bed->database()).status(*request)->state,
                 storage::EnrollmentState::Cancelled);
    }

    void nobodyComingShowsTimedOut()
    {
        startTerminal(simulator::EnrollScreenBehaviour::WalkAway);
        m_dialog->picker()->setBackupNumber(1);
        QTest::mouseClick(widget<QPushButton>("startEnrollButton"), Qt::LeftButton);
        QVERIFY(widget<QLabel>("enrollWaiting")->text().contains(QStringLiteral("the left ring finger")));
        QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("enrollOutcome")->text().contains(QStringLiteral("Timed out")), WaitMs);
        QVERIFY(!widget<QPushButton>("replicateButton")->isVisible());
        QVERIFY(widget<QPushButton>("enrollAgainButton")->isVisible());
    }

    void theTerminalsRefusalIsShownInWordsAndCode()
    {
        startTerminal(simulator::EnrollScreenBehaviour::Capture, true);
        m_dialog->picker()->setBackupNumber(9);
        QTest::mouseClick(widget<QPushButton>("startEnrollButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(widget<QLabel>("enrollOutcome")->text(),
                                  QStringLiteral("✖ Front door refused: Not supported by this terminal (ERROR_NOT_SUPPORTED)"),
                                  WaitMs);
        QVERIFY(!widget<QPushButton>("replicateButton")->isVisible());
    }
};

QTEST_MAIN(tst_EnrollDialog)
#include "tst_enrolldialog.moc"
