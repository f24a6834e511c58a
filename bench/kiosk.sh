#!/usr/bin/env bash
# Kiosk benchmark: 16 simulated kiosks file complaints over HTTP as the browser does (views,
# Faces/PrimeFaces ajax postbacks with the ViewState, session reset), then the REST filing rate
# (POST /api/v1/complaints) with as many clients, against a server of its own with a fresh
# database. Needs the server the build assembles: run `mvn -B -ntp -DskipTests verify` first.
#
#   bench/kiosk.sh [KIOSKS] [KIOSK_SECONDS] [REST_SECONDS] [WARMUP_SECONDS]
#
# On a 2-core machine the server runs on core 0 and the load generator on core 1 (taskset).
set -euo pipefail
cd "$(dirname "$0")/.."
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
cp -r "$SOURCE/server.xml" "$SOURCE/jvm.options" "$SOURCE/bootstrap.properties" "$SOURCE/apps" "$BENCH/"
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
stop() { "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; }
trap stop EXIT
$SERVER_CPU "$WLP/bin/server" start "$NAME" >/dev/null
for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$PORT/health/ready" >/dev/null || { echo "the bench server did not become ready" >&2; exit 1; }

echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
     "server pinned: ${SERVER_CPU:-no}; Derby embedded, fresh database"
$CLIENT_CPU java bench/kiosk/KioskBench.java "http://localhost:$PORT" "$KIOSKS" "$KIOSK_SECONDS" "$REST_SECONDS" "$WARMUP"
