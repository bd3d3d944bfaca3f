#!/usr/bin/env bash
# Checks a Punchclock .deb: its control fields and contents, the desktop entry and AppStream
# metadata (with desktop-file-validate and appstreamcli when installed), then installs it,
# runs the installed server against the installed simulator, checks that a punch was stored
# and that the unit stays disabled, and purges it, leaving no file behind. Run as root; no
# display needed. Usage: tests/packaging/check-deb.sh path/to/punchclock_X.Y.Z_ARCH.deb
set -euo pipefail

fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}

[ $# -eq 1 ] || { echo "usage: $0 PACKAGE.deb" >&2; exit 2; }
deb=$(realpath "$1")
[ -f "$deb" ] || fail "no such file: $1"
[ "$(id -u)" -eq 0 ] || fail "must run as root (installs the package)"

tmp=$(mktemp -d)
serve_pid=""
cleanup() {
    if [ -n "$serve_pid" ] && kill -0 "$serve_pid" 2>/dev/null; then
        kill -KILL "$serve_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# A port nothing listens on, picked at random so that parallel runs rarely collide.
port=""
for _ in $(seq 20); do
    candidate=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || fail "no free port found"

app_id=io.punchclock.Punchclock
expected_files=(
    /usr/bin/punchclock
    /usr/bin/punchclock-sim
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/punchclock.1
    /usr/lib/systemd/system/punchclock.service
)
for size in 16 32 48 64 128 256; do
    expected_files+=("/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png")
done

echo "== control fields"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
[ -n "$depends" ] || fail "Depends is empty: dpkg-shlibdeps did not run"
# Computed by dpkg-shlibdeps from the binaries, plus the plugins it cannot see.
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libc6; do
    grep -Eq "(^|[ ,|])$library( |,|$)" <<<"$depends" || fail "Depends lacks $library"
done
grep -q "qt6-translations-l10n" <<<"$recommends" || fail "Recommends lacks qt6-translations-l10n (Qt's own catalogues)"

echo "== contents"
dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$tmp/contents"
for path in "${expected_files[@]}"; do
    grep -qxF "$path" "$tmp/contents" || fail "the package does not install $path"
done
for size in 16 32 48 64 128 256; do
    dpkg-deb --fsys-tarfile "$deb" | tar -xO "./usr/share/icons/hicolor/${size}x$size/apps/$app_id.png" >"$tmp/icon.png"
    head -c 24 "$tmp/icon.png" | od -An -tx1 | tr -d ' \n' >"$tmp/icon.head"
    # The PNG signature, then the IHDR chunk whose width is the icon's size.
    [ "$(cut -c1-16 "$tmp/icon.head")" = 89504e470d0a1a0a ] || fail "the ${size}x$size icon is not a PNG"
    [ "$((16#$(cut -c33-40 "$tmp/icon.head")))" -eq "$size" ] || fail "the ${size}x$size icon is not $size pixels wide"
done

echo "== desktop entry and AppStream metadata"
mkdir "$tmp/extracted"
dpkg-deb -x "$deb" "$tmp/extracted"
desktop_file="$tmp/extracted/usr/share/applications/$app_id.desktop"
metainfo="$tmp/extracted/usr/share/metainfo/$app_id.metainfo.xml"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop_file" || fail "desktop-file-validate"
else
    echo "desktop-file-validate not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
else
    echo "appstreamcli not installed (appstream): skipped"
fi
package_version=$(dpkg-deb -f "$deb" Version)
grep -q "<release version=\"$package_version\"" "$metainfo" || fail "the metainfo has no release $package_version"
grep -q "^\.TH PUNCHCLOCK 1 .*\"Punchclock $package_version\"" "$tmp/extracted/usr/share/man/man1/punchclock.1" \
    || fail "the man page does not name version $package_version"

echo "== install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$tmp/apt-install.log" 2>&1 \
    || { cat "$tmp/apt-install.log" >&2; fail "apt-get install"; }
for path in "${expected_files[@]}"; do
    [ -f "$path" ] || fail "$path is not installed"
done
for path in /usr/bin/punchclock /usr/bin/punchclock-sim; do
    [ -x "$path" ] || fail "$path is not executable"
done
dpkg -L punchclock >"$tmp/installed"
for path in "${expected_files[@]}"; do
    grep -qxF "$path" "$tmp/installed" || fail "dpkg -L does not list $path"
done
if compgen -G "/etc/systemd/system/*.wants/punchclock.service" >/dev/null; then
    fail "punchclock.service is enabled after installation"
fi
# Reads the unit files; works without a running systemd (containers, CI).
if command -v systemctl >/dev/null; then
    enabled=$(systemctl is-enabled punchclock.service 2>&1 || true)
    [ "$enabled" = disabled ] || fail "systemctl is-enabled punchclock.service says '$enabled', not disabled"
fi

echo "== punchclock --version"
version=$(/usr/bin/punchclock --version) || fail "punchclock --version exited $?"
echo "$version"
[[ "$version" =~ ^punchclock\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "unexpected version line: $version"

echo "== serve on 127.0.0.1:$port"
db="$tmp/db.sqlite"
/usr/bin/punchclock --db "$db" serve --listen "127.0.0.1:$port" 2>"$tmp/serve.log" &
serve_pid=$!
for _ in $(seq 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        break
    fi
    kill -0 "$serve_pid" 2>/dev/null || { cat "$tmp/serve.log" >&2; fail "serve exited at start"; }
    sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { cat "$tmp/serve.log" >&2; fail "serve does not listen on $port"; }

echo "== punchclock-sim for 5 s"
/usr/bin/punchclock-sim --server "127.0.0.1:$port" --terminals 1 --punch-rate 60 --duration 5 --quiet \
    2>"$tmp/sim.log" || { cat "$tmp/sim.log" >&2; fail "punchclock-sim exited $?"; }
cat "$tmp/sim.log"

echo "== punchclock logs"
/usr/bin/punchclock --db "$db" logs >"$tmp/logs.csv" || fail "punchclock logs exited $?"
# The first line is the CSV header; every further line is one punch.
punches=$(($(wc -l <"$tmp/logs.csv") - 1))
head -n 3 "$tmp/logs.csv"
echo "punches stored: $punches"
[ "$punches" -ge 1 ] || fail "no punch stored"

echo "== stop serve with SIGTERM"
kill -TERM "$serve_pid"
status=0
wait "$serve_pid" || status=$?
serve_pid=""
[ "$status" -eq 0 ] || { cat "$tmp/serve.log" >&2; fail "serve exited $status after SIGTERM"; }
echo "serve exited 0"

echo "== remove and purge"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq punchclock >"$tmp/apt-remove.log" 2>&1 \
    || { cat "$tmp/apt-remove.log" >&2; fail "apt-get remove"; }
# apt forgets a package installed from a file once it is removed; dpkg purges what is left.
dpkg --purge punchclock >"$tmp/dpkg-purge.log" 2>&1 || { cat "$tmp/dpkg-purge.log" >&2; fail "dpkg --purge"; }
# Folders such as /usr/share/icons/hicolor belong to other packages too; every file must go.
while IFS= read -r path; do
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        fail "$path is still there after purge"
    fi
done <"$tmp/installed"
state=$(dpkg-query -W -f='${db:Status-Status}' punchclock 2>/dev/null || echo not-installed)
[ "$state" = not-installed ] || fail "dpkg says punchclock is '$state' after purge"

echo "check-deb: OK"
