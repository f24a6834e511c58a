package org.servicehall.infrastructure.escalation;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.ComplaintEscalation;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.domain.model.complaint.DueComplaint;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.infrastructure.cluster.NodeIdentity;
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
    private static final int QUEUE = 10_000;
    /** The lease of the notifier deliveries, a row of its own (change set 022). */
    static final String NOTICES = "notices";
    /** A batch of 100 messages, each sent within the notifiers' 20 s limit, in the worst case takes about this long. */
    private static final Duration NOTICES_LEASE = Duration.ofMinutes(35);

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

    @Inject
    @ConfigProperty(name = "servicehall.escalation.threads", defaultValue = "2")
    int threads;

    /** Threads of their own: a rule waiting for its time limit must never hold one of the server's request threads. */
    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    ComplaintEscalation escalation;

    @Inject
    JobLease lease;

    @Inject
    NotifierDelivery delivery;

    @Inject
    Clock clock;

    /** This server, stable across restarts on the same machine, so it can renew its own lease. */
    @Inject
    NodeIdentity node;

    private ScheduledFuture<?> schedule;
    private volatile ThreadPoolExecutor workers;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ReentrantLock noticesHere = new ReentrantLock();
    /** Where the next periodic run goes on; {@code null}: from the earliest deadline. */
    private volatile DueComplaint resumeAfter;

    public synchronized void start() {
        if (schedule == null) {
            // A bounded queue: when it is full an after-change evaluation is dropped (logged); the
            // schedule still reaches every complaint whose deadline matters.
            workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                    threadFactory, (task, pool) -> LOG.log(Level.WARNING, "Escalation queue full; an evaluation was dropped"));
            // The scheduler's own thread only hands the run to the workers, once at a time.
            schedule = scheduler.scheduleWithFixedDelay(() -> {
                if (running.compareAndSet(false, true)) {
                    submit(() -> {
                        try {
                            runSafely();
                        } finally {
                            running.set(false);
                        }
                    });
                }
            }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
            LOG.log(Level.INFO, "Escalation runs every {0} s on the complaints due within {1} min", new Object[] {periodSeconds, horizonMinutes});
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
            workers.shutdownNow();
        }
    }

    /** After a complaint's change is committed: its rules, on another thread. */
    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintStored event) {
        submit(() -> escalate(event.trackingNumber()));
    }

    private void submit(Runnable task) {
        ThreadPoolExecutor pool = workers;
        if (pool == null || pool.isShutdown()) {
            return; // not started, or stopping: the schedule catches up after the restart
        }
        try {
            pool.execute(task);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "escalation not started", e);
        }
    }

    private void escalate(TrackingNumber number) {
        try {
            if (escalation.escalate(number) > 0) {
                deliverNotices();
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
        if (!lease.take(JOB, node.id(), Duration.ofSeconds(periodSeconds * 2))) {
            return 0;
        }
        Instant now = clock.instant();
        int looked = walk(now.plus(Duration.ofMinutes(horizonMinutes)), Duration.ofSeconds(periodSeconds).dividedBy(2));
        deliverNotices();
        return looked;
    }

    /**
     * Hands the outbox's messages to the notifiers on one server at a time: two servers reading the
     * same pending rows would send a message twice. The lease is held for the delivery only and
     * given up after it, so whichever server has new messages next delivers them at once; it
     * lasts long enough for a full batch of slow notifiers, and a server that dies while
     * delivering keeps the others waiting that long at most. This server's own runs (after a
     * change and on the schedule) wait for each other rather than sharing the lease.
     */
    private void deliverNotices() {
        noticesHere.lock();
        try {
            if (lease.take(NOTICES, node.id(), NOTICES_LEASE)) {
                try {
                    delivery.deliverPending();
                } finally {
                    lease.release(NOTICES, node.id());
                }
            }
        } finally {
            noticesHere.unlock();
        }
    }

    /**
     * Evaluates the complaints due before the horizon in the order of their deadlines, a batch at a
     * time, going on from where the previous run stopped: complaints the rules have already dealt
     * with stay due (an overdue complaint is overdue on every run), so starting from the earliest
     * deadline every time would never reach the ones behind the first batch. A run ends at the end
     * of the list (the next one starts from the beginning again) or once its time is spent, after at
     * least one batch.
     */
    int walk(Instant horizon, Duration budget) {
        long ends = System.nanoTime() + budget.toNanos();
        DueComplaint after = resumeAfter;
        int looked = 0;
        while (true) {
            List<DueComplaint> due = escalation.dueBefore(horizon, after, batch);
            for (DueComplaint complaint : due) {
                try {
                    escalation.escalate(complaint.trackingNumber());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Escalation of {0} failed: {1}", new Object[] {complaint.trackingNumber(), e.toString()});
                }
                after = complaint;
                looked++;
            }
            if (due.size() < batch) {
                after = null;
                break;
            }
            if (System.nanoTime() - ends >= 0) {
                break;
            }
        }
        resumeAfter = after;
        return looked;
    }
}
