package org.servicehall.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.application.ProofLockedException;
import org.servicehall.domain.model.complaint.Cases;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ProofFailures;
import org.servicehall.domain.model.complaint.ProofFailuresRepository;
import org.servicehall.domain.model.complaint.ProofPolicy;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * The query-code check every channel goes through, with an in-memory store and a hall clock moved
 * by hand: wrong codes count per number, the fifth locks it, the lock holds against the right code
 * until the hall clock passes it.
 */
class OwnershipProofsTest {

    /** A hall clock the test moves. */
    static final class HallClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(8);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The rows, as the database keeps them; {@code racing} makes the next add fail as a concurrent insert would. */
    static final class InMemoryFailures implements ProofFailuresRepository {
        final Map<TrackingNumber, ProofFailures> rows = new HashMap<>();
        boolean racing;

        @Override
        public Optional<ProofFailures> find(TrackingNumber number) {
            return Optional.ofNullable(rows.get(number));
        }

        @Override
        public Optional<ProofFailures> findForChange(TrackingNumber number) {
            return find(number);
        }

        @Override
        public void add(ProofFailures failures) {
            if (racing) {
                racing = false;
                // the other server's row is there now
                rows.put(failures.trackingNumber(), ProofFailures.none(failures.trackingNumber()));
                throw new PersistenceException("duplicate key");
            }
            rows.put(failures.trackingNumber(), failures);
        }

        @Override
        public void remove(TrackingNumber number) {
            rows.remove(number);
        }
    }

    private final HallClock clock = new HallClock();
    private final InMemoryFailures store = new InMemoryFailures();
    private final OwnershipProofs proofs = new OwnershipProofs();
    private Complaint complaint;
    private String code;
    private String wrong;

    @BeforeEach
    void wire() {
        ProofCounter counter = new ProofCounter();
        counter.failures = store;
        proofs.counter = counter;
        proofs.policy = new ProofPolicy(5, Duration.ofMinutes(30));
        proofs.clock = clock;
        complaint = Cases.received();
        code = complaint.reception().queryCode().orElseThrow().value();
        wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    @Test
    void the_right_code_is_admitted_and_leaves_nothing_behind() {
        assertTrue(proofs.admits(complaint, code));
        assertTrue(store.rows.isEmpty(), "no row for a number without wrong codes");
    }

    @Test
    void four_wrong_codes_are_refused_and_the_right_one_still_admitted() {
        for (int i = 0; i < 4; i++) {
            assertFalse(proofs.admits(complaint, wrong));
        }
        assertTrue(proofs.admits(complaint, code));
        assertTrue(store.rows.get(complaint.trackingNumber()).isClean(), "the right code starts the count afresh");
    }

    @Test
    void the_fifth_wrong_code_locks_the_number_and_then_the_right_code_is_refused_until_the_hall_clock_passes_the_lock() {
        for (int i = 0; i < 4; i++) {
            assertFalse(proofs.admits(complaint, wrong));
        }
        ProofLockedException fifth = assertThrows(ProofLockedException.class, () -> proofs.admits(complaint, wrong));
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), fifth.lockedUntil());

        clock.advance(Duration.ofMinutes(29));
        assertThrows(ProofLockedException.class, () -> proofs.admits(complaint, code), "even the right code");
        assertThrows(ProofLockedException.class, () -> proofs.admits(complaint, null));

        clock.advance(Duration.ofMinutes(1));
        assertTrue(proofs.admits(complaint, code));
    }

    @Test
    void the_phone_digits_and_blanks_are_wrong_codes_like_any_other() {
        assertFalse(proofs.admits(complaint, "8000"));
        assertFalse(proofs.admits(complaint, ""));
        assertFalse(proofs.admits(complaint, null));
        assertEquals(3, store.rows.get(complaint.trackingNumber()).failures());
    }

    @Test
    void a_first_wrong_code_racing_another_servers_is_counted_on_its_row() {
        store.racing = true;
        assertFalse(proofs.admits(complaint, wrong));
        assertEquals(1, store.rows.get(complaint.trackingNumber()).failures());
    }
}
