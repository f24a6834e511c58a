package org.servicehall.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.application.RelayedEvent;
import org.servicehall.application.RelayedEvent.Kind;

class ClusterEventsTest {

    private static final String SELF = "node-a";
    private static final String OTHER = "node-b";

    private final Table table = new Table();
    private final List<RelayedEvent> relayed = new ArrayList<>();
    private final ClusterEvents events = new ClusterEvents();

    @BeforeEach
    void aServerOnTheTable() {
        events.table = table;
        events.node = new NodeIdentity(Optional.of(SELF));
        events.relayed = new Heard(relayed);
    }

    @Test
    void a_starting_server_relays_nothing_already_in_the_table() {
        table.add(Kind.COMPLAINT_FILED, "TS-1", OTHER);
        events.poll();
        events.poll();

        assertEquals(List.of(), relayed);
    }

    @Test
    void a_burst_from_another_server_is_relayed_once_per_kind_and_the_servers_own_rows_not_at_all() {
        events.poll();
        table.add(Kind.COMPLAINT_FILED, "TS-1", OTHER);
        table.add(Kind.STAFF_MESSAGE_POSTED, null, OTHER);
        table.add(Kind.COMPLAINT_FILED, "TS-2", OTHER);
        table.add(Kind.COMPLAINT_FILED, "TS-3", SELF);

        events.poll();
        events.poll();

        assertEquals(List.of(new RelayedEvent(Kind.STAFF_MESSAGE_POSTED, null), new RelayedEvent(Kind.COMPLAINT_FILED, "TS-2")), relayed);
    }

    @Test
    void rows_beyond_one_read_are_all_taken_in_one_poll() {
        events.poll();
        for (int i = 1; i <= 2 * ClusterEvents.BATCH + 1; i++) {
            table.add(Kind.COMPLAINT_FILED, "TS-" + i, OTHER);
        }

        events.poll();

        assertEquals(List.of(new RelayedEvent(Kind.COMPLAINT_FILED, "TS-" + (2 * ClusterEvents.BATCH + 1))), relayed);
        assertEquals(3, table.reads, "three reads from where the last one stopped");
    }

    @Test
    void a_row_that_commits_after_a_higher_one_is_relayed_at_the_next_poll() {
        events.poll();
        long late = table.reserve();
        table.add(Kind.STAFF_MESSAGE_POSTED, null, OTHER);
        events.poll();
        relayed.clear();

        table.commit(late, Kind.COMPLAINT_FILED, "TS-late", OTHER);
        events.poll();

        assertEquals(List.of(new RelayedEvent(Kind.COMPLAINT_FILED, "TS-late")), relayed);
    }

    @Test
    void after_the_database_was_away_a_server_relays_what_was_written_meanwhile() {
        events.poll();
        table.away = true;
        assertThrows(IllegalStateException.class, events::poll);
        table.add(Kind.COMPLAINT_FILED, "TS-meanwhile", OTHER);
        assertThrows(IllegalStateException.class, events::poll);

        table.away = false;
        events.poll();

        assertEquals(List.of(new RelayedEvent(Kind.COMPLAINT_FILED, "TS-meanwhile")), relayed);
    }

    @Test
    void a_read_that_fails_halfway_relays_what_was_read_before_and_goes_on_after_it() {
        events.poll();
        for (int i = 1; i <= ClusterEvents.BATCH + 1; i++) {
            table.add(Kind.COMPLAINT_FILED, "TS-" + i, OTHER);
        }
        table.failAtRead = table.reads + 2;

        assertThrows(IllegalStateException.class, events::poll);
        assertEquals(List.of(new RelayedEvent(Kind.COMPLAINT_FILED, "TS-" + ClusterEvents.BATCH)), relayed);

        events.poll();
        assertEquals(new RelayedEvent(Kind.COMPLAINT_FILED, "TS-" + (ClusterEvents.BATCH + 1)), relayed.get(1));
        assertEquals(2, relayed.size());
    }

    @Test
    void a_kind_this_server_does_not_know_is_passed_over() {
        events.poll();
        table.rows.put(table.reserve(), new EventRow(table.next, "PLUGIN_INSTALLED", "x", OTHER));
        table.add(Kind.COMPLAINT_FILED, "TS-1", OTHER);

        events.poll();

        assertEquals(List.of(new RelayedEvent(Kind.COMPLAINT_FILED, "TS-1")), relayed);
    }

    /** The event table in memory: ids handed out in order, rows visible once committed. */
    static final class Table extends ClusterEventTable {
        final TreeMap<Long, EventRow> rows = new TreeMap<>();
        long next;
        int reads;
        int failAtRead = -1;
        boolean away;

        long reserve() {
            return ++next;
        }

        void add(Kind kind, String subject, String origin) {
            commit(reserve(), kind, subject, origin);
        }

        void commit(long id, Kind kind, String subject, String origin) {
            rows.put(id, new EventRow(id, kind.name(), subject, origin));
        }

        @Override
        public long lastId() {
            check();
            return rows.isEmpty() ? 0 : rows.lastKey();
        }

        @Override
        List<EventRow> after(long id, int max) {
            reads++;
            check();
            if (reads == failAtRead) {
                throw new IllegalStateException("connection reset");
            }
            return rows.tailMap(id, false).values().stream().limit(max).toList();
        }

        @Override
        public int deleteBefore(Instant before) {
            check();
            return 0;
        }

        private void check() {
            if (away) {
                throw new IllegalStateException("database away");
            }
        }
    }

    /** Keeps what is fired. */
    record Heard(List<RelayedEvent> fired) implements Event<RelayedEvent> {

        @Override
        public void fire(RelayedEvent event) {
            fired.add(event);
        }

        @Override
        public <U extends RelayedEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RelayedEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<RelayedEvent> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RelayedEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends RelayedEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
