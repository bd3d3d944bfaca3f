#pragma once

// Shared by tst_commandroundtrip and tst_operationroundtrip: the real server on 127.0.0.1,
// simulated terminals talking to it over TCP, and the store read and written through a
// connection of the test's own, as the CLI does it next to a running server.

#include "simulatedterminal.h"
#include "testdatabase.h"

#include "commandservice.h"
#include "connection.h"
#include "jobrepository.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"
#include "terminalrepository.h"
#include "userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace punchclock::test {

// trans_status names in the order a job passed through them (JobRepository::events).
inline QStringList statusTrail(std::initializer_list<storage::JobStatus> statuses)
{
    QStringList names;
    for (storage::JobStatus status : statuses)
        names << storage::jobStatusName(status);
    return names;
}

// The life of every command a terminal answers: queued, sent at its next poll, answered.
inline QStringList answeredTrail()
{
    using storage::JobStatus;
    return statusTrail({JobStatus::Wait, JobStatus::Run, JobStatus::Result});
}

// Key order is fixed (QJsonObject sorts), so compact text compares two objects with a readable diff.
inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QMap<int, QByteArray> credentialMap(const QList<protocol::Credential> &credentials)
{
    QMap<int, QByteArray> map;
    for (const protocol::Credential &credential : credentials)
        map.insert(credential.backupNumber, credential.data);
    return map;
}

// The first user of a simulated terminal that matches, or nullptr.
inline const simulator::SimulatedUser *findUser(const simulator::TerminalState &state,
                                                const std::function<bool(const simulator::SimulatedUser &)> &matches)
{
    for (const QString &id : state.userIds()) {
        if (matches(*state.user(id)))
            return state.user(id);
    }
    return nullptr;
}

class SimulatorRig
{
public:
    static constexpr int WaitMs = 10000;
    static constexpr char QueuedBy[] = "tst_roundtrip";

    ~SimulatorRig() { stop(); }

