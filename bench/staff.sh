#!/usr/bin/env bash
# Staff screens over HTTP on a million complaints: a server of its own on the database that
# bench/queries.sh loaded (bench/target/bench-db), then bench/staff/staff_http.py logs in as a
# handler, a clerk and the supervisor and times the first page of every work queue and the
# dashboard, as the browser loads them. Needs the assembled server
# (`mvn -B -ntp -DskipTests verify`) and a loaded database (`bash bench/queries.sh`, once).
#
#   bench/staff.sh [--postgresql] [RUNS]
#
# --postgresql: on the PostgreSQL database that `bash bench/queries.sh --postgresql` loaded (the
# benchmarks' own cluster, bench/postgresql.sh), the server's PostgreSQL data source.
set -euo pipefail
cd "$(dirname "$0")/.."
DATABASE=derby
if [ "${1:-}" = "--postgresql" ]; then DATABASE=postgresql; shift; fi
RUNS=${1:-15}
WLP=server/target/liberty/wlp
# The test server the build assembled gives the runtime's configuration and the application; the
# demo's additions (demo users, demo directory, unsigned plugins) come from the build's staged copy,
# never the test server's own test settings.
SOURCE=$WLP/usr/servers/servicehall-it
DEMO=server/target/liberty-config/demo/configDropins/overrides
NAME=servicehall-staffbench
BENCH=$WLP/usr/servers/$NAME
DB=bench/target/bench-db
if [ ! -f "$SOURCE/apps/servicehall.war" ] || [ ! -d "$DEMO" ]; then
  echo "No assembled server: run 'mvn -B -ntp -DskipTests verify' first." >&2; exit 1
fi
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
rm -rf "$BENCH" && mkdir -p "$BENCH/configDropins/overrides"
cp -r "$SOURCE/server.xml" "$SOURCE/jvm.options" "$SOURCE/bootstrap.properties" "$SOURCE/db" "$SOURCE/apps" "$BENCH/"
cp "$DEMO"/*.xml "$BENCH/configDropins/overrides/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$BENCH/configDropins/overrides/bench.xml" <<XML
<server>
    <variable name="default.http.port" value="$PORT"/>
    <variable name="default.https.port" value="-1"/>
    <variable name="default.host" value="localhost"/>
    <variable name="servicehall.data.dir" value="$DATA"/>
    <variable name="servicehall.plugins.dir" value="$(pwd)/server/target/plugins"/>
</server>
XML
DB_NOTE="Derby embedded with its default page cache"
if [ "$DATABASE" = postgresql ]; then
  # shellcheck source=bench/postgresql.sh
  . bench/postgresql.sh
  bench_pg_start servicehall_bench
  echo "SERVICEHALL_DB=postgresql" > "$BENCH/server.env"
  cat > "$BENCH/configDropins/overrides/bench-postgresql.xml" <<XML
<server>
    <variable name="servicehall.db.host" value="127.0.0.1"/>
    <variable name="servicehall.db.port" value="$BENCH_PG_PORT"/>
    <variable name="servicehall.db.name" value="servicehall_bench"/>
    <variable name="servicehall.db.user" value="$BENCH_PG_USER"/>
    <variable name="servicehall.db.password" value="$PGPASSWORD"/>
    <variable name="servicehall.db.sslmode" value="disable"/>
</server>
XML
  DB_NOTE="PostgreSQL $("$BENCH_PG_BIN/postgres" --version | awk '{print $3}') (bench/target/postgresql, default settings)"
fi
stop() { "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; }
trap stop EXIT
"$WLP/bin/server" start "$NAME" >/dev/null
for _ in $(seq 1 180); do
  if curl -fs "http://localhost:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$PORT/health/ready" >/dev/null || { echo "the bench server did not become ready" >&2; exit 1; }
# The demo users log in through the server's registry; the loaded data names other staff. Place
# the demo handler in the largest department so that its queues hold the department's cases.
curl -fs -o /dev/null -u zhao.min:Demo-2026 -X PUT -H 'Content-Type: application/json' \
  -d '{"username":"zhang.wei","displayName":"张伟","staffNumber":"H101","departmentCode":"REAL_ESTATE","window":"12","active":true}' \
  "http://localhost:$PORT/api/v1/directory/staff/zhang.wei"
COUNT=$(curl -fs -u zhao.min:Demo-2026 "http://localhost:$PORT/api/v1/queues/all?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "$(date -u +%FT%TZ) on $(nproc) cores, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2); $DB_NOTE; $COUNT complaints"
python3 bench/staff/staff_http.py "http://localhost:$PORT" "$RUNS"
