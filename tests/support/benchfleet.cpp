#include "benchfleet.h"

#include "terminalrequestbuilder.h"
#include "testdata.h"

#include "connection.h"
#include "punchrepository.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"

#include <QDateTime>

#include <cstdio>

namespace punchclock::test {

QByteArray benchDevId(int n)
{
    return QByteArray("BENCH") + QByteArray::number(n).rightJustified(11, '0');
}

// The terminals are a site's approved fleet, as in production: the caps on new terminals
// waiting for approval do not apply to them.
bool registerFleet(const storage::DatabaseConfig &database, int fleet, QString *error)
{
    const auto connection = storage::Connection::open(database, error);
    if (!connection)
        return false;
    if (storage::PunchRepository(connection->database()).count({}) != 0) {
        *error = QStringLiteral("the database holds punches already: give the benchmark an empty one");
        return false;
    }
    storage::SettingsRepository settings(connection->database());
    // The requests carry a fixed terminal clock, which automatic clock sync would correct.
    if (!settings.setValue(QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0"))) {
        *error = QStringLiteral("cannot store the settings");
        return false;
    }
    storage::TerminalRepository terminals(connection->database());
    for (int n = 0; n < fleet; ++n) {
        storage::TerminalContact contact;
        contact.devId = QString::fromLatin1(benchDevId(n));
        contact.remoteAddress = QStringLiteral("127.0.0.1");
        contact.approvalIfNew = storage::Approval::Approved;
        // Counts just read, as after the terminal's last GET_DEVICE_STATUS: the automatic status
        // refresh stays on, as installed, and has nothing due.
        if (!terminals.recordContact(contact) ||
            !terminals.setDeviceStatus(contact.devId, QByteArrayLiteral(R"({"total_user_count":0})"))) {
            *error = QStringLiteral("cannot register %1").arg(contact.devId);
            return false;
        }
    }
    return true;
}

std::vector<QByteArray> punchRequests(int total, int fleet, int first)
{
    std::vector<QByteArray> requests;
    requests.reserve(size_t(total));
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int n = first; n < first + total; ++n) {
        TerminalRequestBuilder request;
        request.devId = benchDevId(n % fleet);
        request.body =
            hs101GlogBody(QString::number(n % 5000), start.addSecs(n).toString(QStringLiteral("yyyyMMddHHmmss")));
        requests.push_back(request.build());
    }
    return requests;
}

std::vector<QByteArray> pollRequests(int total, int fleet)
{
    const QByteArray capture = readTestData(QStringLiteral("capture_hs101_receive_cmd.http"));
    const QByteArray capturedId = "D96584729B906B39";
    std::vector<QByteArray> requests;
    requests.reserve(size_t(total));
    for (int n = 0; n < total; ++n)
        requests.push_back(QByteArray(capture).replace(capturedId, benchDevId(n % fleet)));
    return requests;
}

void printRun(const char *label, const char *unit, const LoadClient::Result &load)
{
    std::printf("  %-22s: %lld answered OK in %.2f s, %.0f %s/s, latency p50 %.1f ms, p99 %.1f ms "
                "(not acknowledged %lld, connection errors %lld)\n",
                label, qlonglong(load.acknowledged), load.seconds, double(load.acknowledged) / load.seconds, unit,
                load.latencyPercentileMs(0.5), load.latencyPercentileMs(0.99), qlonglong(load.notAcknowledged),
                qlonglong(load.connectionErrors));
}

std::unique_ptr<http::ServerHost> startLocalServer(const storage::DatabaseConfig &database, QString *error)
{
    auto server = std::make_unique<http::ServerHost>(database);
    http::ServerOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.connectionLimits.maxConnections = 4096;
    return server->start(options, error) ? std::move(server) : nullptr;
}

} // namespace punchclock::test
