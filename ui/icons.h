#pragma once

#include <QIcon>

namespace punchclock::ui {

// An icon by its freedesktop name ("view-refresh"): the desktop theme's, else the Breeze copy
// embedded under :/icons (resources/icons).
QIcon themedIcon(const char *name);

} // namespace punchclock::ui
