#include "changenotices.h"

#include "sqlsupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace punchclock::storage {

namespace {

constexpr char triggerName[] = "punchclock_change_notice";
// Short enough for "within 1 s", long enough to make one refresh of a burst of commits.
constexpr int gatherMs = 150;

QStringList tablesWithoutTrigger(QSqlQuery &query)
{
    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE c.relkind = 'r' AND n.nspname = current_schema() AND NOT EXISTS "
                                   "(SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = '%1') "
                                   "ORDER BY c.relname")
                        .arg(QLatin1String(triggerName))))
        return {};
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

} // namespace

bool ChangeNotices::install(QSqlDatabase db, QString *error)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return true;
    QSqlQuery query(db);
    const QStringList missing = tablesWithoutTrigger(query);
    if (query.lastError().isValid()) {
        *error = QStringLiteral("Cannot set up change notices: %1").arg(query.lastError().text());
        return false;
    }
    if (missing.isEmpty())
        return true;

    // Two servers starting together: the lock makes the second wait, and find nothing to do.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList statements{
        QStringLiteral("LOCK TABLE schema_version IN SHARE ROW EXCLUSIVE MODE"),
        QStringLiteral("CREATE OR REPLACE FUNCTION punchclock_notify_change() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(QLatin1String(Channel))};
    bool ok = true;
    for (const QString &sql : statements)
        ok = ok && query.exec(sql);
    for (const QString &table : ok ? tablesWithoutTrigger(query) : QStringList()) {
        ok = ok &&
            query.exec(QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"%2\" "
                                      "FOR EACH STATEMENT EXECUTE FUNCTION punchclock_notify_change()")
                           .arg(QLatin1String(triggerName), table));
    }
    if (!ok || !db.commit()) {
        *error = QStringLiteral("Cannot set up change notices: %1").arg(query.lastError().text() + db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

ChangeListener::ChangeListener(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMs);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_pending, {});
        Q_EMIT tablesChanged(tables);
    });
}

ChangeListener::~ChangeListener()
{
    if (m_listening && m_db.isOpen())
        m_db.driver()->unsubscribeFromNotification(QLatin1String(ChangeNotices::Channel));
}

bool ChangeListener::listen()
{
    if (m_listening)
        return true;
    QSqlDriver *driver = m_db.driver();
    if (m_db.driverName() != QLatin1String("QPSQL") || !driver ||
        !driver->subscribeToNotification(QLatin1String(ChangeNotices::Channel))) {
        if (driver && m_db.driverName() == QLatin1String("QPSQL"))
            qCWarning(lcStorage) << "cannot listen for changes:" << driver->lastError().text();
        return false;
    }
    if (!m_connected) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    noticed(name, payload);
                });
        m_connected = true;
    }
    m_listening = true;
    return true;
}

bool ChangeListener::listenAgain()
{
    m_listening = false;
    return listen();
}

void ChangeListener::noticed(const QString &channel, const QVariant &payload)
{
    if (channel != QLatin1String(ChangeNotices::Channel))
        return;
    m_pending.insert(payload.toString());
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace punchclock::storage
