// `punchclock serve` killed with SIGKILL in the middle of delivering punches to Frappe HR,
// then started again: every punch ends up a check-in there exactly once, and at most the one
// request that was waiting for its answer at the kill is sent twice.

#include "faultrig.h"

#include "deliverysite.h"
#include "recordinghttpserver.h"

#include <QSet>
#include <QUrlQuery>

using namespace punchclock;
using Answer = test::RecordingHttpServer::Answer;
using Request = test::RecordingHttpServer::Request;

class TestDeliveryKill : public QObject
{
    Q_OBJECT

private slots:
    void everyPunchIsACheckinOnceAfterAKill()
    {
        constexpr int Punches = 120;
        test::DeliverySite site(QStringLiteral("kill"));
        test::RecordingHttpServer frappe;
        QStringList checkins; // "employee|timestamp", in the order stored
        int repeats = 0;
        frappe.setHandler([&](const Request &request) {
            const QUrlQuery form(QString::fromUtf8(request.body));
            const QString checkin = form.queryItemValue(QStringLiteral("employee_field_value")) + QLatin1Char('|') +
                                    form.queryItemValue(QStringLiteral("timestamp"));
            Answer answer;
            answer.delayMs = 15; // a site a network away
            if (checkins.contains(checkin)) {
                ++repeats;
                answer.status = 417;
                answer.body = R"({"exc_type":"ValidationError","exception":"frappe.exceptions.ValidationError: )"
                              R"(This employee already has a log with the same timestamp."})";
            } else {
                checkins.append(checkin);
                answer.body = R"({"message":{"doctype":"Employee Checkin"}})";
            }
            return answer;
        });
        QVERIFY(frappe.listen());
        services::DestinationSettings settings;
        settings.name = QStringLiteral("Frappe HR");
        settings.kind = QStringLiteral("erpnext");
        settings.url = QString::fromLatin1(frappe.url(""));
        settings.options = {{QStringLiteral("api_key"), QStringLiteral("key-1")}};
        settings.secret = QStringLiteral("secret-1");
        const qint64 hr = site.add(settings);
        QVERIFY(hr > 0);
        for (int i = 0; i < Punches; ++i) {
            const QString time = QStringLiteral("2026-12-01 %1:%2:00")
                                     .arg(8 + i / 60, 2, 10, QLatin1Char('0'))
                                     .arg(i % 60, 2, 10, QLatin1Char('0'));
            QVERIFY(site.punch(QString::number(100 + i % 7), time));
        }

        {
            test::ServeProcess first(site.databaseArgument(), site.path(QStringLiteral("serve-1.log")));
            QVERIFY2(first.start(), qPrintable(first.log()));
            QTRY_VERIFY_WITH_TIMEOUT(checkins.size() >= Punches / 3, 30000);
            first.kill();
        }
        const qint64 deliveredBeforeKill = site.backlog(hr).delivered;
        // What was stored there was written down as it went: at most the last answer is lost.
        QVERIFY2(deliveredBeforeKill >= checkins.size() - 1,
                 qPrintable(QStringLiteral("%1 of %2").arg(deliveredBeforeKill).arg(checkins.size())));
        QVERIFY(deliveredBeforeKill < Punches);

        // Started again at once: the lease of the killed process does not hold it up.
        test::ServeProcess second(site.databaseArgument(), site.path(QStringLiteral("serve-2.log")));
        QVERIFY2(second.start(), qPrintable(second.log()));
        QTRY_COMPARE_WITH_TIMEOUT(site.backlog(hr).delivered, qint64(Punches), 20000);

        QCOMPARE(checkins.size(), Punches);
        QCOMPARE(QSet<QString>(checkins.cbegin(), checkins.cend()).size(), Punches);
        QVERIFY2(repeats <= 1, qPrintable(QString::number(repeats)));
        QCOMPARE(frappe.requests().size(), Punches + repeats);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryKill)
#include "tst_deliverykill.moc"
