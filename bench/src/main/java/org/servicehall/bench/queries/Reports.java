package org.servicehall.bench.queries;

import java.util.List;
import org.servicehall.application.Statistics.Repeat;
import org.servicehall.application.Statistics.Report;

/** Reports made comparable between the JPA and the plain SQL way where they may rightly differ. */
final class Reports {

    private Reports() {
    }

    /** Top repeat complainants tie on counts, and ties come back in any order: compare the counts. */
    static Report comparable(Report r) {
        return new Report(r.from(), r.to(), r.total(), r.byStatus(), r.byCategory(), r.byChannel(), r.byDepartment(),
                r.byCause(), r.byUrgency(), r.bySatisfaction(), r.onTimeRate(), r.substantiatedRate(), r.resolvedOnSpot(),
                r.redirected(), r.appealed(), r.repeatComplainants().stream().map(x -> new Repeat("*", x.complaints())).toList(),
                r.byWeek());
    }

    static Report withoutRepeats(Report r) {
        return new Report(r.from(), r.to(), r.total(), r.byStatus(), r.byCategory(), r.byChannel(), r.byDepartment(),
                r.byCause(), r.byUrgency(), r.bySatisfaction(), r.onTimeRate(), r.substantiatedRate(), r.resolvedOnSpot(),
                r.redirected(), r.appealed(), List.of(), r.byWeek());
    }
}
