#include "attendancebed.h"
#include "correctionsdialog.h"
#include "datatableview.h"
#include "elidingheaderview.h"
#include "enrolldialog.h"
#include "erasepersondialog.h"
#include "fetchuserdialog.h"
#include "holidaysleavedialog.h"
#include "mainwindow.h"
#include "outcometext.h"
#include "page.h"
#include "pulllogsdialog.h"
#include "rangespinbox.h"
#include "reportspage.h"
#include "schedulesdialog.h"
#include "screenfit.h"
#include "usereditdialog.h"
#include "widgetlookup.h"

#include "commandparameters.h"
#include "commandservice.h"
#include "terminalrepository.h"
#include "useradmin.h"
#include "userrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolTip>
#include <QHelpEvent>
#include <QTest>

#include <memory>

using namespace punchclock;
using punchclock::test::findWidget;
using ui::ScreenFit;

namespace {

// The screens people have (ui-guide "Real screens and real data").
const QSize Laptop(1366, 768);
const QSize SmallScreen(1280, 720);

// A name as wide as a name at the cap can be: wide capitals.
QString widestName(int length)
{
    return QString(length, QLatin1Char('W'));
}

QString fits(const QSize &size, const QSize &room)
{
    return QStringLiteral("%1×%2 in %3×%4").arg(size.width()).arg(size.height()).arg(room.width()).arg(room.height());
}

} // namespace

