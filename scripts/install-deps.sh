#!/usr/bin/env bash
# Installs the Debian 12 packages Punchclock builds and runs with. Does nothing when all are there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-translations-l10n libgl-dev
    libsqlite3-dev libxlsxwriter-dev zlib1g-dev libsodium-dev poppler-utils unzip fonts-wqy-microhei
    # cpack's Debian generator runs dpkg-shlibdeps on the binaries, which needs file(1)
    dpkg-dev file
    # tests/packaging/check-deb.sh validates the desktop entry and the AppStream metadata with these
    desktop-file-utils appstream
    # tst_clioperators changes an audit record behind Punchclock's back with it, for audit verify to find
    sqlite3
    # scripts/run-fuzzers.sh builds tests/fuzz with clang's libFuzzer, ASan and UBSan; their
    # runtimes are in libclang-rt-14-dev, which clang only recommends. The gcc builds need none.
    clang libfuzzer-14-dev libclang-rt-14-dev
    # scripts/with-throwaway-postgres.sh runs the storage and engine tests on PostgreSQL 15 in a
    # cluster of its own; the server package alone, without the "main" cluster (see below)
    postgresql-15
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
# Debian's postgresql-15 creates and starts a system-wide "main" cluster on installation unless
# told otherwise; the tests need none, so a fresh machine does not get a database server running.
# postgresql-common reads this folder after its own createcluster.conf.
if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    $sudo mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.d/punchclock.conf >/dev/null
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
