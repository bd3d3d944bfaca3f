#include "odoosender.h"

namespace punchclock::integrations {

namespace {

constexpr auto AttendanceModel = "hr.attendance";

OdooClient::Settings clientSettings(const storage::DestinationRow &destination, const QString &apiKey)
{
    OdooClient::Settings settings;
    settings.site = QUrl(destination.url);
    settings.api = destination.options.value(QStringLiteral("api")).toString(settings.api);
    settings.database = destination.options.value(QStringLiteral("database")).toString();
    settings.userId = destination.options.value(QStringLiteral("user_id")).toInt();
    settings.apiKey = apiKey;
    return settings;
}

QJsonObject intervalValues(const OdooInterval &interval)
{
    return {
        {QStringLiteral("check_in"), interval.checkIn},
        {QStringLiteral("check_out"), interval.checkOut.isEmpty() ? QJsonValue(false) : QJsonValue(interval.checkOut)}};
}

} // namespace

OdooSender::OdooSender(QSqlDatabase db, storage::DestinationRow destination, const QString &apiKey,
                       std::unique_ptr<HttpExchange> exchange)
    : m_db(std::move(db))
    , m_destination(std::move(destination))
    , m_client(clientSettings(m_destination, apiKey))
    , m_exchange(std::move(exchange))
{}

std::optional<Judgement> OdooSender::refuse(const DeliveryItem &item) const
{
    if (item.row.event == storage::OutboxEvent::UserChange)
        return Judgement{Judgement::Verdict::Failed, QStringLiteral("Odoo receives punches and corrections only")};
    if (!item.found)
        return Judgement{Judgement::Verdict::Failed,
                         QStringLiteral("its %1 no longer exists (erased with the employee's data)")
                             .arg(storage::outboxEventName(item.row.event))};
    return std::nullopt;
}

void OdooSender::start(const QList<DeliveryItem> &items, Callbacks callbacks)
{
    m_callbacks = std::move(callbacks);
    m_items = items;
    m_index = 0;
    nextItem();
}

void OdooSender::abandon()
{
    m_stopped = true;
    m_exchange->abandon();
}

void OdooSender::nextItem()
{
    if (m_stopped)
        return;
    if (m_index >= m_items.size())
        return m_callbacks.finished();
    const DeliveryItem &item = m_items.at(m_index);
    if (const auto known = m_employees.constFind(item.userId); known != m_employees.cend())
        return employeeFound(*known);
    const QJsonObject &options = m_destination.options;
    const QString match = options.value(QStringLiteral("employee_match")).toString(QStringLiteral("barcode"));
    if (match == QLatin1String("map")) {
        const QJsonValue mapped = options.value(QStringLiteral("employee_map")).toObject().value(item.userId);
        if (mapped.isDouble())
            return employeeFound(qint64(mapped.toDouble()));
        if (judgeItem({Judgement::Verdict::Parked,
                       QStringLiteral("the employee map has no Odoo employee for terminal user %1: add it to the "
                                      "destination's employee_map, then retry the parked events")
                           .arg(item.userId)}))
            nextItem();
        return;
    }
    send(m_client.searchRead(QStringLiteral("hr.employee"),
                             QJsonArray{QJsonArray{match, QStringLiteral("="), item.userId}},
                             QJsonArray{QStringLiteral("id")}, 1),
         [this, match](const OdooClient::Result &result) {
             const DeliveryItem &current = m_items.at(m_index);
             if (result.failure) {
                 if (judgeItem(*result.failure))
                     nextItem();
                 return;
             }
             const QJsonArray found = result.value.toArray();
             if (found.isEmpty()) {
                 if (judgeItem({Judgement::Verdict::Parked,
                                QStringLiteral("Odoo has no employee whose %1 is %2: enter it on the employee in Odoo, "
                                               "then retry the parked events")
                                    .arg(match, current.userId)}))
                     nextItem();
                 return;
             }
             const qint64 id = qint64(found.first()[QStringLiteral("id")].toDouble());
             m_employees.insert(current.userId, id);
             employeeFound(id);
         });
}

void OdooSender::employeeFound(qint64 employeeId)
{
    const DeliveryItem &item = m_items.at(m_index);
    m_employeeId = employeeId;
    m_changes.clear();
    const storage::OdooAttendanceRepository kept(m_db, m_destination.id);
    for (const QDate day : odooDaysOf(item.wallTime, item.previousWallTime)) {
        const std::optional<QList<OdooInterval>> intervals = odooIntervals(m_db, item.userId, day);
        const std::optional<QList<storage::OdooAttendanceRow>> rows = kept.day(item.userId, day);
        if (!intervals || !rows) {
            judgeItem({Judgement::Verdict::Retry, QStringLiteral("the attendance of %1 on %2 could not be calculated")
                                                      .arg(item.userId, day.toString(Qt::ISODate))});
            return;
        }
        for (const OdooChange &change : odooChanges(*intervals, *rows))
            m_changes.append({day, change});
    }
    nextChange();
}

void OdooSender::nextChange()
{
    if (m_stopped)
        return;
    if (m_changes.isEmpty()) {
        if (judgeItem({Judgement::Verdict::Delivered, {}}))
            nextItem();
        return;
    }
    const DayChange next = m_changes.takeFirst();
    const QString model = QLatin1String(AttendanceModel);
    OdooClient::Call call;
    switch (next.change.kind) {
    case OdooChange::Kind::Unlink: call = m_client.unlink(model, next.change.recordId); break;
    case OdooChange::Kind::Write:
        call = m_client.write(model, next.change.recordId, intervalValues(next.change.interval));
        break;
    case OdooChange::Kind::Create: return createAdopting(next);
    }
    send(call, [this, next](const OdooClient::Result &result) { changed(next, result); });
}

void OdooSender::createAdopting(const DayChange &next)
{
    // A create whose answer was lost (a timeout, a kill) was still made: Odoo has the record,
    // Punchclock does not know its id. Look for it first and adopt it rather than make a second.
    const QString model = QLatin1String(AttendanceModel);
    const QJsonArray domain{QJsonArray{QStringLiteral("employee_id"), QStringLiteral("="), m_employeeId},
                            QJsonArray{QStringLiteral("check_in"), QStringLiteral("="), next.change.interval.checkIn}};
    send(m_client.searchRead(model, domain, QJsonArray{QStringLiteral("id")}, 1), [this, next, model](
                                                                                      const OdooClient::Result &found) {
        if (found.failure) {
            if (judgeItem(*found.failure))
                nextItem();
            return;
        }
        const QJsonArray records = found.value.toArray();
        if (!records.isEmpty()) {
            DayChange adopted = next;
            adopted.change.kind = OdooChange::Kind::Write;
            adopted.change.recordId = qint64(records.first()[QStringLiteral("id")].toDouble());
            send(m_client.write(model, adopted.change.recordId, intervalValues(adopted.change.interval)),
                 [this, adopted](const OdooClient::Result &result) { changed(adopted, result); });
            return;
        }
        QJsonObject values = intervalValues(next.change.interval);
        if (next.change.interval.checkOut.isEmpty())
            values.remove(QStringLiteral("check_out"));
        values.insert(QStringLiteral("employee_id"), m_employeeId);
        send(m_client.create(model, values), [this, next](const OdooClient::Result &result) { changed(next, result); });
    });
}

void OdooSender::changed(const DayChange &done, const OdooClient::Result &result)
{
    const DeliveryItem &item = m_items.at(m_index);
    storage::OdooAttendanceRepository kept(m_db, m_destination.id);
    const bool gone = result.errorName.endsWith(QLatin1String("MissingError"));
    // Removed in Odoo meanwhile: forgotten here too, and made again where the day needs it.
    if (gone && done.change.kind == OdooChange::Kind::Write) {
        if (!kept.forget(item.userId, done.day, done.change.position)) {
            judgeItem({Judgement::Verdict::Retry, QStringLiteral("what Odoo answered could not be written down")});
            return;
        }
        m_changes.prepend({done.day, {OdooChange::Kind::Create, done.change.position, 0, done.change.interval}});
        return nextChange();
    }
    if (result.failure && !(gone && done.change.kind == OdooChange::Kind::Unlink)) {
        if (judgeItem(*result.failure))
            nextItem();
        return;
    }
    bool noted = true;
    switch (done.change.kind) {
    case OdooChange::Kind::Unlink: noted = kept.forget(item.userId, done.day, done.change.position); break;
    case OdooChange::Kind::Write:
        noted = kept.keep(
            item.userId, done.day,
            {done.change.position, done.change.recordId, done.change.interval.checkIn, done.change.interval.checkOut});
        break;
    case OdooChange::Kind::Create: {
        // create answers the new id (JSON-RPC, for one set of values) or a list of ids (JSON-2).
        const QJsonValue value = result.value.isArray() ? result.value.toArray().first() : result.value;
        noted = value.isDouble() && kept.keep(item.userId, done.day,
                                              {done.change.position, qint64(value.toDouble()),
                                               done.change.interval.checkIn, done.change.interval.checkOut});
        break;
    }
    }
    if (!noted) {
        judgeItem({Judgement::Verdict::Retry, QStringLiteral("what Odoo answered could not be written down")});
        return;
    }
    nextChange();
}

bool OdooSender::judgeItem(const Judgement &judgement)
{
    const qint64 outboxId = m_items.at(m_index++).row.id;
    if (!m_callbacks.judged({outboxId}, judgement)) {
        m_stopped = true;
        return false;
    }
    return true;
}

void OdooSender::send(const OdooClient::Call &call, std::function<void(const OdooClient::Result &)> then)
{
    if (m_stopped || !m_callbacks.maySend()) {
        m_stopped = true;
        return;
    }
    m_exchange->post(call.request, call.body,
                     [this, then = std::move(then)](const HttpAnswer &answer) { then(m_client.read(answer)); });
}

} // namespace punchclock::integrations
