#pragma once

// Which finger a fingerprint backup number (0–9, protocol.md §9.1) stands for. Terminals store
// any finger under any number; this is the numbering vendor enrollment screens show (left
// little finger 0 to left thumb 4, right thumb 5 to right little finger 9), so that an operator
// and the person at the terminal mean the same finger.
namespace punchclock::protocol {

enum class Digit {
    Thumb,
    Index,
    Middle,
    Ring,
    Little,
};

constexpr bool isFingerBackupNumber(int backupNumber)
{
    return backupNumber >= 0 && backupNumber <= 9;
}

constexpr bool isRightHand(int backupNumber)
{
    return backupNumber >= 5;
}

constexpr Digit digitOf(int backupNumber)
{
    return static_cast<Digit>(isRightHand(backupNumber) ? backupNumber - 5 : 4 - backupNumber);
}

constexpr int fingerBackupNumber(bool rightHand, Digit digit)
{
    return rightHand ? 5 + static_cast<int>(digit) : 4 - static_cast<int>(digit);
}

} // namespace punchclock::protocol
