#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan in build/fuzz and runs each
# for a bounded time, starting from its committed corpus. A crash, a hang or a memory blow-up
# fails the run, and its reproducer is copied into the target's corpus, where the ctest
# regression run replays it until the code is fixed (tests/fuzz/README.md).
# Usage: scripts/run-fuzzers.sh [seconds per target]   (default 30; targets run one per core)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
build=build/fuzz
jobs=$(nproc)

# -O1: a Debug build (Q_ASSERT on) that still runs fast enough to fuzz.
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DPUNCHCLOCK_SANITIZE=ON -DPUNCHCLOCK_FUZZ=ON >/dev/null
cmake --build "$build" -j "$jobs" --target fuzzers

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# Runs one target; new inputs it finds go to a scratch corpus, the committed one is only read.
fuzz() {
    local target=$1
    local work="$build/fuzz-runs/$target"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict=tests/fuzz/terminal.dict -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
        "$work/corpus" "tests/fuzz/corpus/$target" >"$work/log" 2>&1; then
        echo "fuzz: $target clean, $(awk '/stat::number_of_executed_units/ { n = $2 } /stat::average_exec_per_sec/ { r = $2 } END { print n " runs, " r " exec/s" }' "$work/log")"
        return 0
    fi
    tail -n 40 "$work/log"
    local artifact reproducer
    for artifact in "$work"/artifacts/*; do
        [ -e "$artifact" ] || continue
        # A committed input that fails again is already in the corpus under its own name.
        reproducer=$(find "tests/fuzz/corpus/$target" -type f -exec cmp -s "$artifact" {} \; -print -quit)
        if [ -z "$reproducer" ]; then
            reproducer="tests/fuzz/corpus/$target/$(basename "$artifact")"
            cp "$artifact" "$reproducer"
        fi
        echo "fuzz: $target failed; reproducer: $reproducer"
        echo "fuzz: replay with $build/tests/fuzz/$target $reproducer"
    done
    return 1
}
export -f fuzz
export build seconds

targets=$(for harness in tests/fuzz/fuzz_*.cpp; do basename "$harness" .cpp; done)
started=$SECONDS
# One target per core: each libFuzzer run is single-threaded.
if ! printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'fuzz {}'; then
    echo "fuzz: a target failed; see above" >&2
    exit 1
fi
echo "fuzz: all targets clean in $((SECONDS - started)) s"
