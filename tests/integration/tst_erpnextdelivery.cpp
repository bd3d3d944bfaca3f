// Frappe HR / ERPNext, against a real HTTP server on 127.0.0.1 that checks each request as
// Frappe's add_log_based_on_employee_field takes it and answers as Frappe does: a check-in per
// punch, a repeat answered "already has a log" counted as delivered, an unknown employee parked
// until someone maps them and retries.

#include "deliverysite.h"
#include "recordinghttpserver.h"

#include "integrationadmin.h"
#include "outboxdeliverer.h"
#include "punchcorrectionrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace punchclock;
using storage::OutboxStatus;
using Answer = test::RecordingHttpServer::Answer;
using Request = test::RecordingHttpServer::Request;

namespace {

const QByteArray HrmsMethod =
    "/api/method/hrms.hr.doctype.employee_checkin.employee_checkin.add_log_based_on_employee_field";

// Frappe's answer to frappe.throw(): HTTP 417 with the message in _server_messages.
Answer frappeError(const QString &message)
{
    const QJsonObject inner{{QStringLiteral("message"), message},
                            {QStringLiteral("indicator"), QStringLiteral("red")},
                            {QStringLiteral("raise_exception"), 1}};
    const QJsonArray messages{QString::fromUtf8(QJsonDocument(inner).toJson(QJsonDocument::Compact))};
    const QJsonObject body{
        {QStringLiteral("exc_type"), QStringLiteral("ValidationError")},
        {QStringLiteral("exception"), QString(QStringLiteral("frappe.exceptions.ValidationError: ") + message)},
        {QStringLiteral("_server_messages"),
         QString::fromUtf8(QJsonDocument(messages).toJson(QJsonDocument::Compact))}};
    return Answer{417, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

} // namespace

// A Frappe HR site: employees by attendance_device_id (some of them inactive), check-ins unique
// per employee and time, as EmployeeCheckin.validate_duplicate_log keeps them.
class FakeFrappe
{
public:
    QSet<QString> employees{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    QSet<QString> inactive{QStringLiteral("9")};
    QStringList checkins;  // "employee|timestamp|log_type|device_id", in the order stored
    QStringList malformed; // what did not look like the documented call

    Answer answer(const Request &request)
    {
        const QUrlQuery form(QString::fromUtf8(request.body));
        if (request.method != "POST" || request.headers.value("authorization") != "token key-1:secret-1" ||
            !request.headers.value("content-type").startsWith("application/x-www-form-urlencoded") ||
            form.queryItemValue(QStringLiteral("employee_fieldname")) != QLatin1String("attendance_device_id")) {
            malformed.append(QString::fromUtf8(request.method + ' ' + request.target + ' ' + request.body));
            return Answer{403, R"({"exc_type":"AuthenticationError"})"};
        }
        const QString employee = form.queryItemValue(QStringLiteral("employee_field_value"));
        const QString timestamp = form.queryItemValue(QStringLiteral("timestamp"));
        if (!employees.contains(employee))
            return frappeError(QStringLiteral("No Employee found for the given employee field value. "
                                              "'attendance_device_id': %1")
                                   .arg(employee));
        if (inactive.contains(employee))
            return frappeError(
                QStringLiteral("Transactions cannot be created for an Inactive Employee HR-EMP-0000%1.").arg(employee));
        const QString checkin = QStringList{employee, timestamp, form.queryItemValue(QStringLiteral("log_type")),
                                            form.queryItemValue(QStringLiteral("device_id"))}
                                    .join(QLatin1Char('|'));
        for (const QString &stored : std::as_const(checkins)) {
            if (stored.section(QLatin1Char('|'), 0, 1) == checkin.section(QLatin1Char('|'), 0, 1))
                return frappeError(QStringLiteral("This employee already has a log with the same timestamp.<Br>"
                                                  "<a href=\"/app/employee-checkin/EMP-CKIN-0001\">EMP-CKIN-0001</a>"));
        }
        checkins.append(checkin);
        const QJsonObject doc{{QStringLiteral("doctype"), QStringLiteral("Employee Checkin")},
                              {QStringLiteral("name"), QStringLiteral("EMP-CKIN-%1").arg(checkins.size())},
                              {QStringLiteral("employee"), employee},
                              {QStringLiteral("time"), timestamp}};
        return Answer{200, QJsonDocument(QJsonObject{{QStringLiteral("message"), doc}}).toJson(QJsonDocument::Compact)};
    }
};

class TestErpnextDelivery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DeliverySite> m_site;
    std::unique_ptr<test::RecordingHttpServer> m_frappe;
    FakeFrappe m_hr;
    int m_sites = 0;

    services::DestinationSettings erpnext(const QString &method = {})
    {
        services::DestinationSettings settings;
        settings.name = QStringLiteral("Frappe HR");
        settings.kind = QStringLiteral("erpnext");
        settings.url = QString::fromLatin1(m_frappe->url("/"));
        settings.options = {{QStringLiteral("api_key"), QStringLiteral("key-1")}};
        if (!method.isEmpty())
            settings.options.insert(QStringLiteral("method"), method);
        settings.secret = QStringLiteral("secret-1");
        settings.sendsCorrections = true;
        return settings;
    }

    void deliverUntil(const std::function<bool()> &done)
    {
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_VERIFY_WITH_TIMEOUT(done(), 10000);
        deliverer.stop();
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::DeliverySite>(QStringLiteral("erpnext-%1").arg(++m_sites));
        m_frappe = std::make_unique<test::RecordingHttpServer>();
        m_hr = FakeFrappe();
        m_frappe->setHandler([this](const Request &request) { return m_hr.answer(request); });
        QVERIFY(m_frappe->listen());
    }

    void cleanup()
    {
        m_frappe.reset();
        m_site.reset();
    }

    void eachPunchBecomesACheckinAsFrappeDocumentsTheCall()
    {
        const qint64 hr = m_site->add(erpnext());
        QVERIFY(hr > 0);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:05"), QStringLiteral("in")));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 17:02:00"), QStringLiteral("out")));
        QVERIFY(m_site->punch(QStringLiteral("8"), QStringLiteral("2026-12-01 08:10:00"), QString()));
        deliverUntil([&] { return m_site->backlog(hr).delivered == 3; });

