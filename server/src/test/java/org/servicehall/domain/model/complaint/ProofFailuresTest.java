package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wrong query codes for one tracking number, and the lock they lead to, by the hall's clock. */
class ProofFailuresTest {

    private static final ProofPolicy FIVE_FOR_HALF_AN_HOUR = new ProofPolicy(5, Duration.ofMinutes(30));
    private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");

    private final ProofFailures failures = ProofFailures.none(TrackingNumber.of(LocalDate.of(2026, 11, 27), 42));

    /** {@code n} wrong codes a second apart from {@code AT}; whether the last one locked the number. */
    private boolean wrong(int n) {
        boolean locked = false;
        for (int i = 0; i < n; i++) {
            locked = failures.fail(AT.plusSeconds(i), FIVE_FOR_HALF_AN_HOUR);
        }
        return locked;
    }

    @Test
    void four_wrong_codes_are_counted_and_leave_the_number_open() {
        assertFalse(wrong(4));
        assertEquals(4, failures.failures());
        assertFalse(failures.isLocked(AT.plusSeconds(5)));
        assertEquals(Optional.of(AT.plusSeconds(3)), failures.lastFailedAt());
    }

    @Test
    void the_fifth_wrong_code_in_a_row_locks_the_number_for_half_an_hour_from_that_code() {
        assertTrue(wrong(5));
        Instant fifth = AT.plusSeconds(4);
        assertEquals(Optional.of(fifth.plus(Duration.ofMinutes(30))), failures.lockedUntil(fifth));
        assertTrue(failures.isLocked(fifth.plus(Duration.ofMinutes(29))));
        assertFalse(failures.isLocked(fifth.plus(Duration.ofMinutes(30))), "the lock ends on time");
    }

    @Test
    void while_locked_even_the_right_code_is_refused_and_nothing_more_is_counted() {
        wrong(5);
        Instant later = AT.plus(Duration.ofMinutes(10));
        assertFalse(failures.pass(later), "the right code is refused while the number is locked");
        assertTrue(failures.fail(later, FIVE_FOR_HALF_AN_HOUR));
        assertEquals(5, failures.failures(), "a try while locked is not even compared, so not counted");
        assertEquals(AT.plusSeconds(4).plus(Duration.ofMinutes(30)), failures.lockedUntil(later).orElseThrow(),
                "tries while locked do not make the lock longer");
    }

    @Test
    void after_the_lock_has_run_out_the_right_code_is_admitted_and_the_count_starts_afresh() {
        wrong(5);
        Instant after = AT.plus(Duration.ofMinutes(31));
        assertTrue(failures.pass(after));
        assertEquals(0, failures.failures());
        assertTrue(failures.isClean());
    }

    @Test
    void after_the_lock_has_run_out_a_wrong_code_is_the_first_of_a_new_count() {
        wrong(5);
        Instant after = AT.plus(Duration.ofMinutes(31));
        assertFalse(failures.fail(after, FIVE_FOR_HALF_AN_HOUR));
        assertEquals(1, failures.failures());
        assertFalse(failures.isLocked(after));
    }

    @Test
    void the_right_code_before_the_fifth_wrong_one_starts_the_count_afresh() {
        wrong(4);
        assertTrue(failures.pass(AT.plusSeconds(10)));
        assertEquals(0, failures.failures());
        assertFalse(failures.fail(AT.plusSeconds(11), FIVE_FOR_HALF_AN_HOUR));
        assertEquals(1, failures.failures(), "four earlier wrong codes no longer count");
    }

    @Test
    void a_code_reissued_by_staff_ends_a_lock_at_once() {
        wrong(5);
        failures.clear();
        assertFalse(failures.isLocked(AT.plusSeconds(10)));
        assertTrue(failures.pass(AT.plusSeconds(10)));
    }

    @Test
    void a_policy_needs_a_positive_count_and_duration() {
        assertThrows(IllegalArgumentException.class, () -> new ProofPolicy(0, Duration.ofMinutes(30)));
        assertThrows(IllegalArgumentException.class, () -> new ProofPolicy(5, Duration.ZERO));
    }
}
