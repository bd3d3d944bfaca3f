#pragma once

#include "testdatabase.h"

#include <QProcess>

namespace punchclock::test {

constexpr char NeedsThrowawayCluster[] =
    "needs a throwaway PostgreSQL cluster to stop and start: run it through scripts/with-throwaway-postgres.sh "
    "(ctest label postgres-only)";

// Whether the tests run on the cluster of scripts/with-throwaway-postgres.sh, which they may stop.
inline bool onThrowawayCluster()
{
    return testsRunOnPostgres() && !qEnvironmentVariableIsEmpty("PUNCHCLOCK_TEST_PG_CTL");
}

// "stop" (fast: sessions are ended) or "start" it again as it was; true once done.
inline bool controlCluster(const QString &action)
{
    QProcess pgCtl;
    pgCtl.setStandardOutputFile(QProcess::nullDevice()); // "waiting for server to start.... done"
    pgCtl.start(qEnvironmentVariable("PUNCHCLOCK_TEST_PG_CTL"), {action});
    return pgCtl.waitForFinished(60000) && pgCtl.exitStatus() == QProcess::NormalExit && pgCtl.exitCode() == 0;
}

} // namespace punchclock::test
