#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the integration tests and the benchmarks: Debian's server
# binaries (package postgresql), a fresh data directory, TCP on 127.0.0.1 only, one superuser
# with a password (scram-sha-256), stopped when the build that started it ends.
#
#   test-cluster.sh start DIR PORT USER PASSWORD DATABASE   # fresh cluster in DIR, DATABASE owned by USER
#   test-cluster.sh stop DIR
#
# SERVICEHALL_PG_KEEP=1 starts the cluster already in DIR with its data (the benchmarks reuse a
# loaded database), creating DATABASE only if it is missing.
#
# initdb refuses to run as root: as root the cluster runs as the system user postgres (its data
# directory moves to a folder postgres may write if DIR's parents are closed to it); as any other
# user it runs as that user.
set -euo pipefail

die() { echo "test-cluster.sh: $*" >&2; exit 1; }

find_bin() {
    local dir
    if [ -n "${POSTGRESQL_BIN:-}" ] && [ -x "$POSTGRESQL_BIN/initdb" ]; then echo "$POSTGRESQL_BIN"; return; fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
    die "no PostgreSQL server binaries (initdb, pg_ctl) found in /usr/lib/postgresql/*/bin or on the PATH.
The integration tests on PostgreSQL need them: install them with
    apt-get install -y postgresql
(or set POSTGRESQL_BIN to the folder of initdb), or leave those tests out with
    mvn verify -Dservicehall.it.postgresql=false"
}

# Runs a command as the cluster's owner: postgres when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

data_dir_of() {
    # the real data directory (DIR itself, or where DIR/data points when it had to move)
    if [ -L "$1/data" ]; then readlink "$1/data"; else echo "$1/data"; fi
}

start() {
    local dir="$1" port="$2" user="$3" password="$4" database="$5" bin data
    bin="$(find_bin)"
    [ -x "$bin/pg_ctl" ] || die "$bin has initdb but no pg_ctl"
    stop_quietly "$dir"
    if [ -n "${SERVICEHALL_PG_KEEP:-}" ] && [ -f "$(data_dir_of "$dir")/PG_VERSION" ]; then
        restart "$dir" "$port" "$user" "$password" "$database" "$bin"
        return
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    data="$dir/data"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || die "running as root, but there is no system user postgres to run the cluster as (apt-get install -y postgresql creates it)"
        mkdir -p "$data"
        chown postgres: "$dir" "$data"
        if ! runuser -u postgres -- test -w "$data"; then
            # a parent of DIR is closed to postgres (e.g. under /root): keep the data in /tmp
            rmdir "$data"
            local elsewhere
            elsewhere="$(mktemp -d /tmp/servicehall-pg.XXXXXX)"
            chown postgres: "$elsewhere"
            ln -s "$elsewhere" "$data"
            data="$elsewhere"
        fi
    fi
    local pwfile
    pwfile="$(mktemp)"
    printf '%s\n' "$password" > "$pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$pwfile"
    as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$pwfile" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 \
        || { rm -f "$pwfile"; cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pwfile"
    run_cluster "$dir" "$port" "$user" "$password" "$database" "$bin" "$data"
    PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE DATABASE \"$database\" OWNER \"$user\"" \
        || die "could not create database $database"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data, database $database"
}

restart() {
    local dir="$1" port="$2" user="$3" password="$4" database="$5" bin="$6" data
    data="$(data_dir_of "$dir")"
    run_cluster "$dir" "$port" "$user" "$password" "$database" "$bin" "$data"
    if [ -z "$(PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAq \
            -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
        PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -q \
            -c "CREATE DATABASE \"$database\" OWNER \"$user\"" || die "could not create database $database"
    fi
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data kept in $data, database $database"
}

run_cluster() {
    local dir="$1" port="$2" user="$3" password="$4" database="$5" bin="$6" data="$7"
    # fsync stays on: the backup tests and the benchmarks measure durable commits
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200" start \
        > "$dir/pg_ctl.log" 2>&1 \
        || { cat "$dir/pg_ctl.log" "$data/server.log" >&2 2>/dev/null; die "the cluster did not start on port $port"; }
    echo "$bin" > "$dir/bin"
    echo "$port" > "$dir/port"
    watch_build "$dir" "$bin" "$data"
}

# Stops the cluster once the build (our parent, the Maven JVM) is gone, whatever way it ended.
watch_build() {
    local dir="$1" bin="$2" data="$3" build="$PPID"
    [ -n "${SERVICEHALL_PG_NO_WATCH:-}" ] && return
    nohup setsid bash -c '
        while kill -0 "$0" 2>/dev/null && [ -f "$2/postmaster.pid" ]; do sleep 2; done
        if [ -f "$2/postmaster.pid" ]; then
            if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$1/pg_ctl" -D "$2" -m fast -w stop
            else "$1/pg_ctl" -D "$2" -m fast -w stop; fi
        fi' "$build" "$bin" "$data" > "$dir/watch.log" 2>&1 < /dev/null &
}

stop_quietly() {
    local dir="$1" data bin
    [ -f "$dir/bin" ] || return 0
    bin="$(cat "$dir/bin")"
    data="$(data_dir_of "$dir")"
    [ -f "$data/postmaster.pid" ] || return 0
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop > /dev/null 2>&1 || true
}

stop() {
    local dir="$1"
    stop_quietly "$dir"
    local data
    data="$(data_dir_of "$dir" 2>/dev/null || true)"
    if [ -n "$data" ] && [ -f "$data/postmaster.pid" ]; then die "the cluster in $data did not stop"; fi
    echo "PostgreSQL test cluster stopped"
}

case "${1:-}" in
    start) [ $# -eq 6 ] || die "usage: $0 start DIR PORT USER PASSWORD DATABASE"; start "$2" "$3" "$4" "$5" "$6" ;;
    stop)  [ $# -eq 2 ] || die "usage: $0 stop DIR"; stop "$2" ;;
    *) die "usage: $0 start DIR PORT USER PASSWORD DATABASE | stop DIR" ;;
esac
