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
OUT=bench/target/lighthouse
CHROME=${CHROME_PATH:-/usr/bin/chromium}
command -v node >/dev/null || { echo "Lighthouse needs Node.js 18.16 or later (apt-get install nodejs npm)." >&2; exit 1; }
[ -x "$CHROME" ] || { echo "No Chromium at $CHROME (apt-get install chromium, or set CHROME_PATH)." >&2; exit 1; }
if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd bench/lighthouse && npm install --no-audit --no-fund --loglevel=error)
fi

# A server of its own: the same configuration and application, its own port and database.
# shellcheck source=bench/server.sh
. bench/server.sh
rm -rf "$OUT" && mkdir -p "$OUT"
bench_server_create servicehall-lighthouse
PORT=$BENCH_PORT
trap bench_server_stop EXIT
bench_server_start

# One complaint, so that the queue has a row and the status page something to find.
curl -fs -o /dev/null -X POST -H 'Content-Type: application/json' \
  -d '{"categoryCode":"SERVICE_ATTITUDE","description":"Lighthouse: 窗口工作人员态度不好。","anonymous":true}' \
  "http://localhost:$PORT/api/v1/complaints"

echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), load $(cut -d' ' -f1-3 /proc/loadavg);" \
     "Node $(node --version), Lighthouse $(bench/lighthouse/node_modules/.bin/lighthouse --version)," \
     "$("$CHROME" --version 2>/dev/null | head -1)"
node bench/lighthouse/report.mjs "http://localhost:$PORT" "$RUNS" "$OUT" "$CHROME"
