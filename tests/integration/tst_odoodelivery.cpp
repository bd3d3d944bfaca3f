// Odoo, against a real HTTP server on 127.0.0.1 that keeps hr.attendance as Odoo does
// (intervals, no overlap, one open record per employee) and checks each call as Odoo's
// JSON-RPC (execute_kw) and JSON-2 APIs take them: an arrival opens a record, the departure
// closes it, a correction changes it, an unknown employee is parked.

#include "deliverysite.h"
#include "recordinghttpserver.h"

#include "outboxdeliverer.h"
#include "punchcorrectionrepository.h"
#include "settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace punchclock;
using storage::OutboxStatus;
using Answer = test::RecordingHttpServer::Answer;
using Request = test::RecordingHttpServer::Request;

namespace {

const QString ApiKey = QStringLiteral("odoo-key-160bit");

} // namespace

// hr.employee by barcode, and hr.attendance records with Odoo's own checks.
class FakeOdoo
{
public:
    struct Record
    {
        qint64 employee = 0;
        QString checkIn;
        QString checkOut; // empty: open
    };
    QHash<QString, qint64> employeesByBarcode{{QStringLiteral("7"), 12}, {QStringLiteral("8"), 15}};
    QMap<qint64, Record> attendances;
    qint64 nextId = 100;
    QStringList calls; // "model.method"
    QStringList malformed;

    Answer answer(const Request &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (request.target == "/jsonrpc")
            return jsonRpc(body);
        if (request.target.startsWith("/json/2/"))
            return json2(request, body);
        malformed.append(QString::fromUtf8(request.target));
        return Answer{404, "{}"};
    }

private:
    // What a call does, or the exception Odoo would raise: {name, message}.
    QJsonValue run(const QString &model, const QString &method, const QJsonArray &ids, const QJsonObject &params,
                   QJsonObject *error)
    {
        calls.append(model + QLatin1Char('.') + method);
        auto refuse = [error](const QString &name, const QString &message) {
            *error = {{QStringLiteral("name"), name}, {QStringLiteral("message"), message}};
            return QJsonValue();
        };
        if (model == QLatin1String("hr.employee") && method == QLatin1String("search_read")) {
            const QJsonArray condition = params.value(QStringLiteral("domain")).toArray().first().toArray();
            if (condition.at(0) != QStringLiteral("barcode"))
                return refuse(QStringLiteral("ValueError"), QStringLiteral("unexpected domain"));
            const qint64 id = employeesByBarcode.value(condition.at(2).toString());
            return id ? QJsonArray{QJsonObject{{QStringLiteral("id"), id}}} : QJsonArray{};
        }
        if (model != QLatin1String("hr.attendance"))
            return refuse(QStringLiteral("ValueError"), QStringLiteral("unexpected model"));
        if (method == QLatin1String("search_read")) {
            // [employee_id = E, check_in = X]: what the sender asks before it makes a record.
            qint64 employee = 0;
            QString checkIn;
            for (const QJsonValue &condition : params.value(QStringLiteral("domain")).toArray()) {
                if (condition[0] == QStringLiteral("employee_id"))
                    employee = qint64(condition[2].toDouble());
                else if (condition[0] == QStringLiteral("check_in"))
                    checkIn = condition[2].toString();
            }
            QJsonArray found;
            for (auto it = attendances.cbegin(); it != attendances.cend(); ++it) {
                if (it->employee == employee && it->checkIn == checkIn)
                    found.append(QJsonObject{{QStringLiteral("id"), it.key()}});
            }
            return found;
        }
        if (method == QLatin1String("create")) {
            const QJsonObject values = params.value(QStringLiteral("vals_list")).toArray().first().toObject();
            Record record{qint64(values.value(QStringLiteral("employee_id")).toDouble()),
                          values.value(QStringLiteral("check_in")).toString(),
                          values.value(QStringLiteral("check_out")).toString()};
            if (const QString why = refusal(record, 0); !why.isEmpty())
                return refuse(QStringLiteral("odoo.exceptions.ValidationError"), why);
            attendances.insert(nextId, record);
            return nextId++;
        }
        const qint64 id = qint64(ids.first().toDouble());
        if (!attendances.contains(id))
            return refuse(QStringLiteral("odoo.exceptions.MissingError"), QStringLiteral("Record does not exist"));
        if (method == QLatin1String("unlink")) {
            attendances.remove(id);
            return true;
        }
        if (method == QLatin1String("write")) {
            const QJsonObject values = params.value(QStringLiteral("vals")).toObject();
            Record record = attendances.value(id);
            record.checkIn = values.value(QStringLiteral("check_in")).toString(record.checkIn);
            const QJsonValue out = values.value(QStringLiteral("check_out"));
            record.checkOut = out.isBool() ? QString() : out.toString(record.checkOut);
            if (const QString why = refusal(record, id); !why.isEmpty())
                return refuse(QStringLiteral("odoo.exceptions.ValidationError"), why);
            attendances.insert(id, record);
            return true;
        }
        return refuse(QStringLiteral("ValueError"), QStringLiteral("unexpected method"));
    }

