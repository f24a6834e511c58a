#!/usr/bin/env bash
# What the plugin guard costs its caller: a plugin that answers, throws or hangs (200 ms limit),
# one caller and CLIENTS at once. Targets: answering and throwing calls well under 1 ms; a hanging
# call answered at most 1 300 ms past the limit (p99). Needs the server's classes: run
# `mvn -B -ntp -DskipTests verify` (or `compile -pl server -am`) first.
#
#   bench/plugin-calls.sh [ROUNDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
CLASSES=server/target/classes
if [ ! -f "$CLASSES/org/servicehall/infrastructure/pluginhost/PluginCalls.class" ]; then
  echo "No compiled server: run 'mvn -B -ntp -DskipTests verify' first." >&2
  exit 1
fi
echo "$(date -u +%FT%TZ) on $(nproc) cores ($(uname -m))"
java -cp "$CLASSES" bench/plugin-calls/PluginCallsBench.java "${1:-50}" "${2:-16}"
