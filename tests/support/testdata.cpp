#include "testdata.h"

#include <QFile>

namespace punchclock::test {

QString testDataPath(const QString &name)
{
    return QStringLiteral(PUNCHCLOCK_TEST_DATA_DIR "/") + name;
}

QByteArray readTestData(const QString &name)
{
    QFile file(testDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace punchclock::test
