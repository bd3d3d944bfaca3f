#pragma once

#include "connection.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace punchclock::storage {

// Copies committed WAL pages into the database file from a connection (and thread) of its own.
// Left to SQLite, the checkpoint runs inside whichever commit crosses the threshold, and its
// fsync of the database file delays the terminals waiting for that commit.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    // The writer keeps automatic checkpoints only as a backstop, far above what this one leaves.
    static constexpr int WriterAutoCheckpointPages = 20000;

    explicit WalCheckpointer(DatabaseConfig config, int intervalMs = 1000, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    // In the thread it will run in.
    bool open(QString *error);

public Q_SLOTS:
    void checkpoint();

private:
    DatabaseConfig m_config;
    std::unique_ptr<Connection> m_connection;
    QTimer m_timer;
};

} // namespace punchclock::storage
