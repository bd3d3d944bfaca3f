#include "attendancebed.h"
#include "consolecontext.h"
#include "dashboardpage.h"
#include "dashboardtile.h"
#include "sitecalendar.h"
#include "punchespage.h"
#include "punchfilterbar.h"
#include "punchtablemodel.h"
#include "reportspage.h"
#include "reporttablemodel.h"
#include "serverstatus.h"
#include "usertablemodel.h"
#include "userspage.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace punchclock;
using protocol::Direction;

namespace {

const QDate monday(2026, 3, 2);

QDateTime at(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0));
}

} // namespace

// An account of some departments sees their employees only: on the Punches page, in the
// Reports page's choices and preview; another operator signing in at the lock does not see
// what the last one previewed.
class tst_DepartmentScope : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AttendanceBed> m_bed;
    qint64 m_office = 0;
    qint64 m_plant = 0;

    static QStringList reportedUsers(const ui::ReportsPage &page)
    {
        const auto *table = test::findWidget<QTableView>(&page, "reportTable");
        QStringList users;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            users << table->model()->index(row, 0).data(ui::ReportTableModel::UserIdRole).toString();
        users.removeDuplicates();
        users.sort();
        return users;
    }

    static QStringList comboData(const QWidget *page, const char *name)
    {
        const auto *combo = test::findWidget<QComboBox>(page, name);
        QStringList data;
        for (int i = 1; i < combo->count(); ++i) // the first is "all"
            data << combo->itemData(i).toString();
        return data;
    }

private Q_SLOTS:
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
        QVERIFY(m_bed->addUser(QStringLiteral("9"), QStringLiteral("Carla"), std::nullopt));
        for (const char *user : {"7", "8", "9"})
            QVERIFY(m_bed->punch(QLatin1String(user), at(monday, 9), Direction::In));
        QVERIFY(m_bed->signInAs(QStringLiteral("mona"), services::Role::Manager, {m_plant}).operatorId != 0);
        m_bed->createContext();
    }

    void cleanup() { m_bed.reset(); }

    void thePunchesPageShowsTheDepartmentsPunchesOnly()
    {
        ui::PunchesPage page(m_bed->context());
        page.filterBar()->setCustomRange(monday, monday);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->ownerAt(0).userId, QStringLiteral("8"));
        QCOMPARE(page.model()->matchingCount(), qint64(1));

        // An administrator signing in at the lock sees everyone's.
        m_bed->context().setActor(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator));
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void theDashboardCountsTheDepartmentsPunchesOnly()
    {
        const QDate today = engine::SiteCalendar::today(m_bed->database());
        for (const char *user : {"7", "8", "9"})
            QVERIFY(m_bed->punch(QLatin1String(user), QDateTime(today, QTime(0, 0, 1)), Direction::In));
        ui::DashboardPage page(m_bed->context());
        page.reload();
        const auto tile = [&page](const char *name) { return test::findWidget<ui::DashboardTile>(&page, name)->value(); };
        QCOMPARE(tile("punchesTodayTile"), QStringLiteral("1"));
        QCOMPARE(tile("inNowTile"), QStringLiteral("1"));
        const auto *feed = test::findWidget<QTableView>(&page, "punchFeed");
        QCOMPARE(feed->model()->rowCount(), 2); // Bruno's punches of Monday and today

        m_bed->context().setActor(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator));
        QCOMPARE(tile("punchesTodayTile"), QStringLiteral("3"));
        QCOMPARE(tile("inNowTile"), QStringLiteral("3"));
        QCOMPARE(feed->model()->rowCount(), 6);
    }

    void theUsersPageListsTheDepartmentsEmployeesOnly()
    {
        ui::UsersPage page(m_bed->context());
        const auto *table = test::findWidget<QTableView>(&page, "usersTable");
        const auto users = [table] {
            QStringList ids;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                ids << table->model()->index(row, 0).data(ui::UserTableModel::UserIdRole).toString();
            ids.sort();
            return ids;
        };
        QCOMPARE(users(), QStringList{QStringLiteral("8")});
        QCOMPARE(comboData(&page, "departmentFilter"), QStringList{QString::number(m_plant)});
        QStringList found; // the global search's employees
        const QList<ui::ServerStatus::SearchEntry> entries =
            ui::ServerStatus::readSearchEntries(m_bed->context().database(), m_bed->context().departmentScope());
        for (const ui::ServerStatus::SearchEntry &entry : entries) {
            if (entry.isUser)
                found << entry.id;
        }
        QCOMPARE(found, QStringList{QStringLiteral("8")});
        m_bed->context().setActor(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator));
        QCOMPARE(users(), (QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}));
    }

    void theReportsPageOffersAndReportsTheDepartmentsEmployeesOnly()
    {
        ui::ReportsPage page(m_bed->context());
        page.resize(1280, 800);
        page.show();
        QCOMPARE(comboData(&page, "reportDepartment"), QStringList{QString::number(m_plant)});
        QCOMPARE(comboData(&page, "reportEmployee"), QStringList{QStringLiteral("8")});
        QVERIFY(test::previewReport(&page, engine::reports::ReportKind::Daily, monday, monday));
        QCOMPARE(reportedUsers(page), QStringList{QStringLiteral("8")});

        // Another operator signs in at the lock: the preview is gone, their choices are theirs.
        m_bed->context().setActor(m_bed->signInAs(QStringLiteral("anna"), services::Role::Administrator));
        QCOMPARE(test::findWidget<QTableView>(&page, "reportTable")->model()->rowCount(), 0);
        QCOMPARE(comboData(&page, "reportEmployee"),
                 (QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}));
        QVERIFY(test::previewReport(&page, engine::reports::ReportKind::Daily, monday, monday));
        QCOMPARE(reportedUsers(page), (QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}));
    }
};

QTEST_MAIN(tst_DepartmentScope)
#include "tst_departmentscope.moc"
