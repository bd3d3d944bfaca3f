#pragma once

#include "destinationround.h"

#include "databaseconfig.h"

#include <QThread>

namespace punchclock::integrations {

// Sends the outbox to every enabled destination, in a thread of its own with its own database
// connection and network access, one destination's round at a time. Runs beside the terminal
// server in the console and in `punchclock serve`; several servers on one database share the
// work through the destinations' leases.
class OutboxDeliverer
{
public:
    struct Options
    {
        std::chrono::milliseconds poll{1000}; // how often due destinations are looked for
        DeliveryPacing pacing;
        QString keyFile; // services::SecretBox::keyFileFor(the database) when empty
    };

    explicit OutboxDeliverer(storage::DatabaseConfig database);
    ~OutboxDeliverer();
    OutboxDeliverer(const OutboxDeliverer &) = delete;
    OutboxDeliverer &operator=(const OutboxDeliverer &) = delete;

    void start(const Options &options);
    void start() { start(Options()); }
    // Abandons a request in flight (its events stay pending), closes the connection, joins.
    void stop();

private:
    storage::DatabaseConfig m_database;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace punchclock::integrations
