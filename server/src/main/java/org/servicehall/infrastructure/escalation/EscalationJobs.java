package org.servicehall.infrastructure.escalation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.ComplaintEscalation;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.infrastructure.persistence.JobLease;
import org.servicehall.infrastructure.pluginhost.NotifierDelivery;

/**
 * Runs the escalation rules (a) after every committed change of a complaint, on a managed thread,
 * so filing and handling never wait for a rule, and (b) every period over the open complaints
 * whose deadline has passed or falls within the horizon. The periodic run takes the database
 * lease first, so with several servers on one database one of them evaluates each run.
 */
@ApplicationScoped
public class EscalationJobs {

    private static final Logger LOG = Logger.getLogger(EscalationJobs.class.getName());
    static final String JOB = "escalation";

    @Inject
    @ConfigProperty(name = "servicehall.escalation.period.seconds", defaultValue = "60")
    long periodSeconds;

    @Inject
    @ConfigProperty(name = "servicehall.escalation.horizon.minutes", defaultValue = "1440")
    long horizonMinutes;

    @Inject
    @ConfigProperty(name = "servicehall.escalation.batch", defaultValue = "500")
    int batch;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ComplaintEscalation escalation;

    @Inject
    ComplaintRepository complaints;

    @Inject
    JobLease lease;

    @Inject
    NotifierDelivery delivery;

    @Inject
    Clock clock;

    /** This server, stable across restarts on the same machine, so it can renew its own lease. */
    private final String holder = ManagementFactory.getRuntimeMXBean().getName().replaceAll("^\\d+@", "")
            + ":" + System.getProperty("wlp.server.name", "server");
    private ScheduledFuture<?> schedule;

    public synchronized void start() {
        if (schedule == null) {
            schedule = scheduler.scheduleWithFixedDelay(this::runSafely, periodSeconds, periodSeconds, TimeUnit.SECONDS);
            LOG.log(Level.INFO, "Escalation runs every {0} s on the complaints due within {1} min", new Object[] {periodSeconds, horizonMinutes});
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    /** After a complaint's change is committed: its rules, on another thread. */
    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintStored event) {
        try {
            executor.execute(() -> escalate(event.trackingNumber()));
        } catch (RuntimeException e) {
            // During shutdown the executor refuses work; the schedule catches up after the restart.
            LOG.log(Level.FINE, "escalation after a change not started", e);
        }
    }

    private void escalate(TrackingNumber number) {
        try {
            if (escalation.escalate(number) > 0) {
                delivery.deliverPending();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalation of {0} failed: {1}", new Object[] {number, e.toString()});
        }
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalation run failed", e);
        }
    }

    /** One periodic run; returns how many complaints were looked at (0 when another server holds the lease). */
    int runOnce() {
        Instant now = clock.instant();
        if (!lease.take(JOB, holder, now, Duration.ofSeconds(periodSeconds * 2))) {
            return 0;
        }
        List<TrackingNumber> due = complaints.deadlineBefore(now.plus(Duration.ofMinutes(horizonMinutes)), batch);
        for (TrackingNumber number : due) {
            try {
                escalation.escalate(number);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Escalation of {0} failed: {1}", new Object[] {number, e.toString()});
            }
        }
        delivery.deliverPending();
        return due.size();
    }
}
