#!/usr/bin/env bash
# The first page of every work queue in every sort the queue screen offers, and the search, through
# the server's JpaCaseFinder on the database queries.sh loaded (bench/README.md, "queues.sh").
#
# Needs the server's classes in the local Maven repository, as queries.sh does.
#
# Usage:
#   bash bench/queries.sh                  # once: loads bench/target/bench-db (1 000 000 complaints)
#   bash bench/queues.sh                   # median and p95 per queue and sort, rows and total
#   bash bench/queues.sh --plans           # also Derby's plan of every statement (index, sort, rows read)
#   bash bench/queues.sh --only NEW,ALL,SEARCH --seconds 3
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$bench_dir")"
cd "$repo_dir"

if [ ! -d "$bench_dir/target/bench-db" ]; then
    echo "No loaded database: run 'bash bench/queries.sh' first (it loads bench/target/bench-db)." >&2
    exit 1
fi
mkdir -p "$bench_dir/target"
build_log="$bench_dir/target/build.log"
if ! mvn -B -q -Dstyle.color=never -o -f bench/pom.xml -DskipTests package > "$build_log" 2>&1; then
    cat "$build_log" >&2
    exit 1
fi

exec java -Xmx2g -Duser.timezone=UTC -Dfile.encoding=UTF-8 \
    -cp "bench/target/servicehall-bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" \
    org.servicehall.bench.queries.QueueSweep --db "$bench_dir/target/bench-db" "$@"
