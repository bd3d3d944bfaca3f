#!/usr/bin/env bash
# Runs COMMAND against a throwaway PostgreSQL 15 cluster: initdb in a temporary folder, the
# server listening on a Unix socket in that folder only (no TCP), one database, then the
# cluster stopped and the folder removed, also when COMMAND fails or the script is interrupted.
# PostgreSQL refuses to run as root: as root, the cluster runs as "nobody" (COMMAND still runs
# as root, connecting through the socket as the superuser role named after the invoking user).
# The folder is the cluster owner's alone (0700), so trust authentication of the invoking user's
# role on its socket admits nobody else; other roles need their password (scram-sha-256).
# fsync is off: the cluster dies with the run, speed matters more than durability
# (PUNCHCLOCK_PG_DURABLE=1 turns it back on, for benchmarks).
# COMMAND sees PUNCHCLOCK_TEST_DB=postgresql:///punchclock_test?host=<socket folder>, and PGHOST,
# PGDATABASE, PGUSER for psql, and PUNCHCLOCK_TEST_PG_CTL, a script that stops the cluster
# (`"$PUNCHCLOCK_TEST_PG_CTL" stop`, fast) and starts it again (`… start`). Exit status:
# COMMAND's; 2 on a wrong command line; 3 when the cluster cannot be set up.
set -euo pipefail

if [ $# -eq 0 ] || [ "$1" = "--help" ]; then
    echo "Usage: scripts/with-throwaway-postgres.sh COMMAND [ARGUMENT]..." >&2
    exit 2
fi

bin=${PUNCHCLOCK_PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "with-throwaway-postgres: no PostgreSQL in $bin (Debian: apt-get install postgresql-15)" >&2
    exit 3
fi

role=$(id -un)
folder=$(mktemp -d "${TMPDIR:-/tmp}/punchclock-pg.XXXXXXXX")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    chown nobody: "$folder"
    as_owner=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups --)
fi
chmod 0700 "$folder"
if ! "${as_owner[@]}" test -w "$folder"; then
    rmdir "$folder"
    echo "with-throwaway-postgres: $(dirname "$folder") does not let the cluster's owner in; set TMPDIR" >&2
    exit 3
fi

started=""
child=""
cleanup() {
    if [ -n "$child" ]; then
        kill -TERM "$child" 2>/dev/null && wait "$child" 2>/dev/null || true
    fi
    if [ -n "$started" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" stop -D "$folder/data" -m immediate -s >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "with-throwaway-postgres: $1 (log follows)" >&2
    cat "$folder/initdb.log" "$folder/server.log" >&2 2>/dev/null || true
    exit 3
}

(cd "$folder" && "${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U "$role" --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$folder/initdb.log" 2>&1) || fail "initdb failed"
# The invoking user's role gets in without a password; every other role needs its password, as
# on a real server, so that tests can check how Punchclock asks for one (~/.pgpass, a prompt).
printf 'local all %s trust\nlocal all all scram-sha-256\n' "$role" |
    "${as_owner[@]}" tee "$folder/data/pg_hba.conf" >/dev/null || fail "cannot write pg_hba.conf"
started=yes
# PUNCHCLOCK_PG_DURABLE=1 keeps PostgreSQL's durable defaults (fsync, synchronous_commit), for
# benchmarks whose figures must mean what a production server gives.
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${PUNCHCLOCK_PG_DURABLE:-0}" = 1 ] && durability="-c fsync=on -c synchronous_commit=on"
pg_start=("${as_owner[@]}" "$bin/pg_ctl" start -D "$folder/data" -w -t 60 -l "$folder/server.log"
    -o "-c listen_addresses='' -c unix_socket_directories='$folder' -c unix_socket_permissions=0700 \
        $durability")
(cd "$folder" && "${pg_start[@]}" >/dev/null) || fail "the server did not start"
# For tests of a database going away under a running server: "$PUNCHCLOCK_TEST_PG_CTL" stop|start.
printf '#!/bin/sh\ncd %q || exit 1\ncase "$1" in\nstop) exec %s stop -D %q -m fast -w ;;\nstart) exec %s ;;\nesac\nexit 2\n' \
    "$folder" "$(printf '%q ' "${as_owner[@]}" "$bin/pg_ctl")" "$folder/data" "$(printf '%q ' "${pg_start[@]}")" \
    >"$folder/pg-ctl" && chmod 0755 "$folder/pg-ctl"
"$bin/createdb" -h "$folder" -U "$role" punchclock_test || fail "createdb failed"

export PGHOST=$folder PGUSER=$role PGDATABASE=punchclock_test
export PUNCHCLOCK_TEST_DB="postgresql:///punchclock_test?host=$folder" PUNCHCLOCK_TEST_PG_CTL=$folder/pg-ctl
# In the background and waited for, so that a signal to this script stops the cluster at once
# (and COMMAND first) rather than after COMMAND ends; stdin stays COMMAND's.
"$@" <&0 &
child=$!
status=0
wait "$child" || status=$?
child=""
exit "$status"
