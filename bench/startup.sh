#!/usr/bin/env bash
# Start to ready: ServiceHall with the demo database against a bare Liberty with the same features.
#
#   bench/startup.sh [RUNS]      # after 'mvn -B -ntp -DskipTests verify'; RUNS restarts of each (default 5)
#
# Each time is from 'server start' to the first 200 from /health/ready (the bare server has mpHealth
# too, so it answers as soon as its runtime is up). ServiceHall's first start creates and fills the
# demo database and is reported on its own; the restarts reuse that database, as a hall's server
# does every morning. Prints every run, the medians and their ratio; the machine's load average is
# printed alongside, since other work on the machine lengthens every start.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh

RUNS=${1:-5}

# the features ServiceHall's server runs with: its own list and the demo's additions
features() {
    cat config/liberty/server.xml config/liberty/demo/*.xml | grep -o '<feature>[^<]*</feature>' | sort -u
}

# start_to_ready NAME PORT: seconds from 'server start' to the first 200 from /health/ready
start_to_ready() {
    local begin end
    begin=$(date +%s%N)
    "$BENCH_WLP/bin/server" start "$1" >/dev/null
    for _ in $(seq 1 3600); do
        if curl -fs -o /dev/null "http://localhost:$2/health/ready" 2>/dev/null; then
            end=$(date +%s%N)
            python3 -c "print(f'{($end - $begin) / 1e9:.2f}')"
            return 0
        fi
        sleep 0.05
    done
    echo "server $1 did not become ready" >&2
    exit 1
}

median() {
    python3 -c 'import statistics, sys; print(f"{statistics.median(float(x) for x in sys.argv[1:]):.2f}")' "$@"
}

bench_server_create bench-startup
HALL_PORT=$BENCH_PORT
BARE_DIR=$BENCH_WLP/usr/servers/bench-bare
rm -rf "$BARE_DIR"
mkdir -p "$BARE_DIR"
BARE_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$BARE_DIR/server.xml" <<XML
<server description="bare Liberty with ServiceHall's features">
    <featureManager>
$(features | sed 's/^/        /')
    </featureManager>
    <httpEndpoint id="defaultHttpEndpoint" host="localhost" httpPort="$BARE_PORT" httpsPort="-1"/>
</server>
XML
cp "$BENCH_DIR/jvm.options" "$BARE_DIR/"

stop_all() {
    "$BENCH_WLP/bin/server" stop bench-startup >/dev/null 2>&1 || true
    "$BENCH_WLP/bin/server" stop bench-bare >/dev/null 2>&1 || true
}
trap stop_all EXIT

echo "features: $(features | sed 's/<[^>]*feature>//g' | tr '\n' ' ')"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
first=$(start_to_ready bench-startup "$HALL_PORT")
"$BENCH_WLP/bin/server" stop bench-startup >/dev/null
echo "ServiceHall, first start (creates the demo database): ${first} s"
# the bare runtime's first start fills its caches: not counted
start_to_ready bench-bare "$BARE_PORT" >/dev/null
"$BENCH_WLP/bin/server" stop bench-bare >/dev/null

hall=()
bare=()
for run in $(seq 1 "$RUNS"); do
    h=$(start_to_ready bench-startup "$HALL_PORT")
    "$BENCH_WLP/bin/server" stop bench-startup >/dev/null
    b=$(start_to_ready bench-bare "$BARE_PORT")
    "$BENCH_WLP/bin/server" stop bench-bare >/dev/null
    hall+=("$h")
    bare+=("$b")
    echo "run $run: ServiceHall ${h} s, bare Liberty ${b} s (load $(cut -d' ' -f1 /proc/loadavg))"
done
mh=$(median "${hall[@]}")
mb=$(median "${bare[@]}")
echo "median start to ready: ServiceHall ${mh} s, bare Liberty ${mb} s, ratio $(python3 -c "print(f'{$mh / $mb:.1f}')")x"
echo "ServiceHall's own start-up phases (last run, from messages.log):"
grep -E "CWWKZ0018I|OpenAPI document|MyFaces Core has started|schema is current|CWWKZ0001I" \
    "$BENCH_DIR/logs/messages.log" | sed -E 's/^\[[^,]+, ([0-9:]+) UTC\] [0-9a-f]+ +[^ ]+ +[A-Z] /  \1 /' | cut -c1-140
