#!/bin/sh
# Refreshes docs/screenshots: every page of the console at 1366×768, rendered offscreen with
# simulated data (tests/gui/screenshots.cpp: a temporary database, the real server, three
# simulated terminals), in English, and the Terminals page in Chinese.
#   scripts/take-screenshots.sh [build directory, default build/ci]
set -eu
cd "$(dirname "$0")/.."
build=${1:-build/ci}
# Builds in this checkout take turns (one build at a time on shared machines).
if command -v flock >/dev/null 2>&1; then
    flock /tmp/punchclock-build.lock cmake --build "$build" -j2 --target punchclock-screenshots
else
    cmake --build "$build" -j2 --target punchclock-screenshots
fi
tool="$build/tests/gui/punchclock-screenshots"
out=docs/screenshots
export QT_QPA_PLATFORM=offscreen
"$tool" "$out"
"$tool" "$out" --language zh_CN --pages terminals --suffix -zh_CN
