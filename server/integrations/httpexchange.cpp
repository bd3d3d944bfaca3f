#include "httpexchange.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace punchclock::integrations {

HttpExchange::HttpExchange(QNetworkAccessManager *network, int timeoutSeconds, qint64 largestAnswer, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_timeoutSeconds(timeoutSeconds)
    , m_largestAnswer(largestAnswer)
{
    m_deadline.setSingleShot(true);
    m_deadline.callOnTimeout(this, &HttpExchange::timedOut);
}

HttpExchange::~HttpExchange()
{
    abandon();
}

void HttpExchange::post(QNetworkRequest request, const QByteArray &body,
                        std::function<void(const HttpAnswer &)> answered)
{
    m_answered = std::move(answered);
    m_tooLong = false;
    m_timedOut = false;
    // A deadline for the whole exchange, not for silence: a server that trickles a byte now and
    // then must not hold the destination (and its lease) for ever.
    m_deadline.start(m_timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Punchclock"));
    m_reply = m_network->post(request, body);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_largestAnswer && m_reply) {
            m_tooLong = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::finished);
}

void HttpExchange::timedOut()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void HttpExchange::abandon()
{
    m_answered = nullptr;
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpExchange::finished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->read(m_largestAnswer);
    answer.redirectTo = reply->header(QNetworkRequest::LocationHeader).toUrl().toString();
    if (m_tooLong) {
        answer.status = 0;
        answer.transportError = QStringLiteral("the answer was longer than %1 KiB").arg(m_largestAnswer / 1024);
    } else if (m_timedOut) {
        answer.status = 0;
        answer.transportError = QStringLiteral("no answer within %1 s").arg(m_timeoutSeconds);
    } else if (answer.status == 0) {
        answer.transportError = reply->errorString();
    }
    if (auto answered = std::exchange(m_answered, nullptr))
        answered(answer);
}

} // namespace punchclock::integrations