    // A fresh store and the server on 127.0.0.1, port 0. Terminals are approved at their first
    // poll, and clocks are set and counts asked for only when a test asks, so no automatic
    // SET_TIME or GET_DEVICE_STATUS gets in between.
    bool start(QString *error)
    {
        stop();
        m_db = storage::Connection::open(
            testDatabaseConfig(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores)), TestSchema::Current),
            error);
        if (!m_db)
            return false;
        storage::SettingsRepository settings(m_db->database());
        if (!settings.setValue(QLatin1String(engine::ServerSettings::AutoApproveKey), QStringLiteral("1")) ||
            !settings.setValue(QLatin1String(engine::ServerSettings::ClockSyncKey), QStringLiteral("0")) ||
            !settings.setValue(QLatin1String(engine::ServerSettings::StatusRefreshKey), QStringLiteral("0"))) {
            *error = QStringLiteral("could not write the server settings");
            return false;
        }
        m_server = std::make_unique<http::ServerHost>(m_db->config());
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        return m_server->start(options, error);
    }

    void stop()
    {
        m_terminals.clear();
        m_server.reset();
        m_db.reset();
    }

    QSqlDatabase db() const { return m_db->database(); }
    // The --db argument that gives the punchclock binary this store.
    QString databaseArgument() const { return m_db->config().displayName(); }
    quint16 port() const { return m_server->port(); }

    // Fast terminals with a fixed staff: tests wait for behaviour, not for firmware timing.
    simulator::TerminalConfig terminalConfig(const QString &devId,
                                             protocol::RecordLibrary library = protocol::RecordLibrary::HS101) const
    {
        simulator::TerminalConfig config;
        config.deviceId = devId;
        config.server = {QStringLiteral("127.0.0.1"), port()};
        config.library = library;
        config.seed.seed = 7;
        config.seed.users = 10;
        config.seed.logs = 50;
        config.pollIntervalMs = 100;
        config.restartDelayMs = 0;
        config.retryDelayMs = 20;
        config.maxRetryDelayMs = 100;
        config.requestTimeoutMs = 3000;
        return config;
    }

    // Starts the terminal and waits until it has polled and the server approved it; nullptr if not.
    simulator::SimulatedTerminal *addTerminal(const simulator::TerminalConfig &config)
    {
        m_terminals.push_back(std::make_unique<simulator::SimulatedTerminal>(config));
        simulator::SimulatedTerminal *terminal = m_terminals.back().get();
        terminal->start();
        const storage::TerminalRepository terminals(db());
        const bool approved = QTest::qWaitFor(
            [&] {
                const auto standing = terminals.standing(config.deviceId);
                return terminal->statistics().polls > 0 && standing &&
                       standing->approval == storage::Approval::Approved;
            },
            WaitMs);
        return approved ? terminal : nullptr;
    }

    services::CommandService::Outcome send(const QString &devId, protocol::CommandCode code,
                                         const QJsonObject &parameters = {}, const QList<QByteArray> &binaries = {})
    {
        return services::CommandService(db()).queue(devId, code, parameters, binaries, services::Actor::system(QLatin1String(QueuedBy)));
    }

    // One command; its trans_id, or 0 when it was refused.
    qint64 queue(const QString &devId, protocol::CommandCode code, const QJsonObject &parameters = {},
                 const QList<QByteArray> &binaries = {})
    {
        const services::CommandService::Outcome outcome = send(devId, code, parameters, binaries);
        if (!outcome.ok() || outcome.jobIds.isEmpty()) {
            qWarning("%s refused: failure %d, parameter error %d at %s", protocol::commandCodeName(code).constData(),
                     int(outcome.failure), int(outcome.command.error), qPrintable(outcome.command.errorField));
            return 0;
        }
        return outcome.jobIds.first();
    }

    // Queues a command and waits until it succeeded: the set-up steps of a test.
    bool runOk(const QString &devId, protocol::CommandCode code, const QJsonObject &parameters = {})
    {
        const qint64 id = queue(devId, code, parameters);
        return id > 0 && QTest::qWaitFor([&] { return job(id).succeeded(); }, WaitMs);
    }

    storage::JobRow job(qint64 id) const { return storage::JobRepository(db()).find(id).value_or(storage::JobRow{}); }

    QString status(qint64 id) const
    {
        const auto row = storage::JobRepository(db()).find(id);
        return row ? storage::jobStatusName(row->status) : QStringLiteral("(no job %1)").arg(id);
    }

    QStringList trail(qint64 id) const
    {
        QStringList names;
        for (const storage::JobEvent &event : storage::JobRepository(db()).events(id))
            names << storage::jobStatusName(event.status);
        return names;
    }

    // The job's summary, re-serialised so that it compares with jsonText().
    QString summary(qint64 id) const
    {
        const QString text = job(id).summary;
        return text.isEmpty() ? text : jsonText(QJsonDocument::fromJson(text.toUtf8()).object());
    }

    // The parameters the terminal was sent (markSent keeps what was delivered).
    QJsonObject sentParameters(qint64 id) const
    {
        return protocol::BsCommFrame::decode(job(id).parameters).frame.json();
    }

    // Ids of the users the store believes this terminal holds, sorted.
    QStringList members(const QString &devId) const
    {
        QStringList ids;
        for (const storage::UserRow &user : storage::UserRepository(db()).list()) {
            if (user.terminals.contains(devId))
                ids << user.userId;
        }
        ids.sort();
        return ids;
    }

    // The privilege the store records for the user on this terminal; empty when not a member.
    QString memberPrivilege(const QString &devId, const QString &userId) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT privilege FROM terminal_users WHERE dev_id = ? AND user_id = ?"));
        query.addBindValue(devId);
        query.addBindValue(userId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<storage::Connection> m_db;
    std::unique_ptr<http::ServerHost> m_server;
    std::vector<std::unique_ptr<simulator::SimulatedTerminal>> m_terminals;
};

inline QStringList sortedIds(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace punchclock::test
