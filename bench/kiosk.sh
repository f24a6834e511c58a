#!/usr/bin/env bash
# Kiosk benchmark: 16 simulated kiosks file complaints over HTTP as the browser does (views,
# Faces/PrimeFaces ajax postbacks with the ViewState, session reset), then the REST filing rate
# (POST /api/v1/complaints) with as many clients, against a server of its own with a fresh
# database. Needs the server the build assembles: run `mvn -B -ntp -DskipTests verify` first.
#
#   bench/kiosk.sh [--postgresql] [--pace MILLIS] [KIOSKS] [KIOSK_SECONDS] [REST_SECONDS] [WARMUP_SECONDS]
#
# --pace MILLIS: each kiosk taps at a citizen's pace, one request every MILLIS, instead of tapping
# again as soon as the answer is there; e.g. 64 kiosks at one tap per 1.5 s, REST filing left out:
#   bench/kiosk.sh --pace 1500 64 180 0 60
#
# On a 2-core machine the server runs on core 0 and the load generator on core 1 (taskset).
# --postgresql: the server on a fresh PostgreSQL database of the benchmarks' own cluster
# (bench/postgresql.sh, on core 0 with the server), and after the REST filing, in the same run, raw
# durable inserts into that database with as many clients (bench/kiosk/RawInserts.java).
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=derby
PACE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --postgresql) DATABASE=postgresql; shift ;;
    --pace) PACE=$2; shift 2 ;;
    *) break ;;
  esac
done
KIOSKS=${1:-16}
KIOSK_SECONDS=${2:-60}
REST_SECONDS=${3:-30}
WARMUP=${4:-15}

# shellcheck source=bench/server.sh
. bench/server.sh
bench_server_create servicehall-bench \
    '    <variable name="servicehall.limits.kiosk.filings.per.hour" value="1000000"/>'
PORT=$BENCH_PORT
bench_cpus
DB_NOTE="Derby embedded, fresh database"
if [ "$DATABASE" = postgresql ]; then
  # shellcheck source=bench/postgresql.sh
  . bench/postgresql.sh
  bench_pg_start servicehall_kiosk
  bench_pg_fresh servicehall_kiosk
  if [ -n "$SERVER_CPU" ]; then
    # the database shares the application server's core, as on a one-machine hall (the backends
    # forked for the server's connections inherit the postmaster's affinity)
    taskset -pc 0 "$(head -1 "$BENCH_PG_DIR/data/postmaster.pid")" >/dev/null
  fi
  bench_server_postgresql servicehall_kiosk
  DB_NOTE="PostgreSQL $("$BENCH_PG_BIN/postgres" --version | awk '{print $3}') (default settings, fsync on), fresh database"
fi
trap bench_server_stop EXIT
bench_server_start

echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
     "server pinned: ${SERVER_CPU:-no}; $DB_NOTE"
$CLIENT_CPU java bench/kiosk/KioskBench.java "http://localhost:$PORT" "$KIOSKS" "$KIOSK_SECONDS" "$REST_SECONDS" "$WARMUP" "$PACE"
if [ "$DATABASE" = postgresql ] && [ "$REST_SECONDS" -gt 0 ]; then
  # the same clients, straight into the same database: the floor under the REST filing rate
  $CLIENT_CPU java -cp server/target/db-tools/postgresql.jar bench/kiosk/RawInserts.java "$BENCH_PG_URL" \
    "$BENCH_PG_USER" "$KIOSKS" "$REST_SECONDS"
fi
