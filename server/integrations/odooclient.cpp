#include "odooclient.h"

#include <QJsonDocument>

namespace punchclock::integrations {

namespace {

// Odoo refuses what its rules forbid with these: the data is at fault, not the connection.
bool refusesTheData(const QString &errorName)
{
    return errorName.endsWith(QLatin1String("ValidationError")) || errorName.endsWith(QLatin1String("UserError")) ||
           errorName.endsWith(QLatin1String("MissingError")) || errorName.endsWith(QLatin1String("ValueError"));
}

} // namespace

OdooClient::OdooClient(Settings settings)
    : m_settings(std::move(settings))
{}

OdooClient::Call OdooClient::call(const QString &model, const QString &method, const QJsonArray &positional,
                                  const QJsonObject &named, const QJsonObject &kwargs) const
{
    Call call;
    QUrl url = m_settings.site;
    const QString base = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
    if (m_settings.api == QLatin1String("json2")) {
        url.setPath(base + QStringLiteral("/json/2/%1/%2").arg(model, method));
        call.request = QNetworkRequest(url);
        call.request.setRawHeader("Authorization", "bearer " + m_settings.apiKey.toUtf8());
        if (!m_settings.database.isEmpty())
            call.request.setRawHeader("X-Odoo-Database", m_settings.database.toUtf8());
        call.body = QJsonDocument(named).toJson(QJsonDocument::Compact);
    } else {
        url.setPath(base + QStringLiteral("/jsonrpc"));
        call.request = QNetworkRequest(url);
        const QJsonArray args{
            m_settings.database, m_settings.userId, m_settings.apiKey, model, method, positional, kwargs};
        const QJsonObject envelope{
            {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("method"), QStringLiteral("call")},
            {QStringLiteral("id"), 1},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("service"), QStringLiteral("object")},
                                                   {QStringLiteral("method"), QStringLiteral("execute_kw")},
                                                   {QStringLiteral("args"), args}}}};
        call.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    }
    call.request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    return call;
}

OdooClient::Call OdooClient::searchRead(const QString &model, const QJsonArray &domain, const QJsonArray &fields,
                                        int limit) const
{
    const QJsonObject options{{QStringLiteral("fields"), fields}, {QStringLiteral("limit"), limit}};
    QJsonObject named = options;
    named.insert(QStringLiteral("domain"), domain);
    return call(model, QStringLiteral("search_read"), QJsonArray{domain}, named, options);
}

OdooClient::Call OdooClient::create(const QString &model, const QJsonObject &values) const
{
    return call(model, QStringLiteral("create"), QJsonArray{values},
                QJsonObject{{QStringLiteral("vals_list"), QJsonArray{values}}});
}

OdooClient::Call OdooClient::write(const QString &model, qint64 id, const QJsonObject &values) const
{
    return call(model, QStringLiteral("write"), QJsonArray{QJsonArray{id}, values},
                QJsonObject{{QStringLiteral("ids"), QJsonArray{id}}, {QStringLiteral("vals"), values}});
}

OdooClient::Call OdooClient::unlink(const QString &model, qint64 id) const
{
    return call(model, QStringLiteral("unlink"), QJsonArray{QJsonArray{id}},
                QJsonObject{{QStringLiteral("ids"), QJsonArray{id}}});
}

OdooClient::Result OdooClient::read(const HttpAnswer &answer) const
{
    using Verdict = Judgement::Verdict;
    Result result;
    const bool json2 = m_settings.api == QLatin1String("json2");
    // JSON-RPC answers an error with 200 and an "error" object; JSON-2 with a status and the
    // exception's name and message at the top.
    const QJsonObject error =
        json2 ? (answer.status >= 400 ? QJsonDocument::fromJson(answer.body).object() : QJsonObject())
              : QJsonDocument::fromJson(answer.body)
                    .object()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("data"))
                    .toObject();
    if (!error.isEmpty() && !(json2 && (answer.status == 401 || answer.status == 403))) {
        result.errorName = error.value(QStringLiteral("name")).toString();
        const QString message = bodyExcerpt(error.value(QStringLiteral("message")).toString().toUtf8());
        result.failure =
            refusesTheData(result.errorName)
                ? Judgement{Verdict::Failed, QStringLiteral("Odoo refused it: %1").arg(message)}
                : Judgement{Verdict::Retry, QStringLiteral("Odoo: %1 (%2)").arg(message, result.errorName)};
        return result;
    }
    if (std::optional<Judgement> transport = judgeTransport(answer)) {
        result.failure = transport;
        return result;
    }
    // JSON-2 answers the method's value as it is (true, an id list): read inside a list, since
    // a JSON document must be an object or an array.
    const QJsonArray wrapped = QJsonDocument::fromJson("[" + answer.body + "]").array();
    if (answer.status < 200 || answer.status >= 300 || wrapped.size() != 1) {
        result.failure =
            Judgement{Verdict::Retry, QStringLiteral("HTTP %1: %2").arg(answer.status).arg(bodyExcerpt(answer.body))};
        return result;
    }
    result.value = json2 ? wrapped.first() : wrapped.first().toObject().value(QStringLiteral("result"));
    return result;
}

} // namespace punchclock::integrations
