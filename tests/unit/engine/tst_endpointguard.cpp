#include "endpointguard.h"
#include "registrationrefusals.h"
#include "serversettings.h"

#include <QTest>

using namespace punchclock;
using engine::EndpointGuard;
using Refusal = engine::EndpointGuard::Refusal;

namespace {

const QDateTime start = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
const QString flooder = QStringLiteral("10.0.0.9");
const QString office = QStringLiteral("10.0.0.12");

engine::ServerSettings limits(int perAddress, int total)
{
    engine::ServerSettings settings;
    settings.maxPendingPerAddress = perAddress;
    settings.maxPending = total;
    return settings;
}

storage::TerminalStanding knownTerminal(const QString &address, bool pinned = false)
{
    storage::TerminalStanding standing;
    standing.approval = storage::Approval::Approved;
    standing.remoteAddress = address;
    standing.pinned = pinned;
    return standing;
}

// A request from a terminal the database does not know, as the engine puts it to the guard.
Refusal registration(EndpointGuard &guard, const QString &devId, const QString &address)
{
    const Refusal screened = guard.screen(devId, address, start);
    return screened != Refusal::None ? screened : guard.admit(devId, address, std::nullopt, start);
}

} // namespace

class tst_EndpointGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedNetworksAreParsed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("networks");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty: no restriction") << QString() << true << 0 << QString();
        QTest::newRow("three, spaces around")
            << QStringLiteral("192.168.1.0/24, 10.0.0.0/8 ,fd00::/8") << true << 3 << QString();
        QTest::newRow("a bare address is one host") << QStringLiteral("10.0.0.5") << true << 1 << QString();
        QTest::newRow("empty entries are skipped") << QStringLiteral("10.0.0.0/8,, ") << true << 1 << QString();
        QTest::newRow("prefix too long") << QStringLiteral("10.0.0.0/33, 10.1.0.0/16") << false << 1
                                         << QStringLiteral("\"10.0.0.0/33\"");
        QTest::newRow("a word") << QStringLiteral("office") << false << 0 << QStringLiteral("\"office\"");
    }

    void allowedNetworksAreParsed()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, networks);
        QFETCH(QString, named);
        QList<engine::Subnet> parsed;
        QString error;
        QCOMPARE(engine::parseAllowedNetworks(text, &parsed, &error), valid);
        QCOMPARE(parsed.size(), networks);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid) {
            QVERIFY2(error.contains(named), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("192.168.1.0/24")), "the message shows how to write one");
        }
    }

    void requestsFromOutsideTheAllowedNetworksAreRefused()
    {
        engine::ServerSettings settings;
        QVERIFY(engine::parseAllowedNetworks(QStringLiteral("192.168.1.0/24, fd00::/8"), &settings.allowedNetworks,
                                             nullptr));
        EndpointGuard guard(start);
        QCOMPARE(guard.screen(QStringLiteral("D1"), QStringLiteral("10.0.0.1"), start), Refusal::None);
        guard.applySettings(settings);
        QCOMPARE(guard.screen(QStringLiteral("D1"), QStringLiteral("192.168.1.77"), start), Refusal::None);
        QCOMPARE(guard.screen(QStringLiteral("D1"), QStringLiteral("fd00::1234"), start), Refusal::None);
        QCOMPARE(guard.screen(QStringLiteral("D1"), QStringLiteral("::ffff:192.168.1.5"), start), Refusal::None);
        QCOMPARE(guard.screen(QStringLiteral("D1"), QStringLiteral("192.168.2.1"), start),
                 Refusal::OutsideAllowedNetworks);
        QCOMPARE(guard.screen(QStringLiteral("D1"), QStringLiteral("2001:db8::1"), start),
                 Refusal::OutsideAllowedNetworks);
        // Not counted as refused registrations: those are for the flood notice.
        QCOMPARE(guard.refusals().count(), 0);
    }

    void newTerminalsAreCappedPerAddress()
    {
        EndpointGuard guard(start);
        guard.applySettings(limits(3, 100));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(registration(guard, QStringLiteral("FAKE%1").arg(i), flooder), Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("FAKE3"), flooder), Refusal::TooManyPending);
        QCOMPARE(registration(guard, QStringLiteral("FAKE4"), flooder), Refusal::TooManyPending);
        // Another address has its own room, and a terminal admitted a moment ago stays admitted.
        QCOMPARE(registration(guard, QStringLiteral("REAL1"), office), Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("FAKE0"), flooder), Refusal::None);
        QCOMPARE(guard.pendingFrom(flooder), 3);
        QCOMPARE(guard.pending(), 4);
        QCOMPARE(guard.refusals().count(), 2);
        QCOMPARE(guard.refusals().lastAtUtc(), start);
    }

    void newTerminalsAreCappedInTotal()
    {
        EndpointGuard guard(start);
        guard.applySettings(limits(16, 5));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(registration(guard, QStringLiteral("D%1").arg(i), QStringLiteral("10.0.1.%1").arg(i)),
                     Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("D5"), QStringLiteral("10.0.1.5")), Refusal::TooManyPending);
    }

    void knownTerminalsAreNotCapped()
    {
        EndpointGuard guard(start);
        guard.applySettings(limits(0, 0));
        storage::RegistrationCensus census;
        census.devIds = {QStringLiteral("REAL1")};
        guard.takeCensus(census);
        QCOMPARE(guard.screen(QStringLiteral("REAL1"), flooder, start), Refusal::None);
        QCOMPARE(guard.admit(QStringLiteral("REAL1"), flooder, knownTerminal(flooder), start), Refusal::None);
        // Known to the database but not yet to the census (registered by another process).
        QCOMPARE(guard.admit(QStringLiteral("REAL2"), office, knownTerminal(office), start), Refusal::None);
        QCOMPARE(guard.screen(QStringLiteral("REAL2"), office, start), Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("FAKE"), flooder), Refusal::TooManyPending);
    }

    // Approved at once, nothing waits; yet a flood must not become as many approved terminals:
    // the same caps count the terminals approved within the hour.
    void automaticApprovalIsCappedWithinTheHour()
    {
        engine::ServerSettings settings = limits(2, 3);
        settings.autoApproveTerminals = true;
        EndpointGuard guard(start);
        guard.applySettings(settings);
        QCOMPARE(registration(guard, QStringLiteral("NEW1"), flooder), Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("NEW2"), flooder), Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("NEW3"), flooder), Refusal::TooManyNew);
        QCOMPARE(guard.screen(QStringLiteral("NEW4"), flooder, start), Refusal::TooManyNew);
        QCOMPARE(registration(guard, QStringLiteral("REAL1"), office), Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("REAL2"), QStringLiteral("10.0.0.9")), Refusal::TooManyNew);
        // Those approved already go on; nothing waits.
        QCOMPARE(guard.screen(QStringLiteral("NEW1"), flooder, start), Refusal::None);
        QCOMPARE(guard.pending(), 0);
        QCOMPARE(guard.refusals().count(), 3);
        // An hour later there is room again.
        QCOMPARE(guard.screen(QStringLiteral("NEW3"), flooder, start.addSecs(3600)), Refusal::None);
        QCOMPARE(guard.admit(QStringLiteral("NEW3"), flooder, std::nullopt, start.addSecs(3600)), Refusal::None);
    }

    void theCensusReplacesTheCountsButKeepsWhatIsNotCommitted()
    {
        EndpointGuard guard(start);
        guard.applySettings(limits(2, 100));
        QCOMPARE(registration(guard, QStringLiteral("FAKE0"), flooder), Refusal::None);
        QCOMPARE(registration(guard, QStringLiteral("FAKE1"), flooder), Refusal::None);

        // A census read while both writes wait for their commit.
        guard.takeCensus({});
        QCOMPARE(guard.pendingFrom(flooder), 2);
        QCOMPARE(registration(guard, QStringLiteral("FAKE2"), flooder), Refusal::TooManyPending);

        // Committed; then an operator approved one of them.
        guard.registrationsSettled();
        storage::RegistrationCensus census;
        census.devIds = {QStringLiteral("FAKE0"), QStringLiteral("FAKE1")};
        census.pendingByAddress.insert(flooder, 1);
        census.pending = 1;
        guard.takeCensus(census);
        QCOMPARE(guard.pendingFrom(flooder), 1);
        QCOMPARE(registration(guard, QStringLiteral("FAKE2"), flooder), Refusal::None);
    }

    void pinnedTerminalIsServedFromItsAddressOnly()
    {
        EndpointGuard guard(start);
        const QString dev = QStringLiteral("PINNED1");
        QCOMPARE(guard.admit(dev, office, knownTerminal(office, true), start), Refusal::None);
        QCOMPARE(guard.admit(dev, flooder, knownTerminal(office, true), start), Refusal::NotPinnedAddress);
        QCOMPARE(guard.admit(dev, flooder, knownTerminal(office, false), start), Refusal::None);
        // Pinned before it ever talked: the first address it talks from becomes its own.
        QCOMPARE(guard.admit(dev, flooder, knownTerminal(QString(), true), start), Refusal::None);
    }

    void refusalsAreLoggedOncePerAddressAMinute()
    {
        EndpointGuard guard(start);
        QVERIFY(guard.shouldLog(Refusal::NotPinnedAddress, flooder, start));
        QVERIFY(!guard.shouldLog(Refusal::NotPinnedAddress, flooder, start.addSecs(59)));
        QVERIFY(guard.shouldLog(Refusal::NotPinnedAddress, office, start.addSecs(59)));
        QVERIFY(guard.shouldLog(Refusal::TooManyPending, flooder, start.addSecs(59)));
        QVERIFY(guard.shouldLog(Refusal::NotPinnedAddress, flooder, start.addSecs(60)));
    }

    void manyAddressesFloodNeitherTheLogNorMemory()
    {
        EndpointGuard guard(start);
        int logged = 0;
        for (int i = 0; i < 3 * EndpointGuard::MaxThrottledAddresses; ++i)
            logged += guard.shouldLog(Refusal::TooManyPending, QStringLiteral("fd00::%1").arg(i, 0, 16), start) ? 1 : 0;
        QCOMPARE(logged, EndpointGuard::MaxThrottledAddresses);
        // A minute later the held-back addresses are forgotten and new ones are logged again.
        QVERIFY(guard.shouldLog(Refusal::TooManyPending, QStringLiteral("fd01::1"), start.addSecs(61)));
    }

    void aMoveIsAnnouncedOnce()
    {
        EndpointGuard guard(start);
        const QString dev = QStringLiteral("D96584729B906B39");
        QVERIFY(!guard.isNewMove(dev, office, office, start));
        QVERIFY(!guard.isNewMove(dev, QString(), office, start)); // its first address is no move
        QVERIFY(guard.isNewMove(dev, office, flooder, start));
        // Requests of the same batch still see the old address in the database.
        QVERIFY(!guard.isNewMove(dev, office, flooder, start));
        QVERIFY(guard.isNewMove(dev, flooder, office, start));
        // A copied dev_id talking in turns with the real terminal: once a minute per address.
        QVERIFY(!guard.isNewMove(dev, office, flooder, start.addSecs(30)));
        QVERIFY(!guard.isNewMove(dev, flooder, office, start.addSecs(31)));
        QVERIFY(guard.isNewMove(dev, office, flooder, start.addSecs(61)));
    }

    void refusalsKeepTheHeaviestAddresses()
    {
        engine::RegistrationRefusals refusals(start);
        for (int i = 0; i < 9990; ++i)
            refusals.add(flooder, start.addSecs(i / 100));
        // A spray of single refusals from many addresses: bounded memory, the flooder still first.
        for (int i = 0; i < 1000; ++i)
            refusals.add(QStringLiteral("fd00::%1").arg(i, 0, 16), start.addSecs(100));
        QCOMPARE(refusals.count(), 10990);
        const auto top = refusals.topAddresses();
        QCOMPARE(top.size(), engine::RegistrationRefusals::PublishedAddresses);
        QCOMPARE(top.first(), qMakePair(flooder, qint64(9990)));
    }

    void refusalsTravelAsCompactJson()
    {
        engine::RegistrationRefusals refusals(start);
        for (int i = 0; i < 3; ++i)
            refusals.add(flooder, start.addSecs(5));
        refusals.add(office, start.addSecs(7));
        const QByteArray json = refusals.toJson();
        QVERIFY2(json.contains(R"("addresses":{"10.0.0.12":1,"10.0.0.9":3})"), json.constData());
        QVERIFY2(json.contains(R"("count":4)"), json.constData());

        const engine::RegistrationRefusals read = engine::RegistrationRefusals::fromJson(json);
        QCOMPARE(read.count(), 4);
        QCOMPARE(read.sinceUtc(), start);
        QCOMPARE(read.lastAtUtc(), start.addSecs(7));
        QCOMPARE(read.topAddresses(), refusals.topAddresses());

        const engine::RegistrationRefusals nothing = engine::RegistrationRefusals::fromJson("not json");
        QCOMPARE(nothing.count(), 0);
        QVERIFY(!nothing.lastAtUtc().isValid());
        QVERIFY(nothing.topAddresses().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EndpointGuard)
#include "tst_endpointguard.moc"
