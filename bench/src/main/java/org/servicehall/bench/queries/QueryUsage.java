package org.servicehall.bench.queries;

/** What {@code queries.sh --help} prints. */
final class QueryUsage {

    static final String TEXT = """
            usage: queries.sh [-n N] [--reuse] [--threads T] [--warmup W] [--runs R] [--seconds S] [--db DIR]
                              [--seed S] [--department CODE] [--try-fixes] [--plans] [--only IDS]
              -n N            complaints to load (default 1000000)
              --reuse         keep the database of an earlier run if it holds N complaints
              --threads T     loading threads (default 2)
              --warmup W      untimed runs of each query first, at least (default 5)
              --runs R        timed runs of each query, at least (default 30)
              --seconds S     fast queries: warm up for at least S seconds and time
                              runs for at least S seconds, up to 2000
                              (default 1; 0.3 when N < 100000)
              --db DIR        the Derby database (default bench/target/bench-db)
              --department    the staff member's department for Q1 (default REAL_ESTATE)
              --try-fixes     after the figures for the code as shipped, time Q3+, the
                              statistics shape proposed (written by the benchmark,
                              not in the server)
              --plans         write Derby's plans of the plain SQL to bench/target/plans.txt
              --only IDS      time only these queries, e.g. --only Q2,Q2f
              --postgresql URL  PostgreSQL instead of Derby: jdbc:postgresql://host:port/db
                              (the password from PGPASSWORD); its schema is dropped and
                              created afresh unless --reuse finds N complaints there
              --pg-user NAME  the PostgreSQL user (default servicehall)""";

    private QueryUsage() {
    }
}
