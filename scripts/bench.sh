#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them; they print their figures.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build/bench --target bench_realtime_ingest
cmake --build build/bench --target bench_log_pull
cmake --build build/bench --target bench_console_punches
cmake --build build/bench --target bench_reports
cmake --build build/bench --target bench_two_servers
cmake --build build/bench --target bench_console_latency
build/bench/tests/bench/bench_realtime_ingest --dir build/bench "$@"
build/bench/tests/bench/bench_log_pull --dir build/bench
build/bench/tests/bench/bench_console_punches --dir build/bench
build/bench/tests/bench/bench_reports --dir build/bench
# Two servers on one PostgreSQL database, on a throwaway cluster with PostgreSQL's durable settings.
PUNCHCLOCK_PG_DURABLE=1 scripts/with-throwaway-postgres.sh \
    sh -c 'build/bench/tests/bench/bench_two_servers --db "$PUNCHCLOCK_TEST_DB"'
# A console with its PostgreSQL database 50 ms away: round trips and stalls on the GUI thread.
scripts/with-throwaway-postgres.sh \
    sh -c 'build/bench/tests/bench/bench_console_latency --db "$PUNCHCLOCK_TEST_DB"'
