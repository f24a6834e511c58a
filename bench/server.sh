# Sourced by the benchmark scripts: a Liberty server of their own, made of what the build assembled.
# The test server gives the runtime's configuration and the application; the demo's additions (demo
# users, demo directory, unsigned plugins) come from the build's staged copy, never the test
# server's own test settings. Each benchmark's server has its own name, port and database.
BENCH_WLP=server/target/liberty/wlp
BENCH_SOURCE=$BENCH_WLP/usr/servers/servicehall-it
BENCH_DEMO=server/target/liberty-config/demo/configDropins/overrides

# bench_server_create NAME [EXTRA_VARIABLES]: a fresh server NAME (BENCH_NAME, BENCH_DIR, BENCH_PORT)
# on a free port, anonymous filing unlimited from this machine, plugins from BENCH_PLUGINS (default:
# the build's plugin folder); EXTRA_VARIABLES are further <variable/> lines of its configuration.
bench_server_create() {
    if [ ! -f "$BENCH_SOURCE/apps/servicehall.war" ] || [ ! -d "$BENCH_DEMO" ] || [ ! -d server/target/plugins ]; then
        echo "No assembled server: run 'mvn -B -ntp -DskipTests verify' first." >&2
        exit 1
    fi
    BENCH_NAME=$1
    BENCH_DIR=$BENCH_WLP/usr/servers/$BENCH_NAME
    rm -rf "$BENCH_DIR"
    mkdir -p "$BENCH_DIR/configDropins/overrides"
    cp -r "$BENCH_SOURCE/server.xml" "$BENCH_SOURCE/jvm.options" "$BENCH_SOURCE/bootstrap.properties" \
        "$BENCH_SOURCE/db" "$BENCH_SOURCE/nodes" "$BENCH_SOURCE/apps" "$BENCH_DIR/"
    cp "$BENCH_DEMO"/*.xml "$BENCH_DIR/configDropins/overrides/"
    BENCH_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    cat > "$BENCH_DIR/configDropins/overrides/bench.xml" <<XML
<server>
    <variable name="default.http.port" value="$BENCH_PORT"/>
    <variable name="default.https.port" value="-1"/>
    <variable name="default.host" value="localhost"/>
    <variable name="servicehall.limits.unlimited" value="127.0.0.1,0:0:0:0:0:0:0:1"/>
    <variable name="servicehall.plugins.dir" value="${BENCH_PLUGINS:-$(pwd)/server/target/plugins}"/>
${2:-}
</server>
XML
}

# bench_server_postgresql DATABASE: the server on DATABASE of the benchmarks' cluster, which
# bench_pg_start (bench/postgresql.sh) has started.
bench_server_postgresql() {
    echo "SERVICEHALL_DB=postgresql" > "$BENCH_DIR/server.env"
    cat > "$BENCH_DIR/configDropins/overrides/bench-postgresql.xml" <<XML
<server>
    <variable name="servicehall.db.host" value="127.0.0.1"/>
    <variable name="servicehall.db.port" value="$BENCH_PG_PORT"/>
    <variable name="servicehall.db.name" value="$1"/>
    <variable name="servicehall.db.user" value="$BENCH_PG_USER"/>
    <variable name="servicehall.db.password" value="$PGPASSWORD"/>
    <variable name="servicehall.db.sslmode" value="disable"/>
</server>
XML
}

# bench_cpus: on 2 cores or more the server goes on core 0 and the load generator on core 1
# (SERVER_CPU and CLIENT_CPU, command prefixes; empty when there is nothing to pin).
bench_cpus() {
    SERVER_CPU=""
    CLIENT_CPU=""
    if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
        SERVER_CPU="taskset -c 0"
        CLIENT_CPU="taskset -c 1"
    fi
}

# bench_server_start: starts the server (on SERVER_CPU when set) and waits up to 3 minutes for it to
# be ready; stop it with bench_server_stop (e.g. in the caller's EXIT trap).
bench_server_start() {
    ${SERVER_CPU:-} "$BENCH_WLP/bin/server" start "$BENCH_NAME" >/dev/null
    for _ in $(seq 1 180); do
        if curl -fs "http://localhost:$BENCH_PORT/health/ready" >/dev/null 2>&1; then return 0; fi
        sleep 1
    done
    echo "the bench server did not become ready" >&2
    exit 1
}

bench_server_stop() {
    "$BENCH_WLP/bin/server" stop "$BENCH_NAME" >/dev/null 2>&1 || true
}

# bench_warm_up MAX_SECONDS COMMAND...: runs COMMAND (30 s of load, its output dropped) again and
# again until the server's JIT compiler has settled (fewer than 300 methods compiled in 30 s) or
# MAX_SECONDS have passed, printing each round; BENCH_WARMED is then the seconds it took. The
# figures of a server that is still compiling measure the compiler.
bench_warm_up() {
    local max=$1 pid before now
    shift
    pid=$(cat "$BENCH_WLP/usr/servers/.pid/$BENCH_NAME.pid")
    BENCH_WARMED=0
    before=$(jstat -compiler "$pid" | awk 'NR == 2 {print $1}')
    while [ "$BENCH_WARMED" -lt "$max" ]; do
        "$@" >/dev/null
        BENCH_WARMED=$((BENCH_WARMED + 30))
        now=$(jstat -compiler "$pid" | awk 'NR == 2 {print $1}')
        echo "  ${BENCH_WARMED} s: $((now - before)) methods compiled in the last 30 s"
        if [ $((now - before)) -lt 300 ]; then break; fi
        before=$now
    done
}
