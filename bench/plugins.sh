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

NAME=servicehall-plugin-bench
SAMPLE=server/target/test-bundles/servicehall-categories-sample.jar
if [ ! -f "$SAMPLE" ]; then
  echo "No assembled server: run 'mvn -B -ntp -DskipTests verify' first." >&2
  exit 1
fi
# A server of its own, with a plugin folder of its own.
# shellcheck source=bench/server.sh
. bench/server.sh
BENCH_PLUGINS=$(pwd)/server/target/liberty/wlp/usr/servers/$NAME/plugins
bench_server_create "$NAME"
BENCH=$BENCH_DIR
PORT=$BENCH_PORT
mkdir -p "$BENCH/plugins"
cp server/target/plugins/*.jar "$BENCH/plugins/"
bench_cpus
trap bench_server_stop EXIT
bench_server_start

echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m)), Java $(java -version 2>&1 | head -1 | cut -d'"' -f2);" \
     "server pinned: ${SERVER_CPU:-no}; Derby embedded, fresh database; escalation rules installed"
$CLIENT_CPU java bench/plugins/PluginBench.java "http://localhost:$PORT" "$(pwd)/$BENCH/plugins" "$(pwd)/$SAMPLE" "$CLIENTS" "$ROUNDS" "$WARMUP"
