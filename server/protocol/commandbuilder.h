#pragma once

#include "commandparameters.h"
#include "protocolcodes.h"
#include "userenrollment.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Validating builders for the commands of protocol.md §6 and the few met beside them. Every builder checks each field
// before anything is framed: a terminal answers a bad parameter with "Error", with silence, or
// by doing something else (§11.7), so mistakes have to be caught while the operator is present.
namespace punchclock::protocol {

// The generic entry of the CLI (`send DEV CMD --param JSON --bin FILE…`) and the GUI forms:
// parameters as a user writes them, binaries in order and referenced as "BIN_1"… from the JSON.
// Numbers may be given as numeric strings. Keys the command does not take are refused, and so
// are binaries no field refers to. The built frame numbers its binaries afresh in the order
// they appear in its (sorted) JSON.
BuiltCommand buildCommand(CommandCode code, const QJsonObject &parameters, const QList<QByteArray> &binaries = {});

// Typed builders for the engine's operations. Wall times are zone-less (walltime.h).
namespace Commands {

// Both bounds optional: an invalid QDateTime leaves that bound out; neither → empty body.
BuiltCommand getLogData(const QDateTime &begin = {}, const QDateTime &end = {});
// GET_SLOG_DATA takes the same bounds as GET_LOG_DATA (the vendor admin UI sends both alike).
BuiltCommand getSlogData(const QDateTime &begin = {}, const QDateTime &end = {});
BuiltCommand getUserIdList();
BuiltCommand getDeviceStatus();
BuiltCommand resetFk();
BuiltCommand clearLogData();
BuiltCommand clearEnrollData();
// The engine stamps SET_TIME again at delivery (protocol.md §6); this only validates and encodes.
BuiltCommand setTime(const QDateTime &wallTime);
BuiltCommand deleteUser(const QString &userId);
BuiltCommand getUserInfo(const QString &userId);
BuiltCommand setUserName(const QString &userId, const QString &name);
// Case-insensitive in, upper case out.
BuiltCommand setUserPrivilege(const QString &userId, const QString &privilege);
BuiltCommand getEnrollData(const QString &userId, int backupNumber);
BuiltCommand setEnrollData(const QString &userId, int backupNumber, const QByteArray &data);
BuiltCommand setFkName(const QString &name);
// Sent in both key styles: server_ip/server_port (spec) and ip_address/port (vendor UI, port as
// a string), since which one current firmware reads is unknown (protocol.md §15.9).
BuiltCommand setWebServerInfo(const QString &ipv4, int port);
// Replaces the whole user on the terminal: credentials not listed are deleted (protocol.md §6).
// An empty photo means none. enable_flag is sent only for a disabled user ("OFF").
BuiltCommand setUserInfo(const UserEnrollment &user);
// Whether the user may punch on the terminal; their templates stay either way.
BuiltCommand enableUser(const QString &userId, bool enabled);
// Opens the lock the terminal drives (door 1 on most).
BuiltCommand openDoor(int doorNumber);
// Locks (false) or unlocks the enrolment menu of the terminal's keypad.
BuiltCommand enableEnrollFunc(bool enabled);
// SET_COMMAND enter_enroll: the terminal opens its enrollment screen for this user and credential.
BuiltCommand enterEnroll(const QString &userId, int backupNumber);

} // namespace Commands

} // namespace punchclock::protocol
