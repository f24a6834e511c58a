# Sourced by the benchmark scripts for their --postgresql option: the benchmarks' own PostgreSQL
# cluster in bench/target/postgresql (Debian's server binaries, started as the integration tests
# start theirs: server/src/test/postgresql/test-cluster.sh), its data kept between runs so that
# staff.sh finds what queries.sh loaded. It stops when the script that started it ends.
BENCH_PG_DIR=bench/target/postgresql
BENCH_PG_USER=servicehall
export PGPASSWORD=bench-secret

# bench_pg_start DATABASE: starts the cluster (creating DATABASE if missing); sets BENCH_PG_PORT and BENCH_PG_URL.
bench_pg_start() {
    BENCH_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    SERVICEHALL_PG_KEEP=1 bash server/src/test/postgresql/test-cluster.sh start "$BENCH_PG_DIR" "$BENCH_PG_PORT" \
        "$BENCH_PG_USER" "$PGPASSWORD" "$1" >&2
    BENCH_PG_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/$1"
    BENCH_PG_BIN=$(cat "$BENCH_PG_DIR/bin")
}

# bench_pg_fresh DATABASE: drops and creates DATABASE in the running cluster.
bench_pg_fresh() {
    "$BENCH_PG_BIN/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" -d postgres -q -v ON_ERROR_STOP=1 \
        -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\"" >&2
}

bench_pg_stop() {
    bash server/src/test/postgresql/test-cluster.sh stop "$BENCH_PG_DIR" >&2 || true
}
