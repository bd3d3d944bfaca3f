#include "enrollscreen.h"

namespace punchclock::simulator {

bool enrollScreenBehaviourFromName(const QString &name, EnrollScreenBehaviour *behaviour)
{
    if (name == QLatin1String("capture"))
        *behaviour = EnrollScreenBehaviour::Capture;
    else if (name == QLatin1String("walk-away"))
        *behaviour = EnrollScreenBehaviour::WalkAway;
    else
        return false;
    return true;
}

EnrollScreen::EnrollScreen(EnrollScreenBehaviour behaviour, int delayMs, CaptureFn captured, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
    , m_delayMs(delayMs)
    , m_captured(std::move(captured))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_captured(m_userId, m_backupNumber); });
}

void EnrollScreen::open(const QString &userId, int backupNumber)
{
    m_userId = userId;
    m_backupNumber = backupNumber;
    // Walking away leaves nothing to do: the screen closes by itself, unseen by the server.
    if (m_behaviour == EnrollScreenBehaviour::Capture)
        m_timer.start(m_delayMs);
}

} // namespace punchclock::simulator
