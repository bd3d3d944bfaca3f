#pragma once

#include <QLatin1String>
#include <QObject>
#include <QString>

#include <QtGlobal>

namespace punchclock::test {

// The child of `root` named `name`; a missing one is a broken test, not a failed check, so it
// stops the test program at once with the name instead of crashing on a null pointer later.
template<typename T>
T *findWidget(const QObject *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qFatal("no widget named %s", qPrintable(name));
    return found;
}

template<typename T>
T *findWidget(const QObject *root, const char *name)
{
    return findWidget<T>(root, QString(QLatin1String(name)));
}

} // namespace punchclock::test
