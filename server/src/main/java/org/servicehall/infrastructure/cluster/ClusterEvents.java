package org.servicehall.infrastructure.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.ComplaintFiled;
import org.servicehall.application.Outbox;
import org.servicehall.application.OutboxPosted;
import org.servicehall.application.RelayedEvent;

/**
 * Relays what the screens hear of between the servers on one database
 * ({@code servicehall.cluster.events=true}). After a filing or a message for staff is committed,
 * this server adds a row to CLUSTER_EVENT, off the request's thread and with the other rows of the
 * moment in one transaction, so filing never waits for it; every poll period it reads the rows of
 * the other servers and fires each kind once as a {@link RelayedEvent}. A server starts at the
 * current end of the table and, after the database was away, goes on from where it stopped.
 */
@ApplicationScoped
public class ClusterEvents {

    private static final Logger LOG = Logger.getLogger(ClusterEvents.class.getName());
    /** Rows read at a time; a server that was away reads on until it has caught up. */
    static final int BATCH = 500;
    /** Events waiting to be written beyond this are dropped: a screen that missed one re-reads at its next page. */
    static final int MAX_WAITING = 10_000;
    /** How long a skipped id is read again: longer than any insert's transaction takes to commit. */
    static final Duration GRACE = Duration.ofMinutes(2);
    /** Rows older than this are deleted; a server away for longer catches up on what is left. */
    static final Duration KEPT = Duration.ofHours(1);
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "servicehall.cluster.events", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "servicehall.cluster.events.poll.millis", defaultValue = "500")
    long pollMillis;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ClusterEventTable table;

    @Inject
    NodeIdentity node;

    @Inject
    Event<RelayedEvent> relayed;

    private final Queue<RelayedEvent> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private ScheduledFuture<?> schedule;
    /** Only the poll thread touches these; {@code null} until the first read of the table succeeds. */
    private EventCursor cursor;
    private Instant cleaned = Instant.MIN;
    private boolean unreachable;

    public synchronized void start() {
        if (enabled && schedule == null) {
            schedule = scheduler.scheduleWithFixedDelay(this::pollSafely, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
            LOG.log(Level.INFO, "Cluster events: node {0} reads the other servers'' events every {1} ms",
                    new Object[] {node.id(), pollMillis});
        }
    }

    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    void filed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComplaintFiled filed) {
        publish(new RelayedEvent(RelayedEvent.Kind.COMPLAINT_FILED, filed.trackingNumber()));
    }

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxPosted message) {
        if (message.recipientKind() != Outbox.RecipientKind.COMPLAINANT) {
            publish(new RelayedEvent(RelayedEvent.Kind.STAFF_MESSAGE_POSTED, null));
        }
    }

    /** Queues the event for the writer, which one task at a time drains into the table. */
    void publish(RelayedEvent event) {
        if (!enabled) {
            return;
        }
        if (waitingCount.incrementAndGet() > MAX_WAITING) {
            waitingCount.decrementAndGet();
            LOG.log(Level.WARNING, "Cluster event dropped, {0} waiting to be written", MAX_WAITING);
            return;
        }
        waiting.add(event);
        startWriter();
    }

    private void startWriter() {
        if (writing.compareAndSet(false, true)) {
            try {
                executor.execute(this::write);
            } catch (RuntimeException e) {
                writing.set(false); // stopping: what waits is not needed by a server that goes away
                LOG.log(Level.FINE, "cluster event writer not started", e);
            }
        }
    }

    private void write() {
        try {
            List<RelayedEvent> batch = new ArrayList<>();
            for (RelayedEvent next; batch.size() < BATCH && (next = waiting.poll()) != null; ) {
                batch.add(next);
            }
            waitingCount.addAndGet(-batch.size());
            if (!batch.isEmpty()) {
                table.insert(batch, node.id(), Instant.now());
            }
        } catch (RuntimeException e) {
            // the other servers' screens miss this word; they read their queues at their next page
            LOG.log(Level.WARNING, "Cluster events not written: {0}", e.toString());
        } finally {
            writing.set(false);
        }
        if (!waiting.isEmpty()) {
            startWriter();
        }
    }

    private void pollSafely() {
        try {
            poll();
            if (unreachable) {
                unreachable = false;
                LOG.log(Level.INFO, "Cluster events read again from id {0}", cursor.readAfter());
            }
        } catch (RuntimeException e) {
            if (!unreachable) {
                unreachable = true;
                LOG.log(Level.WARNING, "Cluster events cannot be read; reading on when the database answers: {0}", e.toString());
            } else {
                LOG.log(Level.FINE, "cluster events still unreadable", e);
            }
        }
    }

    /** One poll: the other servers' new rows, each kind fired once. */
    void poll() {
        // the real time, not the hall's clock (which tests move): it only ages holes and rows
        Instant now = Instant.now();
        if (cursor == null) {
            cursor = new EventCursor(table.lastId(), GRACE);
            return;
        }
        List<EventRow> fresh = new ArrayList<>();
        List<EventRow> rows;
        // from below the oldest hole once, then on after the last row read, so that a hole still
        // open never has the same rows read again within one poll
        long after = cursor.readAfter();
        try {
            do {
                rows = table.after(after, BATCH);
                fresh.addAll(cursor.accept(rows, node.id(), now));
                after = rows.isEmpty() ? after : rows.get(rows.size() - 1).id();
            } while (rows.size() == BATCH);
        } finally {
            // what was taken before a read failed counts as read: it is relayed now, not lost
            for (EventRow row : EventCursor.coalesce(fresh)) {
                fire(row);
            }
        }
        if (cleaned.plus(CLEAN_EVERY).isBefore(now)) {
            cleaned = now;
            table.deleteBefore(now.minus(KEPT));
        }
    }

    private void fire(EventRow row) {
        RelayedEvent.Kind kind;
        try {
            kind = RelayedEvent.Kind.valueOf(row.kind());
        } catch (IllegalArgumentException newer) {
            LOG.log(Level.FINE, "cluster event of an unknown kind skipped (a newer server?)");
            return;
        }
        try {
            relayed.fire(new RelayedEvent(kind, row.subject()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Relaying a cluster event failed: {0}", e.toString());
        }
    }
}