        QCOMPARE(m_hr.malformed, QStringList{});
        const QString terminal = test::DeliverySite::Terminal;
        QCOMPARE(m_hr.checkins, (QStringList{QStringLiteral("7|2026-12-01 08:00:05|IN|") + terminal,
                                             QStringLiteral("7|2026-12-01 17:02:00|OUT|") + terminal,
                                             QStringLiteral("8|2026-12-01 08:10:00||") + terminal}));
        for (const Request &request : m_frappe->requests())
            QCOMPARE(request.target, HrmsMethod);
        // No direction, no log_type at all: Frappe then pairs check-ins by their order.
        QVERIFY(
            !QUrlQuery(QString::fromUtf8(m_frappe->requests().last().body)).hasQueryItem(QStringLiteral("log_type")));
        QCOMPARE(m_frappe->connectionsAccepted(), 1); // one keep-alive connection for the batch
    }

    void erpnextThirteenIsCalledAtItsOwnPath()
    {
        const qint64 hr = m_site->add(erpnext(QStringLiteral("erpnext")));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        deliverUntil([&] { return m_frappe->requests().size() == 1; });
        QCOMPARE(m_frappe->requests().first().target,
                 QByteArray("/api/method/erpnext.hr.doctype.employee_checkin.employee_checkin."
                            "add_log_based_on_employee_field"));
        QCOMPARE(m_site->backlog(hr).delivered, 1);
    }

    void aCheckinFrappeAlreadyHasCountsAsDelivered()
    {
        m_hr.checkins.append(QStringLiteral("7|2026-12-01 08:00:00|IN|") + test::DeliverySite::Terminal);
        const qint64 hr = m_site->add(erpnext());
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        deliverUntil([&] { return m_site->backlog(hr).delivered == 1; });
        QCOMPARE(m_hr.checkins.size(), 1);
        QCOMPARE(m_site->events(hr).first().lastError, QString());
    }

    void anUnknownEmployeeIsParkedUntilMappedAndRetried()
    {
        const qint64 hr = m_site->add(erpnext());
        QVERIFY(m_site->punch(QStringLiteral("42"), QStringLiteral("2026-12-01 08:00:00")));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:01:00")));
        deliverUntil([&] { return m_site->backlog(hr).delivered == 1 && m_site->backlog(hr).parked == 1; });
        const storage::OutboxRow parked = m_site->events(hr, OutboxStatus::Parked).first();
        QVERIFY2(
            parked.lastError.startsWith(QStringLiteral("Frappe HR has no employee with this attendance_device_id")),
            qPrintable(parked.lastError));
        QVERIFY(parked.lastError.contains(QStringLiteral("'attendance_device_id': 42")));
        // The queue went on past it, and the destination is not held for it.
        QCOMPARE(m_site->destination(hr).failures, 0);

        m_hr.employees.insert(QStringLiteral("42"));
        const services::Outcome retried =
            services::IntegrationAdmin(m_site->db(), nullptr)
                .retry(services::Actor::system(QStringLiteral("test")), hr, {OutboxStatus::Parked});
        QVERIFY(retried.ok());
        QCOMPARE(retried.id, 1);
        deliverUntil([&] { return m_site->backlog(hr).delivered == 2; });
        QCOMPARE(m_hr.checkins.size(), 2);
        QCOMPARE(m_hr.checkins.last().section(QLatin1Char('|'), 0, 1), QStringLiteral("42|2026-12-01 08:00:00"));
    }

    void anInactiveEmployeeIsParked()
    {
        const qint64 hr = m_site->add(erpnext());
        QVERIFY(m_site->punch(QStringLiteral("9"), QStringLiteral("2026-12-01 08:00:00")));
        deliverUntil([&] { return m_site->backlog(hr).parked == 1; });
        QVERIFY2(
            m_site->events(hr).first().lastError.startsWith(QStringLiteral("Frappe HR refused an inactive employee")),
            qPrintable(m_site->events(hr).first().lastError));
    }

    void refusedCredentialsHoldTheQueue()
    {
        services::DestinationSettings wrong = erpnext();
        wrong.secret = QStringLiteral("not-the-secret");
        const qint64 hr = m_site->add(wrong);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        QVERIFY(m_site->punch(QStringLiteral("8"), QStringLiteral("2026-12-01 08:01:00")));
        deliverUntil([&] { return m_site->destination(hr).failures >= 2; });
        QVERIFY2(m_site->destination(hr).lastError.startsWith(QStringLiteral("HTTP 403: the credentials were refused")),
                 qPrintable(m_site->destination(hr).lastError));
        // Nothing was given up: both wait for the secret to be put right.
        QCOMPARE(m_site->backlog(hr).pending, 2);
        QCOMPARE(m_hr.checkins, QStringList{});
    }

    void aCorrectionThatAddsAPunchIsACheckinOthersAreSaidToBeDoneThere()
    {
        const qint64 hr = m_site->add(erpnext());
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00")));
        const qint64 punchId = m_site->events(hr).first().subjectId;
        QVERIFY(storage::PunchCorrectionRepository(m_site->db())
                    .addPunch(QStringLiteral("7"),
                              protocol::walltime::fromStorage(QStringLiteral("2026-12-01 17:00:00")),
                              QStringLiteral("out"), test::DeliverySite::Terminal, QStringLiteral("forgot"),
                              QStringLiteral("anna")));
        QVERIFY(storage::PunchCorrectionRepository(m_site->db())
                    .voidPunch(punchId, QStringLiteral("double punch"), QStringLiteral("anna")));
        deliverUntil([&] { return m_site->backlog(hr).delivered == 2 && m_site->backlog(hr).failed == 1; });
        QCOMPARE(m_hr.checkins.last().section(QLatin1Char('|'), 0, 2), QStringLiteral("7|2026-12-01 17:00:00|OUT"));
        QVERIFY(m_site->events(hr, OutboxStatus::Failed).first().lastError.contains(QStringLiteral("void or move")));
    }
};

QTEST_GUILESS_MAIN(TestErpnextDelivery)
#include "tst_erpnextdelivery.moc"
