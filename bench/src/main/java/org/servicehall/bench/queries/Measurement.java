package org.servicehall.bench.queries;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.servicehall.application.CaseQueries.Page;
import org.servicehall.application.Statistics.Report;
import org.servicehall.bench.Timing;

/**
 * Times each case the JPA way and the plain SQL way alternating, after checking that both give the
 * same result and after a warm-up.
 */
final class Measurement {

    private final QueryOptions options;
    private final PrintStream out;

    Measurement(QueryOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    List<Result> measure(List<Case> cases, String title) throws Exception {
        out.println();
        out.printf("-- measuring: %s (load average %s)%n   each query: JPA and plain SQL alternating; warm-up >= %d runs and >= %.1f s,"
                + " then >= %d timed runs (more for fast queries: up to %.1f s or 2000 runs)%n", title, Machine.loadAverage(), options.warmup(),
                options.seconds(), options.runs(), options.seconds());
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            if (!options.only().isEmpty() && !options.only().contains(c.id())) {
                continue;
            }
            Object fromJpa = c.jpa().call();
            Object fromSql = c.jdbc().call();
            if (!Objects.equals(fromJpa, fromSql)) {
                throw new IllegalStateException(c.id() + ": JPA and plain SQL disagree:\n  JPA: " + fromJpa + "\n  SQL: " + fromSql);
            }
            String rows = fromJpa instanceof Page<?> p ? p.rows().size() + " rows of " + p.total() : "report of "
                    + ((Report) fromJpa).total() + " complaints";
            // JIT warm-up: a server answers these queries all day; a fast query gets many runs
            long warmupEnd = System.nanoTime() + (long) (options.seconds() * 1e9);
            for (int i = 0; i < options.warmup() || System.nanoTime() < warmupEnd; i++) {
                c.jpa().call();
                c.jdbc().call();
            }
            System.gc();
            Timing jpa = new Timing();
            Timing jdbc = new Timing();
            long timedEnd = System.nanoTime() + (long) (options.seconds() * 1e9);
            for (int i = 0; i < options.runs() || (System.nanoTime() < timedEnd && i < 2000); i++) {
                boolean jpaFirst = i % 2 == 0;
                time(jpaFirst ? c.jpa() : c.jdbc(), jpaFirst ? jpa : jdbc);
                time(jpaFirst ? c.jdbc() : c.jpa(), jpaFirst ? jdbc : jpa);
            }
            out.printf("  %-5s %-61s JPA %8.1f ms   SQL %8.1f ms   (%d runs; %s; results equal)%n", c.id(), c.title(),
                    jpa.median(), jdbc.median(), jpa.count(), rows);
            results.add(new Result(c, jpa, jdbc, rows));
        }
        return results;
    }

    private static void time(Callable<Object> query, Timing timing) throws Exception {
        long t0 = System.nanoTime();
        Object result = query.call();
        timing.add(System.nanoTime() - t0);
        if (result == null) {
            throw new IllegalStateException();
        }
    }
}
