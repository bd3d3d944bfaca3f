#include "statustone.h"

#include "icons.h"

namespace punchclock::ui {

QColor toneColor(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Good:
        return QColor(0x1e, 0x7b, 0x34);
    case StatusTone::Waiting:
        return QColor(0xa8, 0x62, 0x00);
    case StatusTone::Running:
        return QColor(0x1a, 0x5f, 0xb4);
    case StatusTone::Bad:
        return QColor(0xb3, 0x26, 0x1e);
    case StatusTone::Inactive:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QIcon toneIcon(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Good:
        return themedIcon("state-ok");
    case StatusTone::Waiting:
        return themedIcon("state-pause");
    case StatusTone::Running:
        return themedIcon("state-sync");
    case StatusTone::Bad:
        return themedIcon("state-error");
    case StatusTone::Inactive:
        break;
    }
    return themedIcon("state-offline");
}

} // namespace punchclock::ui
