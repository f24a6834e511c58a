#!/usr/bin/env bash
# A whole ServiceHall cluster on this machine, for trying and for measuring: a PostgreSQL cluster,
# two nodes on its database (servicehall.nodes=several: sessions in the database, shared single
# sign-on keys, each its own node id and plugin folder) and HAProxy in front (config/haproxy/).
#
#   bench/cluster.sh start    # after 'mvn -B -ntp -DskipTests verify'; prints the addresses
#   bench/cluster.sh stop
#   bench/cluster.sh bench [CLIENTS] [SECONDS] [WARMUP_SECONDS]   (16, 30, 10)
#
# bench: in one run on a fresh cluster, REST filing (bench/filing/FilingBench.java, 1 and CLIENTS
# clients) through HAProxy with both nodes, then through HAProxy with node b stopped (one node),
# then the raw durable insert rate of the same PostgreSQL (one ~1 KB row per autocommit, CLIENTS
# threads), and the ratios. Everything shares this machine's cores: no pinning.
#
# Demo staff and data as in the README's demo run. Needs Debian's postgresql and haproxy packages.
# Kill a node to see what happens: kill -9 "$(cat server/target/liberty/wlp/usr/servers/.pid/cluster-node-a.pid)"
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
. bench/postgresql.sh

STATE=bench/target/cluster
DATABASE=servicehall_cluster
LB_PORT=${SERVICEHALL_LB_PORT:-8080}
STATS_PORT=${SERVICEHALL_LB_STATS_PORT:-8404}

# node NAME ID: a fresh node (BENCH_* of bench/server.sh) on the cluster's database
node() {
    BENCH_PLUGINS="$(pwd)/$STATE/plugins-$2"
    rm -rf "$BENCH_PLUGINS"
    cp -r server/target/plugins "$BENCH_PLUGINS"
    bench_server_create "$1" "    <variable name=\"servicehall.node.id\" value=\"$2\"/>
    <variable name=\"servicehall.ltpa.keys.file\" value=\"$(pwd)/$STATE/ltpa.keys\"/>
    <variable name=\"servicehall.ltpa.keys.password\" value=\"$LTPA_PASSWORD\"/>
    <variable name=\"servicehall.limits.forwarded.trusted\" value=\"true\"/>"
    bench_server_postgresql "$DATABASE"
    echo "SERVICEHALL_NODES=several" >> "$BENCH_DIR/server.env"
}

start() {
    command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install -y haproxy" >&2; exit 1; }
    stop >/dev/null 2>&1 || true
    mkdir -p "$STATE"
    # the database outlives this script (bench/postgresql.sh's cluster stops with its caller otherwise)
    SERVICEHALL_PG_NO_WATCH=1 bench_pg_start "$DATABASE"
    bench_pg_fresh "$DATABASE"
    LTPA_PASSWORD=$(head -c 18 /dev/urandom | base64)
    rm -f "$STATE/ltpa.keys"
    "$BENCH_WLP/bin/securityUtility" createLTPAKeys --file="$STATE/ltpa.keys" --password="$LTPA_PASSWORD" >/dev/null
    node cluster-node-a a
    A_PORT=$BENCH_PORT
    bench_server_start
    node cluster-node-b b
    B_PORT=$BENCH_PORT
    bench_server_start
    SERVICEHALL_LB_BIND="127.0.0.1:$LB_PORT" SERVICEHALL_NODE_A="127.0.0.1:$A_PORT" \
        SERVICEHALL_NODE_B="127.0.0.1:$B_PORT" SERVICEHALL_LB_STATS="127.0.0.1:$STATS_PORT" \
        haproxy -D -p "$(pwd)/$STATE/haproxy.pid" -f config/haproxy/haproxy.cfg
    cat > "$STATE/addresses" <<TXT
LB_PORT=$LB_PORT
A_PORT=$A_PORT
B_PORT=$B_PORT
PG_PORT=$BENCH_PG_PORT
TXT
    echo "ServiceHall cluster: http://localhost:$LB_PORT/ (HAProxy; statistics http://localhost:$STATS_PORT/)"
    echo "  node a: http://localhost:$A_PORT/   node b: http://localhost:$B_PORT/   PostgreSQL: 127.0.0.1:$BENCH_PG_PORT"
}

stop() {
    [ -f "$STATE/haproxy.pid" ] && kill "$(cat "$STATE/haproxy.pid")" 2>/dev/null || true
    rm -f "$STATE/haproxy.pid"
    for name in cluster-node-a cluster-node-b; do
        "$BENCH_WLP/bin/server" stop "$name" >/dev/null 2>&1 || true
    done
    bench_pg_stop
}

bench() {
    local clients=${1:-16} seconds=${2:-30} warmup=${3:-10} out
    trap stop EXIT
    start >/dev/null
    out=$(mktemp)
    echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
         "PostgreSQL $("$BENCH_PG_BIN/postgres" --version | awk '{print $3}') (default settings, fsync on), fresh database;" \
         "HAProxy $(haproxy -v | head -1 | awk '{print $3}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "REST filing through HAProxy, two nodes (${seconds} s each after ${warmup} s warm-up):"
    java bench/filing/FilingBench.java "http://localhost:$LB_PORT" "1,$clients" "$seconds" "$warmup" \
        | sed 's/^RESULT /RESULT two-nodes /' | tee -a "$out"
    "$BENCH_WLP/bin/server" stop cluster-node-b >/dev/null
    echo "REST filing through HAProxy, node b stopped (one node):"
    java bench/filing/FilingBench.java "http://localhost:$LB_PORT" "1,$clients" "$seconds" "$warmup" \
        | sed 's/^RESULT /RESULT one-node /' | tee -a "$out"
    "$BENCH_WLP/bin/server" stop cluster-node-a >/dev/null
    java -cp server/target/db-tools/postgresql.jar bench/kiosk/RawInserts.java "$BENCH_PG_URL" \
        "$BENCH_PG_USER" "$clients" "$seconds" | tee -a "$out"
    awk -v clients="$clients" '
      $1 == "RESULT" && $2 == "raw" { raw = $3 }
      $1 == "RESULT" && $3 == clients { rate[$2] = $4; p99[$2] = $6 }
      END {
        printf "\n%d clients: two nodes %.1f/s (p99 %.1f ms), one node %.1f/s (p99 %.1f ms), raw inserts %.1f/s; two nodes / one node %.2f, two nodes / raw %.3f\n",
          clients, rate["two-nodes"], p99["two-nodes"], rate["one-node"], p99["one-node"], raw,
          rate["two-nodes"] / rate["one-node"], rate["two-nodes"] / raw
      }' "$out"
    rm -f "$out"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    bench) shift; bench "$@" ;;
    *) echo "usage: bench/cluster.sh start|stop|bench [CLIENTS] [SECONDS] [WARMUP_SECONDS]" >&2; exit 2 ;;
esac
