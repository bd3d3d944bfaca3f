// Webhooks, against a real HTTP server on 127.0.0.1: punches arrive signed, in batches, in
// order; failures that may pass are tried again after growing waits, refusals are kept with
// their reason, and nothing is delivered twice.

#include "deliverysite.h"
#include "recordinghttpserver.h"

#include "outboxdeliverer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace punchclock;
using storage::OutboxStatus;
using Answer = test::RecordingHttpServer::Answer;
using Request = test::RecordingHttpServer::Request;

namespace {

const QString Secret = QStringLiteral("whsec-7f3a9c");

QJsonArray eventsOf(const Request &request)
{
    return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("events")).toArray();
}

} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DeliverySite> m_site;
    std::unique_ptr<test::RecordingHttpServer> m_receiver;
    int m_sites = 0;

    qint64 addWebhook(int batchSize, int timeoutSeconds = 5)
    {
        services::DestinationSettings settings;
        settings.name = QStringLiteral("Payroll hook");
        settings.kind = QStringLiteral("webhook");
        settings.url = QString::fromLatin1(m_receiver->url("/hooks/punchclock"));
        settings.options = {{QStringLiteral("batch_size"), batchSize}, {QStringLiteral("timeout_s"), timeoutSeconds}};
        settings.secret = Secret;
        return m_site->add(settings);
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::DeliverySite>(QStringLiteral("webhook-%1").arg(++m_sites));
        m_receiver = std::make_unique<test::RecordingHttpServer>();
        QVERIFY(m_receiver->listen());
    }

    void cleanup()
    {
        m_receiver.reset();
        m_site.reset();
    }

    void punchesArriveSignedInOrderedBatches()
    {
        const qint64 hook = addWebhook(2);
        QVERIFY(hook > 0);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        QVERIFY(m_site->punch(QStringLiteral("8"), QStringLiteral("2026-12-01 08:01:00"), QStringLiteral("out")));
        QVERIFY(m_site->punch(QStringLiteral("9"), QStringLiteral("2026-12-01 08:02:00"), QString()));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE(m_site->backlog(hook).delivered, 3);
        deliverer.stop();

        QCOMPARE(m_receiver->requests().size(), 2);
        QStringList users;
        for (const Request &request : m_receiver->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.target, QByteArray("/hooks/punchclock"));
            QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
            // What a receiver checks (docs/integrations.md): the HMAC-SHA256 of
            // "<timestamp>.<body>" under the shared secret, and a recent timestamp.
            const QByteArray timestamp = request.headers.value("x-punchclock-timestamp");
            QVERIFY(qAbs(timestamp.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 120);
            const QByteArray expected =
                "sha256=" + QMessageAuthenticationCode::hash(timestamp + '.' + request.body, Secret.toUtf8(),
                                                             QCryptographicHash::Sha256)
                                .toHex();
            QCOMPARE(request.headers.value("x-punchclock-signature"), expected);
            for (const QJsonValue &event : eventsOf(request))
                users.append(event[QStringLiteral("data")][QStringLiteral("user_id")].toString());
        }
        QCOMPARE(users, (QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}));

        const QJsonObject first = eventsOf(m_receiver->requests().first()).first().toObject();
        const QJsonObject data = first.value(QStringLiteral("data")).toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("punch"));
        QCOMPARE(first.value(QStringLiteral("id")).toString(),
                 QStringLiteral("punch-%1").arg(data.value(QStringLiteral("punch_id")).toInteger()));
        QCOMPARE(data.value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-01T08:00:00"));
        QCOMPARE(data.value(QStringLiteral("terminal_id")).toString(), test::DeliverySite::Terminal);
        QCOMPARE(data.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QVERIFY(eventsOf(m_receiver->requests().last())
                    .first()[QStringLiteral("data")][QStringLiteral("direction")]
                    .isNull());
        QVERIFY(m_site->destination(hook).lastDeliveredAt.isValid());
    }

    void aServerErrorIsTriedAgainAfterGrowingWaits()
    {
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals;
        m_receiver->setHandler([&](const Request &) {
            arrivals.append(clock.elapsed());
            Answer answer;
            if (arrivals.size() <= 2) {
                answer.status = 503;
                answer.body = "<html><body><h1>Service Unavailable</h1></body></html>";
            }
            return answer;
        });
        const qint64 hook = addWebhook(50);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE(arrivals.size(), 1);
        QTRY_COMPARE(m_site->destination(hook).lastError, QStringLiteral("HTTP 503: Service Unavailable"));
        QTRY_COMPARE(m_site->backlog(hook).delivered, 1);
        deliverer.stop();

        QCOMPARE(arrivals.size(), 3);
        // 100 ms after the first failure, 200 after the second.
        QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 100, qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
        QVERIFY2(arrivals.at(2) - arrivals.at(1) >= 200, qPrintable(QString::number(arrivals.at(2) - arrivals.at(1))));
        QCOMPARE(m_site->events(hook).first().attempts, 3);
        const storage::DestinationRow healthy = m_site->destination(hook);
        QCOMPARE(healthy.failures, 0);
        QCOMPARE(healthy.lastError, QString());
    }

    void aRefusedBatchIsKeptWithItsReasonAndTheQueueGoesOn()
    {
        m_receiver->setHandler([](const Request &request) {
            Answer answer;
            if (eventsOf(request).first()[QStringLiteral("data")][QStringLiteral("user_id")] == QStringLiteral("7")) {
                answer.status = 422;
                answer.body = R"({"error":"user 7 is unknown here"})";
            }
            return answer;
        });
        const qint64 hook = addWebhook(1);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        QVERIFY(m_site->punch(QStringLiteral("8"), QStringLiteral("2026-12-01 08:01:00")));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE(m_site->backlog(hook).delivered, 1);
        deliverer.stop();
        const QList<storage::OutboxRow> failed = m_site->events(hook, OutboxStatus::Failed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().lastError, QStringLiteral(R"(HTTP 422: {"error":"user 7 is unknown here"})"));
        QCOMPARE(m_receiver->requests().size(), 2);
        QCOMPARE(m_site->destination(hook).failures, 0);
    }

    void aReceiverThatAlreadyHasTheEventsCountsAsDelivered()
    {
        m_receiver->setHandler([](const Request &) { return Answer{409, R"({"duplicate":true})"}; });
        const qint64 hook = addWebhook(10);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE(m_site->backlog(hook).delivered, 1);
        deliverer.stop();
        QCOMPARE(m_receiver->requests().size(), 1);
    }

    // For a batch, 409 does not say which events the receiver had: none is taken for delivered.
    void aConflictOverABatchIsNotTakenForDelivered()
    {
        m_receiver->setHandler([](const Request &) { return Answer{409, R"({"duplicate":true})"}; });
        const qint64 hook = addWebhook(10);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        QVERIFY(m_site->punch(QStringLiteral("8"), QStringLiteral("2026-12-01 08:01:00")));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE(m_site->backlog(hook).failed, 2);
        deliverer.stop();
        QCOMPARE(m_site->backlog(hook).delivered, 0);
        QVERIFY(m_site->events(hook).first().lastError.startsWith(QStringLiteral("HTTP 409 for a batch of 2 events")));
    }

    void aReceiverThatDoesNotAnswerIsTriedAgain()
    {
        m_receiver->setHandler([this](const Request &) {
            Answer answer;
            answer.silent = m_receiver->requests().size() <= 2;
            return answer;
        });
        const qint64 hook = addWebhook(10, 1);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE(m_site->destination(hook).lastError, QStringLiteral("no answer: no answer within 1 s"));
        QTRY_COMPARE_WITH_TIMEOUT(m_site->backlog(hook).delivered, 1, 10000);
        deliverer.stop();
        QCOMPARE(m_receiver->requests().size(), 3);
        QCOMPARE(m_site->events(hook).first().attempts, 3);
    }

    void anAnswerTooLongToReadIsNotTakenForDelivered()
    {
        m_receiver->setHandler([](const Request &) { return Answer{200, QByteArray(200 * 1024, 'x'), "text/plain"}; });
        const qint64 hook = addWebhook(10);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE(m_site->destination(hook).lastError,
                     QStringLiteral("no answer: the answer was longer than 64 KiB"));
        deliverer.stop();
        QCOMPARE(m_site->backlog(hook).pending, 1);
    }

    void aPausedDestinationQueuesWithoutSending()
    {
        services::DestinationSettings settings;
        settings.name = QStringLiteral("Paused");
        settings.kind = QStringLiteral("webhook");
        settings.url = QString::fromLatin1(m_receiver->url("/hook"));
        settings.secret = Secret;
        settings.enabled = false;
        const qint64 hook = m_site->add(settings);
        QVERIFY(hook > 0);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        // Another destination, enabled, is delivered meanwhile: the worker did run.
        const qint64 other = addWebhook(10);
        QVERIFY(m_site->punch(QStringLiteral("8"), QStringLiteral("2026-12-01 08:01:00")));
        QTRY_COMPARE(m_site->backlog(other).delivered, 1);
        deliverer.stop();
        QCOMPARE(m_site->backlog(hook).pending, 2);
        for (const Request &request : m_receiver->requests())
            QCOMPARE(request.target, QByteArray("/hooks/punchclock"));
    }

    void aSecretSealedWithAnotherKeyIsSaidNotSent()
    {
        const qint64 hook = addWebhook(10);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        // Another installation's key file: the secret cannot be opened with it.
        QString error;
        const QString otherKey = m_site->path(QStringLiteral("other.key"));
        QVERIFY2(services::SecretBox::open(otherKey, true, &error), qPrintable(error));
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(otherKey));
        QTRY_VERIFY(m_site->destination(hook).lastError.contains(QStringLiteral("sealed with another key file")));
        deliverer.stop();
        QCOMPARE(m_receiver->requests().size(), 0);
        QCOMPARE(m_site->backlog(hook).pending, 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "tst_webhookdelivery.moc"
