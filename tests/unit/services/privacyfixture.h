#pragma once

#include "actor.h"
#include "connection.h"
#include "terminalrepository.h"
#include "testdatabase.h"
#include "userenrollment.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

// What the privacy tests share: a database with two approved terminals, people enrolled with
// every kind of credential, and actors of each role.
namespace privacyfixture {

using namespace punchclock;

inline const QString devA = QStringLiteral("A000000000000001");
inline const QString devB = QStringLiteral("B000000000000002");
inline const QByteArray photoJpeg("\xFF\xD8\xFF\xE0 a face, for the record");

// Two fingers, the password, the card, the face and a palm, each with data of its own.
inline protocol::UserEnrollment person(const QString &userId, const QString &name)
{
    protocol::UserEnrollment user;
    user.userId = userId;
    user.name = name;
    user.privilegeName = QStringLiteral("USER");
    user.photo = photoJpeg;
    for (int backupNumber : {0, 1, 10, 11, 12, 13})
        user.credentials.append(
            {backupNumber, QByteArray("template-of-") + userId.toUtf8() + '-' + QByteArray::number(backupNumber)});
    return user;
}

inline services::Actor operatorWith(services::Role role)
{
    services::Actor actor;
    actor.kind = services::ActorKind::Operator;
    actor.name = services::roleName(role);
    actor.origin = QStringLiteral("console on test");
    actor.role = role;
    return actor;
}

// A new database file, with both terminals approved.
inline std::unique_ptr<storage::Connection> openDatabase(const QString &path)
{
    QString error;
    auto connection = storage::Connection::open(test::testDatabaseConfig(path), &error);
    if (!connection)
        return nullptr;
    storage::TerminalRepository terminals(connection->database());
    for (const QString &devId : {devA, devB}) {
        if (!terminals.recordContact({devId, QStringLiteral("192.0.2.10"), storage::Approval::Approved, {}}))
            return nullptr;
    }
    return connection;
}

// A new database for each test function, in a folder that lasts the whole test program.
class TestDatabases
{
public:
    bool open()
    {
        m_connection = openDatabase(m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(++m_opened)));
        return m_connection != nullptr;
    }
    void close() { m_connection.reset(); }

    QSqlDatabase db() const { return m_connection->database(); }
    const storage::DatabaseConfig &config() const { return m_connection->config(); }
    // A path in the folder, unique to the database open now.
    QString path(const QString &name) const { return m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(m_opened)); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Connection> m_connection;
    int m_opened = 0;
};

// The first column of the first row, or an invalid QVariant.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

inline bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

inline QString inactiveSince(const QSqlDatabase &db, const QString &userId)
{
    return scalar(db, QStringLiteral("SELECT inactive_since FROM users WHERE user_id = ?"), {userId}).toString();
}

inline bool setInactiveSince(const QSqlDatabase &db, const QString &userId, const QDateTime &utc)
{
    return run(db, QStringLiteral("UPDATE users SET inactive_since = ? WHERE user_id = ?"),
               {utc.toUTC().toString(Qt::ISODateWithMs), userId});
}

inline int count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return scalar(db, sql, values).toInt();
}

// A punch of the user at a terminal; its id, or 0.
inline qint64 punch(const QSqlDatabase &db, const QString &userId, const QString &devId, const QString &ioTime,
                    const QString &direction)
{
    if (!run(
            db,
            QStringLiteral("INSERT INTO punches (dev_id, user_id, io_time, direction, source, received_at, counted_at) "
                           "VALUES (?, ?, ?, ?, 'realtime', ?, ?)"),
            {devId, userId, ioTime, direction, QStringLiteral("2026-03-02T08:00:00.000Z"),
             QStringLiteral("2026-03-02T08:00:00.000Z")}))
        return 0;
    return scalar(db, QStringLiteral("SELECT id FROM punches WHERE user_id = ? AND io_time = ? AND dev_id = ?"),
                  {userId, ioTime, devId})
        .toLongLong();
}

} // namespace privacyfixture
