#include "displayformat.h"
#include "reportcellformat.h"
#include "reporttexts.h"
#include "servertexts.h"
#include "translationloader.h"

#include "commanddispatcher.h"
#include "connection.h"
#include "jobrepository.h"
#include "serverhost.h"
#include "terminalrepository.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace punchclock;

namespace {

// Stands for a translated catalogue: the .ts files are translated after the strings exist.
class SpanishServerTexts : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ServerTexts") != 0)
            return {};
        const QHash<QByteArray, QString> spanish{
            {"automatic clock sync", QStringLiteral("ajuste automático del reloj")},
            {"queued by %1", QStringLiteral("en cola por %1")},
            {"Cannot listen on %1:%2: %3", QStringLiteral("No se puede escuchar en %1:%2: %3")},
        };
        return spanish.value(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// Dates in the console's language, and the server's English words in it, with the real
// translation loader, a real SQLite job history and the real server's start-up error.
class tst_LocalizedTexts : public QObject
{
    Q_OBJECT

private:
    const QDate sunday{2026, 12, 6};

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void datesInSpanish()
    {
        QCOMPARE(ui::TranslationLoader::install(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QLocale().toString(sunday, QLocale::LongFormat), QStringLiteral("domingo, 6 de diciembre de 2026"));
        QCOMPARE(ui::DisplayFormat::wallTime(QDateTime(sunday, QTime(14, 5, 9))), QStringLiteral("6/12/26 14:05:09"));
        QCOMPARE(ui::ReportTexts::date(sunday), QStringLiteral("6/12/2026"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 9), QStringLiteral("d MMM")), QStringLiteral("9 nov"));
    }

    void datesInChinese()
    {
        QCOMPARE(ui::TranslationLoader::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().toString(sunday, QLocale::LongFormat), QStringLiteral("2026年12月6日星期日"));
        QCOMPARE(ui::DisplayFormat::timeWithSeconds(QTime(9, 5, 7)), QStringLiteral("09:05:07"));
        QCOMPARE(ui::ReportTexts::date(sunday), QStringLiteral("2026/12/6"));
    }

    // The system's variant of the chosen language keeps its region; another system's does not leak in.
    void theLocaleFollowsTheLanguage()
    {
        QCOMPARE(ui::TranslationLoader::localeFor(QStringLiteral("es"), QLocale(QStringLiteral("es_MX"))).name(),
                 QStringLiteral("es_MX"));
        QCOMPARE(ui::TranslationLoader::localeFor(QStringLiteral("es"), QLocale(QStringLiteral("en_US"))).name(),
                 QStringLiteral("es_ES"));
        QCOMPARE(ui::TranslationLoader::localeFor(QStringLiteral("zh_CN"), QLocale::c()).name(),
                 QStringLiteral("zh_CN"));
        QCOMPARE(ui::TranslationLoader::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("en_GB"))).name(),
                 QStringLiteral("en_GB"));
    }

    void theServersWordsAreTranslated()
    {
        SpanishServerTexts spanish;
        QCoreApplication::installTranslator(&spanish);

        QTemporaryDir dir;
        QString error;
        const auto db = storage::Connection::open(
            storage::DatabaseConfig::sqlite(dir.filePath(QStringLiteral("t.sqlite"))), &error);
        QVERIFY2(db, qPrintable(error));
        const QString devId = QStringLiteral("F000000000000001");
        QVERIFY(storage::TerminalRepository(db->database())
                    .recordContact({devId, QStringLiteral("10.0.0.2"), storage::Approval::Approved, {}}));
        storage::NewJob job;
        job.devId = devId;
        job.commandCode = QStringLiteral("SET_TIME");
        job.queuedBy = QLatin1String(engine::CommandDispatcher::ClockSyncQueuedBy);
        const std::optional<qint64> id = storage::JobRepository(db->database()).enqueue(job);
        QVERIFY(id);
        const QList<storage::JobEvent> events = storage::JobRepository(db->database()).events(*id);
        QVERIFY(!events.isEmpty());
        QCOMPARE(ui::ServerTexts::jobEventDetail(events.first().detail),
                 QStringLiteral("en cola por ajuste automático del reloj"));
        QCOMPARE(ui::ServerTexts::queuedBy(job.queuedBy), QStringLiteral("ajuste automático del reloj"));
        QCOMPARE(ui::ServerTexts::queuedBy(QStringLiteral("anna")), QStringLiteral("anna"));

        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        http::ServerHost server(db->config());
        http::ServerOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = holder.serverPort();
        QVERIFY(!server.start(options, &error));
        const QString translated = ui::ServerTexts::serverError(error);
        QVERIFY2(
            translated.startsWith(QStringLiteral("No se puede escuchar en 127.0.0.1:%1: ").arg(holder.serverPort())),
            qPrintable(translated));
        QCOMPARE(ui::ServerTexts::serverError(QStringLiteral("database is locked")),
                 QStringLiteral("database is locked"));
        QCoreApplication::removeTranslator(&spanish);
    }
};

QTEST_MAIN(tst_LocalizedTexts)
#include "tst_localizedtexts.moc"
