#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace punchclock::engine {

// The site's wall clock, recomputed at most once a second: zone conversion is too slow to do
// for every punch, and second precision is all the plausibility and drift checks need.
class SiteClock
{
public:
    void setTimeZone(const QTimeZone &zone);
    QDateTime now();

private:
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDateTime m_cached;
    qint64 m_cachedAtMs = 0;
};

} // namespace punchclock::engine
