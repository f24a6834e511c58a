#!/usr/bin/env bash
# The query benchmark (bench/README.md): loads N complaints (default 1 000 000) into a fresh
# embedded Derby database under bench/target/bench-db, with the server's own Liquibase schema, and
# times the staff queries through the server's JPA code next to the same queries in plain SQL.
#
# Needs the server's classes in the local Maven repository: run `mvn -DskipTests install` at the
# repository root first (it installs servicehall-server-<version>-classes.jar).
#
# Usage, from anywhere (the paths are taken from this script's place):
#   bash bench/queries.sh                 # 1 000 000 complaints; loading takes a few minutes
#   bash bench/queries.sh -n 20000        # a quick check, well under a minute
#   bash bench/queries.sh --reuse         # keep the database of an earlier run with the same -n
#   bash bench/queries.sh --try-fixes     # also time Q3+, the statistics shape proposed (not in the server)
#   bash bench/queries.sh --postgresql    # the same on PostgreSQL (a cluster of its own in bench/target/postgresql)
#   bash bench/queries.sh --help          # every option
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
cd "$repo_dir"

# Offline first; once online if a dependency of the benchmark is not in the local repository yet.
# (The build's output is shown only when it fails.)
mkdir -p "$bench_dir/target"
build_log="$bench_dir/target/build.log"
if ! mvn -B -q -Dstyle.color=never -o -f bench/pom.xml -DskipTests package > "$build_log" 2>&1; then
    cat "$build_log" >&2
    echo "offline build failed; trying once with the network" >&2
    mvn -B -q -Dstyle.color=never -f bench/pom.xml -DskipTests package
fi

# --postgresql without a URL: the benchmarks' own cluster (bench/postgresql.sh), database
# servicehall_bench, kept for --reuse and for staff.sh --postgresql.
args=()
while [ $# -gt 0 ]; do
    if [ "$1" = "--postgresql" ] && { [ $# -eq 1 ] || [[ "$2" == -* ]]; }; then
        # shellcheck source=bench/postgresql.sh
        . bench/postgresql.sh
        bench_pg_start servicehall_bench
        args+=(--postgresql "$BENCH_PG_URL" --pg-user "$BENCH_PG_USER")
    else
        args+=("$1")
    fi
    shift
done
set -- "${args[@]+"${args[@]}"}"

exec java -Xmx2g -Duser.timezone=UTC -Dfile.encoding=UTF-8 \
    -cp "bench/target/servicehall-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
    org.servicehall.bench.queries.QueryBenchmark --db "$bench_dir/target/bench-db" "$@"