    // hr.attendance's constraints: check_out after check_in, one open record, no overlap.
    QString refusal(const Record &record, qint64 id) const
    {
        if (record.checkIn.isEmpty() || (!record.checkOut.isEmpty() && record.checkOut <= record.checkIn))
            return QStringLiteral("\"Check Out\" time cannot be earlier than \"Check In\" time.");
        for (auto it = attendances.cbegin(); it != attendances.cend(); ++it) {
            if (it.key() == id || it->employee != record.employee)
                continue;
            if (it->checkOut.isEmpty() && record.checkOut.isEmpty())
                return QStringLiteral("Cannot create new attendance record, the employee hasn't checked out");
            const QString otherOut = it->checkOut.isEmpty() ? QStringLiteral("9999") : it->checkOut;
            const QString out = record.checkOut.isEmpty() ? QStringLiteral("9999") : record.checkOut;
            if (record.checkIn < otherOut && it->checkIn < out)
                return QStringLiteral("Cannot create new attendance record, the employee was already checked in");
        }
        return {};
    }

    Answer jsonRpc(const QJsonObject &body)
    {
        const QJsonObject params = body.value(QStringLiteral("params")).toObject();
        const QJsonArray args = params.value(QStringLiteral("args")).toArray();
        if (body.value(QStringLiteral("jsonrpc")) != QStringLiteral("2.0") ||
            params.value(QStringLiteral("service")) != QStringLiteral("object") ||
            params.value(QStringLiteral("method")) != QStringLiteral("execute_kw") || args.size() < 6) {
            malformed.append(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
            return Answer{400, "{}"};
        }
        QJsonObject error;
        QJsonValue result;
        if (args.at(0) != QStringLiteral("punchclock") || args.at(1).toInt() != 2 || args.at(2) != ApiKey) {
            error = {{QStringLiteral("name"), QStringLiteral("odoo.exceptions.AccessDenied")},
                     {QStringLiteral("message"), QStringLiteral("Access Denied")}};
        } else {
            // execute_kw's positional arguments by method, as named parameters.
            const QString method = args.at(4).toString();
            const QJsonArray positional = args.at(5).toArray();
            QJsonObject named = args.size() > 6 ? args.at(6).toObject() : QJsonObject();
            QJsonArray ids;
            if (method == QLatin1String("search_read"))
                named.insert(QStringLiteral("domain"), positional.at(0));
            else if (method == QLatin1String("create"))
                named.insert(QStringLiteral("vals_list"), QJsonArray{positional.at(0)});
            else
                ids = positional.at(0).toArray();
            if (method == QLatin1String("write"))
                named.insert(QStringLiteral("vals"), positional.at(1));
            result = run(args.at(3).toString(), method, ids, named, &error);
        }
        QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                          {QStringLiteral("id"), body.value(QStringLiteral("id"))}};
        if (error.isEmpty())
            reply.insert(QStringLiteral("result"), result);
        else
            reply.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), 200},
                                     {QStringLiteral("message"), QStringLiteral("Odoo Server Error")},
                                     {QStringLiteral("data"), error}});
        return Answer{200, QJsonDocument(reply).toJson(QJsonDocument::Compact)};
    }

    Answer json2(const Request &request, const QJsonObject &body)
    {
        if (request.headers.value("authorization") != "bearer " + ApiKey.toUtf8())
            return Answer{401, R"({"name":"werkzeug.exceptions.Unauthorized","message":"Invalid apikey"})"};
        if (request.headers.value("x-odoo-database") != "punchclock")
            malformed.append(QStringLiteral("no X-Odoo-Database"));
        const QList<QByteArray> path = request.target.mid(8).split('/');
        QJsonObject error;
        QJsonValue result = run(QString::fromUtf8(path.value(0)), QString::fromUtf8(path.value(1)),
                                body.value(QStringLiteral("ids")).toArray(), body, &error);
        if (!error.isEmpty())
            return Answer{422, QJsonDocument(error).toJson(QJsonDocument::Compact)};
        // JSON-2's create answers the list of new ids; a value is sent as it is.
        if (path.value(1) == "create")
            result = QJsonArray{result};
        return Answer{200, QJsonDocument(QJsonArray{result}).toJson(QJsonDocument::Compact).chopped(1).mid(1)};
    }
};

