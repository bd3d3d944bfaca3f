#!/usr/bin/env bash
# Checks Punchclock's two .debs: their control fields and contents, the desktop entry and
# AppStream metadata (with desktop-file-validate and appstreamcli when installed). Then installs
# punchclock-server alone and checks that it brought no graphics library, runs the installed
# server against the installed simulator, checks that a punch was stored, that a PDF report is
# refused naming the console's package, and that the unit stays disabled; then installs the
# console's package beside it and checks its binary on the same database; and purges both,
# leaving no file behind. Run as root; no display needed.
# Usage: tests/packaging/check-deb.sh punchclock-server_X.Y.Z_ARCH.deb punchclock_X.Y.Z_ARCH.deb
set -euo pipefail

fail() {
    echo "check-deb: FAIL: $*" >&2
    exit 1
}

[ $# -eq 2 ] || { echo "usage: $0 punchclock-server_X.Y.Z_ARCH.deb punchclock_X.Y.Z_ARCH.deb" >&2; exit 2; }
server_deb=""
console_deb=""
for file in "$@"; do
    [ -f "$file" ] || fail "no such file: $file"
    case "$(dpkg-deb -f "$file" Package)" in
        punchclock-server) server_deb=$(realpath "$file") ;;
        punchclock) console_deb=$(realpath "$file") ;;
        *) fail "$file is neither punchclock-server nor punchclock" ;;
    esac
done
[ -n "$server_deb" ] || fail "no punchclock-server package given"
[ -n "$console_deb" ] || fail "no punchclock package given"
[ "$(id -u)" -eq 0 ] || fail "must run as root (installs the packages)"

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
server_files=(
    /usr/bin/punchclock-server
    /usr/bin/punchclock-sim
    /usr/share/man/man1/punchclock-server.1
    /usr/lib/systemd/system/punchclock.service
)
console_files=(
    /usr/bin/punchclock
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/punchclock.1
)
for size in 16 32 48 64 128 256; do
    console_files+=("/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png")
done
# What the server's package must not bring: the console's graphics stack.
graphics_packages=(libqt6gui6 libqt6widgets6 libqt6charts6 libqt6opengl6 libqt6svg6 libgl1 libegl1 libx11-6 libxcb1)

# has_dependency FIELD LIBRARY: whether a Depends-style field names LIBRARY.
has_dependency() {
    grep -Eq "(^|[ ,|])$2( |,|$)" <<<"$1"
}

# package_files DEB: the files (not folders) a package installs, one a line.
package_files() {
    dpkg-deb -c "$1" | awk '$1 !~ /^d/ { print $NF }' | sed 's|^\./|/|'
}

# installed_graphics: the graphics packages installed now, one a line.
installed_graphics() {
    dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${graphics_packages[@]}" 2>/dev/null |
        awk '$2 == "installed" { print $1 }' || true
}

# check_contents DEB FILE...: the package installs each FILE.
check_contents() {
    local deb=$1
    shift
    package_files "$deb" >"$tmp/contents"
    for path in "$@"; do
        grep -qxF "$path" "$tmp/contents" || fail "$(basename "$deb") does not install $path"
    done
}

echo "== control fields"
version=$(dpkg-deb -f "$server_deb" Version)
[ "$(dpkg-deb -f "$console_deb" Version)" = "$version" ] || fail "the two packages' versions differ"
server_depends=$(dpkg-deb -f "$server_deb" Depends)
console_depends=$(dpkg-deb -f "$console_deb" Depends)
recommends=$(dpkg-deb -f "$console_deb" Recommends)
echo "punchclock-server Depends: $server_depends"
echo "punchclock Depends: $console_depends"
echo "punchclock Recommends: $recommends"
# Computed by dpkg-shlibdeps from the binaries, plus the plugins it cannot see.
for library in libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6httpserver6 libc6; do
    has_dependency "$server_depends" "$library" || fail "punchclock-server's Depends lacks $library"
