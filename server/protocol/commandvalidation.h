#pragma once

#include "commandparameters.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Field rules shared by the typed command builders and the JSON entry (protocol.md §6, §9).
// Each check answers ParameterError::None or the error; the caller knows the field name.
namespace punchclock::protocol::commandvalidation {

ParameterError checkUserId(const QString &userId);

// A credential kind a terminal stores under this number; 15 is only the vendor UI's name for the
// user photo, which travels as user_photo.
ParameterError checkBackupNumber(qint64 backupNumber);

// Templates are opaque; passwords (10) and cards (11) are ASCII digits. One trailing NUL is
// tolerated because the vendor admin UI appends it (protocol.md §6, SET_USER_INFO).
ParameterError checkCredentialData(int backupNumber, const QByteArray &data);
bool passwordMayBeTooLong(int backupNumber, const QByteArray &data);

ParameterError checkPrivilege(const QString &privilege);

// Names: SET_FK_NAME takes printable ASCII only; user names are UTF-8 and may be empty only in
// SET_USER_INFO. Neither may carry control characters, which firmware C strings mishandle. A
// user name has at most MaxUserNameLength characters (code points).
ParameterError checkTerminalName(const QString &name);
enum class EmptyName { Allowed, Rejected };
ParameterError checkUserName(const QString &name, EmptyName empty);
// A name as a terminal sent it, cut to MaxUserNameLength characters: terminals keep far fewer,
// so only a misbehaving one reaches the cap, and its name must not break the console's layouts.
QString clampedUserName(const QString &name);
bool nameMayBeTruncated(const QString &name);

ParameterError checkServerAddress(const QString &ipv4);
ParameterError checkPort(qint64 port);

// "YYYYMMDDhhmmss", or empty when the wall time is invalid or has no 14-digit form.
QString protocolTime(const QDateTime &wallTime);
// Exactly 14 ASCII digits forming a real date and time.
bool isProtocolTime(const QString &text);

} // namespace punchclock::protocol::commandvalidation
