#pragma once

#include "consolereader.h"

#include <QTest>

#include <memory>

namespace punchclock::test {

// Until every read asked of `reader` so far has been shown; fails the test after `timeoutMs`.
inline void waitForReads(ui::ConsoleReader &reader, int timeoutMs = 10000)
{
    // Shared: should the wait time out, the reads still end after this returned.
    const auto done = std::make_shared<bool>(false);
    reader.afterQueuedReads([done] { *done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(*done, timeoutMs);
}

} // namespace punchclock::test
