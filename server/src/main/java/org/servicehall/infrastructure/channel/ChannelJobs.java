package org.servicehall.infrastructure.channel;

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
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.ChannelOutbox;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.infrastructure.cluster.NodeIdentity;
import org.servicehall.infrastructure.persistence.JobLease;
import org.servicehall.infrastructure.persistence.JpaChannelOutbox;
import org.servicehall.infrastructure.persistence.PendingChange;
import org.servicehall.infrastructure.pluginhost.PluginChannels;

/**
 * Delivers the channel outbox and starts the polls of the polling channels (which run on threads
 * of their own, see {@link PluginChannels#pollDue}), every period on a thread of its own, and soon
 * after a complaint's change is committed. A change whose channel is absent (its
 * plugin removed or stopped) waits without counting attempts; one the adapter did not deliver
 * is tried again after an exponential backoff, for as long as it takes.
 */
@ApplicationScoped
public class ChannelJobs {

    private static final Logger LOG = Logger.getLogger(ChannelJobs.class.getName());
    static final String JOB = "channels";
    private static final int BATCH = 50;

    @Inject
    @ConfigProperty(name = "servicehall.channel.period.millis", defaultValue = "2000")
    long periodMillis;

    @Inject
    @ConfigProperty(name = "servicehall.channel.retry.initial.seconds", defaultValue = "5")
    long retryInitialSeconds;

    @Inject
    @ConfigProperty(name = "servicehall.channel.retry.max.seconds", defaultValue = "900")
    long retryMaxSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    JpaChannelOutbox outbox;

    @Inject
    PluginChannels channels;

    @Inject
    JobLease lease;

    @Inject
    Clock clock;

    @Inject
    NodeIdentity node;

    private ScheduledFuture<?> schedule;
    private volatile ThreadPoolExecutor worker;

    public synchronized void start() {
        if (schedule == null) {
            // One run at a time; a nudge while one waits in the queue is dropped (the queued run covers it).
            worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1), threadFactory,
                    new ThreadPoolExecutor.DiscardPolicy());
            schedule = scheduler.scheduleWithFixedDelay(this::nudge, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            LOG.log(Level.INFO, "Channel outbox delivered every {0} ms, retries from {1} s up to {2} s apart",
                    new Object[] {periodMillis, retryInitialSeconds, retryMaxSeconds});
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
            worker.shutdownNow();
        }
    }

    /** After a complaint's change is committed: deliver soon rather than at the next period. */
    void stored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintStored event) {
        nudge();
    }

    private void nudge() {
        ThreadPoolExecutor pool = worker;
        if (pool != null && !pool.isShutdown()) {
            try {
                pool.execute(this::runSafely);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "channel run not started", e);
            }
        }
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Channel run failed: {0}", e.toString());
        }
    }

    /**
     * Takes or renews the lease for the length of a few periods: when this server dies, another
     * takes over the deliveries and polls within that time (30 s at least).
     */
    private boolean holdsLease() {
        return lease.take(JOB, node.id(), Duration.ofMillis(Math.max(periodMillis * 5, 30_000)));
    }

    /** One run: starts the polls that are due, then delivers what is due. Returns how many changes were delivered. */
    int runOnce() {
        if (!holdsLease()) {
            return 0;
        }
        Instant now = clock.instant();
        channels.pollDue();
        Backoff backoff = new Backoff(Duration.ofSeconds(retryInitialSeconds), Duration.ofSeconds(retryMaxSeconds));
        int delivered = 0;
        for (PendingChange pending : outbox.due(now, channels.available(), BATCH)) {
            if (!holdsLease()) {
                break; // this server stalled past its lease and another one took over: it delivers the rest
            }
            ChannelOutbox.Change c = pending.change();
            Optional<Boolean> result = channels.deliver(c);
            if (result.isEmpty()) {
                continue; // the channel is absent or failing: its changes wait for it
            }
            if (result.get()) {
                outbox.delivered(pending.id());
                delivered++;
            } else {
                Duration wait = backoff.after(pending.attempts() + 1);
                outbox.retryAt(pending.id(), clock.instant().plus(wait), "not acknowledged");
                LOG.log(Level.INFO, "Channel {0}: change {1} not delivered (attempt {2}); next in {3} s",
                        new Object[] {c.channelId(), c.changeId(), pending.attempts() + 1, wait.toSeconds()});
            }
        }
        return delivered;
    }
}
