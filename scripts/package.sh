#!/usr/bin/env bash
# Builds Punchclock (Release, no tests) in build/package and makes the Debian packages there
# with cpack: punchclock-server and punchclock (the console). Prints their paths, server first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Also installs dpkg-dev: cpack computes the package's dependencies with dpkg-shlibdeps.
scripts/install-deps.sh

build=build/package
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPUNCHCLOCK_BUILD_TESTS=OFF
cmake --build "$build"
rm -f "$build"/punchclock_*.deb "$build"/punchclock-server_*.deb
(cd "$build" && cpack -G DEB)

for package in punchclock-server punchclock; do
    debs=("$PWD/$build/${package}"_*.deb)
    if [ ! -f "${debs[0]}" ]; then
        echo "package.sh: cpack produced no $package .deb in $build" >&2
        exit 1
    fi
    echo "${debs[0]}"
done
