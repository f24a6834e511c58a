#!/usr/bin/env bash
# HAProxy in front of the build's two PostgreSQL test nodes, with the shipped configuration
# (config/haproxy/haproxy.cfg), for the cluster integration tests (it/cluster).
#
#   haproxy.sh start DIR CONFIG LB_PORT STATS_PORT NODE_A_PORT NODE_B_PORT
#   haproxy.sh stop DIR
#
# It stops by itself when the build that started it ends, whatever way it ended.
set -euo pipefail

die() { echo "haproxy.sh: $*" >&2; exit 1; }

start() {
    local dir="$1" config="$2" build="$PPID"
    command -v haproxy >/dev/null 2>&1 || die "haproxy is missing. The cluster tests need it:
    apt-get install -y haproxy
or leave the PostgreSQL and cluster tests out with
    mvn verify -Dservicehall.it.postgresql=false"
    stop "$dir"
    mkdir -p "$dir"
    # in the foreground of a process of its own, so that its log (stdout) goes to haproxy.log
    SERVICEHALL_LB_BIND="127.0.0.1:$3" SERVICEHALL_LB_STATS="127.0.0.1:$4" \
        SERVICEHALL_NODE_A="127.0.0.1:$5" SERVICEHALL_NODE_B="127.0.0.1:$6" \
        nohup setsid haproxy -db -f "$config" > "$dir/haproxy.log" 2>&1 < /dev/null &
    echo $! > "$dir/haproxy.pid"
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$3") 2>/dev/null; then break; fi
        kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null || { cat "$dir/haproxy.log" >&2; die "HAProxy did not start on port $3"; }
        sleep 0.1
    done
    echo "HAProxy on 127.0.0.1:$3 in front of nodes on ports $5 and $6"
    nohup setsid bash -c '
        while kill -0 "$0" 2>/dev/null && [ -f "$1" ]; do sleep 2; done
        [ -f "$1" ] && kill "$(cat "$1")" 2>/dev/null; rm -f "$1"' "$build" "$dir/haproxy.pid" \
        > "$dir/watch.log" 2>&1 < /dev/null &
}

stop() {
    local pid_file="$1/haproxy.pid"
    if [ -f "$pid_file" ]; then
        kill "$(cat "$pid_file")" 2>/dev/null || true
        rm -f "$pid_file"
    fi
}

case "${1:-}" in
    start) shift; [ $# -eq 6 ] || die "usage: haproxy.sh start DIR CONFIG LB_PORT STATS_PORT NODE_A_PORT NODE_B_PORT"; start "$@" ;;
    stop) shift; [ $# -eq 1 ] || die "usage: haproxy.sh stop DIR"; stop "$1" ;;
    *) die "usage: haproxy.sh start|stop ..." ;;
esac
