#pragma once

#include "destinationprotocol.h"

#include <QUrl>

namespace punchclock::integrations {

// Frappe HR / ERPNext: each punch becomes an Employee Checkin through
// add_log_based_on_employee_field, the call Frappe's own biometric sync uses. The employee is
// found by a field of Employee (attendance_device_id unless set) holding the terminal user id.
// "already has a log with the same timestamp" counts as delivered; an id no employee holds
// parks the event until someone enters it there.
class ErpnextProtocol : public DestinationProtocol
{
public:
    struct Settings
    {
        QUrl site; // https://erp.example.com
        QString apiKey;
        QString apiSecret;
        QString method = QStringLiteral("hrms"); // "hrms" (v14 and later) or "erpnext" (v13)
        QString employeeFieldname = QStringLiteral("attendance_device_id");
    };

    explicit ErpnextProtocol(Settings settings);

    // The method's path for "hrms" or "erpnext".
    static QString methodPath(const QString &method);

    std::optional<Judgement> refuse(const DeliveryItem &item) const override;
    QList<PreparedRequest> prepare(const QList<DeliveryItem> &items) const override;
    Judgement judge(const HttpAnswer &answer, int events) const override;

    // The message of a Frappe error answer (its _server_messages, else its exception).
    static QString frappeMessage(const QByteArray &body);

private:
    Settings m_settings;
};

} // namespace punchclock::integrations
