package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

class ComplaintTest {

    private static final TrackingNumber NUMBER = TrackingNumber.of(LocalDate.of(2026, 11, 28), 42);
    private static final CategorySnapshot CATEGORY =
            new CategorySnapshot("SERVICE_ATTITUDE", "服务态度", "Service attitude");
    private static final Actor KIOSK_7 = Actor.citizen("kiosk-7");
    private static final Instant AT = Instant.parse("2026-11-28T02:15:30Z");

    private static Complaint receive(String description, Complainant complainant, String key) {
        return Complaint.receive(NUMBER, Channel.KIOSK, CATEGORY, description, complainant, KIOSK_7, AT, key, Fixtures.DEADLINES);
    }

    private static Complaint receive(String description) {
        return receive(description, Complainant.anonymous(), null);
    }

    @Test
    void a_received_complaint_is_in_status_received() {
        assertEquals(ComplaintStatus.RECEIVED, receive("The queue was not called.").status());
    }

    @Test
    void a_received_complaint_keeps_what_it_was_filed_with() {
        Complainant complainant = Complainant.reachableAt(new PhoneNumber("13812345678"), "Li Lei");
        Complaint complaint = receive("The queue was not called.", complainant, "key-0001-abcd");

        assertEquals(NUMBER, complaint.trackingNumber());
        assertEquals(Channel.KIOSK, complaint.channel());
        assertEquals(Optional.of("kiosk-7"), complaint.reception().receivingTerminal());
        assertSame(complainant, complaint.complainant());
        assertEquals(AT, complaint.receivedAt());
        assertEquals(Optional.of("key-0001-abcd"), complaint.reception().idempotencyKey());
    }

    @Test
    void the_first_history_entry_records_the_filing() {
        List<HistoryEntry> history = receive("The queue was not called.").history();

        assertEquals(1, history.size());
        HistoryEntry filed = history.get(0);
        assertEquals(HistoryAction.FILED, filed.action());
        assertEquals(1, filed.sequence());
        assertEquals(KIOSK_7, filed.actor());
        assertEquals("kiosk-7", filed.actor().terminal());
        assertEquals(Actor.Role.CITIZEN, filed.actor().role());
        assertEquals(AT, filed.occurredAt());
        assertEquals(ComplaintStatus.RECEIVED, filed.toStatus());
        assertTrue(filed.fromStatus().isEmpty());
    }

    @Test
    void the_filing_entry_summarises_channel_and_category() {
        HistoryEntry filed = receive("The queue was not called.").history().get(0);
        assertEquals(Optional.of("channel KIOSK, category SERVICE_ATTITUDE"), filed.summary());
    }

    @Test
    void the_description_is_stripped() {
        assertEquals("The queue was not called.", receive("  \n The queue was not called.\t ").description());
    }

    @Test
    void a_missing_or_blank_description_is_refused() {
        assertThrows(TransitionRefused.class, () -> receive(null));
        assertThrows(TransitionRefused.class, () -> receive(""));
        assertThrows(TransitionRefused.class, () -> receive(" \n\t "));
    }

    @Test
    void a_description_of_6000_characters_from_an_outside_system_is_kept_whole() {
        // The 2000 of the hall's own forms is checked where they file; the complaint keeps what a channel brings.
        String text = "x".repeat(Complaint.CHANNEL_DESCRIPTION_MAX_LENGTH);
        assertEquals(text, receive(text).description());
    }

    @Test
    void a_description_longer_than_6000_characters_is_refused() {
        String text = "x".repeat(Complaint.CHANNEL_DESCRIPTION_MAX_LENGTH + 1);
        assertThrows(TransitionRefused.class, () -> receive(text));
    }

