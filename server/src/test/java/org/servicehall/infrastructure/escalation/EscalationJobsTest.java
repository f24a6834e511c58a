package org.servicehall.infrastructure.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicehall.application.ComplaintEscalation;
import org.servicehall.domain.model.complaint.DueComplaint;
import org.servicehall.domain.model.complaint.TrackingNumber;

class EscalationJobsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final Comparator<DueComplaint> ORDER = Comparator.comparing(DueComplaint::due)
            .thenComparing(d -> d.trackingNumber().value());

    /** The open complaints, as the repository orders them, and which of them were evaluated. */
    private final List<DueComplaint> open = new ArrayList<>();
    private final List<TrackingNumber> evaluated = new ArrayList<>();

    private final ComplaintEscalation escalation = new ComplaintEscalation() {
        @Override
        public int escalate(TrackingNumber trackingNumber) {
            evaluated.add(trackingNumber);
            return 0;
        }

        @Override
        public List<DueComplaint> dueBefore(Instant horizon, DueComplaint after, int max) {
            return open.stream().sorted(ORDER)
                    .filter(d -> d.due().isBefore(horizon))
                    .filter(d -> after == null || ORDER.compare(d, after) > 0)
                    .limit(max).toList();
        }
    };

    private EscalationJobs jobs(int batch) {
        EscalationJobs jobs = new EscalationJobs();
        jobs.escalation = escalation;
        jobs.batch = batch;
        return jobs;
    }

    private void open(int count, Instant due) {
        for (int i = 0; i < count; i++) {
            open.add(new DueComplaint(new TrackingNumber(String.format("TS-20261201-%05d", open.size() + 1)), due));
        }
    }

    @Test
    void runs_with_no_time_to_spare_reach_every_due_complaint_behind_a_full_first_batch() {
        // 12 complaints long overdue, already supervised: they stay due on every run.
        open(12, NOW.minus(Duration.ofDays(3)));
        // The one that has just passed its deadline stands behind them.
        open(1, NOW.minusSeconds(60));
        EscalationJobs jobs = jobs(5);

        assertEquals(5, jobs.walk(NOW, Duration.ZERO));
        assertEquals(5, jobs.walk(NOW, Duration.ZERO));
        assertEquals(3, jobs.walk(NOW, Duration.ZERO), "the third run reaches the end of the list");
        assertEquals(Set.copyOf(open.stream().map(DueComplaint::trackingNumber).toList()), Set.copyOf(evaluated));
        assertEquals(13, evaluated.size(), "each complaint once in a pass");

        assertEquals(5, jobs.walk(NOW, Duration.ZERO), "the next pass starts from the earliest deadline again");
        assertEquals(open.get(0).trackingNumber(), evaluated.get(13));
    }

    @Test
    void a_run_with_time_left_goes_on_batch_by_batch_to_the_end_of_the_list() {
        open(23, NOW.minus(Duration.ofHours(1)));
        open(4, NOW.plus(Duration.ofHours(2)));

        assertEquals(23, jobs(5).walk(NOW, Duration.ofMinutes(1)), "what is due after the horizon waits");
        assertEquals(23, new HashSet<>(evaluated).size());
    }

    @Test
    void complaints_that_fall_due_between_runs_are_found_in_their_place() {
        open(6, NOW.minus(Duration.ofHours(5)));
        EscalationJobs jobs = jobs(4);
        assertEquals(4, jobs.walk(NOW, Duration.ZERO));
        // A complaint due earlier than where the walk stands waits for the next pass; one due later is
        // reached by this one.
        open(1, NOW.minus(Duration.ofHours(6)));
        open(1, NOW.minus(Duration.ofHours(1)));
        assertEquals(3, jobs.walk(NOW, Duration.ZERO));
        assertTrue(evaluated.contains(open.get(7).trackingNumber()));
        assertEquals(8, jobs.walk(NOW, Duration.ofMinutes(1)), "a whole pass from the start");
        assertTrue(evaluated.contains(open.get(6).trackingNumber()));
    }
}