done
for library in "${graphics_packages[@]}"; do
    if has_dependency "$server_depends" "$library"; then
        fail "punchclock-server depends on $library"
    fi
done
grep -Fq "punchclock-server (= $version)" <<<"$console_depends" \
    || fail "punchclock does not depend on punchclock-server (= $version)"
for library in libqt6gui6 libqt6widgets6 libqt6svg6; do
    has_dependency "$console_depends" "$library" || fail "punchclock's Depends lacks $library"
done
grep -q "qt6-translations-l10n" <<<"$recommends" || fail "Recommends lacks qt6-translations-l10n (Qt's own catalogues)"

echo "== contents"
check_contents "$server_deb" "${server_files[@]}"
check_contents "$console_deb" "${console_files[@]}"
package_files "$server_deb" | sort >"$tmp/server.files"
package_files "$console_deb" | sort >"$tmp/console.files"
shared=$(comm -12 "$tmp/server.files" "$tmp/console.files")
[ -z "$shared" ] || fail "both packages install $shared"
for size in 16 32 48 64 128 256; do
    dpkg-deb --fsys-tarfile "$console_deb" | tar -xO "./usr/share/icons/hicolor/${size}x$size/apps/$app_id.png" >"$tmp/icon.png"
    head -c 24 "$tmp/icon.png" | od -An -tx1 | tr -d ' \n' >"$tmp/icon.head"
    # The PNG signature, then the IHDR chunk whose width is the icon's size.
    [ "$(cut -c1-16 "$tmp/icon.head")" = 89504e470d0a1a0a ] || fail "the ${size}x$size icon is not a PNG"
    [ "$((16#$(cut -c33-40 "$tmp/icon.head")))" -eq "$size" ] || fail "the ${size}x$size icon is not $size pixels wide"
done

echo "== desktop entry, AppStream metadata, manual pages, unit"
mkdir "$tmp/server" "$tmp/console"
dpkg-deb -x "$server_deb" "$tmp/server"
dpkg-deb -x "$console_deb" "$tmp/console"
desktop_file="$tmp/console/usr/share/applications/$app_id.desktop"
metainfo="$tmp/console/usr/share/metainfo/$app_id.metainfo.xml"
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
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
grep -q "^\.TH PUNCHCLOCK 1 .*\"Punchclock $version\"" "$tmp/console/usr/share/man/man1/punchclock.1" \
    || fail "punchclock.1 does not name version $version"
grep -q "^\.TH PUNCHCLOCK\\\\-SERVER 1 .*\"Punchclock $version\"" "$tmp/server/usr/share/man/man1/punchclock-server.1" \
    || fail "punchclock-server.1 does not name version $version"
grep -q "^ExecStart=/usr/bin/punchclock-server .* serve$" "$tmp/server/usr/lib/systemd/system/punchclock.service" \
    || fail "punchclock.service does not run punchclock-server serve"

echo "== install punchclock-server alone"
installed_graphics >"$tmp/graphics.before"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$server_deb" >"$tmp/apt-install.log" 2>&1 \
    || { cat "$tmp/apt-install.log" >&2; fail "apt-get install punchclock-server"; }
for path in "${server_files[@]}"; do
    [ -f "$path" ] || fail "$path is not installed"
done
for path in "${console_files[@]}"; do
    [ ! -e "$path" ] || fail "$path is there with punchclock-server alone"
done
# Nothing graphical came with it (dpkg -l), nor could on a machine that has none yet: no
# graphics package anywhere in what it depends on, recursively.
installed_graphics >"$tmp/graphics.after"
pulled=$(comm -13 "$tmp/graphics.before" "$tmp/graphics.after")
[ -z "$pulled" ] || fail "installing punchclock-server installed $pulled"
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances punchclock-server | grep -v '^ ' | sort -u >"$tmp/closure"
for library in "${graphics_packages[@]}"; do
    if grep -qxF "$library" "$tmp/closure"; then
        fail "punchclock-server needs $library (through its dependencies)"
    fi
