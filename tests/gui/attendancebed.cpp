#include "attendancebed.h"

#include "attendancerepository.h"
#include "departmentrepository.h"
#include "punchrepository.h"
#include "reportspage.h"
#include "terminalrepository.h"
#include "translationloader.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace punchclock::test {

bool AttendanceBed::open(QString *error)
{
    Options options;
    options.startServer = false;
    if (!ConsoleTestbed::open(options, error))
        return false;
    storage::TerminalRepository terminals(database());
    const QString devId = QLatin1String(Terminal);
    if (!terminals.recordContact({devId, QStringLiteral("127.0.0.1"), storage::Approval::Pending, {}}) ||
        !terminals.setApproval(devId, storage::Approval::Approved)) {
        *error = QStringLiteral("could not register the terminal");
        return false;
    }
    return true;
}

std::optional<qint64> AttendanceBed::addDepartment(const QString &name)
{
    return storage::DepartmentRepository(database()).create(name);
}

bool AttendanceBed::addUser(const QString &userId, const QString &name, std::optional<qint64> department)
{
    protocol::UserEnrollment user;
    user.userId = userId;
    user.name = name;
    return storage::UserRepository(database()).saveUser(user) &&
           storage::DepartmentRepository(database()).assign(userId, department);
}

AttendanceBed::Kitchen AttendanceBed::addKitchen(int lateGraceMinutes)
{
    Kitchen kitchen;
    const qint64 department = addDepartment(QStringLiteral("Kitchen")).value_or(0);
    if (department == 0 || !addUser(QStringLiteral("1"), QStringLiteral("Alice Smith"), department))
        return kitchen;
    kitchen.department = department;
    kitchen.dayShift = addShift(QStringLiteral("Day"), QTime(9, 0), QTime(17, 0), lateGraceMinutes);
    return kitchen;
}

qint64 AttendanceBed::addShift(const QString &name, QTime start, QTime end, int lateGraceMinutes)
{
    storage::ShiftRow shift;
    shift.name = name;
    shift.start = start;
    shift.end = end;
    shift.lateGraceMinutes = lateGraceMinutes;
    return storage::AttendanceRepository(database()).addShift(shift).value_or(0);
}

qint64 AttendanceBed::punch(const QString &userId, const QDateTime &time, protocol::Direction direction,
                            const QString &devId, int flags)
{
    storage::NewPunch punch;
    punch.devId = devId;
    punch.source = QStringLiteral("realtime");
    punch.flags = flags;
    punch.record.userId = userId;
    punch.record.ioTime = time;
    punch.record.ioMode.direction = direction;
    punch.record.ioMode.mode = direction == protocol::Direction::Out ? 2 : 1;
    if (storage::PunchRepository(database()).insert(punch) == storage::PunchRepository::InsertOutcome::Failed)
        return 0;
    QSqlQuery query(database());
    return query.exec(QStringLiteral("SELECT MAX(id) FROM punches")) && query.next() ? query.value(0).toLongLong() : 0;
}

std::unique_ptr<AttendanceBed> openAttendanceBed(QString *error)
{
    QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
    QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
    auto bed = std::make_unique<AttendanceBed>();
    if (!bed->open(error))
        bed.reset();
    return bed;
}

void useLanguage(const QString &language)
{
    // A deleted translator leaves the application.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
    ui::TranslationLoader::install(language);
}

void useEnglishWording()
{
    QLocale::setDefault(QLocale::c());
    useLanguage(QStringLiteral("en"));
}

bool chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index);
    return index >= 0;
}

bool previewReport(ui::ReportsPage *page, engine::reports::ReportKind kind, QDate from, QDate to)
{
    if (!chooseData(findWidget<QComboBox>(page, "reportKind"), int(kind)))
        return false;
    findWidget<QDateEdit>(page, "reportFrom")->setDate(from);
    findWidget<QDateEdit>(page, "reportTo")->setDate(to);
    QSignalSpy finished(page, &ui::ReportsPage::workFinished);
    page->preview();
    return finished.wait(20000) && !page->isBusy();
}

void answerNextMessageBox(QObject *receiver, QMessageBox::StandardButton answer, QString *text)
{
    QTimer::singleShot(0, receiver, [answer, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY2(box, "no message box to answer");
        if (text)
            *text = box->text();
        box->button(answer)->click();
    });
}

} // namespace punchclock::test
