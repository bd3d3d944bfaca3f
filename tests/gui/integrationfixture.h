#pragma once

#include "consoletestbed.h"

#include "integrationadmin.h"
#include "secretbox.h"

#include "destinationrepository.h"
#include "outboxrepository.h"
#include "punchrepository.h"
#include "terminalrepository.h"
#include "walltime.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace punchclock::test {

// What the tests of the Integrations page and its dialog set up: a console over a database of
// its own without a terminal server, the installation's key file in a folder of the test's own
// ($PUNCHCLOCK_SECRET_KEY_FILE, as docs/integrations.md says), destinations added through the
// service, and punches stored as the engine stores them, which queues their events in the outbox.
class IntegrationFixture
{
public:
    static inline const QString Terminal = QStringLiteral("SIMINT01");
    static inline const QString Secret = QStringLiteral("the-receivers-shared-secret");

    IntegrationFixture() { qputenv("PUNCHCLOCK_SECRET_KEY_FILE", keyFile().toLocal8Bit()); }
    ~IntegrationFixture()
    {
        m_bed.reset();
        qunsetenv("PUNCHCLOCK_SECRET_KEY_FILE");
    }
    IntegrationFixture(const IntegrationFixture &) = delete;
    IntegrationFixture &operator=(const IntegrationFixture &) = delete;

    // The database and a context acting as an administrator; false with *error when not.
    bool open(QString *error)
    {
        m_bed = openServerlessBed(error);
        if (m_bed)
            m_bed->createContext();
        return bool(m_bed);
    }
    ConsoleTestbed &bed() const { return *m_bed; }

    QString keyFile() const { return m_keys.filePath(QStringLiteral("secrets.key")); }

    std::optional<services::SecretBox> box() const
    {
        QString error;
        return services::SecretBox::open(keyFile(), true, &error);
    }

    // A webhook receiving punches and corrections; its id, or 0.
    qint64 addWebhook(const QSqlDatabase &db, const QString &name) const
    {
        const std::optional<services::SecretBox> sealing = box();
        if (!sealing)
            return 0;
        services::DestinationSettings settings;
        settings.name = name;
        settings.kind = QStringLiteral("webhook");
        settings.url = QStringLiteral("https://payroll.example.com/punches");
        settings.secret = Secret;
        settings.sendsCorrections = true;
        const services::Outcome added = services::IntegrationAdmin(db, &*sealing)
                                            .add(services::Actor::system(QStringLiteral("test set-up")), settings);
        return added.ok() ? added.id : 0;
    }

    // A punch of user 7 at each time (the site's wall clock), in one transaction; false when
    // one was not stored.
    static bool storePunches(const QSqlDatabase &db, const QList<QDateTime> &times)
    {
        if (!storage::TerminalRepository(db).recordContact(
                {Terminal, QStringLiteral("192.0.2.10"), storage::Approval::Approved, QString()}))
            return false;
        QList<storage::NewPunch> punches;
        for (const QDateTime &time : times) {
            storage::NewPunch punch;
            punch.devId = Terminal;
            punch.source = QStringLiteral("realtime");
            punch.record.userId = QStringLiteral("7");
            punch.record.ioTime = time;
            punch.record.ioMode.raw = 1;
            punch.record.ioMode.direction = protocol::Direction::In;
            punch.record.verifyModeRaw = 1;
            punch.record.verifyMethods = {protocol::VerifyMethod::Fingerprint};
            punches.append(punch);
        }
        const auto stored = storage::PunchRepository(db).insertMany(punches);
        return stored && !stored->contains(storage::PunchRepository::InsertOutcome::Failed) &&
               !stored->contains(storage::PunchRepository::InsertOutcome::Duplicate);
    }

    // `count` punches a minute apart from 08:00 of `day`.
    static QList<QDateTime> minutesOf(QDate day, int count)
    {
        QList<QDateTime> times;
        for (int i = 0; i < count; ++i)
            times << protocol::walltime::make(day, QTime(8, 0).addSecs(60 * i));
        return times;
    }

    // The destination's events, newest first.
    static QList<storage::OutboxRow> events(const QSqlDatabase &db, qint64 destinationId,
                                            std::optional<storage::OutboxStatus> status = std::nullopt)
    {
        return storage::OutboxRepository(db).records(destinationId, status, 0, 100000);
    }

private:
    QTemporaryDir m_keys;
    std::unique_ptr<ConsoleTestbed> m_bed;
};

} // namespace punchclock::test
