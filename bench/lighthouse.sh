#!/usr/bin/env bash
# Lighthouse (npm, run with the system's Chromium) on the pages a citizen opens on a phone, at its
# mobile emulation (Moto G Power screen, 4x slower CPU, simulated slow 4G): the public site's start
# page, its status search, the kiosk's start screen, and the supervisor's work queue after a login.
# Prints per page the performance and accessibility scores, the bytes transferred and the first
# paints, against the targets (public pages: <= 300 KB transferred, performance >= 90). Starts a
# server of its own (the demo's users, a fresh database), as bench/kiosk.sh does. Needs the server
# the build assembles: run `mvn -B -ntp -DskipTests verify` first.
#
#   bench/lighthouse.sh [RUNS]      RUNS per page (default 3; the median run is reported)
#
# Lighthouse comes from bench/lighthouse/package.json (installed on first use into
# bench/lighthouse/node_modules); the JSON reports stay in bench/target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
WLP=server/target/liberty/wlp
SOURCE=$WLP/usr/servers/servicehall-it
DEMO=server/target/liberty-config/demo/configDropins/overrides
NAME=servicehall-lighthouse
BENCH=$WLP/usr/servers/$NAME
OUT=bench/target/lighthouse
CHROME=${CHROME_PATH:-/usr/bin/chromium}
if [ ! -f "$SOURCE/apps/servicehall.war" ] || [ ! -d "$DEMO" ] || [ ! -d server/target/plugins ]; then
  echo "No assembled server: run 'mvn -B -ntp -DskipTests verify' first." >&2
  exit 1
fi
command -v node >/dev/null || { echo "Lighthouse needs Node.js 18.16 or later (apt-get install nodejs npm)." >&2; exit 1; }
[ -x "$CHROME" ] || { echo "No Chromium at $CHROME (apt-get install chromium, or set CHROME_PATH)." >&2; exit 1; }
if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd bench/lighthouse && npm install --no-audit --no-fund --loglevel=error)
fi

# A server of its own: the same configuration and application, its own port and database.
rm -rf "$BENCH" "$OUT"
mkdir -p "$BENCH/configDropins/overrides" "$OUT"
cp -r "$SOURCE/server.xml" "$SOURCE/jvm.options" "$SOURCE/bootstrap.properties" "$SOURCE/db" "$SOURCE/apps" "$BENCH/"
cp "$DEMO"/*.xml "$BENCH/configDropins/overrides/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$BENCH/configDropins/overrides/bench.xml" <<XML
<server>
    <variable name="default.http.port" value="$PORT"/>
    <variable name="default.https.port" value="-1"/>
    <variable name="default.host" value="localhost"/>
    <variable name="servicehall.limits.unlimited" value="127.0.0.1,0:0:0:0:0:0:0:1"/>
    <variable name="servicehall.plugins.dir" value="$(pwd)/server/target/plugins"/>
</server>
XML
stop() { "$WLP/bin/server" stop "$NAME" >/dev/null 2>&1 || true; }
trap stop EXIT
"$WLP/bin/server" start "$NAME" >/dev/null
for _ in $(seq 1 180); do
  if curl -fs "http://localhost:$PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$PORT/health/ready" >/dev/null || { echo "the bench server did not become ready" >&2; exit 1; }

# One complaint, so that the queue has a row and the status page something to find.
curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' \
  -d '{"categoryCode":"SERVICE_ATTITUDE","description":"Lighthouse: 窗口工作人员态度不好。","anonymous":true}' \
  "http://localhost:$PORT/api/v1/complaints"

echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), load $(cut -d' ' -f1-3 /proc/loadavg);" \
     "Node $(node --version), Lighthouse $(bench/lighthouse/node_modules/.bin/lighthouse --version)," \
     "$("$CHROME" --version 2>/dev/null | head -1)"
node bench/lighthouse/report.mjs "http://localhost:$PORT" "$RUNS" "$OUT" "$CHROME"
