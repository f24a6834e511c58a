package org.servicehall.bench.queries;

import java.io.PrintStream;
import java.util.List;
import org.servicehall.bench.SqlCapture;

/** The SQL EclipseLink sends for each case, captured once. */
final class StatementsShown {

    private StatementsShown() {
    }

    static void print(List<Case> cases, PrintStream out) throws Exception {
        out.println("-- the SQL EclipseLink sends (captured once per query)");
        for (Case c : cases) {
            SqlCapture.start();
            c.jpa().call();
            List<String> statements = SqlCapture.stop();
            out.printf("  %s: %d statement(s)%n", c.id(), statements.size());
            if (!c.id().equals("Q3") || statements.size() < 2) {
                statements.forEach(s -> out.println("    " + s));
            } else {
                out.println("    " + statements.get(0));
                out.println("    ... and " + (statements.size() - 1) + " more of the same shape (one per figure)");
            }
        }
    }
}
