#include "listenaddress.h"

#include <QTest>

using namespace punchclock;

class tst_ListenAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("host and port") << "192.168.1.20:8090" << true << "192.168.1.20" << 8090;
        QTest::newRow("port only") << "8091" << true << "" << 8091;
        QTest::newRow("colon port") << ":9000" << true << "" << 9000;
        QTest::newRow("star") << "*:9000" << true << "" << 9000;
        QTest::newRow("localhost") << "localhost:7000" << true << "127.0.0.1" << 7000;
        QTest::newRow("ipv6") << "[::1]:8090" << true << "::1" << 8090;
        QTest::newRow("port too large") << "1.2.3.4:70000" << false << "" << 0;
        QTest::newRow("not a port") << "1.2.3.4:http" << false << "" << 0;
        QTest::newRow("not an address") << "example:80" << false << "" << 0;
        QTest::newRow("unclosed bracket") << "[::1:80" << false << "" << 0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, address);
        QFETCH(int, port);
        http::ListenAddress parsed;
        QString error;
        QCOMPARE(http::ListenAddress::parse(text, &parsed, &error), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(parsed.port, quint16(port));
        if (address.isEmpty())
            QCOMPARE(parsed.address, QHostAddress(QHostAddress::Any));
        else
            QCOMPARE(parsed.address, QHostAddress(address));
    }

    void formatReadsBackAsTheSameAddress_data()
    {
        QTest::addColumn<QHostAddress>("address");
        QTest::addColumn<QString>("text");
        QTest::newRow("IPv4") << QHostAddress(QStringLiteral("192.168.1.20")) << "192.168.1.20:8090";
        QTest::newRow("loopback") << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1:8090";
        QTest::newRow("IPv6 in brackets") << QHostAddress(QStringLiteral("fd00::20")) << "[fd00::20]:8090";
        QTest::newRow("IPv6 loopback") << QHostAddress(QHostAddress::LocalHostIPv6) << "[::1]:8090";
        // Every interface, IPv4 and IPv6 alike: "0.0.0.0" would read back as IPv4 only.
        QTest::newRow("any address") << QHostAddress(QHostAddress::Any) << "*:8090";
        QTest::newRow("every IPv4 interface") << QHostAddress(QHostAddress::AnyIPv4) << "0.0.0.0:8090";
        QTest::newRow("every IPv6 interface") << QHostAddress(QHostAddress::AnyIPv6) << "[::]:8090";
    }

    void formatReadsBackAsTheSameAddress()
    {
        QFETCH(QHostAddress, address);
        QFETCH(QString, text);
        QCOMPARE(http::ListenAddress::format(address, 8090), text);
        http::ListenAddress parsed;
        QString error;
        QVERIFY2(http::ListenAddress::parse(text, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.port, quint16(8090));
        QCOMPARE(parsed.address.protocol(), address.protocol());
        QCOMPARE(parsed.address, address);
    }

    void formatWritesNoAddressAsEveryInterface()
    {
        QCOMPARE(http::ListenAddress::format(QHostAddress(), 9000), QStringLiteral("*:9000"));
    }
};

QTEST_GUILESS_MAIN(tst_ListenAddress)
#include "tst_listenaddress.moc"