class TestOdooDelivery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DeliverySite> m_site;
    std::unique_ptr<test::RecordingHttpServer> m_server;
    FakeOdoo m_odoo;
    int m_sites = 0;

    qint64 addOdoo(const QString &api, const QJsonObject &extra = {})
    {
        services::DestinationSettings settings;
        settings.name = QStringLiteral("Odoo");
        settings.kind = QStringLiteral("odoo");
        settings.url = QString::fromLatin1(m_server->url("/"));
        settings.options = {{QStringLiteral("api"), api},
                            {QStringLiteral("database"), QStringLiteral("punchclock")},
                            {QStringLiteral("user_id"), 2}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            settings.options.insert(it.key(), it.value());
        settings.secret = ApiKey;
        settings.sendsCorrections = true;
        return m_site->add(settings);
    }

    void deliver(qint64 destination, qint64 delivered)
    {
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_COMPARE_WITH_TIMEOUT(m_site->backlog(destination).delivered + m_site->backlog(destination).parked +
                                      m_site->backlog(destination).failed,
                                  delivered, 10000);
        deliverer.stop();
    }

    // The records as "employee check_in→check_out", by id.
    QStringList records() const
    {
        QStringList shown;
        for (const FakeOdoo::Record &record : m_odoo.attendances)
            shown.append(QStringLiteral("%1 %2→%3").arg(record.employee).arg(record.checkIn, record.checkOut));
        return shown;
    }

private slots:
    void init()
    {
        m_site = std::make_unique<test::DeliverySite>(QStringLiteral("odoo-%1").arg(++m_sites));
        // Berlin is UTC+1 in December: Odoo's times are UTC.
        QVERIFY(storage::SettingsRepository(m_site->db())
                    .setValue(QLatin1String(storage::SettingsRepository::SiteTimeZoneKey),
                              QStringLiteral("Europe/Berlin")));
        m_server = std::make_unique<test::RecordingHttpServer>();
        m_odoo = FakeOdoo();
        m_server->setHandler([this](const Request &request) { return m_odoo.answer(request); });
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_server.reset();
        m_site.reset();
    }

    void anArrivalOpensARecordAndTheDepartureClosesIt_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("JSON-RPC (Odoo 17, 18)") << QStringLiteral("jsonrpc");
        QTest::newRow("JSON-2 (Odoo 19)") << QStringLiteral("json2");
    }

    void anArrivalOpensARecordAndTheDepartureClosesIt()
    {
        QFETCH(QString, api);
        const qint64 odoo = addOdoo(api);
        QVERIFY(odoo > 0);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        deliver(odoo, 1);
        QCOMPARE(records(), QStringList{QStringLiteral("12 2026-12-01 07:00:00→")});
        const qint64 record = m_odoo.attendances.firstKey();

        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 17:00:00"), QStringLiteral("out")));
        deliver(odoo, 2);
        QCOMPARE(records(), QStringList{QStringLiteral("12 2026-12-01 07:00:00→2026-12-01 16:00:00")});
        QCOMPARE(m_odoo.attendances.firstKey(), record); // the same record, closed
        QCOMPARE(m_odoo.malformed, QStringList{});
        QVERIFY(m_odoo.calls.contains(QStringLiteral("hr.attendance.write")));
        if (api == QLatin1String("json2")) {
            QCOMPARE(m_server->requests().last().target, QByteArray("/json/2/hr.attendance/write"));
            QCOMPARE(m_server->requests().last().headers.value("authorization"), "bearer " + ApiKey.toUtf8());
        } else {
            QCOMPARE(m_server->requests().last().target, QByteArray("/jsonrpc"));
        }
    }

    void aCorrectionChangesTheRecordAndAVoidRemovesIt()
    {
        const qint64 odoo = addOdoo(QStringLiteral("jsonrpc"));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 12:00:00"), QStringLiteral("out")));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 13:00:00"), QStringLiteral("in")));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 17:00:00"), QStringLiteral("out")));
        deliver(odoo, 4);
        QCOMPARE(records(), (QStringList{QStringLiteral("12 2026-12-01 07:00:00→2026-12-01 11:00:00"),
                                         QStringLiteral("12 2026-12-01 12:00:00→2026-12-01 16:00:00")}));

        // The departure was at 18:00, not 17:00.
        const QList<storage::OutboxRow> punches = m_site->events(odoo);
        const qint64 departure = punches.first().subjectId; // newest first: the 17:00 punch
        QVERIFY(storage::PunchCorrectionRepository(m_site->db())
                    .movePunch(departure, protocol::walltime::fromStorage(QStringLiteral("2026-12-01 18:00:00")),
                               QStringLiteral("out"), QStringLiteral("stayed late"), QStringLiteral("anna")));
        deliver(odoo, 5);
        QCOMPARE(records(), (QStringList{QStringLiteral("12 2026-12-01 07:00:00→2026-12-01 11:00:00"),
                                         QStringLiteral("12 2026-12-01 12:00:00→2026-12-01 17:00:00")}));

        // The lunch punches were a mistake: one interval from 08:00 to 18:00 is left.
        for (const storage::OutboxRow &row : punches.mid(1, 2))
            QVERIFY(storage::PunchCorrectionRepository(m_site->db())
                        .voidPunch(row.subjectId, QStringLiteral("no lunch break taken"), QStringLiteral("anna")));
        deliver(odoo, 7);
        QCOMPARE(records(), QStringList{QStringLiteral("12 2026-12-01 07:00:00→2026-12-01 17:00:00")});
        QCOMPARE(m_odoo.malformed, QStringList{});
    }

    // Voiding the lunch punches of a day of three intervals moves two records at once: done one
    // by one, the first would land on the second's place and Odoo would refuse the overlap.
    void aMiddleIntervalRemovedLeavesOdooConsistent()
    {
        const qint64 odoo = addOdoo(QStringLiteral("jsonrpc"));
        const QStringList times{QStringLiteral("08:00"), QStringLiteral("10:00"), QStringLiteral("10:30"),
                                QStringLiteral("12:00"), QStringLiteral("13:00"), QStringLiteral("17:00")};
        for (int i = 0; i < times.size(); ++i)
            QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 %1:00").arg(times.at(i)),
                                  i % 2 ? QStringLiteral("out") : QStringLiteral("in")));
        deliver(odoo, 6);
        QCOMPARE(records().size(), 3);
        // The first pair (08:00–10:00) was a test of the terminal.
        const QList<storage::OutboxRow> punches = m_site->events(odoo); // newest first
        for (const storage::OutboxRow &row : punches.mid(4, 2))
            QVERIFY(storage::PunchCorrectionRepository(m_site->db())
                        .voidPunch(row.subjectId, QStringLiteral("a test"), QStringLiteral("anna")));
        deliver(odoo, 8);
        QCOMPARE(m_site->backlog(odoo).failed, 0);
        QCOMPARE(records(), (QStringList{QStringLiteral("12 2026-12-01 09:30:00→2026-12-01 11:00:00"),
                                         QStringLiteral("12 2026-12-01 12:00:00→2026-12-01 16:00:00")}));
    }

    // A correction revoked: Odoo shows the day as it was before the correction.
    void aRevokedCorrectionIsUndoneInOdoo()
    {
        const qint64 odoo = addOdoo(QStringLiteral("jsonrpc"));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        storage::PunchCorrectionRepository corrections(m_site->db());
        const std::optional<qint64> added = corrections.addPunch(
            QStringLiteral("7"), protocol::walltime::fromStorage(QStringLiteral("2026-12-01 17:00:00")),
            QStringLiteral("out"), test::DeliverySite::Terminal, QStringLiteral("forgot"), QStringLiteral("anna"));
        QVERIFY(added);
        deliver(odoo, 2);
        QCOMPARE(records(), QStringList{QStringLiteral("12 2026-12-01 07:00:00→2026-12-01 16:00:00")});
        QVERIFY(corrections.revoke(*added, QStringLiteral("was a mistake"), QStringLiteral("anna")));
        deliver(odoo, 3);
        QCOMPARE(records(), QStringList{QStringLiteral("12 2026-12-01 07:00:00→")});
    }

    // Odoo made the record but its answer was lost (a timeout, a kill): the record is adopted,
    // not made twice; and one removed in Odoo meanwhile is made again.
    void aRecordOdooAlreadyHasIsAdoptedAndOneRemovedThereIsMadeAgain()
    {
        const qint64 odoo = addOdoo(QStringLiteral("jsonrpc"));
        m_odoo.attendances.insert(77, {12, QStringLiteral("2026-12-01 07:00:00"), QString()});
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        deliver(odoo, 1);
        QCOMPARE(m_odoo.attendances.keys(), QList<qint64>{77});

        m_odoo.attendances.clear(); // someone removed it in Odoo
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 17:00:00"), QStringLiteral("out")));
        deliver(odoo, 2);
        QCOMPARE(m_site->backlog(odoo).failed, 0);
        QCOMPARE(records(), QStringList{QStringLiteral("12 2026-12-01 07:00:00→2026-12-01 16:00:00")});
    }

    void anUnknownEmployeeIsParkedAndAMapFindsOthers()
    {
        const qint64 odoo = addOdoo(QStringLiteral("jsonrpc"));
        QVERIFY(m_site->punch(QStringLiteral("99"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        deliver(odoo, 1);
        const QList<storage::OutboxRow> parked = m_site->events(odoo, OutboxStatus::Parked);
        QCOMPARE(parked.size(), 1);
        QVERIFY2(parked.first().lastError.startsWith(QStringLiteral("Odoo has no employee whose barcode is 99")),
                 qPrintable(parked.first().lastError));
        QCOMPARE(records(), QStringList{});
    }

    void anEmployeeMapNeedsNoSearch()
    {
        const qint64 odoo = addOdoo(QStringLiteral("json2"),
                                    {{QStringLiteral("employee_match"), QStringLiteral("map")},
                                     {QStringLiteral("employee_map"), QJsonObject{{QStringLiteral("7"), 40}}}});
        QVERIFY(odoo > 0);
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        deliver(odoo, 1);
        QCOMPARE(records(), QStringList{QStringLiteral("40 2026-12-01 07:00:00→")});
        QVERIFY(!m_odoo.calls.contains(QStringLiteral("hr.employee.search_read")));
    }

    void refusedCredentialsHoldTheQueue()
    {
        const qint64 odoo = addOdoo(QStringLiteral("json2"));
        QVERIFY(m_site->punch(QStringLiteral("7"), QStringLiteral("2026-12-01 08:00:00"), QStringLiteral("in")));
        m_server->setHandler([](const Request &) {
            return Answer{401, R"({"name":"werkzeug.exceptions.Unauthorized","message":"Invalid apikey"})"};
        });
        integrations::OutboxDeliverer deliverer(m_site->config());
        deliverer.start(test::quickDeliveries(m_site->keyFile()));
        QTRY_VERIFY(
            m_site->destination(odoo).lastError.startsWith(QStringLiteral("HTTP 401: the credentials were refused")));
        deliverer.stop();
        QCOMPARE(m_site->backlog(odoo).pending, 1);
    }
};

QTEST_GUILESS_MAIN(TestOdooDelivery)
#include "tst_odoodelivery.moc"