done
dpkg -L punchclock-server >"$tmp/installed"
for path in "${server_files[@]}"; do
    grep -qxF "$path" "$tmp/installed" || fail "dpkg -L punchclock-server does not list $path"
done
if compgen -G "/etc/systemd/system/*.wants/punchclock.service" >/dev/null; then
    fail "punchclock.service is enabled after installation"
fi
# Reads the unit files; works without a running systemd (containers, CI).
if command -v systemctl >/dev/null; then
    enabled=$(systemctl is-enabled punchclock.service 2>&1 || true)
    [ "$enabled" = disabled ] || fail "systemctl is-enabled punchclock.service says '$enabled', not disabled"
fi

echo "== punchclock-server --version"
line=$(/usr/bin/punchclock-server --version) || fail "punchclock-server --version exited $?"
echo "$line"
[ "$line" = "punchclock-server $version" ] || fail "unexpected version line: $line"

echo "== serve on 127.0.0.1:$port"
db="$tmp/db.sqlite"
/usr/bin/punchclock-server --db "$db" serve --listen "127.0.0.1:$port" 2>"$tmp/serve.log" &
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

# count_punches BINARY: the punches BINARY's `logs` lists (its first line is the CSV header).
count_punches() {
    "$1" --db "$db" logs >"$tmp/logs.csv" || fail "$1 logs exited $?"
    echo $(($(wc -l <"$tmp/logs.csv") - 1))
}

echo "== punchclock-server logs"
punches=$(count_punches /usr/bin/punchclock-server)
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

echo "== punchclock-server report --format pdf"
status=0
/usr/bin/punchclock-server --db "$db" report daily --from 2026-01-01 --to 2026-01-01 --format pdf \
    -o "$tmp/report.pdf" 2>"$tmp/report.log" || status=$?
cat "$tmp/report.log"
[ "$status" -eq 1 ] || fail "a PDF report from punchclock-server exited $status, not 1"
grep -q "install the punchclock package" "$tmp/report.log" || fail "the refusal does not name the punchclock package"
[ ! -e "$tmp/report.pdf" ] || fail "punchclock-server wrote $tmp/report.pdf"

echo "== install punchclock beside it"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$console_deb" >"$tmp/apt-install-console.log" 2>&1 \
    || { cat "$tmp/apt-install-console.log" >&2; fail "apt-get install punchclock"; }
for path in "${console_files[@]}"; do
    [ -f "$path" ] || fail "$path is not installed"
done
dpkg -L punchclock >>"$tmp/installed"
for path in "${console_files[@]}"; do
    grep -qxF "$path" "$tmp/installed" || fail "dpkg -L punchclock does not list $path"
done
line=$(/usr/bin/punchclock --version) || fail "punchclock --version exited $?"
echo "$line"
[ "$line" = "punchclock $version" ] || fail "unexpected version line: $line"
[ "$(count_punches /usr/bin/punchclock)" -eq "$punches" ] || fail "punchclock logs does not list the $punches punches"
echo "punchclock logs lists the same $punches punches"

echo "== remove and purge"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq punchclock punchclock-server >"$tmp/apt-remove.log" 2>&1 \
    || { cat "$tmp/apt-remove.log" >&2; fail "apt-get remove"; }
# apt forgets a package installed from a file once it is removed; dpkg purges what is left.
dpkg --purge punchclock punchclock-server >"$tmp/dpkg-purge.log" 2>&1 || { cat "$tmp/dpkg-purge.log" >&2; fail "dpkg --purge"; }
# Folders such as /usr/share/icons/hicolor belong to other packages too; every file must go.
while IFS= read -r path; do
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        fail "$path is still there after purge"
    fi
done <"$tmp/installed"
for package in punchclock punchclock-server; do
    state=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || echo not-installed)
    [ "$state" = not-installed ] || fail "dpkg says $package is '$state' after purge"
done

echo "check-deb: OK"
