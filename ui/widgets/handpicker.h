#pragma once

#include <QSet>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;

namespace punchclock::ui {

// Chooses what to enroll: one of ten fingers on two hands, or the face. Each is a checkable
// button in the order of the hands (left little finger … left thumb, right thumb … right little
// finger), reachable with Tab and the arrow keys and named for screen readers; the ones already
// enrolled carry a mark and say so. Colour and position are never the only signal.
class HandPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FaceBackupNumber = 12;

    explicit HandPicker(QWidget *parent = nullptr);

    // Backup numbers already enrolled (0–9, 12).
    void setEnrolled(const QSet<int> &backupNumbers);
    // The face button only where some terminal has a face reader.
    void setFaceAvailable(bool available);

    std::optional<int> backupNumber() const;
    void setBackupNumber(int backupNumber);
    QAbstractButton *button(int backupNumber) const;

    // "the right index finger", "the face"
    static QString choiceText(int backupNumber);

Q_SIGNALS:
    void chosen(int backupNumber);

private:
    QAbstractButton *addButton(int backupNumber, const QString &shortText);
    void updateButton(int backupNumber);

    QButtonGroup *m_group;
    QSet<int> m_enrolled;
};

} // namespace punchclock::ui
