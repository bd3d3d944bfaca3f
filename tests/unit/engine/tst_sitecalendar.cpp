#include "connection.h"
#include "settingsrepository.h"
#include "sitecalendar.h"
#include "testfunctiondatabase.h"
#include "walltime.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace punchclock;

// "Today" is the site's date, whatever zone the PC that asks is in: the dashboard, the
// reports and every change "from today" count on it.
class tst_SiteCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;

    QSqlDatabase db() const { return m_connection->database(); }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_connection = test::openTestFunctionDatabase(m_dir, &error);
        QVERIFY2(m_connection, qPrintable(error));
    }

    void cleanup() { m_connection.reset(); }

    void todayFollowsTheSiteZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Kiritimati, UTC+14") << QByteArrayLiteral("Pacific/Kiritimati");
        QTest::newRow("Pago Pago, UTC-11") << QByteArrayLiteral("Pacific/Pago_Pago");
    }

    void todayFollowsTheSiteZone()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone site(zone);
        QVERIFY(site.isValid());
        QVERIFY(storage::SettingsRepository(db()).setValue(QLatin1String(storage::SettingsRepository::SiteTimeZoneKey),
                                                           QString::fromLatin1(zone)));
        const QDate before = protocol::walltime::now(site).date();
        const QDate today = engine::SiteCalendar::today(db());
        const QDate after = protocol::walltime::now(site).date();
        QVERIFY(today == before || today == after);

        const QDateTime start = engine::SiteCalendar::startOfToday(db());
        QCOMPARE(start.timeSpec(), Qt::UTC);
        const QDateTime startOnSite = start.toTimeZone(site);
        QVERIFY(startOnSite.date() == before || startOnSite.date() == after);
        QCOMPARE(startOnSite.time(), QTime(0, 0));
    }

    // UTC+14 and UTC-11 are always on different dates: the site's zone decides, not the PC's.
    void theSiteZoneDecidesTheDate()
    {
        storage::SettingsRepository settings(db());
        const QLatin1String key(storage::SettingsRepository::SiteTimeZoneKey);
        QVERIFY(settings.setValue(key, QStringLiteral("Pacific/Kiritimati")));
        const QDate east = engine::SiteCalendar::today(db());
        QVERIFY(settings.setValue(key, QStringLiteral("Pacific/Pago_Pago")));
        const QDate west = engine::SiteCalendar::today(db());
        QVERIFY2(east > west,
                 qPrintable(east.toString(Qt::ISODate) + QStringLiteral(" vs ") + west.toString(Qt::ISODate)));
    }
};

QTEST_GUILESS_MAIN(tst_SiteCalendar)
#include "tst_sitecalendar.moc"
