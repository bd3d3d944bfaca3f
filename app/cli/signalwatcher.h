#pragma once

#include <QObject>

class QSocketNotifier;

namespace punchclock::cli {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so `serve` can stop cleanly: stop
// accepting, commit what is queued, answer the terminals waiting, then exit 0.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace punchclock::cli
