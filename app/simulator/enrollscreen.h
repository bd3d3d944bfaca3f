#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace punchclock::simulator {

// What the person in front of a terminal does once SET_COMMAND enter_enroll opened its
// enrollment screen (protocol.md §6), so that tests can choose the outcome.
enum class EnrollScreenBehaviour {
    Capture,  // they present the finger or face: a template follows as realtime_enroll_data
    WalkAway, // nobody comes, or they press Esc: the screen closes and nothing is sent
};

// "capture", "walk-away"; false for anything else.
bool enrollScreenBehaviourFromName(const QString &name, EnrollScreenBehaviour *behaviour);

// The enrollment screen of one terminal: opened by the command, it hands the user and credential
// to `captured` after a delay (Capture), or closes silently.
class EnrollScreen : public QObject
{
    Q_OBJECT

public:
    using CaptureFn = std::function<void(const QString &userId, int backupNumber)>;

    EnrollScreen(EnrollScreenBehaviour behaviour, int delayMs, CaptureFn captured, QObject *parent = nullptr);

    EnrollScreenBehaviour behaviour() const { return m_behaviour; }
    // A new command replaces a screen still open, as on the keypad.
    void open(const QString &userId, int backupNumber);
    bool isOpen() const { return m_timer.isActive(); }
    void close() { m_timer.stop(); }

private:
    EnrollScreenBehaviour m_behaviour;
    int m_delayMs;
    CaptureFn m_captured;
    QTimer m_timer;
    QString m_userId;
    int m_backupNumber = 0;
};

} // namespace punchclock::simulator
