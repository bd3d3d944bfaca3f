#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace punchclock::storage {

// A user who is disabled or on no terminal (users.inactive_since), with what is stored of them.
struct InactiveUser
{
    QString userId;
    QString name;
    QDateTime inactiveSince;  // UTC
    QList<int> backupNumbers; // every stored credential, in order
    bool photo = false;
    int punchPhotos = 0; // photos terminals took at their punches
};

struct PunchPhoto
{
    qint64 punchId = 0;
    QByteArray image;
};

// What the store holds about one person, read for an export of their data, and the inactive
// users biometric retention looks at. Rows come as JSON objects keyed by column name, binary
// data base64-encoded, so that a column added later is exported without a change here.
class PersonalDataReader
{
public:
    explicit PersonalDataReader(QSqlDatabase db);

    QList<InactiveUser> inactiveUsers() const;

    // The user's row with their department's name, without the photo; nullopt if unknown.
    std::optional<QJsonObject> user(const QString &userId) const;
    QJsonArray credentials(const QString &userId) const; // with their data
    QJsonArray memberships(const QString &userId) const; // the terminals holding them
    QJsonArray credentialHistory(const QString &userId) const;
    QJsonArray terminalCredentials(const QString &userId) const; // which terminal holds which credential
    QJsonArray statusChanges(const QString &userId) const;       // disabled and enabled again, from when
    QJsonArray enrollmentRequests(const QString &userId) const;  // remote enrollments asked for them
    // The terminals' administrator logs where they are the user concerned or the manager.
    QJsonArray keypadActivity(const QString &userId) const;
    QJsonArray punches(const QString &userId) const; // oldest first, has_photo for each
    QList<PunchPhoto> punchPhotos(const QString &userId) const;
    QJsonArray corrections(const QString &userId) const;
    QJsonArray leaveDays(const QString &userId) const;
    // {"weekly": their own week from the start, "changes": from dates on, each with its "days"}
    QJsonObject schedule(const QString &userId) const;
    // Records about the user and about their punches, with old and new values as objects.
    QJsonArray auditRecords(const QString &userId) const;

    // Whether every read so far succeeded: an export must not look complete when it is not.
    bool ok() const { return !m_failed; }

    // A UTC time as stored: utcNowText()'s ISO 8601, or CURRENT_TIMESTAMP's text as migrations
    // write it (no 'T'; no zone on SQLite, which means UTC; an offset on PostgreSQL).
    static QDateTime utcFromText(const QString &text);

private:
    // binaryColumns are base64 whatever type SQLite gives them; any other BLOB is as well.
    QJsonArray rows(const QString &sql, const QVariantList &values, const QStringList &binaryColumns = {}) const;

    QSqlDatabase m_db;
    mutable bool m_failed = false;
};

} // namespace punchclock::storage
