#!/usr/bin/env bash
# Kiosk benchmark: 16 simulated kiosks file complaints over HTTP as the browser does (views,
# Faces/PrimeFaces ajax postbacks with the ViewState, session reset), then the REST filing rate
# (POST /api/v1/complaints) with as many clients, against a server of its own with a fresh
# database. Needs the server the build assembles: run `mvn -B -ntp -DskipTests verify` first.
#
#   bench/kiosk.sh [--postgresql] [KIOSKS] [KIOSK_SECONDS] [REST_SECONDS] [WARMUP_SECONDS]
#
# On a 2-core machine the server runs on core 0 and the load generator on core 1 (taskset).
# --postgresql: the server on a fresh PostgreSQL database of the benchmarks' own cluster
# (bench/postgresql.sh, on core 0 with the server), and after the REST filing, in the same run, raw
# durable inserts into that database with as many clients (bench/kiosk/RawInserts.java).
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=derby
if [ "${1:-}" = "--postgresql" ]; then DATABASE=postgresql; shift; fi
KIOSKS=${1:-16}
KIOSK_SECONDS=${2:-60}
REST_SECONDS=${3:-30}
WARMUP=${4:-15}

WLP=server/target/liberty/wlp
# The test server the build assembled gives the runtime's configuration and the application; the
# demo's additions (demo users, demo directory, unsigned plugins) come from the build's staged copy,
# never the test server's own test settings.
SOURCE=$WLP/usr/servers/servicehall-it
DEMO=server/target/liberty-config/demo/configDropins/overrides
NAME=servicehall-bench
BENCH=$WLP/usr/servers/$NAME
if [ ! -f "$SOURCE/apps/servicehall.war" ] || [ ! -d "$DEMO" ] || [ ! -d server/target/plugins ]; then
  echo "No assembled server: run 'mvn -B -ntp -DskipTests verify' first." >&2
  exit 1
fi

# A server of its own: the same configuration and application, its own ports and database.
rm -rf "$BENCH"
mkdir -p "$BENCH/configDropins/overrides"
cp -r "$SOURCE/server.xml" "$SOURCE/jvm.options" "$SOURCE/bootstrap.properties" "$SOURCE/db" "$SOURCE/apps" "$BENCH/"
cp "$DEMO"/*.xml "$BENCH/configDropins/overrides/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$BENCH/configDropins/overrides/bench.xml" <<XML
<server>
    <variable name="default.http.port" value="$PORT"/>
    <variable name="default.https.port" value="-1"/>
    <variable name="default.host" value="localhost"/>
    <variable name="servicehall.limits.unlimited" value="127.0.0.1,0:0:0:0:0:0:0:1"/>
    <variable name="servicehall.limits.kiosk.filings.per.hour" value="1000000"/>
    <variable name="servicehall.plugins.dir" value="$(pwd)/server/target/plugins"/>
</server>
XML

SERVER_CPU=""
CLIENT_CPU=""
if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
  SERVER_CPU="taskset -c 0"
  CLIENT_CPU="taskset -c 1"
fi
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
  echo "SERVICEHALL_DB=postgresql" > "$BENCH/server.env"
  cat > "$BENCH/configDropins/overrides/bench-postgresql.xml" <<XML
<server>
    <variable name="servicehall.db.host" value="127.0.0.1"/>
    <variable name="servicehall.db.port" value="$BENCH_PG_PORT"/>
    <variable name="servicehall.db.name" value="servicehall_kiosk"/>
    <variable name="servicehall.db.user" value="$BENCH_PG_USER"/>
    <variable name="servicehall.db.password" value="$PGPASSWORD"/>
    <variable name="servicehall.db.sslmode" value="disable"/>
</server>
XML
  DB_NOTE="PostgreSQL $("$BENCH_PG_BIN/postgres" --version | awk '{print $3}') (default settings, fsync on), fresh database"
fi
stop() { "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; }
trap stop EXIT
$SERVER_CPU "$WLP/bin/server" start "$NAME" >/dev/null
for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$PORT/health/ready" >/dev/null || { echo "the bench server did not become ready" >&2; exit 1; }

echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
     "server pinned: ${SERVER_CPU:-no}; $DB_NOTE"
$CLIENT_CPU java bench/kiosk/KioskBench.java "http://localhost:$PORT" "$KIOSKS" "$KIOSK_SECONDS" "$REST_SECONDS" "$WARMUP"
if [ "$DATABASE" = postgresql ]; then
  # the same clients, straight into the same database: the floor under the REST filing rate
  $CLIENT_CPU java -cp server/target/db-tools/postgresql.jar bench/kiosk/RawInserts.java "$BENCH_PG_URL" \
    "$BENCH_PG_USER" "$KIOSKS" "$REST_SECONDS"
fi
