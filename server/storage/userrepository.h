#pragma once

#include "userenrollment.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace punchclock::storage {

struct UserRow
{
    QString userId;
    QString name;
    QString privilege;
    bool enabled = true;
    bool hasPhoto = false;
    int fingers = 0;
    bool face = false;
    bool card = false;
    bool password = false;
    QStringList terminals; // dev_ids holding the user
    QDateTime updatedAt;   // UTC
};

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    // Creates or updates the user and each credential by backup_number, and records that the
    // terminal holds the user. Credentials not mentioned are kept: a terminal reports changes.
    bool applyEnrollment(const QString &devId, const protocol::UserEnrollment &user);

    QList<UserRow> list() const;
    QByteArray credential(const QString &userId, int backupNumber) const;

private:
    QSqlDatabase m_db;
};

} // namespace punchclock::storage
