#!/usr/bin/env bash
# Filing benchmark, in one run against a server of its own on a fresh database: REST filing
# (POST /api/v1/complaints) with 1 client and with CLIENTS clients (rate, p50, p99), the first
# page of work queues over REST with 2 clients once the filings have filled the NEW queue
# (bench/filing/queue_pages.py), then the raw durable insert rate of the same database (one ~1 KB
# row per autocommit, CLIENTS threads), and the ratio of the two. Needs the server the build
# assembles: run `mvn -B -ntp -DskipTests verify` first.
#
#   bench/filing.sh [--postgresql] [--war FILE] [CLIENTS] [SECONDS] [WARMUP_SECONDS]     (16, 30, 300)
#
# WARMUP_SECONDS bounds the warm-up with one client, which goes on 30 s at a time until the server's
# JIT compiler has settled.
#
# --war FILE: runs that application instead of the one the build assembled (a copy of an earlier
# build's servicehall.war, to compare two versions on the same machine within minutes).
#
# On a machine with 2 cores or more the server (and PostgreSQL) run on core 0 and the load
# generator on core 1 (taskset). Embedded Derby: the raw inserts run after the server has stopped,
# on the same database directory, in a JVM on core 0 (the database engine is in that JVM, as it is
# in the server's). --postgresql: a fresh database in the benchmarks' own cluster
# (bench/postgresql.sh), PostgreSQL on core 0, the raw inserts' clients on core 1.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=derby
WAR=""
while [ $# -gt 0 ]; do
  case "$1" in
    --postgresql) DATABASE=postgresql; shift ;;
    --war) WAR=$(realpath "$2"); shift 2 ;;
    *) break ;;
  esac
done
CLIENTS=${1:-16}
SECONDS_EACH=${2:-30}
WARMUP=${3:-300}

# A server of its own: the same configuration and application, its own port and database.
# shellcheck source=bench/server.sh
. bench/server.sh
bench_server_create servicehall-filingbench
BENCH=$BENCH_DIR
PORT=$BENCH_PORT
if [ -n "$WAR" ]; then
  rm -rf "$BENCH/apps/expanded"
  cp "$WAR" "$BENCH/apps/servicehall.war"
fi
bench_cpus
DB_NOTE="Derby embedded (default durability), fresh database"
if [ "$DATABASE" = postgresql ]; then
  # shellcheck source=bench/postgresql.sh
  . bench/postgresql.sh
  bench_pg_start servicehall_filing
  bench_pg_fresh servicehall_filing
  if [ -n "$SERVER_CPU" ]; then
    taskset -pc 0 "$(head -1 "$BENCH_PG_DIR/data/postmaster.pid")" >/dev/null
  fi
  bench_server_postgresql servicehall_filing
  DB_NOTE="PostgreSQL $("$BENCH_PG_BIN/postgres" --version | awk '{print $3}') (default settings, fsync on), fresh database"
fi
stop() {
  bench_server_stop
  if [ "$DATABASE" = postgresql ]; then bench_pg_stop; fi
}
trap stop EXIT
bench_server_start

echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
     "server pinned: ${SERVER_CPU:-no}; $DB_NOTE; application ${WAR:-as built}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up with one client, 30 s at a time, until the server's JIT compiler has settled (fewer than
# 300 methods compiled in 30 s) or WARMUP_SECONDS have passed: a server pinned to one core needs
# minutes before the filing path is compiled, and the figures before that measure the compiler.
echo "warm-up with 1 client until the JIT settles (at most ${WARMUP} s):"
# shellcheck disable=SC2086 # CLIENT_CPU is a command prefix or nothing
bench_warm_up "$WARMUP" $CLIENT_CPU java bench/filing/FilingBench.java "http://localhost:$PORT" 1 0 30
echo "REST filing, POST /api/v1/complaints, ${SECONDS_EACH} s each after ${BENCH_WARMED} s of warm-up:"
OUT=$(mktemp)
$CLIENT_CPU java bench/filing/FilingBench.java "http://localhost:$PORT" "1,$CLIENTS" "$SECONDS_EACH" 2 | tee "$OUT"
echo "load average after filing: $(cut -d' ' -f1-3 /proc/loadavg)"
# The filings have filled the NEW queue (and ALL): its first page, as the clerks' screens ask for it.
echo "first page of work queues over REST, 2 clients, 15 s each, after the filings:"
$CLIENT_CPU python3 bench/filing/queue_pages.py "http://localhost:$PORT" 2 15

if [ "$DATABASE" = postgresql ]; then
  bench_server_stop >/dev/null 2>&1 || true
  $CLIENT_CPU java -cp server/target/db-tools/postgresql.jar bench/kiosk/RawInserts.java "$BENCH_PG_URL" \
    "$BENCH_PG_USER" "$CLIENTS" "$SECONDS_EACH" | tee -a "$OUT"
else
  # embedded Derby is open in one JVM at a time: the server's first
  bench_server_stop >/dev/null
  $SERVER_CPU java -cp "$BENCH_WLP/usr/shared/resources/derby/*" bench/kiosk/RawInserts.java \
    "jdbc:derby:$(pwd)/$BENCH/data/servicehall-db" "" "$CLIENTS" "$SECONDS_EACH" | tee -a "$OUT"
fi

awk -v clients="$CLIENTS" '
  $1 == "RESULT" && $2 == "raw" { raw = $3 }
  $1 == "RESULT" && $2 == 1 { one = $3; oneP50 = $4 }
  $1 == "RESULT" && $2 == clients { many = $3; manyP99 = $5 }
  END {
    if (raw > 0) {
      printf "\nfiling / raw: %d clients %.1f / %.1f = %.3f (target >= 0.1, p99 %.1f ms, target <= 50); 1 client %.1f / %.1f = %.3f (p50 %.2f ms, target <= 2)\n",
        clients, many, raw, many / raw, manyP99, one, raw, one / raw, oneP50
    }
  }' "$OUT"
rm -f "$OUT"
