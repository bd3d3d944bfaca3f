#include "outboxdeliverer.h"

#include "secretbox.h"

#include "connection.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace punchclock::integrations {

namespace {

// Lives in the deliverer's thread with what it opened there.
class DeliveryWorker : public QObject
{
public:
    DeliveryWorker(storage::DatabaseConfig database, OutboxDeliverer::Options options)
        : m_database(std::move(database))
        , m_options(std::move(options))
        , m_owner(leaseOwnerName())
    {
        m_timer.callOnTimeout(this, &DeliveryWorker::tick);
    }

    void begin()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_timer.start(m_options.poll);
        tick();
    }

    void end()
    {
        m_timer.stop();
        if (m_round) {
            m_round->abandon();
            delete m_round;
            m_round = nullptr;
        }
        m_network.reset();
        m_connection.reset();
    }

private:
    void tick()
    {
        if (m_round)
            return;
        if (!m_connection && !open())
            return;
        // PostgreSQL restarted: libpq does not reconnect by itself.
        QString error;
        bool reopened = false;
        if (!m_connection->ensureConnected(&error, &reopened))
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_due.clear();
        const QList<storage::DestinationRow> destinations =
            storage::DestinationRepository(m_connection->database()).list();
        for (const storage::DestinationRow &destination : destinations) {
            if (destination.enabled && (!destination.nextAttemptAt.isValid() || destination.nextAttemptAt <= now))
                m_due.append(destination);
        }
        // Only when there is something to deliver: an installation without destinations gets no
        // key file. Read again each time, so that a key file put right is used at once.
        if (!m_due.isEmpty())
            openKey(destinations);
        m_more = false;
        next();
    }

    void next()
    {
        if (m_due.isEmpty()) {
            // A full batch somewhere: go on at once rather than after the poll interval.
            if (m_more)
                QTimer::singleShot(0, this, &DeliveryWorker::tick);
            return;
        }
        const storage::DestinationRow destination = m_due.takeFirst();
        m_round = new DestinationRound(m_connection->database(), m_network.get(), m_box ? &*m_box : nullptr, m_keyError,
                                       destination, m_owner, m_options.pacing, this);
        connect(m_round, &DestinationRound::finished, this, [this](DestinationRound::End how) {
            m_more = m_more || how == DestinationRound::End::More;
            m_round->deleteLater();
            m_round = nullptr;
            next();
        });
        m_round->start();
    }

    bool open()
    {
        QString error;
        m_connection = storage::Connection::open(m_database, &error);
        if (!m_connection && !m_openFailed) {
            qCWarning(lcIntegrations) << "deliveries wait: cannot open the database:" << error;
            m_openFailed = true;
        }
        if (m_connection)
            m_openFailed = false;
        return m_connection != nullptr;
    }

    void openKey(const QList<storage::DestinationRow> &destinations)
    {
        QString error;
        const QString path =
            m_options.keyFile.isEmpty() ? services::SecretBox::keyFileFor(m_database) : m_options.keyFile;
        // Made here when missing, so that under systemd the server's own user owns it; but not
        // when secrets are already sealed: a new key could never open them.
        const bool sealed = std::any_of(destinations.cbegin(), destinations.cend(),
                                        [](const storage::DestinationRow &row) { return !row.sealedSecret.isEmpty(); });
        m_box = services::SecretBox::open(path, !sealed, &error);
        if (!m_box && error != m_keyError)
            qCWarning(lcIntegrations).noquote() << "deliveries wait:" << error;
        m_keyError = m_box ? QString() : error;
    }

    storage::DatabaseConfig m_database;
    OutboxDeliverer::Options m_options;
    QString m_owner;
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::optional<services::SecretBox> m_box;
    QString m_keyError;
    bool m_openFailed = false;
    QList<storage::DestinationRow> m_due;
    bool m_more = false;
    DestinationRound *m_round = nullptr;
    QTimer m_timer{this};
};

} // namespace

OutboxDeliverer::OutboxDeliverer(storage::DatabaseConfig database)
    : m_database(std::move(database))
{
    m_thread.setObjectName(QStringLiteral("punchclock-deliveries"));
}

OutboxDeliverer::~OutboxDeliverer()
{
    stop();
}

void OutboxDeliverer::start(const Options &options)
{
    if (m_worker)
        return;
    auto *worker = new DeliveryWorker(m_database, options);
    worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
    QMetaObject::invokeMethod(worker, [worker] { worker->begin(); });
}

void OutboxDeliverer::stop()
{
    if (!m_worker)
        return;
    auto *worker = static_cast<DeliveryWorker *>(m_worker);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

} // namespace punchclock::integrations
