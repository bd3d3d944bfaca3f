#include "backupnumbercombo.h"

#include "jobdescription.h"

namespace punchclock::ui {

BackupNumberCombo::BackupNumberCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("backupNumberCombo"));
    for (int number : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 20})
        addItem(JobDescription::credentialName(number), number);
}

int BackupNumberCombo::backupNumber() const
{
    return currentData().toInt();
}

bool BackupNumberCombo::setBackupNumber(int backupNumber)
{
    const int index = findData(backupNumber);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace punchclock::ui
