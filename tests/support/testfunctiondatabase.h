#pragma once

#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace punchclock::test {

// A fresh database (SQLite, or PostgreSQL under PUNCHCLOCK_TEST_DB) for the test function that runs now, in `dir`, migrated to the
// current schema; nullptr with *error set when it cannot be made.
inline std::unique_ptr<storage::Connection> openTestFunctionDatabase(const QTemporaryDir &dir, QString *error)
{
    if (!dir.isValid()) {
        *error = dir.errorString();
        return nullptr;
    }
    const QString name = QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite");
    return storage::Connection::open(testDatabaseConfig(dir.filePath(name)), error);
}

} // namespace punchclock::test
