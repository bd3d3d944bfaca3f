#!/usr/bin/env bash
# Proves that the README's two set-up commands work on a fresh Debian 12 machine: in a minimal
# bookworm root (debootstrap minbase plus git and ca-certificates, cached), with this host's apt
# sources, as root, without a display and with a clean environment, it runs the test command
# (`CI=true bash .ci/run`), then starts the console twice, as a brand-new user (first-run wizard)
# and with --db, each only until its first window is shown (PUNCHCLOCK_QUIT_WHEN_SHOWN=1).
# It checks the committed HEAD: uncommitted changes are not part of it.
# Every step runs in private mount and PID namespaces, so its processes and mounts die with it,
# also on Ctrl+C or failure; afterwards nothing may be left mounted under, or running in, the root.
# Run as root. The whole log goes to $PUNCHCLOCK_FRESH_LOG (/var/tmp/punchclock-fresh-debian.log);
# the last line printed says passed or FAILED. Options: see usage below.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/check-fresh-debian.sh [OPTION]...   (as root)
Runs the README's test and console commands in a fresh, minimal Debian 12 root.
  --tests-only       only the test command:    cd /src && CI=true bash .ci/run
  --console-only     only the console command: scripts/run-console.sh, first run and --db
  --inner 'COMMAND'  runs COMMAND (bash, in /, as root) instead, to try the mechanics
  --keep             keeps the unpacked root (under /var/tmp) for inspection
  --refresh          rebuilds the cached root first
  -h, --help         this help
Environment: PUNCHCLOCK_FRESH_CACHE (default /var/cache/punchclock/fresh-bookworm.tar),
PUNCHCLOCK_FRESH_LOG (default /var/tmp/punchclock-fresh-debian.log).
Exit status: 0 passed, 1 failed, 2 wrong command line or not root.
EOF
}

usage_error() {
    echo "check-fresh-debian: $*" >&2
    echo "Try 'scripts/check-fresh-debian.sh --help'." >&2
    exit 2
}

mode=all keep=0 refresh=0 inner=""
while [ $# -gt 0 ]; do
    case $1 in
        --tests-only | --console-only | --inner)
            [ "$mode" = all ] || usage_error "--tests-only, --console-only and --inner exclude each other"
            mode=${1#--}
            mode=${mode%-only}
            if [ "$1" = --inner ]; then
                [ -n "${2:-}" ] || usage_error "--inner needs a COMMAND"
                inner=$2
                shift
            fi
            ;;
        --keep) keep=1 ;;
        --refresh) refresh=1 ;;
        -h | --help) usage; exit 0 ;;
        *) usage_error "unknown argument: $1" ;;
    esac
    shift
done
if [ "$(id -u)" -ne 0 ]; then
    echo "check-fresh-debian: must run as root (debootstrap, chroot, namespaces and mounts)" >&2
    exit 2
fi

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${PUNCHCLOCK_FRESH_CACHE:-/var/cache/punchclock/fresh-bookworm.tar}
log=${PUNCHCLOCK_FRESH_LOG:-/var/tmp/punchclock-fresh-debian.log}
console_command='cd /src && QT_QPA_PLATFORM=offscreen PUNCHCLOCK_QUIT_WHEN_SHOWN=1 timeout 1800 scripts/run-console.sh'
# What a failing step's summary quotes: the first line after the step's start that matches.
error_pattern='error:|\bError\b|\bERROR\b|FAILED|FAIL!|\*\*\*(Failed|Exception)|fatal|No such file|cannot find|^E: '

# One run at a time: two would starve each other of the 2 cores (and of the log).
lock=/run/lock/punchclock-fresh-debian.lock
exec 9>>"$lock"
if ! flock -n 9; then
    echo "check-fresh-debian: FAILED (host): another check is running (it holds $lock)"
    exit 1
fi
echo "check-fresh-debian: log: $log"
# The terminal keeps fd 3 (the summary) and 4 (warnings); everything else goes to the log.
exec 3>&1 4>&2 >"$log" 2>&1

step=host step_line=0 failed_step="" failure="" interrupted=""
ns_pid="" work="" build="" cache_tmp=""
start=$SECONDS tests_s=0 console_s=0 inner_s=0

