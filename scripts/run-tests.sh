#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors and runs the whole test suite (the
# storage, service and engine tests a second time on PostgreSQL), checks
# the Debian package, runs the whole suite again in an AddressSanitizer + UBSan build, then fuzzes
# the parsers of terminal input for a bounded time (scripts/run-fuzzers.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

jobs=$(nproc)
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPUNCHCLOCK_WERROR=ON
cmake --build build/ci -j "$jobs"

# Translations: the .ts files must be what update_translations makes of the committed code,
# and finished.
cmake --build build/ci --target update_translations >/dev/null
if [ -d .git ] && ! git diff --quiet -- translations/; then
    git diff --stat -- translations/ >&2
    echo "run-tests: translations/*.ts are out of date: build update_translations, translate, commit" >&2
    exit 1
fi
scripts/check-translations.sh

# Tests labelled postgres-only (several servers on one database) run in the second pass only.
ctest --test-dir build/ci --output-on-failure -j "$jobs" -LE postgres-only
# The storage, service and engine tests once more on PostgreSQL 15, in a throwaway cluster.
scripts/with-throwaway-postgres.sh ctest --test-dir build/ci -L storage-pg --output-on-failure -j "$jobs"

# The Debian package, from the same build: installed with apt, served from, punched at, removed.
rm -f build/ci/punchclock_*.deb build/ci/punchclock-server_*.deb
(cd build/ci && cpack -G DEB >/dev/null)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo tests/packaging/check-deb.sh build/ci/punchclock-server_*.deb build/ci/punchclock_*.deb

cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPUNCHCLOCK_WERROR=ON -DPUNCHCLOCK_SANITIZE=ON
# Only what the sanitized run executes: the tests and the binaries they start, not the benchmarks.
sanitized=$(ctest --test-dir build/asan -N -LE postgres-only | awk '/Test +#/ { print $3 }')
cmake --build build/asan -j "$jobs" --target punchclock punchclock-sim $sanitized
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build/asan --output-on-failure -j "$jobs" -LE postgres-only

# The fuzz targets of tests/fuzz, built with clang: a bounded run of each; a crash fails CI.
scripts/run-fuzzers.sh
