package org.servicehall.bench.queries;

import java.io.PrintStream;
import java.util.List;

/** The figures of one measurement as a table, each judged against the targets. */
final class ResultTable {

    private static final double MAX_RATIO = 2.0;
    private static final double FIRST_PAGE_MS = 100.0;

    private ResultTable() {
    }

    static void print(String title, List<Result> results, long complaints, PrintStream out) {
        out.println();
        out.println("== " + title + " ==");
        out.printf("N = %,d complaints, %d CPUs; times in ms; ratio = JPA median / SQL median; targets judged on medians%n",
                complaints, Runtime.getRuntime().availableProcessors());
        String line = "-".repeat(150);
        out.println(line);
        out.printf("%-5s %-60s %9s %9s %9s %9s %6s  %-22s %s%n", "", "query", "JPA med", "JPA p95", "SQL med", "SQL p95",
                "ratio", "target", "result");
        out.println(line);
        for (Result r : results) {
            double ratio = r.jpa().median() / r.jdbc().median();
            boolean pass = ratio <= MAX_RATIO && (!r.c().firstPage() || r.jpa().median() < FIRST_PAGE_MS);
            String target = r.c().firstPage() ? "<= 2x and < 100 ms" : "<= 2x";
            out.printf("%-5s %-60s %9.1f %9.1f %9.1f %9.1f %6.2f  %-22s %s%n", r.c().id(), r.c().title(), r.jpa().median(),
                    r.jpa().p95(), r.jdbc().median(), r.jdbc().p95(), ratio, target, pass ? "PASS" : "FAIL");
        }
        out.println(line);
        for (Result r : results) {
            out.printf("%-5s %s [%s]%n", r.c().id(), r.c().note(), r.rows());
        }
    }
}
