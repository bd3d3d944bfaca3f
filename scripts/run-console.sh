#!/usr/bin/env bash
# Installs what is needed, builds Punchclock (Release) and opens the console.
# Extra arguments go to punchclock, e.g. --db /path/to/punchclock.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DPUNCHCLOCK_BUILD_TESTS=OFF
cmake --build build/release
exec build/release/app/punchclock "$@"