    @Test
    void a_reply_refused_for_good_is_recorded_once_in_the_history_by_the_system_in_any_state() {
        Complaint complaint = receive("The queue was not called.");
        Actor channel = Actor.system("channel:email");
        assertTrue(complaint.reception().recordContactFailure("550 5.1.1 <nobody@citizen.test>: User unknown", channel, Instant.now()));
        assertEquals(false, complaint.reception().recordContactFailure("550 5.1.1 <nobody@citizen.test>: User unknown",
                channel, Instant.now()),
                "the same refusal reported again is not recorded twice");
        HistoryEntry last = complaint.history().get(complaint.history().size() - 1);
        assertEquals(HistoryAction.CONTACT_FAILED, last.action());
        assertEquals(Optional.of("550 5.1.1 <nobody@citizen.test>: User unknown"), last.summary());
        assertEquals(2, complaint.history().size());
        assertThrows(RuntimeException.class, () -> complaint.reception().recordContactFailure("x", KIOSK_7, Instant.now()),
                "only the system records it");
    }

    @Test
    void surrounding_blanks_do_not_count_towards_the_description_limit() {
        String text = "x".repeat(Complaint.DESCRIPTION_MAX_LENGTH);
        assertEquals(text, receive("   " + text + "   ").description());
    }

    @Test
    void the_category_snapshot_is_kept() {
        CategorySnapshot kept = receive("The queue was not called.").category();
        assertEquals(CATEGORY, kept);
        assertEquals("服务态度", kept.labelZh());
        assertEquals("Service attitude", kept.labelEn());
    }

    @Test
    void an_idempotency_key_of_64_characters_is_accepted() {
        String key = "k".repeat(Complaint.IDEMPOTENCY_KEY_MAX_LENGTH);
        assertEquals(Optional.of(key), receive("text", Complainant.anonymous(), key).reception().idempotencyKey());
    }

    @Test
    void an_idempotency_key_over_64_characters_is_refused() {
        String key = "k".repeat(Complaint.IDEMPOTENCY_KEY_MAX_LENGTH + 1);
        assertThrows(IllegalArgumentException.class, () -> receive("text", Complainant.anonymous(), key));
    }

    @Test
    void a_complaint_without_idempotency_key_has_none() {
        assertTrue(receive("text").reception().idempotencyKey().isEmpty());
    }

    @Test
    void the_history_cannot_be_modified_from_outside() {
        Complaint complaint = receive("text");
        List<HistoryEntry> history = complaint.history();

        assertThrows(UnsupportedOperationException.class, () -> history.add(history.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> history.remove(0));
        assertThrows(UnsupportedOperationException.class, history::clear);
        assertEquals(1, complaint.history().size());
    }

    @Test
    void required_arguments_must_not_be_null() {
        Complainant anonymous = Complainant.anonymous();
        assertThrows(NullPointerException.class,
                () -> Complaint.receive(null, Channel.KIOSK, CATEGORY, "text", anonymous, KIOSK_7, AT, null, Fixtures.DEADLINES));
        assertThrows(NullPointerException.class,
                () -> Complaint.receive(NUMBER, null, CATEGORY, "text", anonymous, KIOSK_7, AT, null, Fixtures.DEADLINES));
        assertThrows(NullPointerException.class,
                () -> Complaint.receive(NUMBER, Channel.KIOSK, null, "text", anonymous, KIOSK_7, AT, null, Fixtures.DEADLINES));
        assertThrows(NullPointerException.class,
                () -> Complaint.receive(NUMBER, Channel.KIOSK, CATEGORY, "text", null, KIOSK_7, AT, null, Fixtures.DEADLINES));
        assertThrows(NullPointerException.class,
                () -> Complaint.receive(NUMBER, Channel.KIOSK, CATEGORY, "text", anonymous, null, AT, null, Fixtures.DEADLINES));
        assertThrows(NullPointerException.class,
                () -> Complaint.receive(NUMBER, Channel.KIOSK, CATEGORY, "text", anonymous, KIOSK_7, null, null, Fixtures.DEADLINES));
    }

    @Test
    void a_new_complaint_has_no_id_yet() {
        assertNull(receive("text").id());
    }
}