# Says something both in the log and on the terminal.
say() {
    echo "$*"
    echo "$*" >&4
}

# Starts a step: its name is what a FAILED line names, its first log line where the error
# search starts.
begin() {
    step=$1
    step_line=$(wc -l <"$log")
    echo "==> $step ($(date '+%F %T'))"
}

# The first line of the log after line $1 that looks like an error, else its last non-empty line.
first_error() {
    local line
    line=$(tail -n "+$(($1 + 1))" "$log" | tr -d '\r' | grep -m1 -E "$error_pattern" || true)
    [ -n "$line" ] || line=$(tail -n "+$(($1 + 1))" "$log" | tr -d '\r' | grep -v '^[[:space:]]*$' | tail -n1 || true)
    line=${line#"${line%%[![:space:]]*}"}
    echo "${line:0:300}"
}

# Ends the run for a failed step; $1 is its exit status.
fail_step() {
    failed_step=$step
    failure=$(first_error "$step_line")
    if [ "$1" -eq 124 ] && [[ $step == console-* ]]; then
        failure="no window shown within 1800 s (timeout): ${failure}"
    fi
    echo "check-fresh-debian: step $step failed with status $1"
    exit 1
}

# Runs a command in new mount and PID namespaces (with --loopback, also a network namespace with
# only a loopback interface). Mounts made there are private and vanish with the namespace, and
# when its first process ends the kernel kills every other one: a backgrounded process cannot
# outlive the step. --kill-child ends that first process when unshare dies, and setpriv ends
# unshare when this script dies, even by SIGKILL. Run in the background so that the signal traps
# run at once.
run_ns() {
    local net=()
    if [ "$1" = --loopback ]; then
        net=(--net)
        shift
    fi
    setpriv --pdeathsig KILL -- unshare --mount --pid --fork --kill-child --mount-proc "${net[@]}" "$@" </dev/null 3>&- 4>&- 9>&- &
    ns_pid=$!
    local status=0
    wait "$ns_pid" || status=$?
    ns_pid=""
    return "$status"
}

# What is still mounted under, or running with its root inside, directory $1.
leftovers() {
    findmnt -rn -o TARGET | awk -v dir="$1" '$0 == dir || index($0, dir "/") == 1 { print "mounted: " $0 }'
    local proc dir
    for proc in /proc/[0-9]*; do
        dir=$(readlink "$proc/root" 2>/dev/null) || continue
        case $dir in
            "$1" | "$1"/*) echo "running: pid ${proc#/proc/} $(tr '\0' ' ' <"$proc/cmdline" 2>/dev/null)" ;;
        esac
    done
}

# Waits up to 10 s for nothing to be left in directory $1; prints what is left, if anything.
nothing_left() {
    local left _
    for _ in $(seq 50); do
        left=$(leftovers "$1")
        [ -z "$left" ] && return 0
        sleep 0.2
    done
    echo "$left"
    return 1
}

# Forces what is left in directory $1 to end: kills its processes, then unmounts (recursively,
# lazily as a last resort). Should never be needed, since all lives in namespaces that are gone.
force_release() {
    local pid mount
    for pid in $(leftovers "$1" | awk '$1 == "running:" { print $3 }'); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    sleep 1
    for mount in $(leftovers "$1" | awk '$1 == "mounted:" { print $2 }' | sort -r); do
        umount -R "$mount" 2>/dev/null || umount -Rl "$mount" 2>/dev/null || true
    done
}

# The namespace's first process (pid 1 there). Sets up the root's file systems, then runs
# COMMAND in it as root with a clean environment: only the variables given, hence no display.
# Arguments: ROOT LOOPBACK(0|1) COMMAND VAR=VALUE...
ns_main() {
    set -euo pipefail
    local root=$1 loopback=$2 command=$3
    shift 3
    [ "$loopback" = 1 ] && ip link set lo up
    mount -t proc -o nosuid,nodev,noexec proc "$root/proc"
    mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$root/sys"
    # A /dev of its own rather than the host's: the same few devices a container gets, a devpts
    # instance of its own (ptys for the tests) and a tmpfs /dev/shm.
    mount -t tmpfs -o nosuid,noexec,mode=755,size=1m tmpfs "$root/dev"
    local name major minor
    while read -r name major minor; do
        mknod -m 666 "$root/dev/$name" c "$major" "$minor"
    done <<<'null 1 3
zero 1 5
full 1 7
random 1 8
urandom 1 9
tty 5 0'
    ln -s /proc/self/fd "$root/dev/fd"
    ln -s /proc/self/fd/0 "$root/dev/stdin"
    ln -s /proc/self/fd/1 "$root/dev/stdout"
    ln -s /proc/self/fd/2 "$root/dev/stderr"
    ln -s pts/ptmx "$root/dev/ptmx"
    mkdir "$root/dev/pts" "$root/dev/shm"
    mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec devpts "$root/dev/pts"
    mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs "$root/dev/shm"
    mount -t tmpfs -o nosuid,nodev,mode=1777 tmpfs "$root/tmp"
    local status=0
    chroot "$root" /usr/bin/env -i "$@" /bin/bash -c "$command" || status=$?
    return "$status"
}

# Runs COMMAND in the root (see ns_main), with the host's network or, with --loopback, none,
# then checks that it left nothing behind. Returns the command's exit status.
in_root() {
    local net=() loopback=0
    if [ "$1" = --loopback ]; then
        net=(--loopback)
        loopback=1
        shift
    fi
    local environment=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        LANG=C.UTF-8 CI=true)
    local variable
    for variable in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
        if [ -n "${!variable:-}" ]; then
            environment+=("$variable=${!variable}")
        fi
    done
    local status=0
    run_ns "${net[@]}" bash -c "$(declare -f ns_main); ns_main \"\$@\"" ns_main \
        "$work/root" "$loopback" "$1" "${environment[@]}" || status=$?
    local left
    if ! left=$(nothing_left "$work/root"); then
        echo "$left"
        failed_step=cleanup
        failure="left behind by step $step: $(head -n1 <<<"$left")"
        exit 1
    fi
    return "$status"
}

# The host's apt source files, as apt reads them (disabled ones have other suffixes).
source_files() {
    local file
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        if [ -f "$file" ]; then
            echo "$file"
        fi
    done
}

# The first URI of the host's sources for bookworm main, one-line or deb822 format.
host_mirror() {
    local file uri
    for file in $(source_files); do
        case $file in
            *.sources)
                uri=$(awk '
                    function check(  u) {
                        split(uris, u, /[ \t]+/)
                        if (types ~ /(^|[ \t])deb([ \t]|$)/ && tolower(enabled) !~ /^(no|false)/ &&
                            (" " suites " ") ~ /[ \t]bookworm[ \t]/ && (" " comps " ") ~ /[ \t]main[ \t]/ &&
                            u[1] ~ /^(https?|file):/) { print u[1]; found = 1; exit }
                        types = uris = suites = comps = enabled = ""
                    }
                    /^[ \t]*#/ { next }
                    /^[ \t]*$/ { check(); next }
                    /^[ \t]/ { next }
                    {
                        key = tolower($0); sub(/:.*/, "", key)
                        value = $0; sub(/^[^:]*:[ \t]*/, "", value)
                    }
                    key == "types" { types = value }
                    key == "uris" { uris = value }
                    key == "suites" { suites = value }
                    key == "components" { comps = value }
                    key == "enabled" { enabled = value }
                    END { if (!found) check() }' "$file")
                ;;
            *)
                uri=$(awk '
                    { sub(/#.*/, ""); gsub(/\[[^]]*\]/, "") }
                    $1 == "deb" && $3 == "bookworm" && $2 ~ /^(https?|file):/ {
                        for (i = 4; i <= NF; i++) if ($i == "main") { print $2; exit }
                    }' "$file")
                ;;
        esac
        if [ -n "$uri" ]; then
            echo "$uri"
            return
        fi
    done
    echo http://deb.debian.org/debian
}

# Builds the cached root: debootstrap in a directory next to the cache's, packed into a
# temporary tarball renamed into place, so that an interrupted build never leaves a cache.
build_cache() {
    begin cache
    local mirror
    mirror=$(host_mirror)
    echo "mirror: $mirror"
    # debootstrap fetches with wget, which knows no apt proxy: hand it the host's.
    if [ -z "${http_proxy:-}" ]; then
        eval "$(apt-config shell http_proxy Acquire::http::Proxy)"
        if [ -n "${http_proxy:-}" ]; then
            export http_proxy
        fi
    fi
    mkdir -p "$(dirname "$cache")"
    build=$(mktemp -d /var/tmp/punchclock-fresh-build.XXXXXX)
    touch "$build/.unfinished"
    # In namespaces too: debootstrap mounts /proc and /sys in the target.
    run_ns debootstrap --variant=minbase --include=git,ca-certificates bookworm "$build/root" "$mirror" \
        || fail_step $?
    # A fresh Debian install has these; minbase lacks them, and tests may resolve "localhost".
    if [ ! -e "$build/root/etc/hosts" ]; then
        printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$build/root/etc/hosts"
    fi
    cache_tmp=$(mktemp "$cache.XXXXXX")
    tar --numeric-owner --xattrs --xattrs-include='*' -C "$build/root" -cf "$cache_tmp" .
    chmod 644 "$cache_tmp"
    mv -f "$cache_tmp" "$cache"
    cache_tmp=""
    nothing_left "$build" || fail_step 1
    rm -rf --one-file-system "$build"
    build=""
    echo "cache: $cache ($(du -h "$cache" | cut -f1))"
}

# Unpacks the cached root and gives it the host's apt set-up, name server and a clone of HEAD.
prepare_root() {
    begin setup
    work=$(mktemp -d /var/tmp/punchclock-fresh.XXXXXX)
    touch "$work/.unfinished"
    mkdir -m 755 "$work/root"
    tar --numeric-owner --xattrs --xattrs-include='*' -C "$work/root" -xpf "$cache"
    local etc=$work/root/etc file
    rm -f "$etc/apt/sources.list" "$etc"/apt/sources.list.d/*
    for file in $(source_files); do
        cp "$file" "$etc/${file#/etc/}"
    done
    # The keyrings those sources are signed by (Signed-By: or [signed-by=]), when they exist here.
    for file in $(source_files | xargs -r grep -hoiE 'signed-by[=:][[:space:]]*[^] ]+' \
        | sed -E 's/^signed-by[=:][[:space:]]*//I' | tr ',' '\n' | grep '^/' | sort -u); do
        if [ -f "$file" ]; then
            mkdir -p "$work/root$(dirname "$file")"
            cp "$file" "$work/root$file"
        fi
    done
    local proxies
    proxies=$(grep -shiE '^[[:space:]]*Acquire::https?::Proxy' /etc/apt/apt.conf /etc/apt/apt.conf.d/* || true)
    if [ -n "$proxies" ]; then
        echo "$proxies" >"$etc/apt/apt.conf.d/01proxy-from-host"
    fi
    for file in /etc/apt/apt.conf.d/99*; do
        if [ -f "$file" ]; then
            cp "$file" "$etc/apt/apt.conf.d/"
        fi
    done
    rm -f "$etc/resolv.conf"
    cp -L /etc/resolv.conf "$etc/resolv.conf"
    # The committed HEAD only. As root, git refuses a repository another user owns; a global
    # config of the clone's own allows it.
    printf '[safe]\n\tdirectory = *\n' >"$work/gitconfig"
    GIT_CONFIG_GLOBAL=$work/gitconfig git clone --quiet --no-hardlinks "$repo" "$work/root/src"
    git -C "$work/root/src" log --oneline -1
}

minutes() {
    echo $((($1 + 30) / 60))
}

# On any exit: ends the namespace still running, if any, checks that nothing is left, removes
# the temporary files (the root unless --keep) and prints the one summary line.
finish() {
    local status=$?
    trap '' INT TERM HUP
    set +e
    if [ -n "$interrupted" ]; then
        failed_step=${failed_step:-$step}
        failure="interrupted ($interrupted)"
    elif [ "$status" -ne 0 ] && [ -z "$failure" ]; then
        failed_step=$step
        failure=$(first_error "$step_line")
    fi
    if [ -n "$ns_pid" ]; then
        kill -KILL "$ns_pid" 2>/dev/null
        wait "$ns_pid" 2>/dev/null
    fi
    echo "==> clean-up ($(date '+%F %T'))"
    local dir left mounts
    for dir in "$build" "$work"; do
        if [ -z "$dir" ] || [ ! -d "$dir" ]; then
            continue
        fi
        if ! left=$(nothing_left "$dir"); then
            echo "$left"
            if [ -z "$failure" ]; then
                failed_step=cleanup
                failure="left behind: $(head -n1 <<<"$left")"
            fi
            force_release "$dir"
        fi
        # Not grep -q: with pipefail, leftovers could then fail on a closed pipe.
        mounts=$(leftovers "$dir" | grep '^mounted:')
        if [ -n "$mounts" ]; then
            echo "still mounted under $dir: not removed"
        elif [ "$dir" = "$work" ] && [ "$keep" = 1 ]; then
            rm -f "$work/gitconfig" "$work/.unfinished"
            say "check-fresh-debian: root kept in $work/root"
        else
            rm -rf --one-file-system "$dir"
        fi
    done
    [ -n "$cache_tmp" ] && rm -f "$cache_tmp"
    local summary code=0
    if [ -z "$failure" ]; then
        local parts=()
        [ "$mode" = inner ] && parts+=("inner $(minutes "$inner_s") min")
        [ "$mode" = all ] || [ "$mode" = tests ] && parts+=("tests $(minutes "$tests_s") min")
        [ "$mode" = all ] || [ "$mode" = console ] && parts+=("console $(minutes "$console_s") min")
        local joined
        joined=$(printf ', %s' "${parts[@]}")
        summary="check-fresh-debian: passed in $(minutes $((SECONDS - start))) min (${joined#, })"
    else
        summary="check-fresh-debian: FAILED ($failed_step): $failure"
        code=1
    fi
    echo "$summary"
    echo "$summary" >&3
    exit "$code"
}
trap finish EXIT
trap 'interrupted=SIGINT; exit 1' INT
trap 'interrupted=SIGTERM; exit 1' TERM
trap 'interrupted=SIGHUP; exit 1' HUP

begin host
# The repository may belong to another user than root.
host_git() {
    git -c safe.directory='*' -C "$repo" "$@"
}
echo "check-fresh-debian: $repo at $(host_git rev-parse --short HEAD), mode $mode"
if [ -n "$(host_git status --porcelain)" ]; then
    say "check-fresh-debian: warning: uncommitted changes are not part of the check (it clones HEAD)"
fi
# What a run killed outright (SIGKILL, power cut) left; the lock says that no run uses it.
for dir in /var/tmp/punchclock-fresh-build.* /var/tmp/punchclock-fresh.*; do
    if [ -e "$dir/.unfinished" ] && [ -z "$(leftovers "$dir")" ]; then
        echo "removing $dir, left by an earlier run"
        rm -rf --one-file-system "$dir"
    fi
done
if ! command -v debootstrap >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 debootstrap
fi
if [ "$refresh" = 1 ] || [ ! -f "$cache" ]; then
    build_cache
fi
prepare_root

case $mode in
    inner)
        begin inner
        t=$SECONDS
        in_root "$inner" || fail_step $?
        inner_s=$((SECONDS - t))
        ;;
    *)
        if [ "$mode" != console ]; then
            begin tests
            t=$SECONDS
            in_root 'cd /src && CI=true bash .ci/run' || fail_step $?
            tests_s=$((SECONDS - t))
        fi
        if [ "$mode" != tests ]; then
            t=$SECONDS
            # The console runs without a network (loopback only), so that its port 8090 is its
            # own and not this host's: install what it needs first, as run-console.sh would.
            begin console-deps
            in_root 'cd /src && scripts/install-deps.sh' || fail_step $?
            # Each as a brand-new user: a HOME nobody has used.
            begin console-first-run
            in_root --loopback "mkdir /tmp/home && export HOME=/tmp/home && $console_command" || fail_step $?
            begin console-db
            in_root --loopback "mkdir /tmp/home /tmp/smoke && export HOME=/tmp/home && $console_command --db /tmp/smoke/punchclock.sqlite" \
                || fail_step $?
            console_s=$((SECONDS - t))
        fi
        ;;
esac
