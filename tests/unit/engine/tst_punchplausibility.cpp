#include "punchplausibility.h"

#include "walltime.h"

#include <QTest>

using namespace punchclock;

class tst_PunchPlausibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("ioTime");
        QTest::addColumn<bool>("plausible");
        // Site clock for every row: 2026-11-24 10:00:00.
        QTest::newRow("now") << "20261124100000" << true;
        QTest::newRow("last year") << "20251124100000" << true;
        QTest::newRow("reset to 2000-01-01") << "20000101000512" << false;
        QTest::newRow("reset to 2015-01-01") << "20150101080000" << false;
        QTest::newRow("23 h ahead") << "20261125090000" << true;
        QTest::newRow("25 h ahead") << "20261125110000" << false;
    }

    void check()
    {
        QFETCH(QString, ioTime);
        QFETCH(bool, plausible);
        const QDateTime siteNow = protocol::walltime::fromProtocol(QStringLiteral("20261124100000"));
        QCOMPARE(engine::isPlausiblePunchTime(protocol::walltime::fromProtocol(ioTime), siteNow), plausible);
    }
};

QTEST_GUILESS_MAIN(tst_PunchPlausibility)
#include "tst_punchplausibility.moc"
