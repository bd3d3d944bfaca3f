#include "attendancebed.h"
#include "audittablemodel.h"
#include "consolecontext.h"
#include "dayexplanationdialog.h"
#include "historydialog.h"
#include "messageseen.h"
#include "permissiontext.h"
#include "punchespage.h"
#include "punchfilterbar.h"
#include "punchtablemodel.h"
#include "readerthreadtools.h"
#include "reportspage.h"
#include "reporttablemodel.h"
#include "terminalspage.h"
#include "userspage.h"
#include "widgetlookup.h"

#include "attendancerepository.h"
#include "commandservice.h"
#include "corrections.h"
#include "schedulerepository.h"
#include "terminaladmin.h"
#include "terminalrepository.h"
#include "useradmin.h"
#include "userrepository.h"
#include "walltime.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace punchclock;
using protocol::Direction;
using ui::AuditTableModel;
using ui::HistoryDialog;

namespace {

const QString devA = QStringLiteral("A000000000000001");
const QString devB = QStringLiteral("B000000000000002");
const QDate monday(2026, 3, 2);

QDateTime at(QDate day, int hour, int minute = 0)
{
    return protocol::walltime::make(day, QTime(hour, minute));
}

QList<qint64> idsIn(const HistoryDialog *dialog)
{
    QList<qint64> ids;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        ids << dialog->model()->index(row, 0).data(AuditTableModel::EntryIdRole).toLongLong();
    return ids;
}

QList<HistoryDialog *> openHistories()
{
    QList<HistoryDialog *> open;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<HistoryDialog *>(widget);
        if (dialog && dialog->isVisible())
            open << dialog;
    }
    return open;
}

} // namespace