// The console on the screens people have: names bounded by the service, columns and dialogs
// that stay on a 1366×768 or 1280×720 screen with a name at the cap, the first window sized to
// the screen, every page's minimum size within 1280×720 in every shipped language. Real SQLite,
// the real pages.
class tst_ScreenFit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;

    bool saveUser(const QString &userId, const QString &name, services::Outcome *outcome = nullptr)
    {
        protocol::UserEnrollment user;
        user.userId = userId;
        user.name = name;
        user.privilegeName = QStringLiteral("USER");
        const services::Outcome saved =
            services::UserAdmin(m_bed->database()).save(m_bed->context().actor(), user, QString());
        if (outcome)
            *outcome = saved;
        return saved.ok();
    }

    // The window as a first start makes it, on a screen of `screen` without panels.
    std::unique_ptr<ui::MainWindow> firstWindowOn(const QSize &screen)
    {
        auto window = std::make_unique<ui::MainWindow>(m_bed->context());
        window->setGeometry(ScreenFit::firstWindowGeometry(QRect(QPoint(), screen)));
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase() { test::useEnglishWording(); }

    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        QSettings().clear();
        m_bed->createContext();
    }

    void cleanup()
    {
        test::useEnglishWording();
        m_bed.reset();
    }

    void aNameOverTheCapIsRefusedWithAClearMessage()
    {
        services::Outcome outcome;
        QVERIFY(!saveUser(QStringLiteral("7"), widestName(300), &outcome));
        QCOMPARE(outcome.status, services::Outcome::Status::Refused);
        const QString message = ui::OutcomeText::user(outcome);
        QVERIFY2(message.contains(QString::number(protocol::MaxUserNameLength)), qPrintable(message));
        QVERIFY(!storage::UserRepository(m_bed->database()).exists(QStringLiteral("7")));

        QVERIFY(saveUser(QStringLiteral("7"), widestName(protocol::MaxUserNameLength)));
        QCOMPARE(storage::UserRepository(m_bed->database()).load(QStringLiteral("7"))->name,
                 widestName(protocol::MaxUserNameLength));
    }

    // The editor refuses the name in words and grows to show them; its fields keep their height.
    void theUserEditorGrowsForItsError()
    {
        ui::UserEditDialog dialog(m_bed->context(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = findWidget<QLineEdit>(&dialog, "nameEdit");
        const int fieldHeight = name->height();
        const int dialogHeight = dialog.height();
        findWidget<QLineEdit>(&dialog, "userIdEdit")->setText(QStringLiteral("8"));
        name->setText(widestName(300));
        findWidget<QDialogButtonBox>(&dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();

        auto *error = findWidget<QLabel>(&dialog, "userEditError");
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QString::number(protocol::MaxUserNameLength)), qPrintable(error->text()));
        QCOMPARE(name->height(), fieldHeight);
        QVERIFY(dialog.height() > dialogHeight);
        QVERIFY(error->height() >= error->heightForWidth(error->width()));
        QVERIFY(!storage::UserRepository(m_bed->database()).exists(QStringLiteral("8")));
    }

    // A card number pasted with a dash is kept as typed and refused in words, not trimmed.
    void aCardNumberIsRefusedNotTrimmed()
    {
        ui::UserEditDialog dialog(m_bed->context(), QString());
        dialog.show();
        findWidget<QLineEdit>(&dialog, "userIdEdit")->setText(QStringLiteral("8"));
        findWidget<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Ana"));
        auto *card = findWidget<QLineEdit>(&dialog, "cardEdit");
        QTest::keyClicks(card, QStringLiteral("12-34"));
        QCOMPARE(card->text(), QStringLiteral("12-34"));
        findWidget<QDialogButtonBox>(&dialog, "userEditButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(findWidget<QLabel>(&dialog, "userEditError")->isVisible());
        QVERIFY(!storage::UserRepository(m_bed->database()).exists(QStringLiteral("8")));
    }

    void theFetchDialogGrowsForItsError()
    {
        ui::FetchUserDialog dialog(m_bed->context(), QString(), QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *userId = findWidget<QLineEdit>(&dialog, "fetchUserIdEdit");
        const int fieldHeight = userId->height();
        const int dialogHeight = dialog.height();
        findWidget<QDialogButtonBox>(&dialog, "fetchUserButtons")->button(QDialogButtonBox::Ok)->click();
        auto *error = findWidget<QLabel>(&dialog, "fetchUserError");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(userId->height(), fieldHeight);
        QVERIFY(dialog.height() > dialogHeight);
        QVERIFY(error->height() >= error->heightForWidth(error->width()));
    }

    // The explanation is read whole, whichever logs are chosen, in the longest language.
    void thePullLogsExplanationIsNotCut()
    {
        test::useLanguage(QStringLiteral("es"));
        ui::PullLogsDialog dialog(QStringLiteral("Front door"), QDate(2026, 12, 7));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *hint = findWidget<QLabel>(&dialog, "pullLogsHint");
        for (const auto preset : {ui::PullLogsDialog::Preset::Custom, ui::PullLogsDialog::Preset::SinceLastPull}) {
            dialog.setPreset(preset);
            QApplication::processEvents();
            QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                     qPrintable(QStringLiteral("%1 < %2").arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
        }
    }

    void aNameAtTheCapKeepsDialogsOnTheScreen()
    {
        QVERIFY(saveUser(QStringLiteral("9"), widestName(protocol::MaxUserNameLength)));
        const int room = ScreenFit::firstWindowSize(SmallScreen).width();

        ui::SchedulesDialog schedules(m_bed->context());
        schedules.show();
        QVERIFY2(schedules.width() <= room, qPrintable(QString::number(schedules.width())));
        ui::UserEditDialog editor(m_bed->context(), QStringLiteral("9"));
        editor.show();
        QVERIFY2(editor.width() <= room, qPrintable(QString::number(editor.width())));

        // The other dialogs that name an employee.
        ui::CorrectionsDialog corrections(m_bed->context());
        ui::HolidaysLeaveDialog leave(m_bed->context());
        ui::EnrollDialog enroll(m_bed->context(), QStringLiteral("9"));
        ui::ErasePersonDialog erase(QStringLiteral("9"), widestName(protocol::MaxUserNameLength),
                                    {QStringLiteral("Front door")});
        for (QDialog *dialog : std::initializer_list<QDialog *>{&corrections, &leave, &enroll, &erase}) {
            dialog->show();
            QVERIFY2(dialog->width() <= room,
                     qPrintable(dialog->objectName() + QStringLiteral(": %1").arg(dialog->width())));
        }
    }

    void aNameAtTheCapKeepsTheReportColumnNarrow()
    {
        QVERIFY(saveUser(QStringLiteral("9"), widestName(protocol::MaxUserNameLength)));
        ui::ReportsPage page(m_bed->context());
        page.resize(ScreenFit::firstWindowSize(Laptop));
        page.show();
        QVERIFY(test::previewReport(&page, engine::reports::ReportKind::Monthly, QDate(2026, 11, 1),
                                    QDate(2026, 11, 30)));
        auto *table = findWidget<QTableView>(&page, "reportTable");
        QVERIFY(table->model()->rowCount() > 0);
        for (int column = 0; column < table->model()->columnCount(); ++column)
            QVERIFY2(table->columnWidth(column) <= table->viewport()->width() / 2,
                     qPrintable(QStringLiteral("column %1: %2 px").arg(column).arg(table->columnWidth(column))));
    }

    // A width saved when a long name had widened the column comes back clamped; the others as saved.
    void aSavedWideColumnIsClampedWhenRestored()
    {
        QStandardItemModel model(2, 3);
        {
            ui::DataTableView saved(QStringLiteral("clampedTable"));
            saved.setModel(&model);
            saved.setColumnWidth(0, 120);
            saved.setColumnWidth(1, 2447);
        }
        ui::DataTableView restored(QStringLiteral("clampedTable"));
        restored.setModel(&model);
        QCOMPARE(restored.columnWidth(0), 120);
        QVERIFY2(restored.columnWidth(1) <= ScreenFit::maximumColumnWidth(&restored),
                 qPrintable(QString::number(restored.columnWidth(1))));
    }

    void theFirstWindowFitsTheScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366×768") << Laptop;
        QTest::newRow("1280×720") << SmallScreen;
    }

    void theFirstWindowFitsTheScreen()
    {
        QFETCH(QSize, screen);
        const QRect available(QPoint(), screen);
        const QRect first = ScreenFit::firstWindowGeometry(available);
        QVERIFY(available.contains(first.adjusted(0, -ScreenFit::FrameAllowance.height() / 2, 0, 0)));

        const std::unique_ptr<ui::MainWindow> window = firstWindowOn(screen);
        QCOMPARE(window->size(), first.size());
        QStatusBar *status = window->statusBar();
        QVERIFY(status->isVisible());
        QVERIFY(status->geometry().bottom() < window->height());
        auto *address = findWidget<QLabel>(window.get(), "serverState");
        QVERIFY(address->isVisible());
        QVERIFY(window->rect().contains(QRect(address->mapTo(window.get(), QPoint()), address->size())));
    }

    // The real start: what the screen offers, even after a larger screen saved a larger window.
    void aRestoredWindowIsClampedToTheScreen()
    {
        const QRect available = ScreenFit::availableGeometry(nullptr);
        {
            ui::MainWindow large(m_bed->context());
            large.setGeometry(0, 0, available.width() * 2, available.height() * 2);
            large.show();
            QSettings().setValue(QStringLiteral("window/geometry"), large.saveGeometry());
        }
        ui::MainWindow window(m_bed->context());
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(fits(window.size(), available.size())));
    }

    void everyPageFitsTheSmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyPageFitsTheSmallScreen()
    {
        QFETCH(QString, language);
        test::useLanguage(language);
        QVERIFY(saveUser(QStringLiteral("9"), widestName(protocol::MaxUserNameLength)));
        const QSize room = ScreenFit::firstWindowSize(SmallScreen);
        const std::unique_ptr<ui::MainWindow> window = firstWindowOn(SmallScreen);
        // The employee at the cap, shown in the Users page's details.
        auto *users = findWidget<QTableView>(window.get(), "usersTable");
        QTRY_VERIFY(users->model()->rowCount() > 0);
        users->selectRow(0);
        const QSize whole = window->minimumSizeHint();
        // What the window adds around a page: navigation, search box, status bar.
        const QSize around = whole - findWidget<QWidget>(window.get(), "pages")->minimumSizeHint();
        for (int id = 0; id <= int(ui::PageId::Audit); ++id) {
            window->showPage(ui::PageId(id));
            const QSize needed = window->page(ui::PageId(id))->minimumSizeHint() + around;
            QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
                     qPrintable(QStringLiteral("page %1: ").arg(id) + fits(needed, room)));
        }
        QVERIFY2(whole.width() <= room.width() && whole.height() <= room.height(), qPrintable(fits(whole, room)));
        QCOMPARE(window->size(), room);
    }

    // 99999 typed as the port was silently kept as 9999: the keystrokes stay, then are refused
    // in words, and the field says what it accepts.
    void aNumberOutsideItsRangeIsRefusedInWords()
    {
        const std::unique_ptr<ui::MainWindow> window = firstWindowOn(Laptop);
        window->showPage(ui::PageId::Settings);
        auto *port = findWidget<ui::RangeSpinBox>(window.get(), "listenPort");
        const QString range = QStringLiteral("1–65535");
        QVERIFY2(port->toolTipText().contains(range), qPrintable(port->toolTipText()));
        const int kept = port->value();
        QSignalSpy refused(port, &ui::RangeSpinBox::outOfRange);
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("99999"));
        QCOMPARE(port->text(), QStringLiteral("99999"));
        QTest::keyClick(port, Qt::Key_Return);
        QCOMPARE(refused.count(), 1);
        const QString why = refused.constFirst().constFirst().toString();
        QVERIFY2(why.contains(QStringLiteral("99999")) && why.contains(range), qPrintable(why));
        QCOMPARE(port->value(), kept);
        QCOMPARE(port->text(), QString::number(kept));
    }

    // Rows could not be told apart: "Que…" and "Simulated SI…" on every one.
    void jobsShowTheWholeStateAndTerminal()
    {
        const QString devId = QStringLiteral("SIM0001");
        storage::TerminalRepository terminals(m_bed->database());
        QVERIFY(terminals.recordContact({devId, QStringLiteral("192.0.2.5"), storage::Approval::Approved, QString()}));
        QVERIFY(terminals.setName(devId, QStringLiteral("Simulated SIM0001")));
        QVERIFY(services::CommandService(m_bed->database())
                    .queue(devId, protocol::CommandCode::GetDeviceStatus, {}, {}, m_bed->context().actor())
                    .ok());
        const std::unique_ptr<ui::MainWindow> window = firstWindowOn(Laptop);
        window->showPage(ui::PageId::Jobs);
        auto *table = findWidget<QTableView>(window.get(), "jobsTable");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        for (int column = 0; column < 2; ++column) {
            const QString text = table->model()->index(0, column).data().toString();
            QVERIFY2(table->columnWidth(column) > table->fontMetrics().horizontalAdvance(text),
                     qPrintable(text + QStringLiteral(" in %1 px").arg(table->columnWidth(column))));
        }
    }

    // Spanish headers are longer: the columns start as wide as their header's text.
    void headersFitTheirTextInSpanish()
    {
        test::useLanguage(QStringLiteral("es"));
        const std::unique_ptr<ui::MainWindow> window = firstWindowOn(Laptop);
        for (const char *name : {"terminalsTable", "punchTable", "jobsTable", "auditTable"}) {
            const QHeaderView *header = findWidget<QTableView>(window.get(), name)->horizontalHeader();
            for (int section = 0; section + 1 < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(section) >= header->fontMetrics().horizontalAdvance(text),
                         qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + text));
            }
        }
        // Narrowed by hand, a header ends in "…" and its tooltip tells the whole text.
        auto *header = qobject_cast<ui::ElidingHeaderView *>(
            findWidget<QTableView>(window.get(), "terminalsTable")->horizontalHeader());
        QVERIFY(header);
        const int section = 2;
        const QString whole = header->model()->headerData(section, Qt::Horizontal).toString();
        header->resizeSection(section, 60);
        const QString shown = header->shownText(section);
        QVERIFY2(shown.endsWith(QChar(0x2026)) && shown.size() > 1 && whole.startsWith(shown.chopped(1)),
                 qPrintable(shown + QStringLiteral(" of ") + whole));
        const QPoint middle(header->sectionViewportPosition(section) + 30, header->height() / 2);
        QHelpEvent help(QEvent::ToolTip, middle, header->viewport()->mapToGlobal(middle));
        QApplication::sendEvent(header->viewport(), &help);
        QCOMPARE(QToolTip::text(), whole);
    }

    void customDatesDoNotWidenThePunchesPage()
    {
        const std::unique_ptr<ui::MainWindow> window = firstWindowOn(Laptop);
        window->showPage(ui::PageId::Punches);
        const int width = window->width();
        auto *range = findWidget<QComboBox>(window.get(), "punchDateRange");
        range->setCurrentIndex(range->count() - 1);
        QVERIFY(findWidget<QWidget>(window.get(), "punchDateFrom")->isVisible());
        QApplication::processEvents();
        QCOMPARE(window->width(), width);
        QVERIFY2(window->minimumSizeHint().width() <= width, qPrintable(QString::number(window->minimumSizeHint().width())));
    }
};

QTEST_MAIN(tst_ScreenFit)
#include "tst_screenfit.moc"
