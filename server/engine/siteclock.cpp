#include "siteclock.h"

#include "walltime.h"

namespace punchclock::engine {

void SiteClock::setTimeZone(const QTimeZone &zone)
{
    if (zone != m_zone) {
        m_zone = zone;
        m_cached = {};
    }
}

QDateTime SiteClock::now()
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_cached.isValid() || nowMs - m_cachedAtMs >= 1000 || nowMs < m_cachedAtMs) {
        m_cached = protocol::walltime::now(m_zone);
        m_cachedAtMs = nowMs;
    }
    return m_cached;
}

} // namespace punchclock::engine
