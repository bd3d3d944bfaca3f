#include "deliveryjudgement.h"

#include <QRegularExpression>

namespace punchclock::integrations {

namespace {

constexpr qsizetype ExcerptLength = 300;

} // namespace

QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(ExcerptLength * 4));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text = text.simplified();
    if (text.size() > ExcerptLength)
        text = text.left(ExcerptLength) + QChar(0x2026);
    return text;
}

std::optional<Judgement> judgeTransport(const HttpAnswer &answer)
{
    using Verdict = Judgement::Verdict;
    if (answer.status == 0)
        return Judgement{Verdict::Retry, QStringLiteral("no answer: %1").arg(answer.transportError)};
    if (answer.status >= 300 && answer.status < 400)
        return Judgement{Verdict::Retry,
                         QStringLiteral("HTTP %1: the address moved to %2; change the destination's URL")
                             .arg(answer.status)
                             .arg(answer.redirectTo.isEmpty() ? QStringLiteral("(not said)") : answer.redirectTo)};
    if (answer.status == 401 || answer.status == 403)
        return Judgement{Verdict::Retry,
                         QStringLiteral("HTTP %1: the credentials were refused; check the key and secret (%2)")
                             .arg(answer.status)
                             .arg(bodyExcerpt(answer.body))};
    if (answer.status == 404)
        return Judgement{Verdict::Retry, QStringLiteral("HTTP 404: nothing answers at this address; check the URL (%1)")
                                             .arg(bodyExcerpt(answer.body))};
    if (answer.status == 408 || answer.status == 425 || answer.status == 429 || answer.status >= 500)
        return Judgement{Verdict::Retry,
                         QStringLiteral("HTTP %1: %2").arg(answer.status).arg(bodyExcerpt(answer.body))};
    return std::nullopt;
}

} // namespace punchclock::integrations
