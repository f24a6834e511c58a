package org.servicehall.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCursorTest {

    private static final String SELF = "node-a";
    private static final String OTHER = "node-b";
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(2);

    private static EventRow filed(long id, String origin) {
        return new EventRow(id, "COMPLAINT_FILED", "TS" + id, origin);
    }

    private static List<Long> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::id).toList();
    }

    @Test
    void a_cursor_reads_after_where_it_started_and_moves_on_with_what_it_read() {
        EventCursor cursor = new EventCursor(41, GRACE);
        assertEquals(41, cursor.readAfter());

        assertEquals(List.of(42L, 43L), ids(cursor.accept(List.of(filed(42, OTHER), filed(43, OTHER)), SELF, T0)));
        assertEquals(43, cursor.readAfter());
    }

    @Test
    void the_servers_own_events_are_passed_over_but_count_as_read() {
        EventCursor cursor = new EventCursor(0, GRACE);

        assertEquals(List.of(2L), ids(cursor.accept(List.of(filed(1, SELF), filed(2, OTHER), filed(3, SELF)), SELF, T0)));
        assertEquals(3, cursor.readAfter());
    }

    @Test
    void an_id_committed_after_a_higher_one_is_still_relayed_once() {
        EventCursor cursor = new EventCursor(10, GRACE);
        // 11 and 12 are inserted, 12 commits first
        assertEquals(List.of(12L), ids(cursor.accept(List.of(filed(12, OTHER)), SELF, T0)));
        assertEquals(10, cursor.readAfter(), "reads again from below the hole");

        // the next read sees 11 and 12 again: 11 is new, 12 is not relayed a second time
        assertEquals(List.of(11L), ids(cursor.accept(List.of(filed(11, OTHER), filed(12, OTHER)), SELF, T0.plusMillis(500))));
        assertEquals(12, cursor.readAfter());
        assertEquals(0, cursor.holes());
    }

    @Test
    void rows_read_twice_are_relayed_once() {
        EventCursor cursor = new EventCursor(0, GRACE);
        cursor.accept(List.of(filed(1, OTHER), filed(3, OTHER)), SELF, T0);

        assertEquals(List.of(), cursor.accept(List.of(filed(3, OTHER)), SELF, T0.plusSeconds(1)));
        assertEquals(List.of(2L), ids(cursor.accept(List.of(filed(2, OTHER), filed(3, OTHER)), SELF, T0.plusSeconds(2))));
        assertEquals(List.of(), cursor.accept(List.of(filed(2, OTHER), filed(3, OTHER)), SELF, T0.plusSeconds(3)));
    }

    @Test
    void a_hole_left_by_an_insert_that_rolled_back_is_given_up_after_the_grace() {
        EventCursor cursor = new EventCursor(0, GRACE);
        cursor.accept(List.of(filed(1, OTHER), filed(3, OTHER)), SELF, T0);

        cursor.accept(List.of(filed(3, OTHER)), SELF, T0.plus(GRACE));
        assertEquals(1, cursor.readAfter(), "still waited for within the grace");

        cursor.accept(List.of(filed(3, OTHER)), SELF, T0.plus(GRACE).plusSeconds(1));
        assertEquals(3, cursor.readAfter(), "no longer waited for");
        assertEquals(0, cursor.holes());
    }

    @Test
    void a_server_that_was_away_catches_up_on_everything_written_meanwhile() {
        EventCursor cursor = new EventCursor(5, GRACE);
        // polls failed for a while; the first read afterwards returns all that came meanwhile
        List<EventRow> meanwhile = List.of(filed(6, OTHER), filed(7, SELF), filed(8, OTHER), filed(9, OTHER));

        assertEquals(List.of(6L, 8L, 9L), ids(cursor.accept(meanwhile, SELF, T0.plus(Duration.ofMinutes(30)))));
        assertEquals(9, cursor.readAfter());
    }

    @Test
    void a_gap_of_deleted_rows_larger_than_the_holes_kept_is_not_waited_for_in_full() {
        EventCursor cursor = new EventCursor(0, GRACE);

        cursor.accept(List.of(filed(50_000, OTHER)), SELF, T0);
        assertEquals(EventCursor.MAX_HOLES, cursor.holes());
        assertEquals(50_000 - EventCursor.MAX_HOLES - 1, cursor.readAfter());
    }

    @Test
    void a_burst_becomes_one_event_per_kind_the_latest_of_each() {
        List<EventRow> burst = List.of(filed(1, OTHER), new EventRow(2, "STAFF_MESSAGE_POSTED", null, OTHER), filed(3, OTHER), filed(4, OTHER));

        List<EventRow> once = EventCursor.coalesce(burst);

        assertEquals(List.of(2L, 4L), ids(once));
        assertEquals("TS4", once.get(1).subject());
    }

    @Test
    void nothing_read_leaves_nothing_to_relay() {
        EventCursor cursor = new EventCursor(7, GRACE);

        assertEquals(List.of(), EventCursor.coalesce(cursor.accept(List.of(), SELF, T0)));
        assertEquals(7, cursor.readAfter());
    }
}
