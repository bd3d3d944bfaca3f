#pragma once

#include <QComboBox>

namespace punchclock::ui {

// backup_number by name: "Finger 1" … "Finger 10", "Password", "Card", "Face", "Palm 1",
// "Palm 2", "Vein" (protocol.md §9.1). The photo (15) travels apart and is not offered.
class BackupNumberCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit BackupNumberCombo(QWidget *parent = nullptr);

    int backupNumber() const;
    // false, and the choice unchanged, for a number not offered.
    bool setBackupNumber(int backupNumber);
};

} // namespace punchclock::ui
