package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.servicehall.application.CallerContext;
import org.servicehall.application.Statistics;
import org.servicehall.application.StatisticsQueries;
import org.servicehall.domain.model.complaint.ComplaintFigures;
import org.servicehall.domain.model.complaint.ComplaintStatus;

/**
 * Statistics for a period, from the counts the database keeps per day and figure; for supervisors
 * only, whoever asks (the API, the screens). Read outside a transaction, each statement on its own:
 * on Derby (repeatable read) a reading transaction would hold its read locks on the counts while it
 * reads complaints, and a step, which locks its complaint and then the counts, would close a cycle
 * with it (a deadlock that may roll back the step).
 */
@ApplicationScoped
public class DefaultStatistics implements Statistics {

    private static final int MAX_DAYS = 3 * 366;

    @Inject
    StatisticsQueries queries;

    @Inject
    CallerContext caller;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Report report(LocalDate from, LocalDate to) {
        Supervisors.require(caller);
        checkPeriod(from, to);
        return queries.report(from, to);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Report counts(LocalDate from, LocalDate to) {
        Supervisors.require(caller);
        checkPeriod(from, to);
        return queries.counts(from, to);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OpenWork openWork() {
        Supervisors.require(caller);
        return new OpenWork(queries.allDays(ComplaintFigures.OPEN_ESCALATED, ComplaintFigures.NONE),
                queries.allDays(ComplaintFigures.STATUS, ComplaintStatus.AWAITING_APPROVAL.name()));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw Inputs.invalid("from", "required");
        }
        if (to == null) {
            throw Inputs.invalid("to", "required");
        }
        if (to.isBefore(from)) {
            throw Inputs.invalid("to", "beforeFrom");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw Inputs.invalid("to", "rangeTooLong", MAX_DAYS);
        }
    }
}