// The history of one employee, one terminal or one employee's day, from the audit trail filled
// through the services: each holds its own records and nothing else, an operator of another
// department is told why not, and the Users, Terminals and Punches pages and a report's day
// explanation open it for the thing selected.
class tst_History : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    services::Actor m_anna;
    qint64 m_office = 0;
    qint64 m_plant = 0;

    QSqlDatabase db() const { return m_bed->database(); }
    ui::ConsoleContext &context() const { return m_bed->context(); }

    qint64 lastRecord() const
    {
        QSqlQuery query(db());
        return query.exec(QStringLiteral("SELECT MAX(id) FROM audit_log")) && query.next() ? query.value(0).toLongLong()
                                                                                           : 0;
    }

    // The audit record of a correction, 0 when the service refused it.
    qint64 corrected(const services::Outcome &outcome) const { return outcome.ok() ? lastRecord() : 0; }

    qint64 addPunch(const QString &userId, const QDateTime &time, const char *direction) const
    {
        return corrected(services::Corrections(db()).addPunch(m_anna, userId, time, QLatin1String(direction),
                                                              QStringLiteral("forgot to punch")));
    }

    QList<qint64> recordsOfUser(const QString &userId) const
    {
        QList<qint64> ids;
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("SELECT id FROM audit_log WHERE object_kind = 'user' AND object_id = ? ORDER BY id DESC"));
        query.addBindValue(userId);
        if (query.exec()) {
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        return ids;
    }

    static QAction *action(const QWidget *page, const char *name) { return test::findWidget<QAction>(page, name); }

    static HistoryDialog *historyOver(const QWidget *parent)
    {
        return parent->findChild<HistoryDialog *>(QStringLiteral("historyDialog"));
    }

    // Terminal A approved by Anna and sent a status request, terminal B the same: the ids of A's
    // approval and command.
    QPair<qint64, qint64> approveAndAskBothTerminals() const
    {
        storage::TerminalRepository terminals(db());
        QPair<qint64, qint64> ofA;
        for (const QString &devId : {devA, devB}) {
            if (!terminals.recordContact({devId, QStringLiteral("192.0.2.9"), storage::Approval::Pending, {}}) ||
                !services::TerminalAdmin(db()).approve(m_anna, devId).ok())
                return {};
            const qint64 approval = lastRecord();
            if (!services::CommandService(db())
                     .queue(devId, protocol::CommandCode::GetDeviceStatus, {}, {}, m_anna)
                     .ok())
                return {};
            if (devId == devA)
                ofA = {approval, lastRecord()};
        }
        return ofA;
    }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        m_office = m_bed->addDepartment(QStringLiteral("Office")).value_or(0);
        m_plant = m_bed->addDepartment(QStringLiteral("Plant")).value_or(0);
        QVERIFY(m_office && m_plant);
        QVERIFY(m_bed->addUser(QStringLiteral("7"), QStringLiteral("Alice"), m_office));
        QVERIFY(m_bed->addUser(QStringLiteral("8"), QStringLiteral("Bruno"), m_plant));
        m_anna = m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator);
        QVERIFY(m_anna.operatorId != 0);
        m_bed->createContext();
    }

    void cleanup()
    {
        qDeleteAll(openHistories());
        m_bed.reset();
    }

    void anEmployeesHistoryIsTheirsAlone()
    {
        std::optional<protocol::UserEnrollment> alice = storage::UserRepository(db()).load(QStringLiteral("7"));
        QVERIFY(alice);
        alice->name = QStringLiteral("Alice Brown");
        QVERIFY(services::UserAdmin(db()).save(m_anna, *alice, QStringLiteral("Office")).ok());
        const qint64 alicesPunch = addPunch(QStringLiteral("7"), at(monday, 9), "in");
        const qint64 brunosPunch = addPunch(QStringLiteral("8"), at(monday, 9, 5), "in");
        QVERIFY(alicesPunch && brunosPunch);

        HistoryDialog *dialog =
            HistoryDialog::showUser(context(), QStringLiteral("7"), QStringLiteral("Alice Brown"), nullptr);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->objectName(), QStringLiteral("historyDialog"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("History of Alice Brown (7)"));
        const QList<qint64> alices = idsIn(dialog);
        QCOMPARE(alices, recordsOfUser(QStringLiteral("7")));
        QCOMPARE(alices.first(), alicesPunch);
        QVERIFY(!alices.contains(brunosPunch));
        QStringList changes;
        for (int row = 0; row < dialog->model()->rowCount(); ++row) {
            QCOMPARE(dialog->model()->index(row, AuditTableModel::ObjectColumn).data().toString(),
                     QStringLiteral("Employee 7"));
            changes << dialog->model()->index(row, AuditTableModel::ActionColumn).data().toString() +
                           QLatin1String(": ") +
                           dialog->model()->index(row, AuditTableModel::ChangeColumn).data().toString();
        }
        QVERIFY2(changes.contains(QStringLiteral("Changed an employee: Name: Alice → Alice Brown")),
                 qPrintable(changes.join(QLatin1String(" | "))));

        HistoryDialog *brunos =
            HistoryDialog::showUser(context(), QStringLiteral("8"), QStringLiteral("Bruno"), nullptr);
        QVERIFY(brunos);
        QCOMPARE(idsIn(brunos), QList<qint64>{brunosPunch});
    }

    void aTerminalsHistoryHasItsApprovalAndTheCommandsSentToIt()
    {
        const auto [approval, command] = approveAndAskBothTerminals();
        QVERIFY(approval && command);
        HistoryDialog *dialog = HistoryDialog::showTerminal(context(), devA, QStringLiteral("Gate"), nullptr);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("History of Gate (%1)").arg(devA));
        QCOMPARE(idsIn(dialog), (QList<qint64>{command, approval}));
        QCOMPARE(dialog->model()->index(0, AuditTableModel::ActionColumn).data().toString(),
                 QStringLiteral("Sent a command"));
        QCOMPARE(dialog->model()->index(1, AuditTableModel::ActionColumn).data().toString(),
                 QStringLiteral("Approved a terminal"));
        QCOMPARE(dialog->model()->entryAt(0)->newValue.value(QLatin1String("cmd_code")).toString(),
                 QStringLiteral("GET_DEVICE_STATUS"));
        // The newest record is open in the pane.
        QCOMPARE(test::findWidget<QLabel>(dialog, "auditDetailAction")->text(), QStringLiteral("Sent a command"));
    }

    // Across a network a history is read on the console's reader thread: with the GUI thread's
    // connection closed, the dialog opens with what was read there.
    void aHistoryIsReadOnTheReader()
    {
        const auto [approval, command] = approveAndAskBothTerminals();
        QVERIFY(approval && command);
        const qint64 alicesPunch = addPunch(QStringLiteral("7"), at(monday, 9), "in");
        QVERIFY(alicesPunch);
        ui::ConsoleContext &readers = m_bed->createContext(true);
        const test::GuiConnectionClosed closed(db());
        HistoryDialog *terminal = HistoryDialog::showTerminal(readers, devA, QStringLiteral("Gate"), nullptr);
        QVERIFY(terminal);
        QCOMPARE(idsIn(terminal), (QList<qint64>{command, approval}));
        HistoryDialog *day =
            HistoryDialog::showDay(readers, QStringLiteral("7"), QStringLiteral("Alice"), monday, nullptr);
        QVERIFY(day);
        QCOMPARE(idsIn(day), QList<qint64>{alicesPunch});
    }

    void aDaysHistoryHasTheCorrectionsOfThatDayOnly()
    {
        const QDate tuesday = monday.addDays(1);
        const QDate wednesday = monday.addDays(2);
        const QDate friday = monday.addDays(4);
        const QDate saturday = monday.addDays(5);
        const qint64 added = addPunch(QStringLiteral("7"), at(monday, 9), "in");
        const qint64 brunos = addPunch(QStringLiteral("8"), at(monday, 9), "in");
        const qint64 punch = m_bed->punch(QStringLiteral("7"), at(tuesday, 17), Direction::Out);
        QVERIFY(punch);
        const qint64 moved = corrected(services::Corrections(db()).movePunch(
            m_anna, punch, at(tuesday, 17, 30), QStringLiteral("out"), QStringLiteral("late")));
        const services::Outcome mistake = services::Corrections(db()).addPunch(
            m_anna, QStringLiteral("7"), at(wednesday, 8), QStringLiteral("in"), QStringLiteral("typo"));
        QVERIFY(mistake.ok());
        const qint64 mistaken = lastRecord();
        const qint64 revoked =
            corrected(services::Corrections(db()).revoke(m_anna, mistake.id, QStringLiteral("was there after all")));
        // A night shift: in on Friday evening, out on Saturday morning.
        const qint64 nightIn = addPunch(QStringLiteral("7"), at(friday, 22), "in");
        const qint64 nightOut = addPunch(QStringLiteral("7"), at(saturday, 6), "out");
        QVERIFY(added && brunos && moved && revoked && nightIn && nightOut);

        // Saturday evening's own shift begins: not Friday night's.
        const qint64 nextNight = addPunch(QStringLiteral("7"), at(saturday, 21, 55), "in");
        QVERIFY(nextNight);

        const auto day = [this](QDate date, const QDateTime &from = {}, const QDateTime &to = {}) {
            HistoryDialog *dialog =
                HistoryDialog::showDay(context(), QStringLiteral("7"), QStringLiteral("Alice"), date, nullptr, from, to);
            return dialog ? idsIn(dialog) : QList<qint64>{-1};
        };
        QCOMPARE(day(monday), QList<qint64>{added});
        QCOMPARE(day(tuesday), QList<qint64>{moved});
        QCOMPARE(day(wednesday), (QList<qint64>{revoked, mistaken}));
        QCOMPARE(day(friday), QList<qint64>{nightIn});
        // Friday's working day runs to its last punch, Saturday 06:00.
        QCOMPARE(day(friday, at(friday, 0), at(saturday, 6).addSecs(1)), (QList<qint64>{nightOut, nightIn}));
        QCOMPARE(day(saturday), (QList<qint64>{nextNight, nightOut}));

        HistoryDialog *thursday = HistoryDialog::showDay(context(), QStringLiteral("7"), QStringLiteral("Alice"),
                                                         monday.addDays(3), nullptr);
        QVERIFY(thursday);
        QCOMPARE(thursday->model()->rowCount(), 0);
        QVERIFY(test::findWidget<QLabel>(thursday, "historyEmpty")->isVisible());
        QCOMPARE(thursday->windowTitle(), QStringLiteral("History of Alice (7) on %1")
                                              .arg(QLocale().toString(monday.addDays(3), QLocale::ShortFormat)));
    }

    void anOperatorOfAnotherDepartmentIsToldWhyNot()
    {
        QVERIFY(addPunch(QStringLiteral("7"), at(monday, 9), "in"));
        const qint64 brunos = addPunch(QStringLiteral("8"), at(monday, 9), "in");
        QVERIFY(m_bed->signInAs(QStringLiteral("otto"), services::Role::Operator, {m_plant}).operatorId != 0);
        const QString refusal = ui::PermissionText::denied(services::Permission::ViewReports, QStringLiteral("Office"));
        QCOMPARE(refusal, QStringLiteral("You may not see the employees of Office."));

        test::MessageSeen message;
        test::closeNextMessage(&message);
        QVERIFY(!HistoryDialog::showUser(context(), QStringLiteral("7"), QStringLiteral("Alice"), nullptr));
        QVERIFY(message.seen);
        QCOMPARE(message.icon, QMessageBox::Warning);
        QCOMPARE(message.text, refusal);
        QVERIFY(openHistories().isEmpty());

        test::closeNextMessage(&message);
        QVERIFY(!HistoryDialog::showDay(context(), QStringLiteral("7"), QStringLiteral("Alice"), monday, nullptr));
        QVERIFY(message.seen);
        QCOMPARE(message.text, refusal);
        QVERIFY(openHistories().isEmpty());

        // Their own department's employee they may see.
        HistoryDialog *dialog =
            HistoryDialog::showUser(context(), QStringLiteral("8"), QStringLiteral("Bruno"), nullptr);
        QVERIFY(dialog);
        QCOMPARE(idsIn(dialog), QList<qint64>{brunos});
    }

    void theUsersPageOpensTheSelectedEmployeesHistory()
    {
        QVERIFY(addPunch(QStringLiteral("7"), at(monday, 9), "in"));
        QVERIFY(addPunch(QStringLiteral("8"), at(monday, 9), "in"));
        ui::UsersPage page(context());
        page.show();
        QVERIFY(page.selectUser(QStringLiteral("8")));
        QVERIFY(page.selectUser(QStringLiteral("7")));
        QAction *history = action(&page, "userHistoryAction");
        QVERIFY(history->isEnabled());
        history->trigger();
        HistoryDialog *dialog = historyOver(&page);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("History of Alice (7)"));
        QCOMPARE(idsIn(dialog), recordsOfUser(QStringLiteral("7")));
    }

    void theTerminalsPageOpensTheSelectedTerminalsHistory()
    {
        const auto [approval, command] = approveAndAskBothTerminals();
        QVERIFY(approval && command);
        QVERIFY(storage::TerminalRepository(db()).setName(devA, QStringLiteral("Gate")));
        ui::TerminalsPage page(context());
        page.show();
        QVERIFY(page.selectTerminal(devA));
        QAction *history = action(&page, "terminalHistory");
        QVERIFY(history->isEnabled());
        history->trigger();
        HistoryDialog *dialog = historyOver(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("History of Gate (%1)").arg(devA));
        QCOMPARE(idsIn(dialog), (QList<qint64>{command, approval}));
    }

    void thePunchesPageOpensTheHistoryOfThePunchesDay()
    {
        const qint64 alicesPunch = m_bed->punch(QStringLiteral("7"), at(monday, 8), Direction::In);
        QVERIFY(m_bed->punch(QStringLiteral("8"), at(monday, 8, 5), Direction::In));
        const qint64 sameDay = addPunch(QStringLiteral("7"), at(monday, 17), "out");
        QVERIFY(alicesPunch && sameDay);
        QVERIFY(addPunch(QStringLiteral("7"), at(monday.addDays(1), 8), "in"));
        QVERIFY(addPunch(QStringLiteral("8"), at(monday, 17), "out"));

        ui::PunchesPage page(context());
        page.filterBar()->setCustomRange(monday, monday);
        page.resize(1280, 800);
        page.show();
        QAction *history = action(&page, "punchDayHistory");
        QVERIFY2(!history->isEnabled(), "no punch is selected yet");
        auto *table = test::findWidget<QTableView>(&page, "punchTable");
        int row = 0;
        while (row < page.model()->rowCount() &&
               page.model()->index(row, 0).data(ui::PunchTableModel::PunchIdRole).toLongLong() != alicesPunch)
            ++row;
        QVERIFY(row < page.model()->rowCount());
        table->setCurrentIndex(page.model()->index(row, 0));
        QVERIFY(history->isEnabled());
        history->trigger();
        HistoryDialog *dialog = historyOver(&page);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("History of Alice (7) on ")));
        QCOMPARE(idsIn(dialog), QList<qint64>{sameDay});
    }

    // A night shift's day explained in a report: its history holds the corrections of both
    // dates its punches fall on.
    void aReportsDayExplanationOpensTheHistoryOfBothDatesOfANight()
    {
        QVERIFY(m_bed->addUser(QStringLiteral("4"), QStringLiteral("Owl"), m_office));
        storage::ShiftRow night;
        night.name = QStringLiteral("Night");
        night.start = QTime(22, 0);
        night.end = QTime(6, 0);
        night.dayChange = QTime(12, 0);
        const qint64 shift = storage::AttendanceRepository(db()).addShift(night).value_or(0);
        QVERIFY(shift);
        QVERIFY(storage::ScheduleRepository(db()).setUserSchedule(QStringLiteral("4"),
                                                                  {shift, shift, shift, shift, shift, 0, 0}));
        const QDate tuesday = monday.addDays(1);
        QVERIFY(m_bed->punch(QStringLiteral("4"), at(monday, 21, 58), Direction::In));
        const qint64 out = m_bed->punch(QStringLiteral("4"), at(tuesday, 6, 2), Direction::Out);
        QVERIFY(out);
        const qint64 moved = corrected(services::Corrections(db()).movePunch(
            m_anna, out, at(tuesday, 6), QStringLiteral("out"), QStringLiteral("the clock runs fast")));
        QVERIFY(moved);
        QVERIFY(addPunch(QStringLiteral("4"), at(monday.addDays(2), 21, 55), "in")); // a later night
        QVERIFY(addPunch(QStringLiteral("7"), at(monday, 9), "in"));                 // someone else

        ui::ReportsPage page(context());
        page.resize(1280, 800);
        page.show();
        QVERIFY(test::previewReport(&page, engine::reports::ReportKind::Daily, monday, monday));
        auto *table = test::findWidget<QTableView>(&page, "reportTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(ui::ReportTableModel::UserIdRole).toString() == QLatin1String("4"))
                table->setCurrentIndex(table->model()->index(row, 0));
        }
        QCOMPARE(table->currentIndex().data(ui::ReportTableModel::UserIdRole).toString(), QStringLiteral("4"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        auto *explanation = page.findChild<ui::DayExplanationDialog *>();
        QVERIFY(explanation);
        QTest::mouseClick(test::findWidget<QPushButton>(explanation, "dayHistory"), Qt::LeftButton);
        HistoryDialog *dialog = historyOver(explanation);
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().startsWith(
                     QStringLiteral("History of Owl (4) on %1").arg(QLocale().toString(monday, QLocale::ShortFormat))),
                 qPrintable(dialog->windowTitle()));
        QCOMPARE(idsIn(dialog), QList<qint64>{moved});
    }
};

QTEST_MAIN(tst_History)
#include "tst_history.moc"
