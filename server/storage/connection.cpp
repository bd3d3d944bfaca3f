#include "connection.h"

#include "changenotices.h"
#include "migrator.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace punchclock::storage {

namespace {

std::atomic<int> connectionCounter{0};

bool applySqlitePragmas(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // busy_timeout first: another process (CLI next to a running console) may hold the lock.
    for (const char *pragma : {"PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
        if (!query.exec(QLatin1String(pragma))) {
            *error = QStringLiteral("%1: %2").arg(QLatin1String(pragma), query.lastError().text());
            return false;
        }
    }
    return true;
}

// Every session the same, whatever the server's or the role's defaults: timestamps are written
// and compared as UTC text, and the migrations' '\x00' byte literal needs standard strings.
// Notices stay out of the log (libpq prints them on stderr): every start would otherwise report
// that the migrator's "CREATE TABLE IF NOT EXISTS schema_version" found the table.
bool applyPostgresSessionSettings(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    for (const char *setting : {"SET TIME ZONE 'UTC'", "SET standard_conforming_strings = on",
                                "SET client_min_messages = warning"}) {
        if (!query.exec(QLatin1String(setting))) {
            *error = QStringLiteral("%1: %2").arg(QLatin1String(setting), query.lastError().text());
            return false;
        }
    }
    return true;
}

// libpq's own keywords. No password here: libpq reads ~/.pgpass or PGPASSFILE itself when the
// server asks for one, or takes the one typed at a prompt (DatabaseConfig::password). A bounded connect timeout, so that an unreachable server is an error.
QString postgresConnectOptions(const DatabaseConfig &config)
{
    QStringList options{QStringLiteral("connect_timeout=10")};
    // Which program and thread a session is, for pg_stat_activity and the server's log
    // (log_line_prefix %a): "punchclock/punchclock-engine", "punchclock/main".
    QString thread = QThread::currentThread()->objectName();
    if (thread.isEmpty())
        thread = QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()
            ? QStringLiteral("main")
            : QStringLiteral("worker");
    QString application = QCoreApplication::applicationName() + QLatin1Char('/') + thread;
    application.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./-]")), QStringLiteral("_"));
    options << QStringLiteral("application_name=") + application.left(63);
    if (!config.sslmode.isEmpty())
        options << QStringLiteral("sslmode=") + config.sslmode;
    return options.join(QLatin1Char(';'));
}

// The data folder it creates is the owner's alone (0700); one that exists stays as it is.
bool makeDataFolder(const QString &folder, QString *error)
{
    if (QFileInfo::exists(folder))
        return true;
    const bool made = QDir().mkpath(QFileInfo(folder).absolutePath()) && QDir().mkdir(folder) &&
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!made)
        *error = QStringLiteral("Cannot create the data folder %1").arg(folder);
    return made;
}

} // namespace

Connection::Connection(DatabaseConfig config, QString name)
    : m_config(std::move(config))
    , m_name(std::move(name))
{
}

Connection::~Connection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Connection> Connection::open(const DatabaseConfig &config, QString *error)
{
    const QString name = QStringLiteral("punchclock-%1").arg(connectionCounter.fetch_add(1));
    std::unique_ptr<Connection> connection(new Connection(config, name));

    if (!QSqlDatabase::isDriverAvailable(config.driver)) {
        *error = config.isPostgres()
            ? QStringLiteral("PostgreSQL support is not installed (the Qt QPSQL driver: on Debian, libqt6sql6-psql).")
            : QStringLiteral("The Qt database driver %1 is not installed.").arg(config.driver);
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(config.driver, name);
    const bool sqlite = config.driver == QLatin1String("QSQLITE");
    const bool newFile = sqlite && !QFileInfo::exists(config.path);
    if (sqlite && !makeDataFolder(QFileInfo(config.path).absolutePath(), error))
        return nullptr;
    db.setDatabaseName(config.path);
    if (config.isPostgres()) {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setConnectOptions(postgresConnectOptions(config));
    }
    if (!db.open()) {
        *error = QStringLiteral("Cannot open the database %1: %2").arg(config.displayName(), db.lastError().text());
        return nullptr;
    }
    // Whoever can write the file can do anything with it (docs/security.md): a new one is the
    // owner's alone. SQLite gives its -wal and -shm files the same permissions. An existing
    // file keeps what its administrator gave it (a group, for sharing).
    if (newFile && !QFile::setPermissions(config.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("Cannot restrict the permissions of %1").arg(config.path);
        return nullptr;
    }
    if (sqlite && !applySqlitePragmas(db, error))
        return nullptr;
    if (config.isPostgres() && !applyPostgresSessionSettings(db, error))
        return nullptr;

    const Migrator::Result migrated = Migrator(db).migrate();
    if (!migrated.ok) {
        *error = migrated.message;
        return nullptr;
    }
    if (!ChangeNotices::install(db, error))
        return nullptr;
    return connection;
}

bool Connection::answers() const
{
    const QSqlDatabase db = database();
    return db.isOpen() && QSqlQuery(db).exec(QStringLiteral("SELECT 1"));
}

bool Connection::ensureConnected(QString *error, bool *reopened)
{
    *reopened = false;
    if (!m_config.isPostgres())
        return true;
    if (answers())
        return true;
    QSqlDatabase db = database();
    db.close();
    if (!db.open()) {
        *error = QStringLiteral("Cannot open the database %1: %2").arg(m_config.displayName(), db.lastError().text());
        return false;
    }
    if (!applyPostgresSessionSettings(db, error)) {
        db.close();
        return false;
    }
    qCInfo(lcStorage) << "connection to" << m_config.displayName() << "opened again";
    *reopened = true;
    return true;
}

bool Connection::wantsPassword(const QString &openError)
{
    // libpq's messages, untranslated when lc_messages is C (the default of a new cluster).
    return openError.contains(QLatin1String("no password supplied")) ||
        openError.contains(QLatin1String("password authentication failed"));
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace punchclock::storage
