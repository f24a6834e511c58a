#!/usr/bin/env bash
# Plugin benchmark: installs, updates and removes a category plugin (categories-sample) ROUNDS
# times in the plugin folder of a server of its own, while CLIENTS threads file complaints over
# REST; prints failed requests (target 0) and file-drop -> visible latency (target p99 <= 2 s).
# Needs the server the build assembles: run `mvn -B -ntp -DskipTests verify` first.
#
#   bench/plugins.sh [CLIENTS] [ROUNDS] [WARMUP_SECONDS]
#
# On a 2-core machine the server runs on core 0 and the load generator on core 1 (taskset).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-16}
ROUNDS=${2:-10}
WARMUP=${3:-15}

WLP=server/target/liberty/wlp
# The test server the build assembled gives the runtime's configuration and the application; the
# demo's additions (demo users, demo directory, unsigned plugins) come from the build's staged copy,
# never the test server's own test settings.
SOURCE=$WLP/usr/servers/servicehall-it
DEMO=server/target/liberty-config/demo/configDropins/overrides
NAME=servicehall-plugin-bench
BENCH=$WLP/usr/servers/$NAME
SAMPLE=server/target/test-bundles/servicehall-categories-sample.jar
if [ ! -f "$SOURCE/apps/servicehall.war" ] || [ ! -d "$DEMO" ] || [ ! -f "$SAMPLE" ]; then
  echo "No assembled server: run 'mvn -B -ntp -DskipTests verify' first." >&2
  exit 1
fi

# A server of its own: same configuration and application, its own ports, database and plugin folder.
rm -rf "$BENCH"
mkdir -p "$BENCH/configDropins/overrides" "$BENCH/plugins"
cp -r "$SOURCE/server.xml" "$SOURCE/jvm.options" "$SOURCE/bootstrap.properties" "$SOURCE/db" "$SOURCE/apps" "$BENCH/"
cp "$DEMO"/*.xml "$BENCH/configDropins/overrides/"
cp server/target/plugins/*.jar "$BENCH/plugins/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$BENCH/configDropins/overrides/bench.xml" <<XML
<server>
    <variable name="default.http.port" value="$PORT"/>
    <variable name="default.https.port" value="-1"/>
    <variable name="default.host" value="localhost"/>
    <variable name="servicehall.limits.unlimited" value="127.0.0.1,0:0:0:0:0:0:0:1"/>
    <variable name="servicehall.plugins.dir" value="$(pwd)/$BENCH/plugins"/>
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
     "server pinned: ${SERVER_CPU:-no}; Derby embedded, fresh database; escalation rules installed"
$CLIENT_CPU java bench/plugins/PluginBench.java "http://localhost:$PORT" "$(pwd)/$BENCH/plugins" "$(pwd)/$SAMPLE" "$CLIENTS" "$ROUNDS" "$WARMUP"
