#include "arrivalschart.h"
#include "attendancerepository.h"
#include "barchartview.h"
#include "connection.h"
#include "consolecontext.h"
#include "consoletestbed.h"
#include "dashboardpage.h"
#include "departmentrepository.h"
#include "latenesschart.h"
#include "punchrepository.h"
#include "schedulerepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "userenrollment.h"
#include "userrepository.h"
#include "widgetlookup.h"

#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QValueAxis>

#include <memory>
#include <numeric>

using namespace punchclock;

// The dashboard's charts, calculated by the report builder from a real database.
class tst_DashboardCharts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    const QDate m_today = QDate::currentDate();

    void punch(const QString &userId, const QDateTime &time)
    {
        storage::NewPunch punch;
        punch.devId = QStringLiteral("FRONT01");
        punch.source = QStringLiteral("realtime");
        punch.record.userId = userId;
        punch.record.ioTime = time;
        punch.record.ioMode.direction = protocol::Direction::In;
        punch.record.ioMode.mode = 1;
        QVERIFY(storage::PunchRepository(m_bed->database()).insert(punch)
                == storage::PunchRepository::InsertOutcome::Inserted);
    }

    void addUser(const QString &userId, qint64 department)
    {
        protocol::UserEnrollment user;
        user.userId = userId;
        user.name = QStringLiteral("Employee %1").arg(userId);
        QVERIFY(storage::UserRepository(m_bed->database()).saveUser(user));
        QVERIFY(storage::DepartmentRepository(m_bed->database()).assign(userId, department));
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QString error;
        test::ConsoleTestbed::Options options;
        options.startServer = false;
        QVERIFY2(m_bed->open(options, &error), qPrintable(error));
        const QSqlDatabase db = m_bed->database();
        storage::TerminalRepository terminals(db);
        QVERIFY(terminals.recordContact({QStringLiteral("FRONT01"), QStringLiteral("127.0.0.1"),
                                         storage::Approval::Pending, {}}));
        QVERIFY(terminals.setApproval(QStringLiteral("FRONT01"), storage::Approval::Approved));
        const qint64 shop = storage::DepartmentRepository(db).create(QStringLiteral("Shop")).value_or(0);
        QVERIFY(shop > 0);
        storage::ShiftRow shift;
        shift.name = QStringLiteral("Day");
        shift.start = QTime(9, 0);
        shift.end = QTime(17, 0);
        shift.lateGraceMinutes = 5;
        storage::AttendanceRepository rules(db);
        storage::ScheduleRepository schedules(db);
        const qint64 day = rules.addShift(shift).value_or(0);
        QVERIFY(day > 0);
        QVERIFY(schedules.setDepartmentSchedule(shop, {day, day, day, day, day, day, day}));
        for (const QString &userId : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
            addUser(userId, shop);

        punch(QStringLiteral("1"), QDateTime(m_today, QTime(9, 20)));         // late
        punch(QStringLiteral("1"), QDateTime(m_today, QTime(9, 20, 30)));     // pressed again: one arrival
        punch(QStringLiteral("2"), QDateTime(m_today, QTime(8, 10)));         // on time
        punch(QStringLiteral("1"), QDateTime(m_today.addDays(-10), QTime(9, 30))); // late, ten days ago
        punch(QStringLiteral("2"), QDateTime(m_today.addDays(-40), QTime(9, 30))); // late, out of range
        m_bed->createContext();
    }

    void cleanup()
    {
        m_bed.reset();
    }

    void arrivalsAreCountedOncePerEmployeeAndHour()
    {
        ui::ArrivalsChart chart(m_bed->context());
        QSignalSpy refreshed(&chart, &ui::ArrivalsChart::refreshed);
        QVERIFY(refreshed.wait(10000));
        QList<int> expected(24, 0);
        expected[8] = 1;
        expected[9] = 1;
        QCOMPARE(chart.counts(), expected);

        punch(QStringLiteral("3"), QDateTime(m_today, QTime(9, 40)));
        m_bed->context().notifyChanged(ui::ConsoleContext::Punches);
        QVERIFY(refreshed.wait(10000));
        expected[9] = 2;
        QCOMPARE(chart.counts(), expected);
    }

    // At the morning rush punches arrive faster than the chart's refresh interval; the chart
    // must still follow them while they keep coming, not only once they stop.
    void aSteadyStreamOfPunchesStillRefreshes()
    {
        ui::ArrivalsChart chart(m_bed->context());
        QSignalSpy refreshed(&chart, &ui::ArrivalsChart::refreshed);
        QVERIFY(refreshed.wait(10000));
        refreshed.clear();

        int minute = 0;
        QTimer stream;
        stream.setInterval(200);
        connect(&stream, &QTimer::timeout, this, [&] {
            punch(QString::number(100 + minute), QDateTime(m_today, QTime(10, minute)));
            ++minute;
            m_bed->context().notifyChanged(ui::ConsoleContext::Punches);
        });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(chart.counts().at(10) > 0, 8000);
        QVERIFY(stream.isActive());
        stream.stop();
    }

    // Seven arrivals in one hour: the axis reads 0, 2, 4, 6, 8, every label a whole number
    // (it read 0, 1, 3, 5, 7 when five ticks divided a range of 7).
    void theValueAxisShowsWholeNumbers()
    {
        const qint64 yard = storage::DepartmentRepository(m_bed->database()).create(QStringLiteral("Yard")).value_or(0);
        QVERIFY(yard > 0);
        for (int i = 0; i < 6; ++i) {
            addUser(QString::number(200 + i), yard);
            punch(QString::number(200 + i), QDateTime(m_today, QTime(7, i)));
        }
        ui::ArrivalsChart chart(m_bed->context());
        QSignalSpy refreshed(&chart, &ui::ArrivalsChart::refreshed);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(chart.counts().at(7), 6);
        auto *view = chart.findChild<QChartView *>();
        QVERIFY(view);
        const auto axes = view->chart()->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *values = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(values);
        QStringList labels;
        const double interval = (values->max() - values->min()) / (values->tickCount() - 1);
        for (int tick = 0; tick < values->tickCount(); ++tick)
            labels << QString::number(values->min() + tick * interval);
        QCOMPARE(labels, (QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("4"),
                                      QStringLiteral("6"), QStringLiteral("8")}));
    }

    // Whatever the highest count, ticks are 1, 2 or 5 × 10ⁿ apart, at most five intervals,
    // with room above the highest bar.
    void countAxesStepNaturally()
    {
        for (int highest = 0; highest <= 2000; ++highest) {
            const ui::BarChartView::CountAxis axis = ui::BarChartView::countAxis(highest);
            QVERIFY2(axis.max > highest && axis.max >= 4, qPrintable(QString::number(highest)));
            QCOMPARE(axis.max % axis.step, 0);
            QVERIFY(axis.tickCount() >= 2 && axis.tickCount() <= 6);
            int magnitude = axis.step;
            while (magnitude % 10 == 0)
                magnitude /= 10;
            QVERIFY2(magnitude == 1 || magnitude == 2 || magnitude == 5, qPrintable(QString::number(axis.step)));
        }
        QCOMPARE(ui::BarChartView::countAxis(0).max, 4);
        QCOMPARE(ui::BarChartView::countAxis(0).step, 1);
        QCOMPARE(ui::BarChartView::countAxis(23).max, 25);
        QCOMPARE(ui::BarChartView::countAxis(23).step, 5);
    }

    void lateArrivalsPerDayOverThirtyDays()
    {
        ui::LatenessChart chart(m_bed->context());
        QSignalSpy refreshed(&chart, &ui::LatenessChart::refreshed);
        QVERIFY(refreshed.wait(10000));
        const QList<int> counts = chart.counts();
        QCOMPARE(counts.size(), ui::LatenessChart::Days);
        QCOMPARE(counts.last(), 1);
        QCOMPARE(counts.at(ui::LatenessChart::Days - 1 - 10), 1);
        QCOMPARE(std::accumulate(counts.begin(), counts.end(), 0), 2);

        // A changed rule shows too: with a 30-minute grace nobody was late.
        storage::AttendanceRepository rules(m_bed->database());
        storage::ScheduleRepository schedules(m_bed->database());
        storage::ShiftRow shift = rules.shifts().first();
        shift.lateGraceMinutes = 30;
        QVERIFY(rules.updateShift(shift));
        m_bed->context().notifyChanged(ui::ConsoleContext::Attendance);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(chart.counts(), QList<int>(ui::LatenessChart::Days, 0));
    }

    // Without any shift nobody can be late: the chart says so instead of looking like a good month.
    void saysWhyNobodyIsLateWithoutShifts()
    {
        ui::LatenessChart chart(m_bed->context());
        QSignalSpy refreshed(&chart, &ui::LatenessChart::refreshed);
        QVERIFY(refreshed.wait(10000));
        auto *hint = test::findWidget<QLabel>(&chart, "latenessNoShifts");
        QVERIFY(hint->isHidden());

        QSqlQuery drop(m_bed->database());
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM department_schedules")));
        QVERIFY(drop.exec(QStringLiteral("DELETE FROM shifts")));
        m_bed->context().notifyChanged(ui::ConsoleContext::Attendance);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!hint->isHidden());
        QCOMPARE(chart.counts(), QList<int>(ui::LatenessChart::Days, 0));
    }

    void todayIsTheSitesDateNotThePcs()
    {
        // A zone whose date differs from this PC's now: UTC+14 and UTC−12 are 26 hours apart,
        // so at least one of them is on another date than any PC.
        QString zone;
        QDate siteToday;
        for (const char *candidate : {"Pacific/Kiritimati", "Etc/GMT+12"}) {
            const QDate date = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(candidate)).date();
            if (zone.isEmpty() && date != m_today) {
                zone = QString::fromLatin1(candidate);
                siteToday = date;
            }
        }
        QVERIFY(!zone.isEmpty());
        QVERIFY(storage::SettingsRepository(m_bed->database())
                    .setValue(QLatin1String(engine::ServerSettings::SiteTimeZoneKey), zone));
        punch(QStringLiteral("3"), QDateTime(siteToday, QTime(9, 40))); // late, on the site's today

        ui::ArrivalsChart arrivals(m_bed->context());
        QSignalSpy arrivalsRefreshed(&arrivals, &ui::ArrivalsChart::refreshed);
        QVERIFY(arrivalsRefreshed.wait(10000));
        QList<int> expected(24, 0);
        expected[9] = 1; // the PC's today (08:10, 09:20) is another day at the site
        QCOMPARE(arrivals.counts(), expected);

        ui::LatenessChart lateness(m_bed->context());
        QSignalSpy latenessRefreshed(&lateness, &ui::LatenessChart::refreshed);
        QVERIFY(latenessRefreshed.wait(10000));
        QCOMPARE(lateness.counts().last(), 1);
        // The PC's today is the site's yesterday or tomorrow: its late arrival is one bar back,
        // or not yet in the chart.
        QCOMPARE(lateness.counts().at(ui::LatenessChart::Days - 2), siteToday > m_today ? 1 : 0);
    }

    void theDashboardShowsBothCharts()
    {
        ui::DashboardPage page(m_bed->context());
        auto *arrivals = page.findChild<ui::ArrivalsChart *>();
        auto *lateness = page.findChild<ui::LatenessChart *>();
        QVERIFY(arrivals);
        QVERIFY(lateness);
        QSignalSpy refreshed(lateness, &ui::LatenessChart::refreshed);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(lateness->counts().last(), 1);
    }
};

QTEST_MAIN(tst_DashboardCharts)
#include "tst_dashboardcharts.moc"
