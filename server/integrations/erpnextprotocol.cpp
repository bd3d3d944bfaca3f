#include "erpnextprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace punchclock::integrations {

ErpnextProtocol::ErpnextProtocol(Settings settings)
    : m_settings(std::move(settings))
{}

QString ErpnextProtocol::methodPath(const QString &method)
{
    return method == QLatin1String("erpnext")
               ? QStringLiteral(
                     "/api/method/erpnext.hr.doctype.employee_checkin.employee_checkin.add_log_based_on_employee_field")
               : QStringLiteral(
                     "/api/method/hrms.hr.doctype.employee_checkin.employee_checkin.add_log_based_on_employee_field");
}

std::optional<Judgement> ErpnextProtocol::refuse(const DeliveryItem &item) const
{
    using Verdict = Judgement::Verdict;
    if (!item.found)
        return Judgement{Verdict::Failed, QStringLiteral("its %1 no longer exists (erased with the employee's data)")
                                              .arg(storage::outboxEventName(item.row.event))};
    if (item.row.event == storage::OutboxEvent::UserChange)
        return Judgement{Verdict::Failed, QStringLiteral("Frappe HR receives punches only")};
    if (item.row.event == storage::OutboxEvent::Correction && item.correctionKind != QLatin1String("add"))
        return Judgement{Verdict::Failed,
                         QStringLiteral("Frappe HR's check-in call can add a check-in but not void or move one: change "
                                        "the Employee Checkin of %1 at %2 in Frappe HR")
                             .arg(item.userId, item.wallTime)};
    return std::nullopt;
}

QList<PreparedRequest> ErpnextProtocol::prepare(const QList<DeliveryItem> &items) const
{
    QUrl url = m_settings.site;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + methodPath(m_settings.method));
    QList<PreparedRequest> requests;
    for (const DeliveryItem &item : items) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("employee_field_value"), item.userId);
        form.addQueryItem(QStringLiteral("timestamp"), item.wallTime);
        form.addQueryItem(QStringLiteral("device_id"), item.devId);
        if (item.direction == QLatin1String("in") || item.direction == QLatin1String("out"))
            form.addQueryItem(QStringLiteral("log_type"), item.direction.toUpper());
        form.addQueryItem(QStringLiteral("employee_fieldname"), m_settings.employeeFieldname);
        PreparedRequest prepared;
        prepared.body = form.query(QUrl::FullyEncoded).toUtf8();
        prepared.outboxIds = {item.row.id};
        prepared.request = QNetworkRequest(url);
        prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                                   QByteArrayLiteral("application/x-www-form-urlencoded"));
        prepared.request.setRawHeader("Accept", "application/json");
        prepared.request.setRawHeader(
            "Authorization", QStringLiteral("token %1:%2").arg(m_settings.apiKey, m_settings.apiSecret).toUtf8());
        requests.append(prepared);
    }
    return requests;
}

QString ErpnextProtocol::frappeMessage(const QByteArray &body)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    // _server_messages is a JSON text of a list of JSON texts, each with a "message".
    const QJsonArray messages =
        QJsonDocument::fromJson(answer.value(QStringLiteral("_server_messages")).toString().toUtf8()).array();
    for (const QJsonValue &message : messages) {
        const QString text =
            QJsonDocument::fromJson(message.toString().toUtf8()).object().value(QStringLiteral("message")).toString();
        if (!text.isEmpty())
            return bodyExcerpt(text.toUtf8());
    }
    const QString exception = answer.value(QStringLiteral("exception")).toString();
    if (!exception.isEmpty())
        return bodyExcerpt(exception.section(QStringLiteral(": "), 1).toUtf8());
    return bodyExcerpt(body);
}

Judgement ErpnextProtocol::judge(const HttpAnswer &answer, int) const
{
    using Verdict = Judgement::Verdict;
    if (std::optional<Judgement> common = judgeTransport(answer))
        return *common;
    if (answer.status >= 200 && answer.status < 300)
        return {Verdict::Delivered, {}};
    const QString message = frappeMessage(answer.body);
    if (message.contains(QLatin1String("already has a log with the same timestamp")))
        return {Verdict::Delivered, QStringLiteral("Frappe HR already had this check-in")};
    if (message.contains(QLatin1String("No Employee found")))
        return {Verdict::Parked,
                QStringLiteral("Frappe HR has no employee with this %1 (%2): enter the terminal user id on the "
                               "employee in Frappe HR, then retry the parked events")
                    .arg(m_settings.employeeFieldname, message)};
    // Frappe HR: "Transactions cannot be created for an Inactive Employee {0}."
    if (message.contains(QLatin1String("Inactive Employee"), Qt::CaseInsensitive))
        return {Verdict::Parked, QStringLiteral("Frappe HR refused an inactive employee (%1): make them active "
                                                "there, or leave the event parked")
                                     .arg(message)};
    return {Verdict::Failed, QStringLiteral("HTTP %1: %2").arg(answer.status).arg(message)};
}

} // namespace punchclock::integrations
