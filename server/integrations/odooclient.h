#pragma once

#include "deliveryjudgement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkRequest>
#include <QUrl>

#include <optional>

namespace punchclock::integrations {

// Calls of Odoo's ORM over HTTP, in either of its external APIs:
// - "jsonrpc" (Odoo 17 and 18): POST /jsonrpc, execute_kw with the database, the API user's id
//   and the API key as password;
// - "json2" (Odoo 19 and later): POST /json/2/<model>/<method> with "Authorization: bearer
//   <API key>" and the method's parameters by name.
class OdooClient
{
public:
    struct Settings
    {
        QUrl site;
        QString api = QStringLiteral("jsonrpc"); // or "json2"
        QString database;
        int userId = 0; // jsonrpc: the uid the API key belongs to
        QString apiKey;
    };
    struct Call
    {
        QNetworkRequest request;
        QByteArray body;
    };
    // A call's result, or why there is none.
    struct Result
    {
        QJsonValue value;
        std::optional<Judgement> failure;
        QString errorName; // Odoo's exception, "odoo.exceptions.ValidationError"
    };

    explicit OdooClient(Settings settings);

    Call searchRead(const QString &model, const QJsonArray &domain, const QJsonArray &fields, int limit) const;
    Call create(const QString &model, const QJsonObject &values) const;
    Call write(const QString &model, qint64 id, const QJsonObject &values) const;
    Call unlink(const QString &model, qint64 id) const;

    Result read(const HttpAnswer &answer) const;

private:
    // `positional` for execute_kw; `named` for /json/2 (and execute_kw's kwargs when `kwargs`).
    Call call(const QString &model, const QString &method, const QJsonArray &positional, const QJsonObject &named,
              const QJsonObject &kwargs = {}) const;

    Settings m_settings;
};

} // namespace punchclock::integrations
