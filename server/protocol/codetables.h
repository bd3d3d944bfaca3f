#pragma once

#include "recordlibrary.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The code tables of protocol.md §9, mapped to one normalised form whatever the record library.
namespace punchclock::protocol {

enum class VerifyMethod {
    Fingerprint,
    Password,
    Card,
    Face,
    Vein,
    Iris,
    Palm,
    JobNumber,
};

QString verifyMethodName(VerifyMethod method); // "FP", "PASSWORD", "IDCARD", "FACE", …
bool verifyMethodFromName(const QString &name, VerifyMethod *method);

// Methods in the order the terminal asked for them; empty when the code is unknown.
QList<VerifyMethod> verifyMethodsFromCode(RecordLibrary library, quint32 code);
// verify_mode as a terminal sends it: a number, a numeric or named string, or an array of either.
QList<VerifyMethod> verifyMethodsFromJson(RecordLibrary library, const QJsonValue &value,
                                          quint32 *rawCode = nullptr);
QString verifyMethodsText(const QList<VerifyMethod> &methods); // "FP+PASSWORD"
QList<VerifyMethod> verifyMethodsFromText(const QString &text);

enum class Direction {
    Unknown,
    In,
    Out,
};

QString directionName(Direction direction); // "in", "out", ""
Direction directionFromName(const QString &name);

// io_mode split into the attendance mode (1 IN, 2 OUT, 3 LUNCH IN … 10 PRAY OUT), the door
// mode some layouts pack beside it, and the in/out direction derived from the mode.
struct IoMode
{
    quint32 raw = 0;
    int mode = 0;
    int doorMode = 0;
    Direction direction = Direction::Unknown;
};

IoMode decodeIoMode(RecordLibrary library, quint32 raw);
QString ioModeName(int mode); // "IN", "OUT", "LUNCH_IN", … or the number

// backup_number kinds (protocol.md §9.1).
enum class CredentialKind {
    Invalid,
    Fingerprint, // 0–9
    Password,    // 10
    Card,        // 11
    Face,        // 12
    Palm,        // 13, 14
    Photo,       // 15
    Vein,        // 20
};

CredentialKind credentialKind(int backupNumber);
QString credentialKindName(CredentialKind kind);

enum class Privilege {
    Unknown,
    User,
    Manager,
    Register,
    Operator,
};

Privilege privilegeFromName(const QString &name);
QString privilegeName(Privilege privilege); // "USER", "MANAGER", … ; empty for Unknown
// The privilege byte of user-id records: only 0 (USER) and 1 (MANAGER) are confirmed.
Privilege privilegeFromRecordByte(int value);

// Credential flags of user-id records: bit 0 password, 1 card, 2 face, 3–6 fingers,
// 7–12 veins, 13–14 palms.
struct CredentialFlags
{
    bool password = false;
    bool card = false;
    bool face = false;
    int fingers = 0;
    int veins = 0;
    int palms = 0;

    static CredentialFlags fromBits(quint16 bits);
    quint16 toBits() const;
};

} // namespace punchclock::protocol
