#include "page.h"

namespace punchclock::ui {

Page::Page(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

void Page::setBadge(int count)
{
    if (count == m_badge)
        return;
    m_badge = count;
    Q_EMIT badgeChanged(count);
}

} // namespace punchclock::ui
