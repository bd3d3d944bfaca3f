#!/usr/bin/env bash
# Installs a Punchclock .deb, runs the installed server against the installed simulator,
# checks that a punch was stored, then removes the package. Run as root; no display needed.
# Usage: tests/packaging/check-deb.sh path/to/punchclock_X.Y.Z_ARCH.deb
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

echo "== install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$tmp/apt-install.log" 2>&1 \
    || { cat "$tmp/apt-install.log" >&2; fail "apt-get install"; }
for path in /usr/bin/punchclock /usr/bin/punchclock-sim; do
    [ -x "$path" ] || fail "$path is not installed"
done
[ -f /usr/lib/systemd/system/punchclock.service ] || fail "punchclock.service is not installed"
if compgen -G "/etc/systemd/system/*.wants/punchclock.service" >/dev/null; then
    fail "punchclock.service is enabled after installation"
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

echo "== remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq punchclock >"$tmp/apt-remove.log" 2>&1 \
    || { cat "$tmp/apt-remove.log" >&2; fail "apt-get remove"; }
[ ! -e /usr/bin/punchclock ] || fail "/usr/bin/punchclock is still there after removal"
[ ! -e /usr/bin/punchclock-sim ] || fail "/usr/bin/punchclock-sim is still there after removal"

echo "check-deb: OK"
