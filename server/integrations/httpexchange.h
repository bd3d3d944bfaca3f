#pragma once

#include "deliveryjudgement.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace punchclock::integrations {

// One POST at a time to another system, bounded: an exchange not over within the timeout and an
// answer longer than the cap both come back as no answer, with words that say which. Redirects are
// not followed (a POST must not turn into something else on its way).
class HttpExchange : public QObject
{
public:
    HttpExchange(QNetworkAccessManager *network, int timeoutSeconds, qint64 largestAnswer, QObject *parent = nullptr);
    ~HttpExchange() override;

    // `answered` is called once, unless abandon() comes first.
    void post(QNetworkRequest request, const QByteArray &body, std::function<void(const HttpAnswer &)> answered);
    void abandon();

private:
    void finished();
    void timedOut();

    QNetworkAccessManager *m_network;
    int m_timeoutSeconds;
    qint64 m_largestAnswer;
    QPointer<QNetworkReply> m_reply;
    bool m_tooLong = false;
    bool m_timedOut = false;
    QTimer m_deadline;
    std::function<void(const HttpAnswer &)> m_answered;
};

} // namespace punchclock::integrations
