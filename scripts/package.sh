#!/usr/bin/env bash
# Builds Punchclock (Release, no tests) in build/package and makes the Debian package there
# with cpack. Prints the path of the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."

# Also installs dpkg-dev: cpack computes the package's dependencies with dpkg-shlibdeps.
scripts/install-deps.sh

build=build/package
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPUNCHCLOCK_BUILD_TESTS=OFF
cmake --build "$build"
rm -f "$build"/punchclock_*.deb
(cd "$build" && cpack -G DEB)

debs=("$PWD/$build"/punchclock_*.deb)
if [ ! -f "${debs[0]}" ]; then
    echo "package.sh: cpack produced no .deb in $build" >&2
    exit 1
fi
echo "${debs[0]}"
