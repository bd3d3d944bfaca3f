#pragma once

#include "codetables.h"
#include "recordlibrary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace punchclock::protocol {

// One entry of a GET_USER_ID_LIST result: a user as a terminal holds it.
struct UserIdRecord
{
    QString userId;
    int privilegeByte = 0;
    Privilege privilege = Privilege::User;
    bool enabled = true;
    CredentialFlags credentials;
    int backupNumber = -1; // HS100/HS200 list one record per enrolled item
};

struct DecodedUserIdRecords
{
    enum class Error {
        None,
        UnknownLibrary,
        RecordSizeMismatch,
        Truncated,
    };

    QList<UserIdRecord> records;
    int invalidRecords = 0;
    Error error = Error::None;
};

DecodedUserIdRecords decodeUserIdRecords(RecordLibrary library, const QByteArray &data, int count,
                                         int recordSize);
QByteArray encodeUserIdRecord(RecordLibrary library, const UserIdRecord &record);

} // namespace punchclock::protocol
