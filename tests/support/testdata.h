#pragma once

#include <QByteArray>
#include <QString>

namespace punchclock::test {

// A fixture from tests/data (see its README for where each one comes from). Fails the test
// through QFAIL-style abort when missing: a fixture that cannot be read is a broken checkout.
QByteArray readTestData(const QString &name);
QString testDataPath(const QString &name);

} // namespace punchclock::test
