#pragma once

#include "testdatabase.h"

#include "integrationadmin.h"
#include "outboxdeliverer.h"
#include "secretbox.h"

#include "connection.h"
#include "destinationrepository.h"
#include "outboxrepository.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace punchclock::test {

// What the delivery tests share: a database with a terminal, the installation's key file in a
// folder of the test's own (PUNCHCLOCK_SECRET_KEY_FILE, which a `serve` started by the test
// inherits), destinations added as an administrator would, and punches stored as terminals
// deliver them.
class DeliverySite
{
public:
    static inline const QString Terminal = QStringLiteral("D96584729B906B39");

    explicit DeliverySite(const QString &name)
    {
        qputenv("PUNCHCLOCK_SECRET_KEY_FILE", m_dir.filePath(QStringLiteral("secrets.key")).toUtf8());
        m_databaseFile = m_dir.filePath(name + QStringLiteral(".sqlite"));
        QString error;
        m_connection = storage::Connection::open(testDatabaseConfig(m_databaseFile, TestSchema::Current), &error);
        if (!m_connection)
            qFatal("cannot open the test database: %s", qPrintable(error));
        m_box = services::SecretBox::open(services::SecretBox::keyFileFor(config()), true, &error);
        if (!m_box)
            qFatal("cannot make the key file: %s", qPrintable(error));
        storage::TerminalRepository(db()).recordContact(
            {Terminal, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()});
    }

    QSqlDatabase db() const { return m_connection->database(); }
    storage::DatabaseConfig config() const { return m_connection->config(); }
    QString databaseArgument() const { return testDatabaseArgument(m_databaseFile, TestSchema::Current); }
    QString keyFile() const { return m_box->keyFile(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The destination's id, 0 when the service refused.
    qint64 add(const services::DestinationSettings &settings)
    {
        const services::Outcome outcome =
            services::IntegrationAdmin(db(), &*m_box).add(services::Actor::system(QStringLiteral("test")), settings);
        return outcome.ok() ? outcome.id : 0;
    }

    // A punch of `userId` at the site's wall-clock `time` ("YYYY-MM-DD hh:mm:ss"), "in", "out"
    // or without a direction (io mode 0 of HS101).
    bool punch(const QString &userId, const QString &time, const QString &direction = QStringLiteral("in"))
    {
        storage::NewPunch punch;
        punch.devId = Terminal;
        punch.source = QStringLiteral("realtime");
        punch.record.userId = userId;
        punch.record.ioTime = protocol::walltime::fromStorage(time);
        const quint32 mode = direction == QLatin1String("in") ? 1 : direction == QLatin1String("out") ? 2 : 0;
        punch.record.ioMode = protocol::decodeIoMode(protocol::RecordLibrary::HS101, mode);
        punch.record.verifyModeRaw = 1;
        punch.record.verifyMethods = {protocol::VerifyMethod::Fingerprint};
        const auto outcomes = storage::PunchRepository(db()).insertMany({punch});
        return outcomes && outcomes->first() == storage::PunchRepository::InsertOutcome::Inserted;
    }

    storage::OutboxBacklog backlog(qint64 destinationId) const
    {
        return storage::OutboxRepository(db()).backlog(destinationId);
    }
    storage::DestinationRow destination(qint64 id) const
    {
        return storage::DestinationRepository(db()).find(id).value_or(storage::DestinationRow{});
    }
    QList<storage::OutboxRow> events(qint64 destinationId, std::optional<storage::OutboxStatus> status = {}) const
    {
        return storage::OutboxRepository(db()).records(destinationId, status, 0, 100000);
    }

private:
    QTemporaryDir m_dir;
    QString m_databaseFile;
    std::unique_ptr<storage::Connection> m_connection;
    std::optional<services::SecretBox> m_box;
};

// Waits that suit the deliveries under test: a short poll and short waits after failures.
inline integrations::OutboxDeliverer::Options quickDeliveries(const QString &keyFile)
{
    integrations::OutboxDeliverer::Options options;
    options.poll = std::chrono::milliseconds(50);
    options.pacing.firstRetry = std::chrono::milliseconds(100);
    options.pacing.longestRetry = std::chrono::milliseconds(800);
    options.keyFile = keyFile;
    return options;
}

} // namespace punchclock::test
