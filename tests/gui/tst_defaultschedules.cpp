#include "attendancebed.h"
#include "departmentsdialog.h"
#include "schedulesdialog.h"
#include "widgetlookup.h"

#include "reportexpectation.h"
#include "schedulerepository.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace punchclock;

// The default weeks: the site's, set in the Schedules dialog as "Whole site", which everyone
// without an own or a department week follows in the reports; and a department's, opened from
// the Departments dialog.
class tst_DefaultSchedules : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;

    // Minutes the monthly report expects of the employee from Monday 2 to Friday 6 March 2026.
    int expectedMinutes(const QString &userId) const
    {
        return test::expectedMinutes(m_bed->database(), userId, QDate(2026, 3, 2), QDate(2026, 3, 6),
                                     QDate(2026, 3, 31));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_bed = test::openAttendanceBed(&error);
        QVERIFY2(m_bed, qPrintable(error));
        m_bed->createContext();
    }

    void cleanup() { m_bed.reset(); }

    void siteWeekIsEveryonesDefault()
    {
        const qint64 day = m_bed->addShift(QStringLiteral("Day"), QTime(8, 0), QTime(16, 0));
        const qint64 kitchen = m_bed->addDepartment(QStringLiteral("Kitchen")).value_or(0);
        QVERIFY(day > 0 && kitchen > 0);
        QVERIFY(m_bed->addUser(QStringLiteral("1"), QStringLiteral("Nobody's"), std::nullopt));
        QVERIFY(m_bed->addUser(QStringLiteral("2"), QStringLiteral("Cook"), kitchen));
        QCOMPARE(expectedMinutes(QStringLiteral("1")), 0);

        ui::SchedulesDialog dialog(m_bed->context());
        dialog.selectOwner(QStringLiteral("s:"));
        QCOMPARE(test::findWidget<QComboBox>(&dialog, "scheduleOwner")->currentData().toString(), QStringLiteral("s:"));
        for (int weekday = 1; weekday <= 5; ++weekday) {
            auto *combo = test::findWidget<QComboBox>(&dialog, QStringLiteral("scheduleDay%1").arg(weekday));
            combo->setCurrentIndex(combo->findData(day));
        }
        test::findWidget<QPushButton>(&dialog, "saveSchedule")->click();
        QCOMPARE(storage::ScheduleRepository(m_bed->database()).siteSchedule(),
                 std::optional(storage::WeekShiftIds{day, day, day, day, day, 0, 0}));
        QSqlQuery audit(m_bed->database());
        QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'schedule.set' AND "
                                          "object_id = 'site_schedule'")) &&
                audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);

        // Without a department, and in a department without a week: the site's five days.
        QCOMPARE(expectedMinutes(QStringLiteral("1")), 5 * 480);
        QCOMPARE(expectedMinutes(QStringLiteral("2")), 5 * 480);
        dialog.selectOwner(QStringLiteral("d:%1").arg(kitchen));
        QVERIFY2(test::findWidget<QLabel>(&dialog, "scheduleSource")->text().contains(QStringLiteral("site's week")),
                 qPrintable(test::findWidget<QLabel>(&dialog, "scheduleSource")->text()));
    }

    void departmentsDialogOpensTheDepartmentsWeek()
    {
        const qint64 kitchen = m_bed->addDepartment(QStringLiteral("Kitchen")).value_or(0);
        QVERIFY(kitchen > 0);
        ui::DepartmentsDialog dialog(m_bed->context());
        auto *week = test::findWidget<QPushButton>(&dialog, "departmentWeekButton");
        auto *list = test::findWidget<QListWidget>(&dialog, "departmentList");
        list->setCurrentRow(-1);
        QVERIFY(!week->isEnabled());
        list->setCurrentRow(0);
        QVERIFY(week->isEnabled());
        week->click();
        auto *schedules = dialog.findChild<ui::SchedulesDialog *>(QStringLiteral("schedulesDialog"));
        QVERIFY(schedules);
        QTRY_VERIFY(schedules->isVisible());
        QCOMPARE(test::findWidget<QComboBox>(schedules, "scheduleOwner")->currentData().toString(),
                 QStringLiteral("d:%1").arg(kitchen));
        schedules->close();
    }
};

QTEST_MAIN(tst_DefaultSchedules)
#include "tst_defaultschedules.moc"
