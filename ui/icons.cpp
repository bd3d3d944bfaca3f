#include "icons.h"

namespace punchclock::ui {

QIcon themedIcon(const char *name)
{
    const QString themeName = QString::fromLatin1(name);
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/") + themeName + QStringLiteral(".svg")));
}

} // namespace punchclock::ui
