#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors and runs the whole test suite (the
# storage, service and engine tests a second time on PostgreSQL), checks
# the Debian package, runs the suite again in an AddressSanitizer + UBSan build (the console's
# tests only end to end there), then fuzzes
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
# Sanitized: every test of what terminals, the CLI and the services run (the input from outside
# and the data paths), and of the console only its end-to-end test, which drives every page:
# the console's other tests are a third of the build and of the run, and ran unsanitized above.
# Only what the sanitized run executes is built: the tests and the binaries they start.
console_end_to_end='^tst_consoleendtoend$'
sanitized=$( (ctest --test-dir build/asan -N -LE 'postgres-only|gui'
    ctest --test-dir build/asan -N -R "$console_end_to_end") | awk '/Test +#/ { print $3 }')
cmake --build build/asan -j "$jobs" --target punchclock punchclock-sim $sanitized
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build/asan --output-on-failure -j "$jobs" -LE 'postgres-only|gui'
ctest --test-dir build/asan --output-on-failure -R "$console_end_to_end"

# The fuzz targets of tests/fuzz, built with clang: a bounded run of each; a crash fails CI.
scripts/run-fuzzers.sh
