#!/usr/bin/env bash
# Builds Punchclock (Release, no tests) in build/package and makes the Debian package there
# with cpack. Prints the path of the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# cpack computes the package's dependencies with dpkg-shlibdeps.
if ! command -v dpkg-shlibdeps >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends dpkg-dev
fi

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
