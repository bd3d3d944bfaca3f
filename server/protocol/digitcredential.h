#pragma once

#include <QByteArray>

#include <optional>

namespace punchclock::protocol {

// Passwords (backup number 10) and cards (11) travel as ASCII digits. Some firmware ends them with
// a NUL, other firmware not (protocol.md §6, the SET_USER_INFO notes): the store keeps the digits
// alone, and each terminal is written in the form it sends.
enum class DigitForm {
    Plain,
    WithNul,
};

bool isDigitCredential(int backupNumber);
// One trailing NUL less, as the vendor parser reads it.
QByteArray withoutTrailingNul(const QByteArray &data);

// The data as the store keeps it: the digits without the NUL; other credentials unchanged.
QByteArray storedCredentialData(int backupNumber, const QByteArray &data);
// The stored data in the form a terminal expects.
QByteArray credentialDataFor(int backupNumber, const QByteArray &data, DigitForm form);

// How a terminal wrote this credential; nullopt when it is not a number.
std::optional<DigitForm> digitFormOf(int backupNumber, const QByteArray &data);

} // namespace punchclock::protocol
