#include "headerscreen.h"

#include "testdata.h"

#include <QTest>

using namespace punchclock;
using http::HeaderScreen;

class tst_HeaderScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturedTerminalRequestIsAccepted()
    {
        const HeaderScreen screen =
            HeaderScreen::check(test::readTestData(QStringLiteral("capture_hs101_realtime_glog.http")), {});
        QCOMPARE(screen.verdict, HeaderScreen::Verdict::Accept);
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status"); // 0 = accepted, -1 = incomplete

        QTest::newRow("no space after colon") << QByteArray("POST // HTTP/1.0\r\nrequest_code:receive_cmd\r\n\r\n") << 0;
        QTest::newRow("bare LF line ends") << QByteArray("POST / HTTP/1.1\ndev_id: A\n\n") << 0;
        QTest::newRow("header block not finished") << QByteArray("POST / HTTP/1.0\r\ndev_id: A\r\n") << -1;
        QTest::newRow("space in a header name") << QByteArray("POST / HTTP/1.0\r\ndev id: A\r\n\r\n") << 400;
        QTest::newRow("line without colon") << QByteArray("POST / HTTP/1.0\r\ngarbage\r\n\r\n") << 400;
        QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.0\r\nContent-Length: 1000000000000\r\n\r\n") << 413;
        QTest::newRow("negative length") << QByteArray("POST / HTTP/1.0\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.0\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") << 400;
        QTest::newRow("repeated equal lengths")
            << QByteArray("POST / HTTP/1.0\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n") << 0;
        QTest::newRow("chunked transfer") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;

        QByteArray manyHeaders = "POST / HTTP/1.0\r\n";
        for (int i = 0; i < 101; ++i)
            manyHeaders += "x-h" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 header fields") << manyHeaders + "\r\n" << 431;
        QTest::newRow("endless header block") << QByteArray("POST / HTTP/1.0\r\nx: ") + QByteArray(20000, 'a') << 431;
    }

    void verdicts()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        HeaderScreen::Limits limits;
        limits.maxBodyBytes = 64 * 1024 * 1024;
        const HeaderScreen screen = HeaderScreen::check(head, limits);
        if (status == 0) {
            QCOMPARE(screen.verdict, HeaderScreen::Verdict::Accept);
        } else if (status == -1) {
            QCOMPARE(screen.verdict, HeaderScreen::Verdict::Incomplete);
        } else {
            QCOMPARE(screen.verdict, HeaderScreen::Verdict::Reject);
            QCOMPARE(screen.status, status);
        }
    }

    void expectContinueIsNoticed()
    {
        const HeaderScreen screen =
            HeaderScreen::check("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n", {});
        QCOMPARE(screen.verdict, HeaderScreen::Verdict::Accept);
        QVERIFY(screen.expectsContinue);
    }
};

QTEST_GUILESS_MAIN(tst_HeaderScreen)
#include "tst_headerscreen.moc"
