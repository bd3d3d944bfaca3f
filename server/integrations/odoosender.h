#pragma once

#include "deliverysender.h"
#include "httpexchange.h"
#include "odooclient.h"
#include "odooplan.h"

#include "destinationrepository.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace punchclock::integrations {

// Odoo keeps attendance as hr.attendance intervals, not punches: for each punch or correction
// the sender recalculates the working days it may change (odooDaysOf) by Punchclock's rules and
// makes Odoo's records of those days match (odooChanges), one call at a time, writing down each
// record it made before the next call. The employee is found by a field of hr.employee holding
// the terminal user id (barcode or pin) or by a table in the options.
class OdooSender : public DeliverySender
{
public:
    OdooSender(QSqlDatabase db, storage::DestinationRow destination, const QString &apiKey,
               std::unique_ptr<HttpExchange> exchange);

    std::optional<Judgement> refuse(const DeliveryItem &item) const override;
    void start(const QList<DeliveryItem> &items, Callbacks callbacks) override;
    void abandon() override;

private:
    struct DayChange
    {
        QDate day;
        OdooChange change;
    };

    void nextItem();
    void employeeFound(qint64 employeeId);
    void nextChange();
    void createAdopting(const DayChange &next);
    void changed(const DayChange &done, const OdooClient::Result &result);
    // Ends the current event with this judgement; false when the round stops.
    bool judgeItem(const Judgement &judgement);
    void send(const OdooClient::Call &call, std::function<void(const OdooClient::Result &)> then);

    QSqlDatabase m_db;
    storage::DestinationRow m_destination;
    OdooClient m_client;
    std::unique_ptr<HttpExchange> m_exchange;
    Callbacks m_callbacks;
    QList<DeliveryItem> m_items;
    qsizetype m_index = 0;
    QList<DayChange> m_changes;
    qint64 m_employeeId = 0;
    QHash<QString, qint64> m_employees; // terminal user id → hr.employee id, for this round
    bool m_stopped = false;
};

} // namespace punchclock::integrations
