#include "tm32.h"
#include "walltime.h"

#include <QTest>
#include <QTimeZone>

#include <time.h>

using namespace punchclock::protocol;

class TestWallTime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromProtocolKeepsFields();
    void fromProtocolRejects_data();
    void fromProtocolRejects();
    void storageRoundTrip_data();
    void storageRoundTrip();
    void dstGapIsNeverShifted();
    void nowIsTheSiteWallClock();
    void tm32RoundTrip_data();
    void tm32RoundTrip();
    void tm32RealHs103Word();
    void fullYearRoundTrip();
};

void TestWallTime::initTestCase()
{
    // Run in a zone with DST so that any conversion through local time shows up: 2026-03-29
    // 02:30 does not exist in Europe/Berlin, 2026-10-25 02:30 exists twice.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QVERIFY2(!QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::LocalTime).isValid(),
             "Europe/Berlin zone data (tzdata) is needed for the DST cases");
}

void TestWallTime::fromProtocolKeepsFields()
{
    const QDateTime time = walltime::fromProtocol(QStringLiteral("20181005165917"));
    QVERIFY(time.isValid());
    QCOMPARE(time.timeSpec(), Qt::UTC);
    QCOMPARE(time.date(), QDate(2018, 10, 5));
    QCOMPARE(time.time(), QTime(16, 59, 17));
    QCOMPARE(walltime::toProtocol(time), QStringLiteral("20181005165917"));
}

void TestWallTime::fromProtocolRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("12 digits (YYMMDD)") << QStringLiteral("181005165917");
    QTest::newRow("non-digit") << QStringLiteral("2018100516591x");
    QTest::newRow("month 13") << QStringLiteral("20181305165917");
    QTest::newRow("February 30") << QStringLiteral("20190230120000");
    QTest::newRow("hour 24") << QStringLiteral("20181005240000");
    QTest::newRow("15 digits") << QStringLiteral("201810051659170");
    QTest::newRow("empty") << QString();
}

void TestWallTime::fromProtocolRejects()
{
    QFETCH(QString, text);
    QVERIFY(!walltime::fromProtocol(text).isValid());
}

void TestWallTime::storageRoundTrip_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("stored");

    QTest::newRow("ordinary") << walltime::make(QDate(2018, 10, 5), QTime(16, 59, 17))
                              << QStringLiteral("2018-10-05 16:59:17");
    QTest::newRow("midnight") << walltime::make(QDate(2026, 1, 1), QTime(0, 0)) << QStringLiteral("2026-01-01 00:00:00");
    // Wall times that local-time arithmetic would reject (gap) or could shift (fold).
    QTest::newRow("DST gap") << walltime::make(QDate(2026, 3, 29), QTime(2, 30))
                             << QStringLiteral("2026-03-29 02:30:00");
    QTest::newRow("DST fold") << walltime::make(QDate(2026, 10, 25), QTime(2, 30))
                              << QStringLiteral("2026-10-25 02:30:00");
}

void TestWallTime::storageRoundTrip()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, stored);

    QCOMPARE(walltime::toStorage(time), stored);
    const QDateTime readBack = walltime::fromStorage(stored);
    QVERIFY2(readBack.isValid(), qPrintable(QString(stored + QLatin1String(" read back as an invalid time"))));
    QCOMPARE(readBack.timeSpec(), Qt::UTC);
    QCOMPARE(readBack, time);
}

void TestWallTime::dstGapIsNeverShifted()
{
    const QDateTime time = walltime::fromProtocol(QStringLiteral("20260329023000"));
    QVERIFY(time.isValid());
    QCOMPARE(time.time(), QTime(2, 30));
    QCOMPARE(walltime::toStorage(time), QStringLiteral("2026-03-29 02:30:00"));
    QCOMPARE(walltime::toProtocol(time), QStringLiteral("20260329023000"));
}

void TestWallTime::nowIsTheSiteWallClock()
{
    // Jakarta has no DST: its wall clock is always UTC+7, whatever this PC's zone is.
    const QTimeZone jakarta("Asia/Jakarta");
    QVERIFY(jakarta.isValid());
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    const QDateTime now = walltime::now(jakarta);
    const QDateTime expected = utc.addSecs(7 * 3600);

    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY2(qAbs(expected.secsTo(now)) <= 2, qPrintable(walltime::toStorage(now)));
    QCOMPARE(now.time().msec(), 0);
}

void TestWallTime::tm32RoundTrip_data()
{
    QTest::addColumn<QDateTime>("time");

    QTest::newRow("2026-03-26 17:36:10") << walltime::make(QDate(2026, 3, 26), QTime(17, 36, 10));
    QTest::newRow("end of year") << walltime::make(QDate(2026, 12, 31), QTime(23, 59, 59));
    QTest::newRow("2000 clock reset") << walltime::make(QDate(2000, 1, 1), QTime(0, 0));
    QTest::newRow("leap day") << walltime::make(QDate(2024, 2, 29), QTime(12, 1, 2));
}

void TestWallTime::tm32RoundTrip()
{
    QFETCH(QDateTime, time);

    for (int valid : {1, 2}) {
        const quint32 word = tm32::encode(time, valid);
        QCOMPARE(int(word & 3u), valid);
        QCOMPARE(tm32::decode(word, time.time().second()), time);
    }
}

void TestWallTime::tm32RealHs103Word()
{
    const QDateTime expected = walltime::make(QDate(2026, 3, 26), QTime(17, 36, 10));
    QCOMPARE(tm32::decode(0x923A31FAu, 10), expected);
    // The word carries no seconds: they come from the separate byte.
    QCOMPARE(tm32::decode(0x923A31FAu, 42).time(), QTime(17, 36, 42));
    QCOMPARE(tm32::encode(expected, 2), 0x923A31FAu);
}

void TestWallTime::fullYearRoundTrip()
{
    const QDateTime time = walltime::make(QDate(2026, 3, 26), QTime(17, 36, 10));
    const quint32 word = tm32::encodeFullYear(time);
    QCOMPARE(int(word & 0xfffu), 2026);
    QCOMPARE(tm32::decodeFullYear(word, 10), time);
}

QTEST_GUILESS_MAIN(TestWallTime)
#include "tst_walltime.moc"
