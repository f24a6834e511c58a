#!/usr/bin/env bash
# Staff screens over HTTP on a million complaints: a server of its own on the database that
# bench/queries.sh loaded (bench/target/bench-db), then bench/staff/staff_http.py logs in as a
# handler, a clerk and the supervisor and times the first page of every work queue and the
# dashboard, as the browser loads them. Needs the assembled server
# (`mvn -B -ntp -DskipTests verify`) and a loaded database (`bash bench/queries.sh`, once).
#
#   bench/staff.sh [--postgresql] [RUNS] [WARMUP_SECONDS]     (15, 300)
#
# It times the screens twice: just after the server's start, then after a warm-up that loads every
# screen in turn, 30 s at a time, until the server's JIT compiler has settled (fewer than 300
# methods compiled in 30 s) or WARMUP_SECONDS have passed: a server open all day runs compiled
# code, and the first minutes after a start measure the compiler.
#
# Last, the server's heap after the run and a full collection (jcmd GC.heap_info).
#
# --postgresql: on the PostgreSQL database that `bash bench/queries.sh --postgresql` loaded (the
# benchmarks' own cluster, bench/postgresql.sh), the server's PostgreSQL data source.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=derby
if [ "${1:-}" = "--postgresql" ]; then DATABASE=postgresql; shift; fi
RUNS=${1:-15}
WARMUP=${2:-300}
DB=bench/target/bench-db
if [ "$DATABASE" = derby ] && [ ! -d "$DB" ]; then
  echo "No loaded database: run 'bash bench/queries.sh' first (it loads $DB)." >&2; exit 1
fi
if [ "$DATABASE" = postgresql ] && [ ! -d bench/target/postgresql ]; then
  echo "No loaded database: run 'bash bench/queries.sh --postgresql' first." >&2; exit 1
fi

# The server's data folder holds the database as servicehall-db: a link to the loaded one.
DATA=$(pwd)/bench/target/staff-data
rm -rf "$DATA" && mkdir -p "$DATA"
[ "$DATABASE" = derby ] && ln -s "$(pwd)/$DB" "$DATA/servicehall-db"
# shellcheck source=bench/server.sh
. bench/server.sh
bench_server_create servicehall-staffbench "    <variable name=\"servicehall.data.dir\" value=\"$DATA\"/>"
PORT=$BENCH_PORT
DB_NOTE="Derby embedded with its default page cache"
if [ "$DATABASE" = postgresql ]; then
  # shellcheck source=bench/postgresql.sh
  . bench/postgresql.sh
  bench_pg_start servicehall_bench
  bench_server_postgresql servicehall_bench
  DB_NOTE="PostgreSQL $("$BENCH_PG_BIN/postgres" --version | awk '{print $3}') (bench/target/postgresql, default settings)"
fi
trap bench_server_stop EXIT
bench_server_start
# The demo users log in through the server's registry; the loaded data names other staff. Place
# the demo handler in the largest department so that its queues hold the department's cases.
curl -fs -o /dev/null -u zhao.min:Demo-2026 -X PUT -H 'Content-Type: application/json' \
  -d '{"username":"zhang.wei","displayName":"张伟","staffNumber":"H101","departmentCode":"REAL_ESTATE","window":"12","active":true}' \
  "http://localhost:$PORT/api/v1/directory/staff/zhang.wei"
COUNT=$(curl -fs -u zhao.min:Demo-2026 "http://localhost:$PORT/api/v1/queues/all?limit=1" | python3 -c 'import json,sys; p=json.load(sys.stdin); print(str(p["total"]) + ("+" if p.get("totalCapped") else ""))')
echo "$(date -u +%FT%TZ) on $(nproc) cores, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2); $DB_NOTE; $COUNT complaints"
echo "just after the start:"
python3 bench/staff/staff_http.py "http://localhost:$PORT" "$RUNS"
echo "warm-up, every screen in turn, until the JIT settles (at most ${WARMUP} s):"
bench_warm_up "$WARMUP" python3 bench/staff/staff_http.py "http://localhost:$PORT" --warm 30
echo "after ${BENCH_WARMED} s of warm-up:"
python3 bench/staff/staff_http.py "http://localhost:$PORT" "$RUNS"
# The server's live heap after the run (issue 15: at most 512 MiB on a million complaints): a full
# collection first, so that what jcmd reports as used is what the server still holds.
PID=$(cat "$BENCH_WLP/usr/servers/.pid/$BENCH_NAME.pid")
jcmd "$PID" GC.run >/dev/null
jcmd "$PID" GC.heap_info | awk '/heap/ && /used/ {
  for (i = 1; i <= NF; i++) { if ($i == "total") total = $(i + 1); if ($i == "used") used = $(i + 1) }
  gsub(/[K,]/, "", total); gsub(/[K,]/, "", used)
  printf "server heap after the run and a full collection: %.0f MiB used of %.0f MiB committed\n", used / 1024, total / 1024 }'
